/**
 * Issue 5 end to end, on the council demo page against the real server: a person starts a
 * one page profile, reloads (the draft comes back with a notice), saves it, reloads again
 * (the saved profile is shown, from this tab's edit token), changes it, and deletes it.
 * The server is checked through the staff API at each step; axe runs on the whole page in
 * every state; nothing is written to localStorage without the opt-in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Profile } from '../../src/api/types.js';
import type { ProfileDeletedDetail, ProfileSavedDetail } from '../../src/events/events.js';
import { assertAxeClean, assertNoProblems, draftKept, openPageWith, recordEvents, recordedEvents, settle, useServerAndBrowser, waitInPage } from './harness.js';

const e2e = useServerAndBrowser();

test('create, reload, edit and delete a one page profile on the real server', { timeout: 120_000 }, async () => {
  // The form is not loaded with the page: it loads when it comes near the viewport (here when it is opened).
  const open = await openPageWith(e2e.browser, `${e2e.server.url}/`, ['coprod-opportunity-list']);
  try {
    const { page } = open;
    const form = page.locator('coprod-profile-form');
    const listenForEvents = () => recordEvents(page, ['coprod-profile-saved', 'coprod-profile-deleted', 'coprod-error']);
    assert.equal(await page.evaluate(() => customElements.get('coprod-profile-form')), undefined, 'the closed form is not loaded with the page');

    // The long form waits behind "Start your one page profile" (and stays open in this tab).
    await page.getByText('Start your one page profile').click();
    await waitInPage(page, '<coprod-profile-form> defined once opened', (tag: string) => customElements.get(tag) !== undefined, 'coprod-profile-form');
    // Start typing, then reload: the draft comes back with a notice.
    const name = `Sam E2E ${Date.now()}`;
    await form.getByLabel('Name I like to be called').fill(name);
    await form.getByLabel('What’s important to me').fill('My dog, my allotment, and being listened to.');
    await draftKept(page, name);
    await page.reload();
    await settle(page);
    await form.getByText('We kept what you typed before').waitFor();
    assert.equal(await form.getByLabel('Name I like to be called').inputValue(), name);
    await assertAxeClean(page, 'the profile form with a restored draft');

    // Finish and save.
    await listenForEvents();
    await form.getByLabel('The experience I bring').fill('I use day services and help run a peer support group.');
    await form.getByRole('checkbox', { name: 'Large print' }).check();
    await form.getByRole('radio', { name: 'Email' }).check();
    await form.getByLabel('Email address').fill('sam.e2e@example.com');
    // How often to tell them (issue 15): asked with email; each time unless weekly is chosen.
    assert.equal(await form.getByRole('radio', { name: 'Each time something happens' }).isChecked(), true);
    await form.getByRole('radio', { name: 'A weekly summary' }).check();
    await form.getByRole('checkbox', { name: 'Mental health' }).check();
    await form.getByRole('checkbox', { name: /^I agree to the council keeping my profile/ }).check();
    await form.getByRole('button', { name: 'Save my profile' }).click();
    await form.getByText('Your profile is saved').waitFor();
    const [saved] = await recordedEvents<ProfileSavedDetail>(page, 'coprod-profile-saved');
    assert.ok(saved, 'coprod-profile-saved fired');
    const profileId: string = saved.detail.profileId;
    assert.equal(saved.detail.created, true);
    let stored = await e2e.server.json<Profile>(`/profiles/${profileId}`, { staff: true });
    assert.equal(stored.name, name);
    assert.deepEqual(stored.contact, { method: 'email', detail: 'sam.e2e@example.com' });
    await settle(page);
    await assertAxeClean(page, 'the saved one page profile');

    // Reload: the widget shows the saved profile again (the edit token is kept in this tab).
    await page.reload();
    await settle(page);
    await form.getByRole('button', { name: 'Change my profile' }).waitFor();
    await form.getByText(name).first().waitFor();
    await form.getByText('My dog, my allotment, and being listened to.').waitFor();

    // Change it.
    await listenForEvents();
    await form.getByRole('button', { name: 'Change my profile' }).click();
    const important = form.getByLabel('What’s important to me');
    assert.equal(await important.inputValue(), 'My dog, my allotment, and being listened to.');
    assert.equal(await form.getByRole('radio', { name: 'A weekly summary' }).isChecked(), true, 'how often, as saved on the server');
    await settle(page);
    await assertAxeClean(page, 'the profile form, editing');
    await important.fill('My dog, my allotment, and people who keep their word.');
    await form.getByRole('button', { name: 'Save my changes' }).click();
    await form.getByText('Your changes are saved').waitFor();
    stored = await e2e.server.json<Profile>(`/profiles/${profileId}`, { staff: true });
    assert.equal(stored.importantToMe, 'My dog, my allotment, and people who keep their word.');
    const profiles = await e2e.server.json<{ items: Profile[] }>('/profiles?limit=100', { staff: true });
    assert.equal(profiles.items.filter((profile) => profile.name === name).length, 1, 'a change does not make a second profile');

    // Delete it, after a confirm step.
    await form.getByRole('button', { name: 'Delete my profile' }).click();
    const dialog = form.getByRole('dialog', { name: 'Delete your profile?' });
    await dialog.waitFor();
    await assertAxeClean(page, 'the delete confirmation');
    await dialog.getByRole('button', { name: 'Yes, delete my profile' }).click();
    await form.getByText('Your profile has been deleted').waitFor();
    assert.ok((await recordedEvents<ProfileDeletedDetail>(page, 'coprod-profile-deleted')).some((event) => event.detail.profileId === profileId));
    assert.equal((await e2e.server.api(`/profiles/${profileId}`, { staff: true })).status, 404);
    await settle(page);
    await assertAxeClean(page, 'the profile deleted state');

    // Without the "remember on this device" opt-in, nothing went to localStorage.
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await assertNoProblems(open);
  } finally {
    await open.close();
  }
});
