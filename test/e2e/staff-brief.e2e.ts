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
  await staff.getByRole('listitem', { name: CARERS_TITLE }).getByRole('button', { name: /^Edit\b/ }).click();
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
