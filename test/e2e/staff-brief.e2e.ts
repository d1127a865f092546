/**
 * Issue 13: nothing lost when staff edit a brief. On the demo's staff page against the real
 * server: the seeded carers' strategy is edited and keeps all its dated sessions and Welsh
 * text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Opportunity } from '../../src/api/types.js';
import { assertAxeClean, assertNoProblems, openPageWith, settle, useServerAndBrowser, type OpenPage } from './harness.js';

const e2e = useServerAndBrowser({ timeout: 120_000 });
const CARERS = 'opp-carers-strategy';
const CARERS_TITLE = "Help us write the new carers' strategy";

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Staff token').fill(e2e.server.staffToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('You are signed in as Demo staff.').waitFor();
}

async function staffPage(): Promise<OpenPage> {
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/staff.html`, ['coprod-staff-opportunities']);
  await signIn(open.page);
  return open;
}

/** Opens the carers' strategy on the staff form. */
async function editCarers(open: OpenPage) {
  const staff = open.page.locator('coprod-staff-opportunities');
  // Ten at a time, each a summary row: found by a word of its title, then opened.
  await staff.getByRole('searchbox', { name: 'Search' }).fill('carers');
  await staff.getByRole('button', { name: 'Search', exact: true }).click();
  await staff.getByText(/^Showing 1 to \d+ of \d+ results? for “carers”$/).waitFor();
  const item = staff.getByRole('listitem', { name: CARERS_TITLE });
  // After a save the saved one is already open: open it only if it is not.
  const edit = item.getByRole('button', { name: /^Edit\b/ });
  if (!(await edit.isVisible())) await item.getByText('More about this').click();
  await edit.click();
  await staff.getByRole('group', { name: 'Session 4' }).waitFor();
  return staff;
}

/** The brief without what the server stamps on each save. */
function brief(o: Opportunity) {
  const { updatedAt: _updated, interestCount: _count, ...rest } = o;
  return rest;
}

const carers = () => e2e.server.json<Opportunity>(`/opportunities/${CARERS}`, { staff: true });

test("editing the seeded carers' strategy keeps all its sessions and Welsh text", { timeout: 150_000 }, async () => {
  const before = await carers();
  assert.equal(before.when.sessions?.length, 4, 'the seed has 4 dated sessions');
  assert.equal(Object.keys(before.translations?.cy ?? {}).length, 4, 'the seed has 4 Welsh fields');
  const open = await staffPage();
  try {
    const staff = await editCarers(open);
    await settle(open.page);
    await assertAxeClean(open.page, 'the staff page, editing a brief with sessions and Welsh');

    // Saved unchanged: exactly what was there.
    await staff.getByRole('button', { name: 'Save changes' }).click();
    await staff.getByText(`Saved your changes to ${CARERS_TITLE}.`).waitFor();
    assert.deepEqual(brief(await carers()), brief(before));

    // One Welsh field added: that, and nothing else, changes.
    await editCarers(open);
    await staff.getByLabel(/^Description in Welsh/).fill('Mae ein strategaeth i ofalwyr yn dod i ben y flwyddyn nesaf.');
    await staff.getByRole('button', { name: 'Save changes' }).click();
    await staff.getByText(`Saved your changes to ${CARERS_TITLE}.`).waitFor();
    const after = await carers();
    assert.deepEqual(after.when.sessions, before.when.sessions, 'all 4 sessions are kept');
    assert.deepEqual(after.translations?.cy, { ...before.translations?.cy, description: 'Mae ein strategaeth i ofalwyr yn dod i ben y flwyddyn nesaf.' });
    assert.deepEqual(brief({ ...after, translations: before.translations }), brief(before));
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});

test('two colleagues edit one brief at once: the second meets the conflict, merges, and nothing is lost', { timeout: 200_000 }, async () => {
  const before = await carers();
  const first = await staffPage();
  const second = await staffPage();
  try {
    const mine = await editCarers(first);
    const theirs = await editCarers(second);
    await mine.getByLabel('Title', { exact: true }).fill('Write the carers’ strategy with us');
    await theirs.getByLabel('Time commitment', { exact: true }).fill('Four workshops of 2 hours over two months');

    await mine.getByRole('button', { name: 'Save changes' }).click();
    await mine.getByText('Saved your changes to Write the carers’ strategy with us.').waitFor();

    await theirs.getByRole('button', { name: 'Save changes' }).click();
    const conflict = theirs.getByRole('group', { name: 'Someone else changed this since you opened it' });
    await conflict.waitFor();
    await conflict.getByText('Write the carers’ strategy with us').waitFor();
    await settle(second.page);
    await assertAxeClean(second.page, 'the staff page, a conflicting save');
    await conflict.getByRole('button', { name: 'Merge by field' }).click();
    await theirs.getByText('Saved your changes to Write the carers’ strategy with us.').waitFor();

    const after = await carers();
    assert.equal(after.title, 'Write the carers’ strategy with us', 'the first colleague’s title is kept');
    assert.equal(after.timeCommitment.summary, 'Four workshops of 2 hours over two months', 'the second colleague’s change is kept');
    assert.deepEqual(after.when.sessions, before.when.sessions);
    assert.deepEqual(after.translations, before.translations);
    assert.deepEqual(brief({ ...after, title: before.title, timeCommitment: before.timeCommitment }), brief(before));
    await assertNoProblems(first);
    // The browser logs the expected 412 as a failed load; it is the conflict the person saw.
    second.problems.consoleErrors = second.problems.consoleErrors.filter((text) => !/status of 412 .*\/opportunities\/opp-carers-strategy/.test(text));
    await assertNoProblems(second);
  } finally {
    await first.close();
    await second.close();
  }
});
