/**
 * Issue 20 item 4 end to end: the real server, the real local OpenID provider
 * (scripts/local-oidc.mjs, oidc-provider) and Chromium. A day centre worker with the staff and
 * attendance roles (groups: coprod-attendance) signs in on the staff page with the
 * authorisation code flow and PKCE, publishes an opportunity, sees that the claims queue is
 * not for her role (the server refuses it, 403), has her access token refreshed before it
 * expires, and signs out. No development token: the server is started without one.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { LOCAL_OIDC_AUDIENCE, LOCAL_OIDC_CLIENT_ID, LOCAL_OIDC_ROLE_MAP, startLocalOidc } from '../../scripts/local-oidc.mjs';
import type { OpportunityPage } from '../../src/api/types.js';
import { assertAxeClean, E2E_BROWSER, freePort, launchBrowser, openPageWith, settle, startServer, type OpenPage, type TestServer } from './harness.js';

/** Short enough that the page refreshes it during the test (a minute before expiry). */
const ACCESS_TOKEN_SECONDS = 70;

let server: TestServer;
let browser: Browser;
let oidc: Awaited<ReturnType<typeof startLocalOidc>>;

before(async () => {
  const port = await freePort();
  oidc = await startLocalOidc({ redirectUris: [`http://127.0.0.1:${port}/staff.html`], accessTokenTtl: ACCESS_TOKEN_SECONDS });
  const env = { OIDC_ISSUER: oidc.issuer, OIDC_AUDIENCE: LOCAL_OIDC_AUDIENCE, OIDC_CLIENT_ID: LOCAL_OIDC_CLIENT_ID, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: LOCAL_OIDC_ROLE_MAP, DEV_TOKEN: 'false' };
  [server, browser] = await Promise.all([startServer(() => env, { port }), launchBrowser()]);
}, { timeout: Number(process.env.E2E_SERVER_START_MS ?? 90_000) + 60_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
  await oidc?.stop();
});

/** Page problems, leaving out the calls to the provider the page is meant to make. */
async function problemsOf(open: OpenPage): Promise<string[]> {
  const { consoleErrors, pageErrors, cspViolations, thirdPartyRequests } = await open.collect();
  const provider = new URL(oidc.issuer).origin;
  // The provider's own development login page (fonts, favicon) stands in for the council's; it is not ours to check.
  const ours = (text: string) => !text.includes(provider) && !text.includes('fonts.googleapis.com');
  // The refusal this test expects is logged by the browser as a failed load.
  const expected = (text: string) => /status of 403 .*\/api\/v1\/claims\)$/.test(text);
  return [...consoleErrors.filter((text) => ours(text) && !expected(text)), ...pageErrors, ...cspViolations, ...thirdPartyRequests.filter(ours)];
}

test('a worker with the attendance role signs in through the provider, publishes, is refused the claims queue, is refreshed and signs out', { timeout: 240_000 }, async () => {
  assert.equal(server.staffToken, '', 'the server issued no development token');
  // One <coprod-staff-workspace>: each section's widget loads when its section is first shown.
  const open = await openPageWith(browser, `${server.url}/staff.html`, ['coprod-staff-workspace']);
  try {
    const { page } = open;
    const staff = page.locator('coprod-staff-opportunities');
    const workspace = page.locator('coprod-staff-workspace');
    // Signed out: the staff workspace offers "Sign in" (the provider's), and the page its own button.
    await workspace.getByRole('button', { name: 'Sign in' }).waitFor();
    await assertAxeClean(page, 'the staff page, signed out with a provider');

    await page.getByRole('button', { name: 'Sign in with your staff account' }).click();
    await page.waitForURL((url) => url.href.startsWith(oidc.issuer));
    await page.locator('input[name="login"]').fill('register');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.href.startsWith(`${server.url}/staff.html`));
    await page.getByText('You are signed in as Sam Register.').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the code and state are gone from the address');
    assert.equal(await page.evaluate(() => document.cookie), '', 'no token in a cookie');
    assert.deepEqual(await page.evaluate(() => Object.values(sessionStorage).filter((v) => /eyJ/.test(v))), [], 'no token in session storage');

    // Publish an opportunity (staff role).
    const title = `Sign-in test panel ${Date.now()}`;
    await settle(page);
    await staff.getByRole('button', { name: 'Create an opportunity' }).click();
    await staff.getByLabel('Title', { exact: true }).fill(title);
    await staff.getByLabel('Summary', { exact: true }).fill('Help choose the new day centre garden.');
    await staff.getByLabel('Description', { exact: true }).fill('We are planting a garden at the day centre. Help us choose what goes in it.');
    await staff.getByLabel('Experience or skills needed', { exact: true }).fill('You use the day centre, or care for someone who does.');
    await staff.getByLabel('Time commitment', { exact: true }).fill('One meeting of 2 hours');
    await staff.getByLabel('When it happens', { exact: true }).fill('A Thursday afternoon in spring');
    await staff.getByRole('checkbox', { name: 'Online', exact: true }).check();
    await staff.getByLabel('How to get involved', { exact: true }).fill('Say you are interested and we will call you.');
    await staff.getByRole('radio', { name: 'Not paid for time' }).check();
    await staff.getByRole('checkbox', { name: 'Bus, train or tram fares', exact: true }).check();
    await staff.getByRole('checkbox', { name: 'Older people', exact: true }).check();
    await staff.getByLabel('Organisation').selectOption({ label: 'Anytown Council' });
    await staff.getByRole('button', { name: 'Save as a draft' }).click();
    await staff.getByText(`Saved as a draft: ${title}.`).waitFor();
    await staff.getByLabel('Show opportunities that are').selectOption('draft');
    await staff.getByRole('listitem', { name: title }).getByRole('button', { name: /^Publish\b/ }).click();
    await staff.getByRole('button', { name: 'Yes, publish' }).click();
    await staff.getByText(`Published: ${title}. It is now on the public list.`).waitFor();
    const published = await server.json<OpportunityPage>('/opportunities?limit=100');
    assert.ok(published.items.some((item) => item.title === title), 'it is on the public list');

    // The claims queue needs finance: the server refuses it and the workspace's claims section says so.
    await workspace.getByRole('link', { name: /^Pay and claims/ }).click();
    await page.locator('coprod-staff-claims').getByText('You cannot see claims').waitFor();
    const status = await page.evaluate(async () => {
      const { staffSignIn } = await import('/widgets/staff-sign-in.js' as string);
      const where = await (await fetch('/staff-sign-in.json')).json();
      const bearer = await staffSignIn(where).token();
      return (await fetch('/api/v1/claims', { headers: { authorization: `Bearer ${bearer}` } })).status;
    });
    assert.equal(status, 403, 'the server refuses the claims queue to this role');
    await assertAxeClean(page, 'the staff page, signed in through the provider');

    // Refreshed before it expires (a minute early), with the refresh token, not by signing in again.
    // The provider says which grant it made: over WebDriver BiDi (Firefox) Playwright sees no
    // request body, so the page's POST is matched by address and method in both browsers.
    const codeGrants = oidc.grants.filter((grant) => grant === 'authorization_code').length;
    const refresh = await page.waitForRequest((request) => request.url().startsWith(oidc.issuer) && request.method() === 'POST' && (E2E_BROWSER === 'firefox' || /grant_type=refresh_token/.test(request.postData() ?? '')), { timeout: 60_000 });
    assert.equal((await refresh.response())?.status(), 200);
    assert.equal(oidc.grants.at(-1), 'refresh_token', 'the provider made a refresh grant');
    assert.equal(oidc.grants.filter((grant) => grant === 'authorization_code').length, codeGrants, 'not by signing in again');
    await page.getByText('You are signed in as Sam Register.').waitFor();

    assert.deepEqual(await problemsOf(open), []);

    // Sign out: the provider asks to confirm, then sends the browser back signed out.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.href.startsWith(oidc.issuer));
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL((url) => url.href.startsWith(`${server.url}/staff.html`));
    await page
      .getByRole('button', { name: 'Sign in with your staff account' })
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nat ${page.url()}: ${JSON.stringify(await open.collect())}`);
      });
    await workspace.getByRole('button', { name: 'Sign in' }).waitFor();
  } finally {
    await open.close();
  }
});
