/**
 * Issue 15, the first "Must show" line, end to end on the real server with a real local SMTP
 * server: a person gives feedback on the council page in Welsh and asks to hear back by
 * email; a member of staff posts a "we did" update on the staff page; the email arrives in
 * Welsh, with the update, who decided, a link back to the item on the person's page, and a
 * one-click unsubscribe link and header that work.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FeedbackSentDetail } from '../../src/events/events.js';
import { startSmtpSink, type SmtpSink } from '../../server/test/messages-support.js';
import { assertNoProblems, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser } from './harness.js';

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());
const e2e = useServerAndBrowser({ timeout: 120_000, env: () => ({ SMTP_URL: sink.url, MESSAGES_FROM: 'Cyngor Anytown <involve@anytown.example>', MESSAGES_POLL_MS: '200' }) });

test('feedback in Welsh asking to hear back by email gets the "we did" update by email, in Welsh, with a working link', { timeout: 180_000 }, async () => {
  const council = await openPageWith(e2e.browser, `${e2e.server.url}/?lang=cy`, ['coprod-feedback-loop']);
  let sent: FeedbackSentDetail;
  const said = `Nid oes sedd yn arhosfan bws yr ysbyty (${Date.now()}).`;
  try {
    const { page } = council;
    const loop = page.locator('coprod-feedback-loop');
    await recordEvents(page, ['coprod-feedback-sent']);
    await loop.getByRole('button', { name: 'Rhoi adborth' }).click();
    await loop.getByLabel('Am beth mae o?').selectOption({ label: 'Trafnidiaeth' });
    await loop.getByLabel('Beth ydych chi eisiau ei ddweud wrthym?').fill(said);
    await loop.getByRole('radio', { name: 'Ydw, dywedwch wrthyf beth sy’n digwydd' }).check();
    await loop.getByRole('radio', { name: 'E-bost' }).check();
    await loop.getByLabel('Cyfeiriad e-bost').fill('Gwen@Example.com');
    await loop.getByRole('radio', { name: 'Cewch, gallwch ei ddangos' }).check();
    await loop.getByRole('button', { name: 'Anfon adborth' }).click();
    await loop.getByRole('heading', { name: 'Diolch, mae eich adborth gennym' }).waitFor();
    const [event] = await recordedEvents<FeedbackSentDetail>(page, 'coprod-feedback-sent');
    assert.ok(event, 'coprod-feedback-sent fired');
    sent = event.detail;
    await assertNoProblems(council);
  } finally {
    await council.close();
  }

  const staff = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html`, ['coprod-staff-feedback']);
  const weDid = 'Rhoddwyd mainc a lloches yn yr arhosfan ar 3 Mawrth.';
  try {
    const { page } = staff;
    await page.getByLabel('Staff token').fill(e2e.server.staffToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('You are signed in as Demo staff.').waitFor();
    const inbox = page.locator('coprod-staff-feedback');
    const item = inbox.getByRole('listitem').filter({ hasText: said });
    await item.waitFor();
    await item.getByRole('button', { name: `Answer or change ${sent.reference}` }).click();
    await item.getByRole('radio', { name: 'We did: what changed' }).check();
    await item.getByLabel('What we did').fill(weDid);
    await settle(page);
    await item.getByRole('button', { name: 'Post update' }).click();
    await item.getByText(`Update posted on ${sent.reference}.`).waitFor();
    await assertNoProblems(staff);
  } finally {
    await staff.close();
  }

  const [mail] = await sink.waitFor(1, 60_000);
  assert.equal(mail!.to, 'gwen@example.com');
  assert.equal(mail!.subject, `Diweddariad ar eich adborth ${sent.reference}`, 'the subject is in Welsh');
  assert.match(mail!.text, /Beth wnaethom ni \(\d+ \S+ \d{4}\):/, 'what changed, in Welsh, dated');
  assert.ok(mail!.text.includes(weDid), 'the update itself');
  assert.ok(mail!.text.includes(`Dywedoch chi: “${said}”`), 'what the person said');
  assert.match(mail!.text, /Gan: Co-production lead, Adult Social Care/, 'who decided');
  const itemLink = `${e2e.server.url}/my-involvement.html?feedback=${sent.id}`;
  assert.ok(mail!.text.includes(itemLink), 'a link to the item on the person’s page');

  // Unsubscribe, from the header (a mail program's one-click POST): no sign-in, and it works.
  const unsubscribe = mail!.headers.get('list-unsubscribe')!.replace(/^<|>$/g, '');
  assert.ok(unsubscribe.startsWith(`${e2e.server.url}/unsubscribe?token=`));
  assert.equal(mail!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
  const page = await fetch(unsubscribe);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Atal negeseuon/, 'the page is in the person’s language');
  const done = await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  assert.equal(done.status, 200);
  assert.match(await done.text(), /Ni fyddwch yn cael rhagor o negeseuon/);

  // Staff see who was told, and that it went.
  const told = await e2e.server.json<{ items: { status: string; channel: string; to: string }[] }>(`/messages?feedbackId=${sent.id}`, { staff: true });
  assert.deepEqual(told.items.map((m) => [m.channel, m.to, m.status]), [['email', 'g•••@example.com', 'sent']]);
});
