/**
 * End-to-end harness: the real reference server (started the way `npm start` starts it, on a
 * free port and a fresh PGlite data folder), Debian's Chromium through playwright-core (never
 * a downloaded browser), and helpers that open a page while collecting console errors, page
 * errors and Content-Security-Policy violations, and run axe-core on the whole page.
 *
 * Each *.e2e.ts file runs in its own process, so each starts one server and one browser for
 * all of its tests and stops them at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import type { AxeResults, Result } from 'axe-core';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';
import { fillMigratedFolder } from '../../server/test/pglite-kept.js';
import { personalDataInLog } from './log-privacy.js';
import { createRequire } from 'node:module';
import { chromium, firefox, type Browser, type BrowserContext, type ConsoleMessage, type Locator, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');


/** The widgets must be built: `npm test` builds before the e2e step; alone, build once. */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/coprod-widgets.js'))) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The widgets did not build (node scripts/build.mjs failed).');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** How long the server may take to start (PGlite, migrations, seed); E2E_SERVER_START_MS on a busy machine. */
const START_TIMEOUT_MS = Number(process.env.E2E_SERVER_START_MS ?? 90_000);

/**
 * How long a step in a page may take before the test fails: every locator's wait (the context's default),
 * waitForCount, waitInPage, settle's waits, and every e2e file's own wait for something a person would see.
 * One figure, so no step waits less than the rest under CI load (demo-pages once had three waits of 5 s
 * among 15 s ones); a wait that is longer says what it waits for beside the page (e.g. MAIL_WAIT_MS).
 */
export const WAIT_MS = 15_000;
/**
 * How long a message may take to reach a test's SMTP sink after the step that caused it: the outbox
 * worker's next poll, its render and send, the sink's answer, each a step's worth on a loaded machine,
 * and the sign-in or staff step before it (four of WAIT_MS).
 */
export const MAIL_WAIT_MS = 4 * WAIT_MS;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  /** The development staff token the server wrote to its data folder. */
  staffToken: string;
  /** What the server printed (for failure messages). */
  output(): string;
  /** Stops it and starts it again on the same port and data folder. */
  restart(): Promise<void>;
  /** Stops it and removes its data folder. */
  stop(): Promise<void>;
  /** fetch against the API, e.g. api('/opportunities'); `staff: true` adds the staff token. */
  api(path: string, init?: RequestInit & { staff?: boolean }): Promise<Response>;
  /** api() that fails on a non-2xx answer and returns the parsed JSON. */
  json<T = unknown>(path: string, init?: RequestInit & { staff?: boolean }): Promise<T>;
}

/** `extraEnv` adds to the server's environment (e.g. SMTP_URL for a local mail server); it is read when the server starts. */
export async function startServer(extraEnv: (port: number) => Record<string, string> = () => ({}), options: { port?: number } = {}): Promise<TestServer> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'coprod-e2e-'));
  // The data folder starts as a first start leaves it: PGlite's database with every migration
  // applied (made once a run and kept, server/test/pglite-kept.ts), not empty. The server then
  // runs no initdb (4.4 CPU s a server, of 6.7; 3.4 s saved a start) and finds no migration left,
  // and still writes its own keys and token and seeds. A start on an empty folder (initdb and
  // every migration, on disk) is platform.test.ts's "storage" (PGlite) and production-server's.
  await fillMigratedFolder(dataDir);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let log = '';

  // Messages go only where a test asks (extraEnv), never where this shell's settings point.
  const shell: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['SMTP_URL', 'MESSAGES_PROVIDER', 'NOTIFY_API_KEY', 'MY_INVOLVEMENT_URL', 'PUBLIC_BASE_URL']) delete shell[name];
  for (const name of Object.keys(shell)) if (name.startsWith('OIDC_')) delete shell[name];
  // The development token unless a test signs in through an OpenID provider (extraEnv sets OIDC_ISSUER and DEV_TOKEN).
  const env: NodeJS.ProcessEnv = { ...shell, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info', PUBLIC_BASE_URL: url, DEV_TOKEN: 'true', ...extraEnv(port) };
  // Always the embedded database in a folder of its own, never a shared PostgreSQL.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.JWT_SECRET;
  delete env.JWKS_URL;

  async function launch(): Promise<void> {
    const started = Date.now();
    // --liftoff-only: PGlite's WebAssembly compiled by V8's baseline compiler alone, as the server
    // tests' processes run (scripts/test.mjs, SERVER_FLAGS): a start cost 1 CPU s less, and the
    // queries of a whole file no more (messages 24.4 -> 24.0, demo-pages 20.1 -> 17.8 CPU s).
    const proc = spawn(process.execPath, ['--liftoff-only', '--import', 'tsx', 'server/src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let exited: number | null | undefined;
    proc.on('exit', (code) => (exited = code));
    proc.stdout!.on('data', (chunk) => (log += chunk));
    proc.stderr!.on('data', (chunk) => (log += chunk));
    while (Date.now() - started < START_TIMEOUT_MS) {
      if (exited !== undefined) throw new Error(`The server stopped while starting (exit ${exited}):\n${log}`);
      try {
        const response = await fetch(`${url}/api/v1/taxonomy`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
    // Not left running: a live child with open pipes keeps this test process from ever exiting.
    proc.kill('SIGKILL');
    throw new Error(`The server did not answer /api/v1/taxonomy within ${START_TIMEOUT_MS / 1000} s:\n${log}`);
  }

  async function halt(): Promise<void> {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }

  // If the test process is stopped before its `after` hook runs, do not leave the server behind.
  const cleanUp = () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);

  await launch();
  const tokenFile = join(dataDir, 'dev-staff-token.txt');
  const readToken = () => (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');
  const server: TestServer = {
    url,
    dataDir,
    staffToken: readToken(),
    output: () => log,
    async restart() {
      await halt();
      await launch();
      server.staffToken = readToken();
    },
    async stop() {
      await halt();
      process.removeListener('exit', cleanUp);
      rmSync(dataDir, { recursive: true, force: true });
      // Issue 20: no name, contact detail, free text or token of the seed or the tests in any log line.
      const leaks = personalDataInLog(log);
      if (leaks.length) throw new Error(`Personal data in the server's log (${leaks.length}):\n${leaks.slice(0, 20).join('\n')}`);
    },
    api(path, init = {}) {
      const { staff, headers, ...rest } = init;
      const all = new Headers(headers);
      if (staff) all.set('authorization', `Bearer ${server.staffToken}`);
      if (rest.body && !all.has('content-type')) all.set('content-type', 'application/json');
      return fetch(`${url}/api/v1${path}`, { ...rest, headers: all });
    },
    async json(path, init) {
      const response = await server.api(path, init);
      const text = await response.text();
      if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} -> ${response.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
  return server;
}

/** The server and browser one *.e2e.ts file shares; set by the `before` hook of {@link useServerAndBrowser}. */
export interface ServerAndBrowser {
  server: TestServer;
  browser: Browser;
}

/**
 * Registers the file's `before` hook (start the server and the browser) and `after` hook (close
 * the browser, stop the server). Read `server` and `browser` from what it returns inside tests.
 */
export function useServerAndBrowser(hookOptions?: { timeout?: number; env?: () => Record<string, string> }): ServerAndBrowser {
  const shared = {} as ServerAndBrowser;
  before(async () => {
    [shared.server, shared.browser] = await Promise.all([startServer(hookOptions?.env), launchBrowser()]);
  }, hookOptions?.timeout ? { timeout: hookOptions.timeout } : {});
  after(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}

/** The browser this run drives: `E2E_BROWSER=firefox` for Debian's Firefox, else Chromium. */
export const E2E_BROWSER: 'chromium' | 'firefox' = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export async function launchBrowser(): Promise<Browser> {
  if (E2E_BROWSER === 'chromium') return chromium.launch({ executablePath: browserPaths().chromium, args: chromiumArgs, headless: true });
  answerMissingBidiCommands();
  // Debian's Firefox ESR over WebDriver BiDi (the `moz-` channel): Playwright's own Firefox
  // protocol needs its patched build, which we never download.
  // `dom.events.testing.asyncClipboard`: the page may read the clipboard without Firefox's
  // "Paste" prompt (Firefox has no clipboard-read permission to grant), so the embed builder's
  // test reads back what a person would paste, as in Chromium.
  return firefox.launch({ channel: 'moz-firefox', executablePath: browserPaths().firefox, headless: true, firefoxUserPrefs: { 'dom.events.testing.asyncClipboard': true } });
}

/**
 * A context with JavaScript off, as a reader without it has. Chromium turns it off per context;
 * over WebDriver BiDi playwright-core does not (Firefox ran the page's scripts and the widgets took
 * over the links: seen), so in Firefox this is a browser of its own with `javascript.enabled`
 * off, closed with the context. Playwright's own scripts still run (they are the browser's, not
 * the page's).
 */
export async function newNoScriptContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  if (E2E_BROWSER === 'chromium') return browser.newContext({ ...options, javaScriptEnabled: false });
  answerMissingBidiCommands();
  const own = await firefox.launch({ channel: 'moz-firefox', executablePath: browserPaths().firefox, headless: true, firefoxUserPrefs: { 'javascript.enabled': false } });
  const context = await own.newContext(options);
  context.on('close', () => void own.close());
  return context;
}

/**
 * Clicks a link in a {@link newNoScriptContext} page. Playwright waits for an element to be
 * stable by counting animation frames, which never come in Firefox with the page's scripts off
 * (the click timed out: seen); the link is checked visible first, and nothing moves without script.
 */
export async function clickWithoutScript(link: Locator): Promise<void> {
  await link.waitFor({ state: 'visible' });
  await link.click({ force: E2E_BROWSER === 'firefox' });
}

/**
 * playwright-core sends `emulation.setMediaFeaturesOverride` (the colour scheme) with every new
 * context; Firefox ESR 153 does not know it yet ("unknown command") and the context fails. We
 * never emulate a colour scheme, so the WebDriver BiDi socket answers that one command itself,
 * as success, without sending it. Patched once, on playwright-core's own `ws` class.
 */
export function answerMissingBidiCommands(): void {
  const require = createRequire(import.meta.url);
  const { ws } = require(require.resolve('playwright-core').replace(/index\.js$/, 'lib/utilsBundle.js')) as { ws: { prototype: BidiSocket & { coprodPatched?: boolean } } };
  if (ws.prototype.coprodPatched) return;
  ws.prototype.coprodPatched = true;
  const send = ws.prototype.send;
  ws.prototype.send = function (this: BidiSocket, data: unknown, ...rest: unknown[]) {
    if (typeof data === 'string' && data.includes('"emulation.setMediaFeaturesOverride"')) {
      const { id } = JSON.parse(data) as { id: number };
      setImmediate(() => this.emit('message', Buffer.from(JSON.stringify({ type: 'success', id, result: {} })), false));
      return;
    }
    return send.call(this, data, ...rest);
  };
}
interface BidiSocket {
  send(data: unknown, ...rest: unknown[]): void;
  emit(event: string, ...args: unknown[]): boolean;
}

/** What went wrong on a page while it was open. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** Requests to any origin but the page's own (the demo makes none: no tracking, no CDNs). */
  thirdPartyRequests: string[];
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Console errors, page errors and CSP violations so far (including `securitypolicyviolation` events). */
  collect(): Promise<PageProblems>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    axe?: typeof import('axe-core');
    /** coprod-* events seen since {@link recordEvents}. */
    __coprodEvents?: { type: string; detail: unknown }[];
  }
}

/**
 * Opens a page in a fresh context (its own storage), watching for problems. axe-core is
 * added as an init script (run by the browser, not by the page, so the page's CSP still
 * applies to everything the page does: the context does NOT bypass CSP).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    axe?: boolean;
    viewport?: { width: number; height: number };
    /** Serve this HTML at `url` instead of the server's page, under the server's own CSP header. */
    html?: string;
  } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
      },
      true,
    );
  });
  if (options.axe !== false) await context.addInitScript({ path: AXE_PATH });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], thirdPartyRequests: [] };
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const target = request.url();
    if (/^(data|blob|about):/.test(target)) return;
    if (new URL(target).origin !== origin) problems.thirdPartyRequests.push(target);
  });
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) problems.cspViolations.push(`console: ${text}`);
    else if (message.type() === 'error') problems.consoleErrors.push(`${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? String(error)));
  page.on('crash', () => problems.pageErrors.push('the page crashed'));
  if (options.html !== undefined) {
    const body = options.html;
    const csp = (await fetch(new URL('/', url))).headers.get('content-security-policy') ?? '';
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body }));
  }
  await page.goto(url);
  return {
    page,
    context,
    problems,
    async collect() {
      const fromPage = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]);
      for (const violation of fromPage) if (!problems.cspViolations.includes(violation)) problems.cspViolations.push(violation);
      return problems;
    },
    close: () => context.close(),
  };
}

/** Fails with every problem named if the page logged an error, threw, broke its CSP or called another origin. */
export async function assertNoProblems(open: OpenPage, what = open.page.url()): Promise<void> {
  const { consoleErrors, pageErrors, cspViolations, thirdPartyRequests } = await open.collect();
  const lines = [
    ...thirdPartyRequests.map((text) => `third-party request: ${text}`),
    ...consoleErrors.map((text) => `console error: ${text}`),
    ...pageErrors.map((text) => `page error: ${text}`),
    ...cspViolations.map((text) => `CSP violation: ${text}`),
  ];
  if (lines.length) throw new Error(`${what} had ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/**
 * Waits until `check(arg)`, run in the page, is true. Each try is one `page.evaluate` (the
 * DevTools protocol, outside the page's Content-Security-Policy): `page.waitForFunction`'s
 * polling compiled the check with `eval` in the page when the first try was false, which the
 * demo's `script-src 'self'` refuses (seen under load: "EvalError ... 'unsafe-eval'").
 */
export async function waitInPage<A>(page: Page, what: string, check: string | ((arg: A) => boolean), arg: A, timeoutMs = WAIT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await (typeof check === 'string' ? page.evaluate(check) : page.evaluate(check as (arg: unknown) => boolean, arg as unknown)))) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Waits until this tab has kept a draft holding `typed` (DraftController writes it a moment after typing
 * pauses): a reload after a fixed 600 ms found no draft when the page's timers ran late on a loaded machine.
 */
export function draftKept(page: Page, typed: string): Promise<void> {
  return waitInPage(page, `a kept draft with "${typed}"`, (text: string) => Object.entries(sessionStorage).some(([key, value]) => key.startsWith('coprod-') && key.includes('-draft:') && value.includes(JSON.stringify(text).slice(1, -1))), typed);
}

/**
 * Waits until every coprod-* element in the page is either defined and done loading, or
 * marked "coming soon" by the demo's placeholders.js, and the network is quiet.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await waitInPage(
    page,
    'every coprod-* element defined or marked coming soon',
    () => {
      const tags = Array.from(document.querySelectorAll('*')).filter((element) => element.localName.startsWith('coprod-'));
      return tags.every((element) => customElements.get(element.localName) || element.nextElementSibling?.classList.contains('coprod-coming-soon'));
    },
    null,
    WAIT_MS,
  );
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Loading skeletons give way to content on the next frames.
  // (A string, not a function: tsx would add a helper the page does not have to a nested function.)
  await waitInPage(
    page,
    'no aria-busy',
    `(() => {
      const busy = (root) => Array.from(root.querySelectorAll('*')).some((element) => element.getAttribute('aria-busy') === 'true' || (element.shadowRoot !== null && busy(element.shadowRoot)));
      return !busy(document);
    })()`,
    null,
    WAIT_MS,
  ).catch(() => undefined);
  await within(WAIT_MS, 'two animation frames', page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
}

export interface AxeViolation {
  id: string;
  impact: Result['impact'];
  help: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** axe-core on the whole page (shadow roots included), every rule on (WCAG 2.2's target-size too), region included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof window.axe === 'object');
  if (!hasAxe) throw new Error('axe-core was not injected into this page (open it with openPage).');
  return within(30_000, 'axe.run', page.evaluate(async (firefox) => {
    // axe leaves its WCAG 2.2 rules (target-size) off by default: every one is on here, as in the
    // browser tests (test/helpers/axe-wcag22.ts) and the Storybook sweep.
    const wcag22 = Object.fromEntries(window.axe!.getRules(['wcag22a', 'wcag22aa']).map((rule) => [rule.ruleId, { enabled: true }]));
    // Firefox ESR 153's content process crashes (SIGSEGV) when the page reads an element's
    // `ariaLabelledByElements` after Playwright's getByLabel has read it from its own sandbox
    // (tmp probe, notes/ff.md: that one property, no other, crashes; fission, JIT and process
    // prefs do not help). axe reads the property first and falls back to the aria-labelledby
    // attribute, the same answer here: no widget sets the property from script (grep: none).
    // So in Firefox the property reads as unset for the length of the run, and is restored.
    const reflected = Object.getOwnPropertyDescriptor(Element.prototype, 'ariaLabelledByElements');
    if (firefox && reflected) Object.defineProperty(Element.prototype, 'ariaLabelledByElements', { configurable: true, value: null });
    let result: AxeResults;
    try {
      result = await window.axe!.run(document, { resultTypes: ['violations'], rules: wcag22 });
    } finally {
      if (firefox && reflected) Object.defineProperty(Element.prototype, 'ariaLabelledByElements', reflected);
    }
    return result.violations.map((violation: Result) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary, html: String(node.html).slice(0, 300) })),
    }));
  }, E2E_BROWSER === 'firefox'));
}

/** A promise that fails after `ms` (page.evaluate has no timeout of its own). */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
      .slice(0, 5)
      .map((node) => `    at ${JSON.stringify(node.target)}\n      ${node.html}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
      .join('\n')}`)
    .join('\n');
}

/** Fails naming every axe violation on the whole page. */
export async function assertAxeClean(page: Page, what = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s) on ${what}:\n${describeViolations(violations)}`);
}

/** Whether the page's all-in-one module defined a tag (a widget not built yet shows "coming soon"). */
export async function isDefined(page: Page, tag: string): Promise<boolean> {
  return page.evaluate((name) => customElements.get(name) !== undefined, tag);
}

/** Waits until a locator matches exactly `count` elements (shadow roots included). */
export async function waitForCount(locator: import('playwright-core').Locator, count: number, timeout = WAIT_MS): Promise<void> {
  const until = Date.now() + timeout;
  let last = -1;
  while (Date.now() < until) {
    last = await locator.count();
    if (last === count) return;
    await sleep(100);
  }
  throw new Error(`Expected ${count} of ${String(locator)}, found ${last}`);
}

/**
 * Opens `url` (see {@link openPage}) and waits for it to settle. Fails, naming the tags, if
 * any of `tags` is not defined: every widget is in the build, so a missing one is a bug.
 */
export async function openPageWith(browser: Browser, url: string, tags: string[]): Promise<OpenPage> {
  const open = await openPage(browser, url);
  try {
    await settle(open.page);
    const missing: string[] = [];
    // A module may still be arriving when the page settles on a loaded machine: up to 15 s each.
    for (const tag of tags) {
      const defined = await waitInPage(open.page, `<${tag}> defined`, (name: string) => customElements.get(name) !== undefined, tag, WAIT_MS).then(() => true, () => false);
      if (!defined) missing.push(`<${tag}>`);
    }
    if (missing.length) throw new Error(`${missing.join(' and ')} did not define on ${url}`);
  } catch (error) {
    await open.close();
    throw error;
  }
  return open;
}

/** From now on (until the page reloads), records every event of these types on `document`; forgets those recorded before. */
export async function recordEvents(page: Page, types: string[]): Promise<void> {
  await page.evaluate((names) => {
    window.__coprodEvents = [];
    for (const type of names)
      document.addEventListener(type, (event) => window.__coprodEvents?.push({ type, detail: (event as CustomEvent).detail }));
  }, types);
}

/** The events {@link recordEvents} recorded, in order; only those of `type` if given. */
export async function recordedEvents<D = unknown>(page: Page, type?: string): Promise<{ type: string; detail: D }[]> {
  const events = await page.evaluate(() => window.__coprodEvents ?? []);
  return (type === undefined ? events : events.filter((event) => event.type === type)) as { type: string; detail: D }[];
}

/** Puts a staff widget on the page as a council would paste it (it loads when its tag appears), with the staff token. */
export async function pasteWidget(page: Page, token: string, tag: string, attributes: Record<string, string>): Promise<Locator> {
  await page.evaluate(({ tag, attributes }) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    (document.querySelector('main') ?? document.body).prepend(element);
  }, { tag, attributes: { 'api-base': '/api/v1', token, 'heading-level': '2', ...attributes } });
  return page.locator(tag);
}
