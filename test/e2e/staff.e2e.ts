/**
 * Issue 7 end to end, on the demo's staff page against the real server, signed in with the
 * development staff token: a co-production lead writes and publishes an opportunity that
 * then appears on the council page; answers an expression of interest; and posts a "we did"
 * update that then appears on the public board. axe runs on the whole page along the way.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { FeedbackItem, FeedbackReceipt, Interest, OpportunityPage } from '../../src/api/types.js';
import { assertAxeClean, assertNoProblems, openPage, openPageWith, settle, useServerAndBrowser, type OpenPage } from './harness.js';

const e2e = useServerAndBrowser({ timeout: 120_000 });

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Staff token').fill(e2e.server.staffToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('You are signed in as Demo staff.').waitFor();
}

/** The staff page (one <coprod-staff-workspace>) opened at a section: `#coprod-staff=interest&opportunity=...`. */
async function staffPage(tag: string, address = ''): Promise<OpenPage> {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html${address}`, [tag]);
  await signIn(open.page);
  return open;
}

test('a staff member writes and publishes an opportunity, which then appears on the council page', { timeout: 150_000 }, async () => {
  const open = await staffPage('coprod-staff-opportunities');
  try {
    const { page } = open;
    const staff = page.locator('coprod-staff-opportunities');
    const title = `Quillwort café menu panel ${Date.now()}`;

    await staff.getByRole('button', { name: 'Create an opportunity' }).click();
    await staff.getByLabel('Title', { exact: true }).fill(title);
    await staff.getByLabel('Summary', { exact: true }).fill('Help choose the food and prices at the new community café.');
    await staff.getByLabel('Description', { exact: true }).fill('We are opening a café run with people who use day services. Help us choose what it sells and what it costs.');
    await staff.getByLabel('Experience or skills needed', { exact: true }).fill('You use day services, or care for someone who does.');
    await staff.getByLabel('Time commitment', { exact: true }).fill('Two meetings of 2 hours');
    await staff.getByLabel('When it happens', { exact: true }).fill('Two Thursday afternoons in spring');
    await staff.getByRole('checkbox', { name: 'Online', exact: true }).check();
    await staff.getByLabel('How to get involved', { exact: true }).fill('Say you are interested and we will call you for a chat first.');
    await staff.getByRole('radio', { name: 'Not paid for time' }).check();
    await staff.getByRole('checkbox', { name: 'Bus, train or tram fares' }).check();
    await staff.getByRole('checkbox', { name: 'Older people' }).check();
    await staff.getByLabel('Organisation').selectOption({ label: 'Anytown Council' });
    await settle(page);
    await assertAxeClean(page, 'the staff page, writing an opportunity');
    await staff.getByRole('button', { name: 'Save as a draft' }).click();
    await staff.getByText(`Saved as a draft: ${title}.`).waitFor();

    // It is a draft: not public yet.
    const before = await e2e.server.json<OpportunityPage>('/opportunities?limit=100');
    assert.ok(!before.items.some((item) => item.title === title), 'a draft is not on the public list');

    // Publish it, after the confirm step.
    await staff.getByLabel('Show opportunities that are').selectOption('draft');
    await staff.getByRole('listitem', { name: title }).getByRole('button', { name: /^Publish\b/ }).click();
    await staff.getByText(`Publish “${title}”?`).waitFor();
    await assertAxeClean(page, 'the publish confirmation');
    await staff.getByRole('button', { name: 'Yes, publish' }).click();
    await staff.getByText(`Published: ${title}. It is now on the public list.`).waitFor();
    await assertNoProblems(open);

    // It is on the council page: a person finds it by keyword.
    const council = await openPage(e2e.browser, `${e2e.server.url}/`, { axe: false });
    try {
      const list = council.page.locator('coprod-opportunity-list');
      await settle(council.page);
      await list.getByLabel('Search by keyword').fill('Quillwort');
      await list.getByRole('link', { name: title, exact: true }).waitFor();
      await assertNoProblems(council);
    } finally {
      await council.close();
    }
  } finally {
    await open.close();
  }
});

test('a staff member answers an expression of interest', { timeout: 120_000 }, async () => {
  // Someone says they are interested in an open seed opportunity.
  const { items } = await e2e.server.json<OpportunityPage>('/opportunities?limit=5');
  const opportunity = items[0]!;
  const name = `Robin E2E ${Date.now()}`;
  await e2e.server.json(`/opportunities/${opportunity.id}/interests`, {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: JSON.stringify({ name, contact: { method: 'phone', detail: '01632 960 001' }, accessNeeds: 'A hearing loop', consent: true }),
  });

  const open = await staffPage('coprod-staff-interest', '#coprod-staff=interest');
  try {
    const { page } = open;
    const interest = page.locator('coprod-staff-interest');
    // The interest section's own choice of opportunity.
    await interest.getByLabel('Opportunity', { exact: true }).selectOption(opportunity.id);
    const person = interest.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await person.waitFor();
    await person.getByText('01632 960 001').waitFor();
    await person.getByText('A hearing loop').waitFor();
    await settle(page);
    await assertAxeClean(page, 'the staff page, interest in an opportunity');

    await person.getByRole('radio', { name: 'Contacted' }).check();
    await person.getByRole('textbox', { name: /^Note/ }).fill('Called on Monday; coming to the first meeting.');
    await person.getByRole('button', { name: `Save for ${name}` }).click();
    await person.getByText(`Saved. ${name}: Contacted.`).waitFor();

    const { items: interests } = await e2e.server.json<{ items: Interest[] }>(`/opportunities/${opportunity.id}/interests`, { staff: true });
    const saved = interests.find((item) => item.name === name);
    assert.equal(saved?.status, 'contacted');
    assert.equal(saved?.note, 'Called on Monday; coming to the first meeting.');
    assert.ok(saved?.firstAnsweredAt, 'the first answer is dated');
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});

test('a staff member posts a "we did" update, which then appears on the public board', { timeout: 150_000 }, async () => {
  // Someone gives feedback and agrees to it being shown.
  const said = `The library lift has been broken for weeks (${Date.now()}).`;
  const receipt = await e2e.server.json<FeedbackReceipt>('/feedback', {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: JSON.stringify({ topic: 'older-people', text: said, consentToPublish: true }),
  });

  const open = await staffPage('coprod-staff-feedback', '#coprod-staff=feedback');
  try {
    const { page } = open;
    const inbox = page.locator('coprod-staff-feedback');
    // The inbox shows ten at a time: once it is there, the lead finds the item by the reference the person quotes.
    await inbox.getByText(/^Showing 1 to/).waitFor();
    await inbox.getByRole('searchbox', { name: 'Search' }).fill(receipt.reference.toLowerCase());
    await inbox.getByRole('button', { name: 'Search', exact: true }).click();
    await inbox.getByText(`Showing 1 to 1 of 1 result for “${receipt.reference.toLowerCase()}”`).waitFor();
    const item = inbox.getByRole('listitem').filter({ hasText: said });
    await item.waitFor();
    await item.getByRole('button', { name: `Answer or change ${receipt.reference}` }).click();
    await item.getByRole('button', { name: 'Publish on the public board' }).click();
    await item.getByText(`${receipt.reference} is now on the public board.`).waitFor();

    const weDid = 'We fixed the lift on 12 May and now check it every week.';
    await item.getByRole('radio', { name: 'We did: what changed' }).check();
    await item.getByLabel('What we did').fill(weDid);
    await settle(page);
    await assertAxeClean(page, 'the staff page, answering feedback');
    await item.getByRole('button', { name: 'Post update' }).click();
    await item.getByText(`Update posted on ${receipt.reference}.`).waitFor();

    const stored = await e2e.server.json<FeedbackItem>(`/feedback/${receipt.id}`);
    assert.equal(stored.status, 'changed');
    assert.ok(stored.updates.some((update) => update.kind === 'changed' && update.text === weDid));
    await assertNoProblems(open);

    // The public board shows it, changed, with the update.
    const council = await openPage(e2e.browser, `${e2e.server.url}/`, { axe: false });
    try {
      const board = council.page.locator('coprod-feedback-loop');
      await settle(council.page);
      await board.getByLabel('Search what people said').fill('library lift');
      await board.getByLabel('Search what people said').press('Enter');
      const card: Locator = board.locator('li').filter({ hasText: said }).first();
      await card.getByText('We did: changed').waitFor();
      await card.getByRole('link', { name: /The library lift has been broken/ }).click();
      await board.getByText(weDid).waitFor();
      await assertNoProblems(council);
    } finally {
      await council.close();
    }
  } finally {
    await open.close();
  }
});
