/**
 * Issue 16, the first "Must show" line, end to end on the real server, in Chromium, with the
 * real widgets and a real local SMTP server: staff publish a paid opportunity with mileage and
 * carer cover (<coprod-staff-opportunities>); a person's interest is accepted
 * (<coprod-staff-interest>); staff record attendance, 2 h + 1 h preparation
 * (<coprod-staff-claims>); the person signs in from the emailed link and claims the fees plus
 * 12 miles and carer cover with a receipt image (<coprod-claim> inside
 * <coprod-my-involvement>); staff approve and mark paid; the person is told by email at each
 * step (interest accepted, attendance, claim received, approved, paid) and sees the paid claim on
 * their own page and in their involvement record.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OpportunitySavedDetail } from '../../src/events/events.js';
import { eventually, startSmtpSink, type ReceivedMail, type SmtpSink } from '../../server/test/messages-support.js';
import { assertAxeClean, assertNoProblems, MAIL_WAIT_MS, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser, type OpenPage, pasteWidget, WAIT_MS } from './harness.js';

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());
const e2e = useServerAndBrowser({ timeout: 300_000, env: () => ({ SMTP_URL: sink.url, MESSAGES_FROM: 'Anytown Council <involve@anytown.example>', MESSAGES_POLL_MS: '200' }) });

const EMAIL = 'pat.paid@example.org';
const TITLE = 'Carers panel: paid, with mileage and cover';
/** A 1×1 PNG: a real image, as a phone's photo of a receipt would be. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The staff page (one <coprod-staff-workspace>), at a section if asked: `#coprod-staff=claims`. */
async function staffPage(address = ''): Promise<OpenPage> {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html${address}`, ['coprod-staff-workspace']);
  await open.page.getByLabel('Staff token').fill(e2e.server.staffToken);
  await open.page.getByRole('button', { name: 'Sign in' }).click();
  await open.page.getByText('You are signed in as Demo staff.').waitFor();
  return open;
}

/** The mail to the person whose subject matches, once it has arrived. */
const mailTo = (subject: RegExp, timeoutMs = MAIL_WAIT_MS): Promise<ReceivedMail> =>
  eventually(`a mail to ${EMAIL}: ${subject}`, async () => sink.mails.find((m) => m.to === EMAIL && subject.test(m.subject)), timeoutMs);

/**
 * The person asks for a sign-in link on their own page (or on the page a message linked to, `from`)
 * and opens it from the email: the link opens the page they asked from, `?attendance=<id>` and all.
 */
async function personSignsIn(from = `${e2e.server.url}/my-involvement.html`): Promise<OpenPage> {
  const before = sink.mails.filter((m) => m.to === EMAIL).length;
  const asking = await openPageWith(e2e.browser, from, ['coprod-my-involvement']);
  try {
    const widget = asking.page.locator('coprod-my-involvement');
    await widget.getByLabel('Email address').fill(EMAIL);
    await widget.getByRole('button', { name: 'Send me a link' }).click();
    await widget.getByRole('heading', { name: 'Check your email' }).waitFor();
  } finally {
    await asking.close();
  }
  const mail = await eventually('the sign-in link', async () => sink.mails.filter((m) => m.to === EMAIL).slice(before).find((m) => m.text.includes('#coprod-sign-in=')), MAIL_WAIT_MS);
  const link = new URL(/https?:\/\/\S+#coprod-sign-in=[A-Za-z0-9_.-]+/.exec(mail.text)![0]);
  assert.equal(link.search, new URL(from).search, 'the sign-in link opens the page the person asked from');
  return openPageWith(e2e.browser, `${e2e.server.url}${link.pathname}${link.search}${link.hash}`, ['coprod-my-involvement']);
}

test('the pay loop in the browser: publish, accept, record 2 h + 1 h prep, claim with 12 miles and carer cover and a receipt, approve, pay; the person is told each time', { timeout: 480_000 }, async () => {
  const started = Date.now();
  const step = (what: string) => console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const staff = await staffPage();
  let opportunityId: string;
  try {
    const { page } = staff;
    const form = page.locator('coprod-staff-opportunities');
    await recordEvents(page, ['coprod-opportunity-saved']);
    await form.getByRole('button', { name: 'Create an opportunity' }).click();
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Summary', { exact: true }).fill('Help us shape support for carers, paid for your time.');
    await form.getByLabel('Description', { exact: true }).fill('Four meetings to shape what the council does for carers.');
    await form.getByLabel('Experience or skills needed', { exact: true }).fill('Caring for someone.');
    await form.getByLabel('Time commitment', { exact: true }).fill('2 hours a month');
    await form.getByLabel('When it happens', { exact: true }).fill('First Monday of the month');
    await form.getByRole('button', { name: 'Add a session' }).click();
    const session = form.getByRole('group', { name: 'Session 1' });
    await session.getByLabel('Day').fill('2');
    await session.getByLabel('Month').fill('11');
    await session.getByLabel('Year').fill('2026');
    await session.getByLabel('Starts').fill('10:00');
    await form.getByRole('checkbox', { name: 'Online', exact: true }).check();
    await form.getByLabel('How to get involved', { exact: true }).fill('Say you are interested and we will call you.');
    await form.getByRole('radio', { name: 'Paid for time', exact: true }).check();
    await form.getByLabel('Rate in pounds', { exact: true }).fill('20');
    await form.getByLabel('Per', { exact: true }).selectOption({ label: 'hour' });
    await form.getByRole('group', { name: 'Is preparation time paid?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await form.getByLabel(/^Hours of preparation for each session/).fill('1');
    await form.getByRole('checkbox', { name: 'Travel by car (mileage)', exact: true }).check();
    await form.getByLabel('Pence a mile', { exact: true }).fill('45');
    await form.getByRole('checkbox', { name: 'Carer or personal assistant cover', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Carers', exact: true }).check();
    await form.getByLabel('Organisation', { exact: true }).selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Save as a draft' }).click();
    await form.getByText('Saved as a draft', { exact: false }).first().waitFor();
    const [saved] = await recordedEvents<OpportunitySavedDetail>(page, 'coprod-opportunity-saved');
    opportunityId = saved!.detail.opportunity.id;
    await form.getByRole('listitem', { name: TITLE }).getByRole('button', { name: /^Publish\b/ }).click();
    await form.getByRole('button', { name: 'Yes, publish' }).click();
    await form.getByText(`Published: ${TITLE}`, { exact: false }).waitFor();
    await assertNoProblems(staff);
  } finally {
    await staff.close();
  }
  step('published');
  const published = await e2e.server.json<{ status: string; payment: { amountPence: number; unit: string; prep: unknown; expenses: unknown } }>(`/opportunities/${opportunityId}`);
  assert.deepEqual([published.status, published.payment.amountPence, published.payment.unit, published.payment.prep, published.payment.expenses], ['open', 2000, 'hour', { paid: true, expectedMinutes: 60 }, { mileagePence: 45, care: true }]);

  // The person says they are interested (the interest form has its own end to end).
  await e2e.server.json(`/opportunities/${opportunityId}/interests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'e2e-pay-interest' },
    body: JSON.stringify({ name: 'Pat Paid', contact: { method: 'email', detail: EMAIL }, consent: true }),
  });

  const record = await staffPage();
  try {
    const { page } = record;
    const interest = await pasteWidget(page, e2e.server.staffToken, 'coprod-staff-interest', { 'opportunity-id': opportunityId });
    const row = interest.getByRole('listitem').filter({ hasText: 'Pat Paid' });
    await row.locator('input[value="joined"]').check();
    await row.locator('button[type="submit"]').click();
    await eventually('the interest is accepted', async () => (await e2e.server.json<{ items: { status: string }[] }>(`/opportunities/${opportunityId}/interests`, { staff: true })).items.some((i) => i.status === 'joined'), WAIT_MS);

    const claims = await pasteWidget(page, e2e.server.staffToken, 'coprod-staff-claims', { 'opportunity-id': opportunityId });
    const form = claims.locator('[part="record-form"]');
    await form.getByLabel('Session').selectOption({ index: 1 });
    await form.getByLabel('Who').selectOption({ label: 'Pat Paid' });
    await form.getByLabel('Hours taking part').fill('2');
    await form.getByLabel('Hours of preparation').fill('1');
    await form.getByRole('button', { name: 'Record' }).click();
    await claims.getByText('Recorded Pat Paid. They are told and can claim.').waitFor();
    const recorded = (await claims.locator('[part="attendance"] li').first().innerText()).replace(/\s+/g, ' ');
    assert.match(recorded, /Pat Paid, .*: 2 h \+ 1 h preparation \(£60(\.00)?\)/);
    await assertNoProblems(record);
  } finally {
    await record.close();
  }
  step('attendance recorded');
  const accepted = await mailTo(/^Your interest in/);
  assert.match(accepted.text, /You are taking part/, 'the person is told their interest is accepted');
  const thanks = await mailTo(/^Thank you for taking part/);
  assert.match(thanks.text, /£60(\.00)?\b/, 'the email says what the time comes to');
  assert.match(thanks.text.replace(/\u00a0/g, ' '), /on \w+day \d+ \w+ \d{4}, \d\d:\d\d: 2 hours and 1 hour preparation\./, 'the session as the page words it, not an ISO date');
  const attendanceLink = /https?:\/\/\S+\?attendance=[\w-]+/.exec(thanks.text)?.[0];
  assert.ok(attendanceLink, `the email links to the attendance on the person's page: ${thanks.text}`);

  // The person follows the emailed link, asks for a sign-in link there, and claims.
  step('told of attendance');
  const person = await personSignsIn(`${e2e.server.url}${new URL(attendanceLink).pathname}${new URL(attendanceLink).search}`);
  step('signed in');
  let reference: string;
  try {
    const { page } = person;
    const claim = page.locator('coprod-claim');
    const fees = claim.getByRole('checkbox', { name: /2 hours and 1 hour preparation, £60/ });
    await fees.waitFor().catch(async (error) => {
      console.log((await claim.innerText()).slice(0, 2000));
      throw error;
    });
    assert.ok(await fees.isChecked(), 'the fees from the attendance are ticked');
    await claim.getByRole('button', { name: 'Add an expense' }).click();
    const first = claim.locator('[data-expense="0"]');
    await first.getByLabel('What it was for').selectOption({ label: 'Car or motorbike (miles)' });
    await first.getByLabel('Miles, there and back').fill('12');
    await claim.getByRole('button', { name: 'Add another expense' }).click();
    const second = claim.locator('[data-expense="1"]');
    await second.getByLabel('What it was for').selectOption({ label: 'Carer or personal assistant cover' });
    await second.getByLabel('Amount in pounds').fill('30');
    // The receipt control says the page's words, not the browser's ("Choose File / No file chosen"): pressing it opens the browser's file picker.
    const receipt = second.getByRole('button', { name: 'Receipt (optional) Choose a file No file chosen', exact: true });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), receipt.click()]);
    assert.ok(!chooser.isMultiple(), 'one receipt a line');
    await chooser.setFiles({ name: 'pa-invoice.png', mimeType: 'image/png', buffer: PNG });
    await second.locator('[data-receipt]').waitFor();
    await claim.getByRole('radio', { name: /^By bank transfer/ }).check();
    await claim.locator('[part="totals"]').getByText('£95.40').first().waitFor();
    await settle(page);
    await assertAxeClean(page, 'the person’s page, a filled claim with a receipt');
    await claim.getByRole('button', { name: 'Send my claim' }).click();
    await claim.getByRole('heading', { name: 'Your claim is sent' }).waitFor();
    reference = (/CL-\w+/.exec(await claim.locator('[part="sent"]').innerText()) ?? [''])[0];
    assert.ok(reference, 'the claim’s reference is shown');
    await assertNoProblems(person);
  } finally {
    await person.close();
  }
  step('claim sent');
  await mailTo(new RegExp(`^We have your claim ${reference}`));

  const finance = await staffPage('#coprod-staff=claims');
  try {
    const { page } = finance;
    const queue = page.locator('coprod-staff-claims');
    const card = queue.locator(`[data-claim="${reference}"]`);
    await card.waitFor();
    const lines = (await card.innerText()).replace(/\s+/g, ' ');
    assert.match(lines, /Mileage \(12 miles\): £5\.40/);
    assert.match(lines, /Carer or PA cover: £30(\.00)? receipt/);
    assert.match(lines, /Total: £95\.40/);
    await card.getByRole('button', { name: /^Approve/ }).click();
    await card.getByText('Approved. Pat Paid is told.').waitFor();
    await card.getByRole('button', { name: /^Mark paid/ }).click();
    await card.getByText('Marked paid. Pat Paid is told.').waitFor();
    await assertNoProblems(finance);
  } finally {
    await finance.close();
  }
  await mailTo(new RegExp(`^Your claim ${reference} is approved`));
  const paidMail = await mailTo(new RegExp(`^Your claim ${reference} is paid`));
  assert.match(paidMail.text, /£95\.40/);

  step('paid');
  const back = await personSignsIn();
  try {
    const mine = back.page.locator('coprod-claim').locator('[part="claim"][data-status="paid"]');
    await mine.waitFor();
    const shown = (await mine.innerText()).replace(/\s+/g, ' ');
    assert.ok(shown.includes(reference), 'the paid claim, by its reference');
    assert.match(shown, /£95\.40/);
    assert.match(shown, /Paid on \d+ \S+ \d{4}/);
    // And in their involvement record, theirs to print and download: the session and the paid claim, with their name.
    const page = back.page.locator('coprod-my-involvement');
    await page.getByRole('button', { name: 'Show my record' }).click();
    const inRecord = page.locator(`[data-record-claim="${reference}"]`);
    await inRecord.waitFor();
    const line = (await inRecord.innerText()).replace(/\s+/g, ' ');
    assert.match(line, /Status:? Paid/, line);
    assert.match(line, /£95\.40/);
    assert.match((await page.locator('[data-record-sheet]').innerText()).replace(/\s+/g, ' '), /2 hours/, 'the session’s time taking part');
    await settle(back.page);
    await assertAxeClean(back.page, 'the person’s record with the paid claim');
    await assertNoProblems(back);
  } finally {
    await back.close();
  }
  console.log(`pay loop in the browser: ${((Date.now() - started) / 1000).toFixed(1)} s after the server started`);
});
