/**
 * The weekly summary (grouped by item, newest first, never empty) and the message wording
 * (every message says who decided, what changed and why, and links back to the item).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { smtpProvider } from '../src/messages/providers.js';
import type { Links } from '../src/messages/links.js';
import { render, summaryLine, type Language, type MessageData, type ReadingLevel } from '../src/messages/templates.js';
import { missingSessionDeclined, payTemplates } from '../src/messages/templates-pay.js';
import { key, staff, startServer, type TestServer } from './harness.js';
import { eventually, startSmtpSink, type SmtpSink } from './messages-support.js';

const WEEK = 7 * 24 * 3600_000;

describe('the weekly summary', () => {
  let sink: SmtpSink;
  let s: TestServer;
  const links: Links = { publicBaseUrl: 'https://council.example', itemUrl: '{base}/me.html#{type}/{id}', secret: 'summary-test' };
  before(async () => {
    sink = await startSmtpSink();
    s = await startServer({ messaging: { links, provider: smtpProvider({ transport: sink.url, from: 'involve@anytown.example' }), worker: { pollMs: 50, summaryEveryMs: WEEK } } });
  });
  after(async () => {
    await s.close();
    await sink.close();
  });

  const feedback = async (text: string, detail: string, frequency: 'weekly' | 'each_time') => {
    const r = await s.call('/api/v1/feedback', {
      method: 'POST',
      body: { topic: 'housing', text, consentToPublish: true, reply: { method: 'email', detail }, messages: { frequency } },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(r.status, 201);
    await s.call(`/api/v1/feedback/${r.body.id}`, { method: 'PATCH', token: staff, body: { published: true } });
    return r.body as { id: string; reference: string };
  };
  const update = (id: string, kind: string, text: string) =>
    s.call(`/api/v1/feedback/${id}/updates`, { method: 'POST', token: staff, body: { kind, text }, headers: { 'idempotency-key': key() } });
  const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));

  it('groups by item, the newest news first, sends decisions at once, and sends nothing to people with nothing new', async () => {
    const a = await feedback('Damp in the flats on Oak Road.', 'wyn@example.com', 'weekly');
    const b = await feedback('No ramp at the community centre.', 'other@example.com', 'each_time');
    await feedback('The lift is slow.', 'quiet@example.com', 'weekly');
    const said = await s.call(`/api/v1/feedback/${b.id}/supporters`, {
      method: 'POST',
      body: { supporterKey: 'weekly-supporter-key-01', reply: { method: 'email', detail: 'wyn@example.com' }, messages: { frequency: 'weekly' } },
    });
    assert.equal(said.status, 200);

    await update(a.id, 'heard', 'Oak Road: we have asked the landlord.');
    await update(b.id, 'heard', 'Ramp: we have told the centre.');
    await update(a.id, 'doing', 'Oak Road: surveyors visit next week.');
    // A decision does not wait for the summary.
    await s.call(`/api/v1/feedback/${b.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } });
    await eventually('the decision sent at once', async () => mailsTo('wyn@example.com').length === 1);
    assert.match(mailsTo('wyn@example.com')[0]!.subject, /we are considering it/);
    await eventually('the each-time person told of the ramp update and the decision', async () => mailsTo('other@example.com').length === 2);

    const worker = s.app.messageWorker!;
    await worker.runSummaryIfDue(new Date());
    assert.equal(await worker.runSummaryIfDue(new Date(Date.now() + 60_000)), 0, 'not due before a week has passed');
    assert.equal(await worker.runSummaryIfDue(new Date(Date.now() + WEEK + 60_000)), 1, 'one summary: only the person with news gets one');
    const [summary] = await eventually('the summary at the mail server', async () => mailsTo('wyn@example.com').length === 2 && mailsTo('wyn@example.com').slice(1));
    assert.equal(summary!.subject, 'Your weekly summary: what happened to what you told us');
    const text = summary!.text;
    const order = ['Oak Road: surveyors visit next week.', 'Oak Road: we have asked the landlord.', 'Ramp: we have told the centre.'].map((line) => text.indexOf(line));
    assert.ok(order.every((i) => i > 0), 'every piece of news is in it');
    assert.deepEqual([...order].sort((x, y) => x - y), order, 'grouped by item, the item with the newest news first, each item newest first');
    assert.ok(text.indexOf(`Your feedback ${a.reference}`) < text.indexOf(`Your feedback ${b.reference}`));
    assert.ok(text.includes(`https://council.example/me.html#feedback/${a.id}`) && text.includes(`https://council.example/me.html#feedback/${b.id}`), 'each item links back');
    assert.ok(!text.includes('considering'), 'the decision already sent is not repeated');
    assert.equal(mailsTo('quiet@example.com').length, 0, 'nothing new, no summary');

    // Next week, nothing new: nobody gets one.
    assert.equal(await worker.runSummaryIfDue(new Date(Date.now() + 2 * WEEK + 120_000)), 0);
    const told = (await s.call(`/api/v1/messages?feedbackId=${a.id}`, { token: staff })).body.items as { status: string; summaryStatus: string | null }[];
    assert.deepEqual(told.map((m) => m.status), ['summarised', 'summarised']);
    await eventually('staff see the summary went', async () => {
      const items = (await s.call(`/api/v1/messages?feedbackId=${a.id}`, { token: staff })).body.items as { summaryStatus: string | null }[];
      return items.every((m) => m.summaryStatus === 'sent');
    });
  });
});

describe('message wording', () => {
  const links = { item: 'https://council.example/me.html#feedback/f1', unsubscribe: 'https://council.example/unsubscribe?token=t' };
  const at = '2026-03-03T10:00:00Z';
  const cases: MessageData[] = [
    { event: 'feedback_update', reference: 'FB-4K7Q', said: 'The bus stop has no shelter.', kind: 'changed', text: 'A shelter went in on 3 March.', author: 'Transport lead', at },
    { event: 'feedback_status', reference: 'FB-4K7Q', said: 'The bus stop has no shelter.', status: 'not_changed', reason: { text: 'The pavement is too narrow.', language: 'en-GB' }, author: 'Transport lead', at },
    { event: 'interest_answer', reference: 'INT-7XQ3', opportunity: 'Housing panel', opportunityCy: 'Panel tai', status: 'not_this_time', author: 'Transport lead', at },
    { event: 'opportunity_changed', opportunity: 'Housing panel', venue: 'Town Hall, High Street', author: 'Transport lead', at },
  ];
  for (const language of ['en-GB', 'cy'] as Language[]) {
    for (const level of ['standard', 'easy-read'] as ReadingLevel[]) {
      it(`says who decided, what changed and why, with the links (${language}, ${level})`, () => {
        for (const data of cases) {
          const m = render(data, language, level, links);
          assert.ok(m.body.includes('Transport lead'), `${data.event}: who decided`);
          assert.ok(m.body.includes(links.item) && m.body.includes(links.unsubscribe), `${data.event}: links back, and can stop`);
          assert.ok(m.sms.includes(links.item) && m.sms.includes(links.unsubscribe), `${data.event}: the text has both links`);
          const why = data.event === 'feedback_update' ? data.text : data.event === 'feedback_status' ? (data.reason as { text: string }).text : data.event === 'opportunity_changed' ? data.venue! : '';
          assert.ok(m.body.includes(why), `${data.event}: why / what changed`);
          assert.ok(m.subject.length > 0 && m.subject.length < 120);
        }
      });
    }
  }

  it('answers "I came but I am not on the list" with the session’s day and time as the person’s page words them, in each reading, and the reason', () => {
    const data = { reference: 'ms-1', opportunity: 'Carers panel', opportunityCy: 'Panel gofalwyr', sessionStart: '2026-02-23T10:00:00Z', reason: 'No register that day.' };
    const words = (language: Language, level: ReadingLevel) => {
      const d = missingSessionDeclined.draft(data, language, level);
      return [d.subject, ...d.lines, d.sms].join('\n').replace(/\u00a0/g, ' ');
    };
    assert.match(words('en-GB', 'standard'), /took part in Carers panel on Monday 23 February 2026, 10:00, but were not on our list\./);
    assert.match(words('en-GB', 'easy-read'), /^Date: Monday 23 February 2026, 10:00$/m);
    assert.match(words('cy', 'standard'), /cymryd rhan yn Panel gofalwyr ar ddydd Llun 23 Chwefror 2026, 10:00, ond/);
    assert.match(words('cy', 'easy-read'), /^Dyddiad: Dydd Llun 23 Chwefror 2026, 10:00$/m);
    for (const language of ['en-GB', 'cy'] as Language[]) {
      for (const level of ['standard', 'easy-read'] as ReadingLevel[]) assert.ok(words(language, level).includes('No register that day.'), `${language} ${level}: the reason`);
    }
  });

  it('gives a Welsh reader the new date in Welsh, in the message and in the weekly summary’s line', () => {
    const data: MessageData = { event: 'opportunity_changed', opportunity: 'Housing panel', opportunityCy: 'Panel tai', date: 'First Monday of the month', dateCy: 'Dydd Llun cyntaf y mis', at };
    assert.ok(render(data, 'cy', 'standard', links).body.includes('Y dyddiad newydd: Dydd Llun cyntaf y mis'));
    assert.equal(summaryLine(data, 'cy'), 'Y dyddiad newydd: Dydd Llun cyntaf y mis');
    assert.equal(summaryLine(data, 'en-GB'), 'The new date: First Monday of the month');
  });

  it('writes the Welsh of the pay and attendance messages with the typographic apostrophe (’), as the widgets do', () => {
    const data = { reference: 'at-1', opportunity: 'Carers panel', opportunityCy: 'Panel gofalwyr', sessionStart: '2026-02-23T10:00:00Z', activityMinutes: 120, prepMinutes: 60, amount: '£40.00', dueBy: '9 March 2026', paidOn: '9 March 2026', how: 'bank', question: 'Pa ddyddiad?', reason: 'Dim cofrestr.' };
    for (const template of payTemplates) {
      for (const level of ['standard', 'easy-read'] as ReadingLevel[]) {
        const d = template.draft(data as never, 'cy', level);
        const straight = [d.subject, ...d.lines, d.sms].filter((line) => line.includes("'"));
        assert.deepEqual(straight, [], `${template.event}, ${level}`);
      }
    }
  });

  it('speaks Welsh to a Welsh reader, and short lines in easy read', () => {
    const welsh = render(cases[2]!, 'cy', 'standard', links);
    assert.equal(welsh.subject, 'Eich diddordeb yn “Panel tai”');
    assert.match(welsh.body, /Beth sy’n digwydd nesaf:\nNi allwn gynnig lle i chi y tro hwn\./);
    const easy = render(cases[2]!, 'en-GB', 'easy-read', links);
    assert.match(easy.body, /What happens next:\nThere is no place for you this time\.\nWe will tell you about other things you can do\./);
    const standard = render(cases[0]!, 'en-GB', 'standard', links);
    assert.match(standard.body, /What we did \(3 March 2026\):\nA shelter went in on 3 March\./);
    assert.match(standard.body, /You said: “The bus stop has no shelter\.”/);
  });
});
