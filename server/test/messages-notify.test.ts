/**
 * GOV.UK Notify through its REST API, against a stand-in that checks the API-key JWT the way
 * Notify does: email and text requests carry the right template id and personalisation, the
 * delivery status is read back, and a bad or stale token is refused.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { notifyProvider, parseNotifyKey } from '../src/messages/providers.js';
import type { Links } from '../src/messages/links.js';
import { render } from '../src/messages/templates.js';
import { key, staff, startServer, type TestServer } from './harness.js';
import { eventually, startNotifyStandIn, type NotifyStandIn } from './messages-support.js';

const TEMPLATES = {
  email: { 'en-GB': '0b3c0a5e-0000-4000-8000-00000000e001', cy: '0b3c0a5e-0000-4000-8000-00000000c001' },
  sms: { 'en-GB': '0b3c0a5e-0000-4000-8000-00000000e002', cy: '0b3c0a5e-0000-4000-8000-00000000c002' },
};
const PLACEHOLDERS = ['subject', 'body', 'link', 'unsubscribe_link'];

describe('messages through GOV.UK Notify', () => {
  let notify: NotifyStandIn;
  let s: TestServer;
  const links: Links = { publicBaseUrl: 'https://council.example', itemUrl: '{base}/me.html#{type}/{id}', secret: 'notify-test' };
  before(async () => {
    notify = await startNotifyStandIn({
      [TEMPLATES.email['en-GB']]: { type: 'email', placeholders: PLACEHOLDERS },
      [TEMPLATES.email.cy]: { type: 'email', placeholders: PLACEHOLDERS },
      [TEMPLATES.sms['en-GB']]: { type: 'sms', placeholders: ['body', 'link'] },
      [TEMPLATES.sms.cy]: { type: 'sms', placeholders: ['body', 'link'] },
    });
    s = await startServer({
      messaging: { links, provider: notifyProvider({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, templates: TEMPLATES }), worker: { pollMs: 50, statusPollMs: 100 } },
    });
  });
  after(async () => {
    await s.close();
    await notify.close();
  });

  it('reads the service id and secret out of the API key', () => {
    assert.deepEqual(parseNotifyKey(notify.apiKey), { serviceId: notify.serviceId, secret: notify.secret });
  });

  it('sends an email and a text with the right template and personalisation, and records delivery', async () => {
    const byEmail = await s.call('/api/v1/feedback', {
      method: 'POST',
      body: { topic: 'housing', text: 'Mae’r lifft wedi torri eto.', consentToPublish: false, reply: { method: 'email', detail: 'eleri@example.com' }, messages: { language: 'cy' } },
      headers: { 'idempotency-key': key() },
    });
    const byText = await s.call('/api/v1/opportunities/opp-housing/interests', {
      method: 'POST',
      body: { name: 'Tom', contact: { method: 'text', detail: '07700 900123' }, consent: true, messages: { readingLevel: 'easy-read' } },
      headers: { 'idempotency-key': key() },
    });
    assert.equal(byEmail.status, 201);
    assert.equal(byText.status, 201);
    await s.call(`/api/v1/feedback/${byEmail.body.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } });
    await s.call(`/api/v1/opportunities/opp-housing/interests/${byText.body.id}`, { method: 'PATCH', token: staff, body: { status: 'contacted' } });

    await eventually('two requests at Notify', async () => notify.accepted.length >= 2);
    const email = notify.accepted.find((r) => r.path === '/v2/notifications/email')!;
    const sms = notify.accepted.find((r) => r.path === '/v2/notifications/sms')!;
    assert.deepEqual(notify.refused, [], 'every token passed the check');

    assert.equal(email.body.template_id, TEMPLATES.email.cy, 'the Welsh email template for a person who wrote in Welsh');
    assert.equal(email.body.email_address, 'eleri@example.com');
    const emailLink = `${links.publicBaseUrl}/me.html#feedback/${byEmail.body.id}&coprod-lang=cy`; // opens the page in Welsh
    const p = email.body.personalisation as Record<string, string>;
    assert.deepEqual(Object.keys(p).sort(), [...PLACEHOLDERS].sort());
    assert.equal(p.subject, `Eich adborth ${byEmail.body.reference}: rydym yn ei ystyried`);
    assert.match(p.body!, /Penderfynwyd gan: Co-production lead/);
    assert.equal(p.link, emailLink);
    assert.match(p.unsubscribe_link!, /^https:\/\/council\.example\/unsubscribe\?token=/);
    assert.equal(email.body.one_click_unsubscribe_url, p.unsubscribe_link, 'Notify adds the List-Unsubscribe headers from this');
    assert.match(String(email.body.reference), /^[0-9a-f-]{36}$/, 'our outbox id, so a message can be traced without personal data');

    assert.equal(sms.body.template_id, TEMPLATES.sms['en-GB']);
    assert.equal(sms.body.phone_number, '+447700900123');
    const t = sms.body.personalisation as Record<string, string>;
    assert.match(t.body!, /^Your interest in “.+”: we are getting in touch\. We will talk to you about it\. You do not need to do anything now\./);
    assert.equal(t.link, `${links.publicBaseUrl}/me.html#interest/${byText.body.id}&coprod-reading=easy-read`, 'opens the page in easy read');

    // Notify says both arrived; staff see it.
    const told = await eventually('both marked delivered', async () => {
      const a = (await s.call(`/api/v1/messages?feedbackId=${byEmail.body.id}`, { token: staff })).body.items;
      const b = (await s.call(`/api/v1/messages?interestId=${byText.body.id}`, { token: staff })).body.items;
      return a[0]?.status === 'delivered' && b[0]?.status === 'delivered' && [a[0], b[0]];
    });
    assert.equal(told[1].to, '••• 123');
  });

  it('records a permanent failure with Notify’s reason', async () => {
    notify.bounces.add('bounce@example.com');
    const r = await s.call('/api/v1/opportunities/opp-housing/interests', {
      method: 'POST',
      body: { name: 'Bo', contact: { method: 'email', detail: 'bounce@example.com' }, consent: true },
      headers: { 'idempotency-key': key() },
    });
    await s.call(`/api/v1/opportunities/opp-housing/interests/${r.body.id}`, { method: 'PATCH', token: staff, body: { status: 'not_this_time' } });
    // Notify accepts it, then reports that the inbox does not exist.
    const failed = await eventually('marked failed', async () => {
      const items = (await s.call(`/api/v1/messages?interestId=${r.body.id}`, { token: staff })).body.items;
      return (items[0]?.status === 'failed' || items[0]?.status === 'delivered') && items[0];
    });
    assert.equal(failed.status, 'failed');
    assert.match(failed.failureReason, /permanent failure/);
    assert.ok(failed.sentAt, 'it was sent before it failed');
  });

  it('is refused by Notify when the token is signed with another secret or issued over 30 seconds ago', async () => {
    const { serviceId, secret } = parseNotifyKey(notify.apiKey);
    const post = async (jwt: string) =>
      fetch(`${notify.baseUrl}/v2/notifications/email`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email_address: 'x@example.com', template_id: TEMPLATES.email['en-GB'], personalisation: {} }),
      });
    const sign = (claims: { iat: number }, withSecret: string) =>
      new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(serviceId).setIssuedAt(claims.iat).sign(new TextEncoder().encode(withSecret));
    const now = Math.floor(Date.now() / 1000);
    assert.equal((await post(await sign({ iat: now }, 'not-the-secret-of-this-service-0000'))).status, 403);
    assert.equal((await post(await sign({ iat: now - 31 }, secret))).status, 403);
    assert.equal((await post(await sign({ iat: now }, secret))).status, 400, 'a good token passes to the body check (missing personalisation)');
    // Our provider's own tokens always pass: it signs a fresh one for every request.
    const provider = notifyProvider({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, templates: TEMPLATES });
    const rendered = render({ event: 'interest_answer', reference: 'INT-TEST', opportunity: 'Test', status: 'joined', at: new Date().toISOString() }, 'en-GB', 'standard', { item: 'https://x/i', unsubscribe: 'https://x/u' });
    const result = await provider.send({ id: 'id-1', channel: 'email', to: 'x@example.com', language: 'en-GB', rendered, links: { item: 'https://x/i', unsubscribe: 'https://x/u' } });
    assert.equal(result.ok, true);
  });
});
