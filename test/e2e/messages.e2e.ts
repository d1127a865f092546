/**
 * Issue 15, the first "Must show" line, end to end on the real server with a real local SMTP
 * server: a person gives feedback on the council page in Welsh and asks to hear back by
 * email; a member of staff posts a "we did" update on the staff page; the email arrives in
 * Welsh, with the update, who decided, a link back to the item on the person's page, and a
 * one-click unsubscribe link and header that work. The person follows the link in the browser,
 * signs in from the Welsh page by a link sent to the same SMTP server, and sees the item with its
 * update in Welsh.
 * Issue 18's end to end shares this server and mail sink: staff open the suggestions for the
 * carers strategy, read the reasons and invite three people; Bernie says "I'm interested" from
 * the emailed link; the interest shows in <coprod-staff-interest> with the invitation noted.
 * Issue 17's end to end shares them too: an activity ends, three who took part are invited by
 * email, two answer from the emailed link (one in Welsh, one in easy read); staff insights on the
 * staff page show the two answers with the promise beside the rung felt, and the programme page
 * hides the activity because it is under the threshold (the server's job moves waiting answers
 * every second here, two at a time).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Profile } from '../../src/api/types.js';
import type { FeedbackSentDetail, ProfileSavedDetail } from '../../src/events/events.js';
import { eventually, startSmtpSink, type SmtpSink } from '../../server/test/messages-support.js';
import { assertNoProblems, MAIL_WAIT_MS, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser, pasteWidget, WAIT_MS } from './harness.js';

let sink: SmtpSink;
before(async () => {
  sink = await startSmtpSink();
});
after(() => sink.close());
const e2e = useServerAndBrowser({ timeout: 300_000, env: () => ({ SMTP_URL: sink.url, MESSAGES_FROM: 'Cyngor Anytown <involve@anytown.example>', MESSAGES_POLL_MS: '200', EVALUATION_BATCH_MINIMUM: '2', EVALUATION_JOB_MS: '1000' }) });

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

  const staff = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html#coprod-staff=feedback`, ['coprod-staff-feedback']);
  const weDid = 'Rhoddwyd mainc a lloches yn yr arhosfan ar 3 Mawrth.';
  try {
    const { page } = staff;
    await page.getByLabel('Staff token').fill(e2e.server.staffToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('You are signed in as Demo staff.').waitFor();
    const inbox = page.locator('coprod-staff-feedback');
    // Ten at a time: once the inbox is there, found by the reference, as the person would quote it.
    await inbox.getByText(/^Showing 1 to/).waitFor();
    await inbox.getByRole('searchbox', { name: 'Search' }).fill(sent.reference);
    await inbox.getByRole('button', { name: 'Search', exact: true }).click();
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

  const [mail] = await sink.waitFor(1, MAIL_WAIT_MS);
  assert.equal(mail!.to, 'gwen@example.com');
  assert.equal(mail!.subject, `Diweddariad ar eich adborth ${sent.reference}`, 'the subject is in Welsh');
  assert.match(mail!.text, /Beth wnaethom ni \(\d+ \S+ \d{4}\):/, 'what changed, in Welsh, dated');
  assert.ok(mail!.text.includes(weDid), 'the update itself');
  assert.ok(mail!.text.includes(`Dywedoch chi: “${said}”`), 'what the person said');
  assert.match(mail!.text, /Gan: Co-production lead, Adult Social Care/, 'who decided');
  // The link opens the person's page in Welsh (the demo's Welsh page is ?lang=cy; MY_INVOLVEMENT_URL_CY for a council's).
  const itemLink = `${e2e.server.url}/my-involvement.html?lang=cy&feedback=${sent.id}`;
  assert.ok(mail!.text.includes(itemLink), 'a link to the item on the person’s Welsh page');
  await followTheLink(itemLink, said, weDid);

  // Unsubscribe, from the header (a mail program's one-click POST): no sign-in, and it works.
  const unsubscribe = mail!.headers.get('list-unsubscribe')!.replace(/^<|>$/g, '');
  assert.ok(unsubscribe.startsWith(`${e2e.server.url}/unsubscribe?token=`));
  assert.equal(mail!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
  const page = await fetch(unsubscribe);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Atal negeseuon/, 'the page is in the person’s language');
  const done = await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  assert.equal(done.status, 200);
  const stopped = await done.text();
  assert.match(stopped, /Ni fyddwch yn cael rhagor o negeseuon/);
  // "Turn messages back on" (Welsh): the same signed proof, posted from the stopped page's one button.
  const turnOn = /<form method="post" action="([^"]+)"><button type="submit">Troi negeseuon yn ôl ymlaen<\/button>/.exec(stopped)?.[1];
  assert.ok(turnOn?.startsWith('/resubscribe?token='), 'the stopped page offers to turn them back on');
  const on = await fetch(`${e2e.server.url}${turnOn}`, { method: 'POST' });
  assert.equal(on.status, 200);
  assert.match(await on.text(), /Mae eich negeseuon ymlaen eto/);

  // Staff see who was told, and that it went.
  const told = await e2e.server.json<{ items: { status: string; channel: string; to: string }[] }>(`/messages?feedbackId=${sent.id}`, { staff: true });
  assert.deepEqual(told.items.map((m) => [m.channel, m.to, m.status]), [['email', 'g•••@example.com', 'sent']]);
});

/**
 * The person follows the emailed link in the browser: the page asks, in Welsh, for a sign-in
 * link (an update email lives longer than a sign-in may, so it holds none); the sign-in email
 * comes to the same SMTP server, in Welsh, and opens the page in Welsh with the item and its update.
 */
async function followTheLink(itemLink: string, said: string, weDid: string): Promise<void> {
  const before = sink.mails.length;
  const asking = await openPageWith(e2e.browser, itemLink, ['coprod-my-involvement']);
  try {
    const widget = asking.page.locator('coprod-my-involvement');
    await widget.getByRole('heading', { name: 'Cael dolen i’ch tudalen' }).waitFor();
    await widget.getByLabel('Cyfeiriad e-bost').fill('gwen@example.com');
    await widget.getByRole('button', { name: 'Anfonwch ddolen ataf' }).click();
    await widget.getByRole('heading', { name: 'Gwiriwch eich e-bost' }).waitFor();
    await assertNoProblems(asking);
  } finally {
    await asking.close();
  }
  const signInMail = await eventually('the sign-in link by email', async () => sink.mails.slice(before).find((m) => m.to === 'gwen@example.com' && m.text.includes('#coprod-sign-in=')), MAIL_WAIT_MS);
  assert.equal(signInMail.subject, 'Eich dolen i weld beth ddigwyddodd i’r hyn a ddywedoch wrthym', 'the sign-in email is in Welsh');
  const signIn = /https?:\/\/\S+#coprod-sign-in=[A-Za-z0-9_-]+/.exec(signInMail.text)?.[0];
  // The link the person came from, item and all (issue 15: `?feedback=<id>` through sign-in).
  assert.ok(signIn?.startsWith(`${itemLink}#`), `the sign-in link opens this server’s Welsh page at the item: ${signIn}`);
  const open = await openPageWith(e2e.browser, signIn!, ['coprod-my-involvement']);
  try {
    const widget = open.page.locator('coprod-my-involvement');
    const item = widget.getByRole('listitem').filter({ hasText: said });
    await item.getByText(weDid).waitFor();
    await eventually('the focus on the item', async () => (await item.evaluate((li) => (li.getRootNode() as ShadowRoot).activeElement === li)) || undefined, WAIT_MS);
    const shown = (await item.innerText()).replace(/\s+/g, ' ');
    assert.match(shown, /Dywedoch chi/, 'what the person said, labelled in Welsh');
    assert.match(shown, /Beth ddigwyddodd/, 'the updates, headed in Welsh');
    assert.match(shown, /Gwnaethom · \d+ \S+ \d{4}/, 'the "we did" update, named and dated in Welsh');
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
}

test('a profile made on the Welsh page without choosing how to hear from us: a later correction by staff arrives in Welsh (issue 15)', { timeout: 240_000 }, async () => {
  const address = 'elin.profile@example.com';
  // The form loads when it comes near the viewport: here when "Dechrau eich proffil un dudalen" opens it.
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/?lang=cy`, ['coprod-opportunity-list']);
  let profileId: string;
  try {
    const { page } = open;
    const form = page.locator('coprod-profile-form');
    await recordEvents(page, ['coprod-profile-saved']);
    await page.getByText('Dechrau eich proffil un dudalen').click();
    await form.getByLabel('Yr enw rydw i’n hoffi cael fy ngalw').fill('Elin');
    await form.getByLabel('Beth sy’n bwysig i mi').fill('Fy nheulu a’r ardd.');
    await form.getByLabel('Y profiad rydw i’n ei gynnig').fill('Rwy’n gofalu am fy mam.');
    await form.getByRole('radio', { name: 'E-bost' }).check();
    await form.getByLabel('Cyfeiriad e-bost').fill(address);
    await form.getByRole('checkbox', { name: /^Rwy’n cytuno i’r cyngor gadw fy mhroffil/ }).check();
    await form.getByRole('button', { name: 'Cadw fy mhroffil' }).click();
    await form.getByText('Mae eich proffil wedi’i gadw').first().waitFor();
    const [saved] = await recordedEvents<ProfileSavedDetail>(page, 'coprod-profile-saved');
    assert.ok(saved, 'coprod-profile-saved fired');
    profileId = saved.detail.profileId;
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
  // Staff correct the name at the person's request (English staff page, no Welsh anywhere in the request).
  const { id: _id, createdAt: _created, updatedAt: _updated, ...stored } = await e2e.server.json<Profile>(`/profiles/${profileId}`, { staff: true });
  await e2e.server.json(`/profiles/${profileId}?reason=person-asked`, { staff: true, method: 'PUT', body: JSON.stringify({ ...stored, name: 'Elin Puw' }), headers: { 'content-type': 'application/json' } });
  const mail = await eventually('the correction, by email', async () => sink.mails.find((m) => m.to === address), MAIL_WAIT_MS);
  assert.equal(mail.subject, 'Rydym wedi newid eich proffil un dudalen', 'in Welsh, the language of the page the profile was made on');
});

test('staff invite three people suggested for the carers strategy; "I’m interested" from the email shows in the interest list as invited (issue 18)', { timeout: 240_000 }, async () => {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html`, ['coprod-staff-workspace']);
  try {
    const people = await pasteWidget(open.page, e2e.server.staffToken, 'coprod-staff-people', { 'opportunity-id': 'opp-carers-strategy' });
    const bernie = people.locator('[part="suggestion"][data-person="prof-bernie"]');
    await bernie.waitFor();
    const reasons = (await bernie.locator('[part="reasons"]').innerText()).replace(/\s+/g, ' ');
    assert.match(reasons, /Cares about [^.]*Carers/i, 'the topic, in plain words');
    assert.match(reasons, /not been asked in the last 3 months/i, 'a new voice');
    for (const name of ['Bernie', 'Siân', 'Jimmy']) await people.getByRole('checkbox', { name: `Choose ${name}` }).check();
    await settle(open.page);
    await people.getByRole('button', { name: 'Invite 3 people' }).click();
    await people.getByText('Invited 3 people', { exact: false }).waitFor();
    const invited = (await people.locator('[part="invitations"]').innerText()).replace(/\s+/g, ' ');
    for (const name of ['Bernie', 'Siân', 'Jimmy']) assert.match(invited, new RegExp(`${name}: Invited, no answer yet`));
    await assertNoProblems(open);
  } finally {
    await open.close();
  }

  const toBernie = await eventually('Bernie’s invitation by email', async () => sink.mails.find((m) => m.to === 'bernie.quillfeather@example.com'), MAIL_WAIT_MS);
  const link = /https?:\/\/\S+\/invitation\?token=[^\s&]+&answer=interested/.exec(toBernie.text)?.[0];
  assert.ok(link && link.startsWith(e2e.server.url), 'the invitation has an "I’m interested" link to this server');
  const answer = await e2e.browser.newPage();
  try {
    await answer.goto(link);
    await answer.getByRole('button', { name: 'Yes, I am interested' }).click();
    await answer.getByRole('heading', { name: 'Thank you: we have your interest' }).waitFor();
  } finally {
    await answer.close();
  }

  const staff = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html`, ['coprod-staff-workspace']);
  try {
    const interest = await pasteWidget(staff.page, e2e.server.staffToken, 'coprod-staff-interest', { 'opportunity-id': 'opp-carers-strategy' });
    const row = interest.getByRole('listitem').filter({ hasText: 'bernie.quillfeather@example.com' });
    await row.getByText('this came from our invitation', { exact: false }).waitFor();
    await assertNoProblems(staff);
  } finally {
    await staff.close();
  }
});

/** Answers the twelve questions on the evaluation page (any language: by value, not by label) and sends. */
async function answerEvaluation(page: Page, change: string, felt = 'co_design'): Promise<void> {
  const form = page.locator('coprod-evaluation');
  // Start (the reading switch's buttons come first on the page).
  await form.locator('section > button.button').click();
  for (let step = 0; step < 12; step++) {
    await form.locator('.progress').filter({ hasText: new RegExp(`\\b${step + 1}\\b`) }).waitFor();
    if (step < 10) await form.locator('input[value="agree"]').check();
    else if (step === 10) await form.locator(`input[value="${felt}"]`).check();
    else await form.locator('textarea').fill(change);
    await form.locator('button[type="submit"]').click();
  }
  await form.locator('[role="status"]').waitFor();
}

/** The staff page at insights for one activity, signed in; `<coprod-staff-insights>` is what a co-production lead reads. */
async function staffInsights(opportunityId: string) {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html#coprod-staff=insights&opportunity=${opportunityId}`, ['coprod-staff-workspace']);
  await open.page.getByLabel('Staff token').fill(e2e.server.staffToken);
  await open.page.getByRole('button', { name: 'Sign in' }).click();
  await open.page.getByText('You are signed in as Demo staff.').waitFor();
  return { ...open, insights: open.page.locator('coprod-staff-insights') };
}

test('an activity ends: three are invited by email, two answer from the link (one in Welsh, one in easy read); staff insights show the two answers with the promise beside the rung felt, and the programme page hides the activity (issue 17)', { timeout: 300_000 }, async () => {
  const opp = 'opp-carers-strategy';
  const title = "Help us write the new carers' strategy";
  // Staff promised "We will design it together" on the brief (the promise, issue 17's first item).
  const read = await e2e.server.api(`/opportunities/${opp}`, { staff: true });
  const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pa, ...brief } = (await read.json()) as Record<string, unknown>;
  const etag = read.headers.get('etag');
  await e2e.server.json(`/opportunities/${opp}`, { staff: true, method: 'PUT', body: JSON.stringify({ ...brief, promise: 'co_design' }), headers: { 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) } });
  const people = ['eval.ana', 'eval.bryn', 'eval.cai'];
  for (const [n, who] of people.entries()) {
    const body = { name: `Person ${n}`, contact: { method: 'email', detail: `${who}@example.com` }, consent: true, messages: { language: n === 1 ? 'cy' : 'en-GB' } };
    const made = await e2e.server.json<{ id: string }>(`/opportunities/${opp}/interests`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-eval-${who}` } });
    await e2e.server.json(`/opportunities/${opp}/interests/${made.id}`, { staff: true, method: 'PATCH', body: JSON.stringify({ status: 'joined' }), headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-eval-join-${who}` } });
  }
  const round = await e2e.server.json<{ invited: number }>(`/opportunities/${opp}/evaluation-invitations`, { staff: true, method: 'POST', headers: { 'idempotency-key': 'e2e-eval-round' } });
  assert.ok(round.invited >= 3, `invited ${round.invited}`);
  const linkTo = async (who: string) => {
    const mail = await eventually(`${who}'s invitation to evaluate`, async () => sink.mails.find((m) => m.to === `${who}@example.com` && m.text.includes('#coprod-evaluation=')), MAIL_WAIT_MS);
    const link = /https?:\/\/\S+#coprod-evaluation=[A-Za-z0-9_-]+(?:&coprod-[a-z]+=[a-z-]+)*/.exec(mail.text)?.[0];
    assert.ok(link?.startsWith(`${e2e.server.url}/evaluate.html`), 'the link opens this server’s evaluation page');
    return link as string;
  };
  // Ana was invited too (her email came) but does not answer.
  await linkTo(people[0]!);

  // The Welsh invitation's link opens the page in Welsh by itself (the reading is in its fragment).
  const welsh = await linkTo(people[1]!);
  assert.match(welsh, /#coprod-evaluation=[A-Za-z0-9_-]+&coprod-lang=cy$/, 'the link carries the person’s language');
  const first = await openPageWith(e2e.browser, welsh, ['coprod-evaluation']);
  try {
    await first.page.locator('coprod-evaluation').getByRole('button', { name: 'Dechrau' }).waitFor();
    await answerEvaluation(first.page, 'Mwy o amser i siarad', 'co_design');
    await first.page.getByText('Diolch: mae eich atebion wedi’u hanfon').waitFor();
    await assertNoProblems(first);
  } finally {
    await first.close();
  }

  // One answer waits, sealed (it never moves alone: it would be that person's answer); staff see nothing of it.
  const early = await staffInsights(opp);
  try {
    await early.insights.getByText(/^0 people have answered\. Results show once 2 have/).waitFor();
    assert.equal(await early.insights.getByText('Mwy o amser i siarad').count(), 0, 'no change asked for shows for one');
    await assertNoProblems(early);
  } finally {
    await early.close();
  }

  // The second chooses easy read on the page (the reading switch) and answers in it.
  const second = await openPageWith(e2e.browser, await linkTo(people[2]!), ['coprod-evaluation']);
  try {
    const form = second.page.locator('coprod-evaluation');
    await form.getByRole('button', { name: 'Easy read' }).click();
    await form.getByRole('button', { name: 'Standard words' }).waitFor();
    assert.equal(await form.getAttribute('data-easy-read'), '', 'the form is in easy read');
    await answerEvaluation(second.page, 'Bigger print please', 'consultation');
    assert.equal(await form.getAttribute('data-easy-read'), '', 'sent in easy read');
    await assertNoProblems(second);
  } finally {
    await second.close();
  }

  // Staff read the two answers as a co-production lead would: on the staff page, in <coprod-staff-insights>.
  // The job moves the two waiting answers within a second or two; until then the page says too few.
  const activityOf = (open: Awaited<ReturnType<typeof staffInsights>>) => open.insights.locator('section.part').filter({ has: open.page.getByRole('heading', { name: `“${title}”` }) });
  const staff = await eventually('staff see the two answers', async () => {
    const open = await staffInsights(opp);
    const section = activityOf(open);
    await section.locator('[part="group"], [part="too-few"]').first().waitFor();
    if (await section.getByText(/^2 of the \d+ people invited answered\.$/).count()) return open;
    await open.close();
    return undefined;
  }, 90_000);
  try {
    const activity = activityOf(staff);
    await activity.getByText('We promised: We designed it together').waitFor();
    const felt = activity.locator('table').filter({ has: staff.page.getByRole('columnheader', { name: 'Rung of the ladder' }) });
    const count = (rung: string) => felt.getByRole('row').filter({ has: staff.page.getByRole('rowheader', { name: rung, exact: true }) }).getByRole('cell').innerText();
    assert.equal(await count('We designed it together (promised)'), '1', 'one felt what was promised');
    assert.equal(await count('They asked our views and then decided'), '1', 'one felt consulted');
    assert.equal(await count('We decided together, as equals'), '0');
    const changes = activity.locator('[part="changes"] li');
    assert.deepEqual(await changes.allInnerTexts(), ['Bigger print please', 'Mwy o amser i siarad']);
    await assertNoProblems(staff);
  } finally {
    await staff.close();
  }

  // The programme page hides the activity: two answers are under the threshold (5), so it is never shown apart.
  const programme = await openPageWith(e2e.browser, `${e2e.server.url}/evaluate.html`, ['coprod-involvement-results']);
  try {
    const results = programme.page.locator('coprod-involvement-results');
    await results.locator('[part="too-few"], [part="group"]').first().waitFor();
    assert.equal(await results.getByRole('heading', { name: title, exact: true }).count(), 0, 'no breakdown of the activity on its own');
    assert.equal(await results.getByText('Bigger print please').count(), 0, 'no change asked for is published');
    await assertNoProblems(programme);
  } finally {
    await programme.close();
  }
});

test('a person who chose letters is told the council’s number; staff enter a paper form and a phone call’s answers on the staff page, and the results count them with the online ones, saying how they came (issue 17)', { timeout: 300_000 }, async () => {
  const opp = 'opp-carers-strategy';
  const title = "Help us write the new carers' strategy";
  // Two more take part: one by letter. Inviting again invites only those not yet invited.
  const joined = [
    { who: 'paper.dai', contact: { method: 'post', detail: '4 Heol y Bont, Anytown AT1 4HB' } },
    { who: 'paper.efa', contact: { method: 'email', detail: 'paper.efa@example.com' } },
  ];
  for (const { who, contact } of joined) {
    const made = await e2e.server.json<{ id: string }>(`/opportunities/${opp}/interests`, { method: 'POST', body: JSON.stringify({ name: who, contact, consent: true }), headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-paper-${who}` } });
    await e2e.server.json(`/opportunities/${opp}/interests/${made.id}`, { staff: true, method: 'PATCH', body: JSON.stringify({ status: 'joined' }), headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-paper-join-${who}` } });
  }
  await e2e.server.json(`/opportunities/${opp}/evaluation-invitations`, { staff: true, method: 'POST', headers: { 'idempotency-key': 'e2e-paper-round' } });
  // The letter has no link: it gives the council's number (COUNCIL_PHONE; the demo's, with the seed).
  const byHand = await e2e.server.json<{ items: { channel: string; to: string; says: string | null }[] }>('/messages/by-hand?reason=contact&limit=100', { staff: true });
  const letter = byHand.items.find((m) => m.channel === 'letter' && m.to.includes('4 Heol y Bont') && m.says?.includes('How did'));
  assert.ok(letter?.says?.includes('To answer, ring us on 01632 960 000 and ask for a paper form'), letter?.says ?? 'no letter');

  // Staff type the paper form Dai sent back, then a phone call's answers, on the staff page.
  const enter = async (how: string, change: string) => {
    const open = await staffInsights(opp);
    try {
      const paper = open.insights.locator('[data-paper]');
      await paper.getByRole('button', { name: 'Enter answers from a paper form' }).click();
      const form = paper.locator('form');
      assert.equal(await form.getByLabel('Which activity').inputValue(), opp, 'the activity shown is chosen');
      await form.getByRole('radio', { name: how }).check();
      const voice = form.getByRole('group', { name: 'My voice was considered, listened to and respected' });
      await voice.getByRole('radio', { name: 'Strongly agree' }).check();
      await form.getByRole('radio', { name: 'We designed it together' }).check();
      await form.getByLabel('What one thing should change?').fill(change);
      await form.getByRole('button', { name: 'Add these answers' }).click();
      await paper.getByText('The answers are added.', { exact: false }).waitFor();
      await assertNoProblems(open);
    } finally {
      await open.close();
    }
  };
  await enter('On a paper form', 'Large print forms');
  await enter('Over the phone', 'Ring before each meeting');

  // The job moves the two together; staff then see four answers, and how they came.
  const staff = await eventually('staff see the paper and phone answers', async () => {
    const open = await staffInsights(opp);
    const section = open.insights.locator('section.part').filter({ has: open.page.getByRole('heading', { name: `“${title}”` }) });
    await section.locator('[part="group"], [part="too-few"]').first().waitFor();
    if (await section.getByText(/^4 of the \d+ people invited answered\.$/).count()) return { ...open, section };
    await open.close();
    return undefined;
  }, 90_000);
  try {
    await staff.section.getByText('How they answered: 2 online, 1 on a paper form, 1 over the phone.').waitFor();
    assert.deepEqual((await staff.section.locator('[part="changes"] li').allInnerTexts()).sort(), ['Bigger print please', 'Large print forms', 'Mwy o amser i siarad', 'Ring before each meeting']);
    await assertNoProblems(staff);
  } finally {
    await staff.close();
  }
  // Audited without what they said.
  const trail = await e2e.server.json<{ items: { action: string; detail: unknown }[] }>('/audit-events?action=enterEvaluationByHand', { staff: true });
  assert.equal(trail.items.filter((e) => e.action === 'enterEvaluationByHand').length, 2);
  assert.ok(!JSON.stringify(trail.items).includes('Large print'), 'no answer in the audit trail');
});

test('an item link from an easy-read message (#coprod-reading=easy-read) opens the person’s page in easy read, at the item (issue 15)', { timeout: 120_000 }, async () => {
  // As server/src/messages/links.ts writes it for a person who chose easy read.
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/my-involvement.html?feedback=fb-easy-read-link#coprod-reading=easy-read`, ['coprod-my-involvement']);
  try {
    const widget = open.page.locator('coprod-my-involvement');
    await widget.getByRole('heading', { name: 'Get a link to your page', exact: true }).waitFor();
    assert.equal(await widget.getAttribute('data-easy-read'), '', 'the page is in easy read');
    await widget.getByText('This page shows what you told us.', { exact: false }).waitFor();
    const address = new URL(open.page.url());
    assert.equal(address.hash, '', 'the reading level is taken out of the address');
    assert.equal(address.searchParams.get('feedback'), 'fb-easy-read-link', 'the item stays, for after signing in');
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
