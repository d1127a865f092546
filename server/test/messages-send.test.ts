/**
 * Sending a message from a new feature (server/README.md): `repos.messages.send` in the
 * change's own transaction. The message exists exactly when the change commits, goes to the
 * contact given (in the person's own language and reading level when they chose one), links
 * where the feature says, and a letter or a supporter becomes an entry staff act on by hand.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { smtpProvider } from '../src/messages/providers.js';
import type { Links } from '../src/messages/links.js';
import { catalogOf, defineTemplate } from '../src/messages/registry.js';
import { frame } from '../src/messages/templates.js';
import { repositories } from '../src/repositories/index.js';
import { key, startServer, token, type TestServer } from './harness.js';
import { eventually, startSmtpSink, type SmtpSink } from './messages-support.js';

const links: Links = { publicBaseUrl: '', itemUrl: '{base}/me.html#{type}/{id}', secret: 'send-test-secret' };
const news = (title: string) => ({ event: 'opportunity_changed' as const, opportunity: title, opportunityCy: `${title} (cy)`, venue: 'Anytown Library', at: new Date().toISOString() });

describe('sending a message from a feature', () => {
  let sink: SmtpSink;
  let s: TestServer;
  before(async () => {
    sink = await startSmtpSink();
    s = await startServer({ messaging: { links, provider: smtpProvider({ transport: sink.url, from: 'involve@anytown.example' }), worker: { pollMs: 50 } } });
    links.publicBaseUrl = s.base;
  });
  after(async () => {
    await s.close();
    await sink.close();
  });

  const rows = (aboutId: string) => s.db.query<{ status: string; channel: string; link: string | null; language: string }>('SELECT status, channel, link, language FROM messages WHERE subject_id = $1', [aboutId]);

  it('commits with the change, or not at all', async () => {
    await assert.rejects(
      s.db.transaction(async (tx) => {
        await repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'opportunity_changed', data: news('Rolled back') }, about: { type: 'claim', id: 'claim-rolled-back' }, to: { method: 'email', detail: 'rollback@example.com' }, language: 'en-GB' });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.deepEqual(await rows('claim-rolled-back'), [], 'no message without its change');

    const queued = await s.db.transaction((tx) =>
      repositories(tx, s.app.contactKeys).messages.send({
        message: { event: 'opportunity_changed', data: news('Carers group') },
        about: { type: 'claim', id: 'claim-1' },
        to: { method: 'email', detail: ' Claimant@Example.com ' },
        language: 'cy',
        readingLevel: 'easy-read',
        link: 'https://council.example/my-claims#claim-1',
      }),
    );
    assert.equal(queued, 1);
    const [mail] = await sink.waitFor(1);
    assert.equal(mail!.to, 'claimant@example.com');
    assert.equal(mail!.subject, 'Newid i “Carers group (cy)”', 'in Welsh, as asked for someone new');
    assert.ok(mail!.text.includes('Gweld yma:\nhttps://council.example/my-claims#claim-1'), 'easy read, linking where the feature said');
    assert.match(mail!.headers.get('list-unsubscribe') ?? '', /\/unsubscribe\?token=/, 'with one-click unsubscribe');
    const [row] = await eventually('marked sent', async () => (await rows('claim-1'))[0]?.status === 'sent' && rows('claim-1'));
    assert.equal(row!.link, 'https://council.example/my-claims#claim-1');
  });

  it("keeps a person's own choices: their language wins, and an unsubscribe stops the message", async () => {
    const fb = await s.call('/api/v1/feedback', {
      method: 'POST',
      body: { topic: 'transport', text: 'More buses.', consentToPublish: false, reply: { method: 'email', detail: 'chooser@example.com' }, messages: { language: 'en-GB' } },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(fb.status, 201);
    await s.db.transaction((tx) =>
      repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'opportunity_changed', data: news('Buses') }, about: { type: 'claim', id: 'claim-2' }, to: { method: 'email', detail: 'chooser@example.com' }, language: 'cy' }),
    );
    const mail = await eventually('the mail', async () => sink.mails.find((m) => m.to === 'chooser@example.com'));
    assert.equal(mail.subject, 'A change to “Buses”', 'the person chose English when they gave feedback');

    const unsubscribe = mail.text.match(/http\S+\/unsubscribe\?token=\S+/)![0];
    assert.equal((await fetch(unsubscribe, { method: 'POST' })).status, 200);
    const queued = await s.db.transaction((tx) =>
      repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'opportunity_changed', data: news('Buses again') }, about: { type: 'claim', id: 'claim-3' }, to: { method: 'email', detail: 'chooser@example.com' }, language: 'en-GB' }),
    );
    assert.equal(queued, 0, 'nothing queued for someone who unsubscribed');
  });

  it('lists a letter or a supporter for staff to act on by hand, and reaches followers of an interest', async () => {
    await s.db.transaction((tx) =>
      repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'opportunity_changed', data: news('By post') }, about: { type: 'claim', id: 'claim-4' }, to: { method: 'post', detail: '1 High Street, Anytown' }, language: 'en-GB' }),
    );
    assert.deepEqual((await rows('claim-4')).map((r) => [r.channel, r.status]), [['letter', 'manual']]);
    const [letter] = await s.db.query<{ id: string }>(`SELECT id FROM messages WHERE subject_id = 'claim-4'`);
    // Marking a letter sent takes the by-hand list's rule (a21dfd9): the people role, and a claim's letter is finance's.
    const finance = await token({ sub: 'staff-1', roles: ['staff', 'people', 'finance'] });
    const done = await s.call(`/api/v1/messages/${letter!.id}/done`, { method: 'POST', token: finance, headers: { 'idempotency-key': key() } });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual([done.body.channel, done.body.status, done.body.to], ['letter', 'done', '1 High Street, Anytown'], 'staff mark the letter sent');

    const opportunityId = (await s.call('/api/v1/opportunities')).body.items[0].id as string;
    const interest = await s.call(`/api/v1/opportunities/${opportunityId}/interests`, {
      method: 'POST',
      body: { name: 'Ffion', contact: { method: 'email', detail: 'follower@example.com' }, consent: true },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(interest.status, 201, JSON.stringify(interest.body));
    const queued = await s.db.transaction((tx) =>
      repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'opportunity_changed', data: news('Followers') }, about: { type: 'evaluation', id: 'eval-1' }, to: { followersOf: { type: 'interest', id: interest.body.id } }, language: 'en-GB' }),
    );
    assert.equal(queued, 1);
    await eventually('the follower’s mail', async () => sink.mails.find((m) => m.to === 'follower@example.com'));
  });

  it('refuses a message whose template is not registered', async () => {
    await assert.rejects(
      s.db.transaction((tx) => repositories(tx, s.app.contactKeys).messages.send({ message: { event: 'no_such_template' as 'claim_paid', data: {} }, about: { type: 'claim', id: 'x' }, to: { method: 'email', detail: 'x@example.com' }, language: 'en-GB' })),
      /no message template called "no_such_template"/,
    );
  });
});

describe('defining a template', () => {
  const claimPaid = defineTemplate<{ reference: string; amount: string }>('claim_paid', {
    draft: (d, language) =>
      language === 'cy'
        ? { subject: `Talwyd eich hawliad ${d.reference}`, lines: [`Rydym wedi talu ${d.amount}.`], sms: `Talwyd ${d.amount}.` }
        : { subject: `Your claim ${d.reference} is paid`, lines: [`We have paid ${d.amount}.`], sms: `Paid ${d.amount}.` },
  });

  it('gives a typed message, and every message ends with the link back and the unsubscribe line', () => {
    assert.deepEqual(claimPaid.with({ reference: 'CL-4K7Q', amount: '£25.00' }), { event: 'claim_paid', data: { reference: 'CL-4K7Q', amount: '£25.00' } });
    const rendered = frame(claimPaid.draft({ reference: 'CL-4K7Q', amount: '£25.00' }, 'cy', 'standard'), 'cy', 'standard', { item: 'https://x/claim', unsubscribe: 'https://x/stop' });
    assert.equal(rendered.subject, 'Talwyd eich hawliad CL-4K7Q');
    assert.match(rendered.body, /^Rydym wedi talu £25\.00\.\n\nGweld y cyfan, gyda phob diweddariad:\nhttps:\/\/x\/claim\n\n--\n.+\nhttps:\/\/x\/stop\n$/);
    assert.equal(rendered.sms, 'Talwyd £25.00. https://x/claim Atal: https://x/stop');
  });

  it('refuses two templates with one name, and names that are not snake_case', () => {
    assert.throws(() => catalogOf([claimPaid, claimPaid]), /Two message templates are called "claim_paid"/);
    assert.throws(() => defineTemplate('Claim Paid', { draft: () => ({ subject: '', lines: [], sms: '' }) }), /snake_case/);
  });
});
