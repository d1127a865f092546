/**
 * Messages sent for real over SMTP to a local mail server: feedback updates and decisions,
 * answers to interest, a changed opportunity; who was told; unsubscribe by link and by the
 * List-Unsubscribe header; a refused address fails with the provider's reason.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { smtpProvider } from '../src/messages/providers.js';
import { withReading, type Links } from '../src/messages/links.js';
import { key, staff, startServer, token, type TestServer } from './harness.js';
import { eventually, startSmtpSink, type ReceivedMail, type SmtpSink } from './messages-support.js';
import { paidBrief, roles } from './pay-support.js';

const links: Links = { publicBaseUrl: '', itemUrl: '{base}/me.html#{type}/{id}', secret: 'messages-test-secret' };

describe('messages over SMTP', () => {
  let sink: SmtpSink;
  let s: TestServer;
  before(async () => {
    sink = await startSmtpSink();
    s = await startServer({
      messaging: { links, provider: smtpProvider({ transport: sink.url, from: 'Anytown Council <involve@anytown.example>' }), worker: { pollMs: 50, backoffBaseMs: 100, backoffMaxMs: 400 } },
    });
    links.publicBaseUrl = s.base;
  });
  after(async () => {
    await s.close();
    await sink.close();
  });

  const giveFeedback = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const r = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', consentToPublish: true, ...body }, headers: { 'idempotency-key': key(), ...headers } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body as { id: string; reference: string };
  };
  const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));
  const waitForMail = (address: string, count = 1) => eventually(`${count} mail(s) to ${address}`, async () => mailsTo(address).length >= count && mailsTo(address));
  const told = async (query: string) => (await s.call(`/api/v1/messages?${query}`, { token: staff })).body.items as { status: string; channel: string; to: string; event: string; role: string; failureReason: string | null; decision: boolean }[];

  it('tells the giver, in Welsh, what was done, who decided and why, with a working link and one-click unsubscribe headers', async () => {
    const fb = await giveFeedback({ text: 'Nid oes lloches yn yr arhosfan bws.', reply: { method: 'email', detail: 'Cadi@Example.com' }, messages: { language: 'cy' } });
    const update = await s.call(`/api/v1/feedback/${fb.id}/updates`, {
      method: 'POST',
      token: await token({ sub: 'staff-2', roles: ['staff', 'feedback'], title: 'Arweinydd trafnidiaeth' }),
      body: { kind: 'changed', text: 'Gosodwyd lloches a mainc ar 3 Mawrth.' },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(update.status, 201);
    const [mail] = (await waitForMail('cadi@example.com')) as ReceivedMail[];
    assert.equal(mail!.subject, `Diweddariad ar eich adborth ${fb.reference}`);
    assert.match(mail!.text, /Beth wnaethom ni/, 'what changed, in Welsh');
    assert.match(mail!.text, /Gosodwyd lloches a mainc ar 3 Mawrth\./, 'why: the update itself');
    assert.match(mail!.text, /Gan: Arweinydd trafnidiaeth/, 'who decided');
    assert.match(mail!.text, /Dywedoch chi: “Nid oes lloches/);
    const itemUrl = `${s.base}/me.html#feedback/${fb.id}`;
    assert.ok(mail!.text.includes(`${itemUrl}&coprod-lang=cy`), 'links back to the item, opening the page in Welsh');
    const unsubscribe = mail!.text.match(/http\S+\/unsubscribe\?token=\S+/)?.[0] ?? '';
    assert.ok(unsubscribe.startsWith(`${s.base}/unsubscribe?token=`), 'the body has the unsubscribe link');
    assert.equal(mail!.headers.get('list-unsubscribe'), `<${unsubscribe}>`, 'the List-Unsubscribe header holds the same link');
    assert.equal(mail!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.equal(mail!.headers.get('content-language'), 'cy');
    // The page the link opens is served (the person's page itself belongs to <coprod-my-involvement>).
    const page = await fetch(unsubscribe);
    assert.equal(page.status, 200);
    const words = await page.text();
    assert.match(words, /Atal negeseuon i’r cyfeiriad hwn\?/, 'the unsubscribe page is in the person’s language');
    assert.match(words, /neu’r hyn y gwnaethoch gynnig ei wneud/, 'what they offered to do, in plain Welsh (not "a gynigiwyd gennych")');

    // Staff see who was told and that it went, without the whole address.
    const log = await eventually('the message marked sent', async () => {
      const items = await told(`feedbackId=${fb.id}`);
      return items[0]?.status === 'sent' && items;
    });
    assert.equal(log.length, 1);
    assert.deepEqual({ channel: log[0]!.channel, to: log[0]!.to, role: log[0]!.role, decision: log[0]!.decision }, { channel: 'email', to: 'c•••@example.com', role: 'giver', decision: true });
  });

  it('gives a decision’s reason, the latest update, in each reader’s language: the Welsh version to a Welsh giver, the English to an English one', async () => {
    const ENGLISH = 'We have asked the bus company for a shelter.';
    const WELSH = 'Rydym wedi gofyn i’r cwmni bysiau am loches.';
    const welshGiver = await giveFeedback({ text: 'Nid oes lloches yn yr arhosfan.', reply: { method: 'email', detail: 'reason.cy@example.com' }, messages: { language: 'cy' } });
    const englishGiver = await giveFeedback({ text: 'There is no shelter at the stop.', reply: { method: 'email', detail: 'reason.en@example.com' } });
    const decided = async (fb: { id: string; reference: string }, address: string, subject: string) => {
      const update = await s.call(`/api/v1/feedback/${fb.id}/updates`, { method: 'POST', token: staff, body: { kind: 'heard', text: ENGLISH, language: 'en-GB', translations: { cy: { text: WELSH } } }, headers: { 'idempotency-key': key() } });
      assert.equal(update.status, 201, JSON.stringify(update.body));
      assert.equal((await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } })).status, 200);
      return (await eventually(`the decision to ${address}`, async () => mailsTo(address).find((m) => m.subject.startsWith(subject)))).text;
    };
    const welsh = await decided(welshGiver, 'reason.cy@example.com', `Eich adborth ${welshGiver.reference}:`);
    assert.ok(welsh.includes(`Pam:\n${WELSH}\n`), welsh);
    assert.ok(!welsh.includes(ENGLISH), 'not the English beside it');
    const english = await decided(englishGiver, 'reason.en@example.com', `Your feedback ${englishGiver.reference}:`);
    assert.ok(english.includes(`Why:\n${ENGLISH}\n`), english);
    assert.ok(!english.includes(WELSH), 'not the Welsh beside it');
  });

  it('adds the reading to a link only when it is not English in standard words', () => {
    assert.equal(withReading('https://a.example/p?feedback=1', 'en-GB', 'standard'), 'https://a.example/p?feedback=1');
    assert.equal(withReading('https://a.example/p?feedback=1', 'cy', 'easy-read'), 'https://a.example/p?feedback=1#coprod-lang=cy&coprod-reading=easy-read');
    assert.equal(withReading('https://a.example/e#coprod-evaluation=t0k', 'cy', 'standard'), 'https://a.example/e#coprod-evaluation=t0k&coprod-lang=cy');
    assert.equal(withReading('https://a.example/e#', 'en-GB', 'easy-read'), 'https://a.example/e#coprod-reading=easy-read');
  });

  it('"thank you for taking part" words the session as the person’s page does (the day, the time taking part and preparing), in English, Welsh and easy read', async () => {
    const brief = await s.call('/api/v1/opportunities', { method: 'POST', token: roles.staff, body: { ...paidBrief(), translations: { cy: { title: 'Panel strategaeth gofalwyr' } } }, headers: { 'idempotency-key': key() } });
    assert.equal(brief.status, 201, JSON.stringify(brief.body));
    const thanked = async (email: string, messages: { language: 'en-GB' | 'cy'; readingLevel: 'standard' | 'easy-read' }) => {
      const path = `/api/v1/opportunities/${brief.body.id}`;
      const interest = await s.call(`${path}/interests`, { method: 'POST', body: { name: 'Sam Jones', contact: { method: 'email', detail: email }, consent: true, messages } });
      assert.equal(interest.status, 201, JSON.stringify(interest.body));
      assert.equal((await s.call(`${path}/interests/${interest.body.id}`, { method: 'PATCH', token: roles.staff, body: { status: 'joined' } })).status, 200);
      const body = { sessionStart: '2026-02-23T10:00:00Z', interestId: interest.body.id, activityMinutes: 120, prepMinutes: 60 };
      const recorded = await s.call(`${path}/attendance`, { method: 'POST', token: roles.attendance, body, headers: { 'idempotency-key': key() } });
      assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
      const mail = await eventually(`the thanks to ${email}`, async () => mailsTo(email).find((m) => /^(Thank you for taking part|Diolch am gymryd rhan)/.test(m.subject)));
      // One space for the non-breaking ones that hold a day to its month (src/core/i18n.ts formatDate).
      return mail.text.replace(/\u00a0/g, ' ');
    };
    const english = await thanked('thanks.en@example.com', { language: 'en-GB', readingLevel: 'standard' });
    assert.match(english, /We have recorded that you took part in Carers strategy panel on Monday 23 February 2026, 10:00: 2 hours and 1 hour preparation\./);
    assert.doesNotMatch(english, /2026-02-23/, 'no ISO date');
    const easy = await thanked('thanks.easy@example.com', { language: 'en-GB', readingLevel: 'easy-read' });
    assert.match(easy, /^Date: Monday 23 February 2026, 10:00$/m);
    assert.match(easy, /^Time: 2 hours and 1 hour getting ready$/m);
    const welsh = await thanked('thanks.cy@example.com', { language: 'cy', readingLevel: 'standard' });
    assert.match(welsh, /cymryd rhan yn Panel strategaeth gofalwyr ar ddydd Llun 23 Chwefror 2026, 10:00: 2 awr, a pharatoi am 1 awr\./);
    const welshEasy = await thanked('thanks.cy.easy@example.com', { language: 'cy', readingLevel: 'easy-read' });
    assert.match(welshEasy, /^Dyddiad: Dydd Llun 23 Chwefror 2026, 10:00$/m);
    assert.match(welshEasy, /^Amser: 2 awr, a pharatoi am 1 awr$/m);
  });

  it('tells people who said "I said this too": a decision at once even to those who chose a weekly summary, other news in the summary', async () => {
    const fb = await giveFeedback({ text: 'The library closes too early on Thursdays.', reply: { method: 'email', detail: 'giver@example.com' } });
    await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { published: true } });
    const support = await s.call(`/api/v1/feedback/${fb.id}/supporters`, {
      method: 'POST',
      body: { supporterKey: 'supporter-key-0000001', reply: { method: 'email', detail: 'weekly@example.com' }, messages: { frequency: 'weekly', readingLevel: 'easy-read' } },
    });
    assert.equal(support.status, 200);
    await s.call(`/api/v1/feedback/${fb.id}/updates`, { method: 'POST', token: staff, body: { kind: 'heard', text: 'We are asking the library service.' }, headers: { 'idempotency-key': key() } });
    await waitForMail('giver@example.com');
    const decided = await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { status: 'not_changed' } });
    assert.equal(decided.status, 200);
    const [weekly] = (await waitForMail('weekly@example.com')) as ReceivedMail[];
    assert.match(weekly!.subject, /not changed/);
    assert.match(weekly!.text, /Why:\nWe are asking the library service\./);
    assert.ok(weekly!.text.includes(`/me.html#feedback/${fb.id}&coprod-reading=easy-read`), 'the link opens the page in easy read');
    await waitForMail('giver@example.com', 2);
    assert.equal(mailsTo('weekly@example.com').length, 1, 'the "heard" update waits for the weekly summary');
    const log = await told(`feedbackId=${fb.id}`);
    assert.deepEqual(log.map((m) => `${m.event}:${m.role}:${m.status === 'sending' || m.status === 'queued' ? 'sent' : m.status}`).sort(), [
      'feedback_status:giver:sent', 'feedback_status:supporter:sent', 'feedback_update:giver:sent', 'feedback_update:supporter:digest',
    ]);
  });

  it('answers an expression of interest in words, with what happens next, and tells of a new date', async () => {
    const interest = await s.call('/api/v1/opportunities/opp-housing/interests', {
      method: 'POST',
      body: { name: 'Rhys', contact: { method: 'email', detail: 'rhys@example.com' }, consent: true },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(interest.status, 201);
    const answered = await s.call(`/api/v1/opportunities/opp-housing/interests/${interest.body.id}`, { method: 'PATCH', token: staff, body: { status: 'joined' } });
    assert.equal(answered.status, 200);
    const [mail] = (await waitForMail('rhys@example.com')) as ReceivedMail[];
    assert.match(mail!.subject, /Your interest in “/);
    assert.match(mail!.text, /you are taking part/);
    assert.match(mail!.text, /What happens next:\nYou are taking part\. We will send you the dates/);
    assert.match(mail!.text, /Decided by: Co-production lead/);

    const current = (await s.call('/api/v1/opportunities/opp-housing', { token: staff })).body;
    const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pa, ...input } = current;
    const moved = await s.call('/api/v1/opportunities/opp-housing', { method: 'PUT', token: staff, body: { ...input, when: { summary: 'Tuesday 9 June, 10am to 12pm' } } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const [, changed] = (await waitForMail('rhys@example.com', 2)) as ReceivedMail[];
    assert.match(changed!.subject, /A change to “/);
    assert.match(changed!.text, /The new date: Tuesday 9 June, 10am to 12pm/);
  });

  it('stops every message after one click from the header, and after the link in the body, without signing in', async () => {
    const one = await giveFeedback({ text: 'Potholes on Mill Lane again.', reply: { method: 'email', detail: 'header@example.com' } });
    const two = await giveFeedback({ text: 'Bins were not collected.', reply: { method: 'email', detail: 'link@example.com' } });
    for (const fb of [one, two]) {
      await s.call(`/api/v1/feedback/${fb.id}/updates`, { method: 'POST', token: staff, body: { kind: 'heard', text: 'Passed to the highways team.' }, headers: { 'idempotency-key': key() } });
    }
    const [first] = (await waitForMail('header@example.com')) as ReceivedMail[];
    const [second] = (await waitForMail('link@example.com')) as ReceivedMail[];
    // A mail program's one-click POST (RFC 8058) to the List-Unsubscribe address.
    const header = first!.headers.get('list-unsubscribe')!.replace(/^<|>$/g, '');
    const oneClick = await fetch(header, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(oneClick.status, 200);
    // A person: open the link, press the button (the page's form).
    const link = second!.text.match(/http\S+\/unsubscribe\?token=\S+/)![0];
    const form = await (await fetch(link)).text();
    const action = form.match(/action="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    assert.equal((await fetch(new URL(action, s.base), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status, 200);
    // A forged token changes nothing.
    assert.equal((await fetch(`${s.base}/unsubscribe?token=${encodeURIComponent(header.split('token=')[1]!.slice(0, -3))}abc`, { method: 'POST' })).status, 400);

    const before = sink.mails.length;
    for (const fb of [one, two]) {
      await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { status: 'changed' } });
    }
    // Something else is sent after, so the worker has had its turn.
    const control = await giveFeedback({ text: 'Thanks for the new bench.', reply: { method: 'email', detail: 'control@example.com' } });
    await s.call(`/api/v1/feedback/${control.id}`, { method: 'PATCH', token: staff, body: { status: 'changed' } });
    await waitForMail('control@example.com');
    // Until the worker has finished with every message due now (a sent one is marked after the sink took it), not a fixed
    // 300 ms; one an earlier test left waiting to be tried again later is not the worker's turn (review N5).
    await eventually('no message left to send', async () => (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE status = 'sending' OR (status = 'queued' AND next_attempt_at <= now())`))[0]!.n === 0);
    assert.equal(mailsTo('header@example.com').length, 1, 'nothing more after the header unsubscribe');
    assert.equal(mailsTo('link@example.com').length, 1, 'nothing more after the link unsubscribe');
    assert.equal(sink.mails.length, before + 1);
  });

  it('sends a sign-in link by email through the same provider, in the language asked for, and the link signs in', async () => {
    await giveFeedback({ text: 'The lights on the path are out.', reply: { method: 'email', detail: 'signin@example.com' } });
    const asked = await s.call('/api/v1/me/sign-in-requests', { method: 'POST', body: { channel: 'email', address: 'signin@example.com', locale: 'cy' }, headers: { 'idempotency-key': key() } });
    assert.equal(asked.status, 202);
    const [mail] = (await waitForMail('signin@example.com')) as ReceivedMail[];
    assert.equal(mail!.subject, 'Eich dolen i weld beth ddigwyddodd i’r hyn a ddywedoch wrthym');
    const link = mail!.text.match(/#coprod-sign-in=([A-Za-z0-9_-]+)/)?.[1];
    assert.ok(link, 'the mail holds the sign-in link');
    const session = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link }, headers: { 'idempotency-key': key() } });
    assert.equal(session.status, 201);

    // Signed in, the person reads and changes how they hear back.
    const me = session.body.token as string;
    const prefs = await s.call('/api/v1/message-preferences', { token: me });
    assert.equal(prefs.status, 200);
    assert.deepEqual(prefs.body, { channel: 'email', language: 'en-GB', readingLevel: 'standard', frequency: 'each_time', unsubscribed: false });
    const changed = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: me, body: { language: 'cy', readingLevel: 'easy-read', frequency: 'weekly' } });
    assert.deepEqual(changed.body, { channel: 'email', language: 'cy', readingLevel: 'easy-read', frequency: 'weekly', unsubscribed: false });
    const stopped = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: me, body: { channel: 'none' } });
    assert.deepEqual([stopped.body.channel, stopped.body.unsubscribed], ['none', true]);
    assert.equal((await s.call('/api/v1/message-preferences', { token: 'not-a-session-token' })).status, 401);
  });

  it('lists letters and "through a supporter" for staff to act on by hand, and records when they have', async () => {
    const fb = await giveFeedback({ text: 'I cannot use the internet; please write to me.', reply: { method: 'post', detail: '1 High Street, Anytown AT1 1AA' } });
    await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } });
    const [letter] = await told(`feedbackId=${fb.id}`);
    assert.deepEqual([letter!.channel, letter!.status, letter!.to], ['letter', 'manual', '1 High Street, Anytown AT1 1AA']);
    // Marking it sent takes the by-hand list's rule (a21dfd9): the people role, and a feedback giver's letter is the feedback team's.
    const team = await token({ sub: 'staff-1', roles: ['staff', 'people', 'feedback'] });
    const done = await s.call(`/api/v1/messages/${(letter as unknown as { id: string }).id}/done`, { method: 'POST', token: team, headers: { 'idempotency-key': key() } });
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'done');
    assert.ok(done.body.sentAt);
    assert.equal((await s.call(`/api/v1/messages/${(letter as unknown as { id: string }).id}/done`, { method: 'POST', token: team })).status, 409);
  });

  it('records a refused address as failed, with the provider’s reason and without the address', async () => {
    sink.rejects.add('nobody@example.com');
    const fb = await giveFeedback({ text: 'The park gate is broken.', reply: { method: 'email', detail: 'nobody@example.com' } });
    await s.call(`/api/v1/feedback/${fb.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } });
    const [failed] = await eventually('the message marked failed', async () => {
      const items = await told(`feedbackId=${fb.id}`);
      return items[0]?.status === 'failed' && items;
    });
    assert.match(failed!.failureReason!, /^SMTP 550/);
    assert.ok(!failed!.failureReason!.includes('nobody@example.com'), 'the reason names no address');
  });
});
