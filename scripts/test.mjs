#!/usr/bin/env node
/**
 * Every test, in the order a failure is cheapest to find: contract and types, lint, build
 * and size budgets, unit tests, browser tests in Chromium and Firefox, the Storybook axe
 * sweep, the server on PGlite and on PostgreSQL, end-to-end tests against `npm start`'s
 * server. Each step runs even if an earlier one failed, so one run shows every failure.
 *
 *   npm test                  everything
 *   npm test -- browser e2e   only the named steps
 *   STEPS_AT_ONCE=1           one step at a time, in the order above, output as it comes
 *                             (default 2: two at once in the lanes below)
 *   BROWSERS_AT_ONCE=0        Chromium's and Firefox's browser runs one after the other (see the step)
 *   E2E_CONCURRENCY=1         end-to-end files one at a time (default two side by side)
 *
 * Steps at once (the default, 2): typecheck beside the build; once it is done (later steps read
 * dist/), the two long lanes described above `steps` side by side, each lane's steps one after
 * the other, and lint and unit (`later`) in the first slot neither lane needs. A step that runs
 * beside another prints its output whole when it ends, under its name, so a failure reads as in
 * a run one step at a time. Why the default (session 30): a fresh clone's `CI=true bash .ci/run`
 * with two at once passed whole (4,930 passed, 0 failed) at load 15-26 on a 2-core machine,
 * 2,873 s wall for 4,602 s of step walls; CI's last run one at a time took 3,111 s. That run
 * started the server lane only after typecheck, lint and unit (at 738 s) and ended with e2e
 * alone: hence `later`.
 * The summary gives each step's wall seconds and CPU seconds (it and the processes it waited
 * for; see scripts/cpu-seconds.mjs): on a shared machine compare CPU seconds, not wall.
 *
 * End-to-end files run in Chromium (`e2e`) and again in Firefox (`e2e-firefox`), but for those
 * in CHROMIUM_ONLY_E2E.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensureCalc } from './browsers.mjs';
import { freePort } from './free-port.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
// --test-timeout is also each file's limit (a file runs as one test of the parent): on a loaded
// machine platform.test.ts on PGlite took just over 180 s (an early fresh-clone run at load 20;
// about 60 s quiet), so the limit is 300 s. A hung file still ends well within CI's own limit.
// --test-force-exit: a file whose before hook timed out while a server or browser it started
// was still alive would otherwise never exit, and the step would wait for CI's own limit.
// `concurrency` 2 runs two files side by side: for the server suites, whose files each start
// their own server on their own database (an in-memory PGlite, or a fresh PostgreSQL schema),
// so they share nothing and PGlite, which runs on one core, keeps both busy.
// `flags` go to node and, through the test runner, to each file's process.
const nodeTests = (files, concurrency = 1, flags = []) => [process.execPath, [...flags, '--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, '--test-timeout=300000', '--test-force-exit', ...files]];
/**
 * The server files' processes on PGlite compile its WebAssembly (9 MB) with V8's baseline compiler
 * only: optimising it (TurboFan, on background threads) cost each process more CPU than it saved
 * in the few seconds of queries a file makes. Alone, one sitting: platform 14.2 -> 12.1 CPU s,
 * conformance 5.5 -> 4.2, ranking-sql 4.7 -> 3.1, pay 5.9 -> 4.2, public-cache 6.7 -> 4.8; wall
 * time fell too. (--no-wasm-tier-up alone saved little: 6.7 -> 6.4.) The SQL is the same. Not on
 * PostgreSQL, where no process loads PGlite: conformance and public-cache there, within noise.
 */
const SERVER_FLAGS = ['--liftoff-only'];
const filesIn = (folder, suffix) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(suffix)).map((name) => `${folder}/${name}`) : []);

/** The step whose command runs (its CPU seconds add up there), and whether to echo output as it comes. */
const current = new AsyncLocalStorage();
const canCount = existsSync('/proc/self/stat');

/** The commands running now: stopped with the runner (see the SIGINT/SIGTERM handler). */
const children = new Set();

/** Runs a command, echoing its output when it runs alone, and returns the output for counting. */
function exec(command, args, env = {}) {
  const step = current.getStore();
  return new Promise((resolve) => {
    const counted = canCount ? [process.execPath, [fileURLToPath(new URL('cpu-seconds.mjs', import.meta.url)), command, ...args]] : [command, args];
    const child = spawn(...counted, { env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    let cpu = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      if (step?.live !== false) stream.write(chunk);
      else step.held += chunk;
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.stdio[3].on('data', (chunk) => (cpu += chunk));
    child.on('close', (code) => {
      children.delete(child);
      if (step && cpu.trim()) step.cpu += Number(cpu.trim());
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Pass/fail counts from the output of each runner we use. */
function count(kind, output) {
  const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'node') {
    const pass = [...plain.matchAll(/^ℹ pass (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
    const fail = [...plain.matchAll(/^ℹ fail (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
    return { pass, fail };
  }
  if (kind === 'wtr') {
    let pass = 0;
    let fail = 0;
    for (const browser of ['Chrome', 'Firefox']) {
      const lines = [...plain.matchAll(new RegExp(`^${browser}:.*?(\\d+) passed, (\\d+) failed`, 'gm'))];
      const last = lines.at(-1);
      if (last) {
        pass += Number(last[1]);
        fail += Number(last[2]);
      }
    }
    return { pass, fail };
  }
  const match = plain.match(/(\d+) passed, (\d+) failed/g)?.at(-1)?.match(/(\d+) passed, (\d+) failed/);
  return match ? { pass: Number(match[1]), fail: Number(match[2]) } : { pass: 0, fail: 0 };
}

async function postgresUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (process.getuid?.() !== 0 || !existsSync('server/scripts/start-postgres.sh')) return undefined;
  const { code, output } = await exec('bash', ['server/scripts/start-postgres.sh']);
  if (code !== 0) throw new Error('could not start PostgreSQL');
  return output.trim().split('\n').at(-1);
}

const only = process.argv.slice(2);

/**
 * Suites that prove nothing more on PGlite than on PostgreSQL. They run once, in the
 * PostgreSQL step, whenever that step will run; on a machine without PostgreSQL, on PGlite.
 * Every other server file runs on both (anything with SQL of its own: locks, transactions,
 * LISTEN/NOTIFY, migrations, ranking, two instances, or the repositories' queries).
 */
const ONCE_ON_POSTGRES = [
  'production-server.test.ts', // the compiled server as a council runs it (its own process, migrations and seed): slow
  // No database at all: the same code on either step.
  'embed-pages.test.ts', // the no-JavaScript opportunity page rendered from a brief
  'invitation-message.test.ts', // an invitation's text and its signed link
  'settings.test.ts', // settings read from an environment object
  // A link whose signature fails is refused before any query (verifyInvitation, verifyToken): the page's words and languages.
  'answer-page.test.ts', // the page of an invitation link that does not work, and answerPage's Welsh titles rendered alone
  'unsubscribe-page.test.ts', // the page of an unsubscribe link that does not work
  // The database only starts the server; what they check is HTTP the engine never sees.
  'security-headers.test.ts', // response headers (Fastify hooks)
  'request-log.test.ts', // the request log's redaction of query values
  'embed-styles.test.ts', // the embeds' stylesheets, read from dist/
  'oidc.test.ts', // an access token's issuer, audience, signature, expiry and roles (jose); the two lists it reads with them are queried in opportunities and pay tests on both
  'embed-origin.test.ts', // the addresses the rendered embeds carry, from Host, X-Forwarded-* and PUBLIC_BASE_URL
  'embed-readings.test.ts', // which catalogs the server awaits before rendering a Welsh or easy-read embed
  'server-problems.test.ts', // each form's 422 body (the contract's checks, the rules' words); the topic and organisation lists it reads are checked against in conformance and opportunities on both
];
const postgresLater = () => (only.length === 0 || only.includes('server-postgres')) && Boolean(process.env.DATABASE_URL || (process.getuid?.() === 0 && existsSync('server/scripts/start-postgres.sh')));

/**
 * e2e files that run in Chromium only (the `e2e-firefox` step runs every other one in Firefox):
 * what they prove is the package, a bundler, a protocol or the server, which a second browser
 * does not change, or widget states the browser step already runs in Firefox. Kept in Firefox:
 * what a browser does beyond a widget's states (no JavaScript, hydration, first paint, drafts and
 * tokens through a real reload, the clipboard, CSP, zoom, page height, the keyboard on the
 * server's own pages, the whole demo pages under axe).
 */
const CHROMIUM_ONLY_E2E = [
  'bundlers.e2e.ts', // the packed tarball in Vite and esbuild (the build, not the browser)
  'frameworks.e2e.ts', // framework types and example apps built from the package
  'autoload.e2e.ts', // which modules the autoloader requests: the bundle's graph
  'wordpress.e2e.ts', // the PHP plugin in WordPress; its widgets are the ones the demo pages check
  'messages.e2e.ts', // emails through SMTP; the pages it opens are checked by feedback and my-involvement
  'staff-sign-in.e2e.ts', // the OpenID protocol and token refresh (mostly a wait for the token to near expiry)
  'pay.e2e.ts', // the longest journey, through SMTP; its widgets' every state runs in Firefox in the browser step
  // What it adds to the staff form's browser tests (every session and Welsh field kept through a
  // save, the conflict and "Merge by field": coprod-staff-opportunities.test.ts, run in Firefox in
  // the browser step; axe on its "Editing sessions and Welsh" and "Conflict" states in both
  // browsers) is the real server's side: its stored brief and its 412 on a stale save.
  'staff-brief.e2e.ts',
  // Journeys whose browser side is widget states that each run in Firefox in the browser step
  // (every browser test file runs in both browsers), with axe on every named state in both and on
  // the whole council page in Firefox (demo-pages.e2e.ts); what the real server adds (the record
  // it keeps, the staff API finding it) no browser changes. 289 of e2e-firefox's CPU seconds
  // (each file alone in Firefox, one sitting: see the commit that moved them).
  'faults.e2e.ts', // HttpApi turns whatever fetch throws into 'network' (src/api/http-transport.ts), so a reset or hang reads the same in any browser; the failure panel, its words, the live region and kept values run in Firefox (test/browser/form-failures.test.ts, each form's failure tests); one Idempotency-Key per retry: test/node/http-client.test.ts
  'feedback.e2e.ts', // the form, its error summary, the board's "changed" item and "Tell me when this changes" in Welsh: coprod-feedback-loop's tests and states
  'opportunity.e2e.ts', // filters, the opportunity opened in place, "I'm interested" with its error summary: the opportunity-list and opportunity tests and states
  'staff.e2e.ts', // writing, publishing, answering interest and posting an update: the staff workspace's and staff widgets' tests and states
  'my-involvement.e2e.ts', // the sign-in link taken out of the address bar and the page's feedback: coprod-my-involvement.test.ts; the link, its second use and erasure are the server's
];

/** Server test files at once (TEST_CONCURRENCY overrides; 1 to read one file's output in order). */
const SERVER_CONCURRENCY = Number(process.env.TEST_CONCURRENCY ?? 2);

/**
 * Lanes (steps at once, see the header). A lane's steps run one after the other; lanes run side
 * by side, and steps that read dist/ or custom-elements.json (`needs: ['build']`) wait for the
 * build. typecheck reads sources only, so it runs beside the build. After it, two lanes of
 * about equal length:
 * - `browsers`: browser, storybook, e2e-firefox;
 * - `server`: server, server-postgres (both build server/dist in two-instances.test.ts, so never
 *   at once), then e2e;
 * and lint and unit, short (about 60 CPU s together) but slow beside anything, marked `later`:
 * they take a free slot only when no step of the long lanes is ready for it. So lint may start
 * beside the build once typecheck is done (nothing else can run then) and hold its slot a minute
 * or so after the build; after that, unit waits until a long lane has nothing left to start (the
 * end of the browsers lane), and the server lane starts when lint ends. One step at a time
 * ignores `later` and runs the steps in the order they are listed.
 * Much of each step is waiting (Firefox's runner, a page, a server start, a mail, a token's
 * expiry), which leaves a core idle when the steps run one at a time.
 */
const steps = [
  { name: 'typecheck', kind: 'exit', lane: 'checks', run: async () => {
      const widgets = await exec(bin('tsc'), ['-p', '.']);
      const server = existsSync('server/tsconfig.json') ? await exec(bin('tsc'), ['-p', 'server']) : { code: 0, output: '' };
      return { code: widgets.code || server.code, output: widgets.output + server.output };
    } },
  { name: 'lint', kind: 'exit', lane: 'checks', later: true, run: () => exec(bin('eslint'), ['.', '--max-warnings=0']) },
  { name: 'build', kind: 'exit', run: () => exec(process.execPath, ['scripts/build.mjs']) },
  { name: 'unit', kind: 'node', lane: 'checks', later: true, needs: ['build'], run: () => exec(...nodeTests(filesIn('test/node', '.test.ts'))) },
  { name: 'browser', kind: 'wtr', lane: 'browsers', needs: ['build'], run: async () => {
      // Chromium runs test files side by side; Firefox one at a time (see the runner config).
      // The two browsers run at once, each in a runner of its own on a port of its own:
      // Firefox's run mostly waits (one tab, timers, frames; 200 CPU seconds of runner and
      // browser in a run of 1235 s on a loaded machine, 440 s in CI), so one after the other
      // leaves a core idle for much of it. BROWSERS_AT_ONCE=0 runs them one after the other
      // (to read one browser's output in order, or on a machine with one core).
      const atOnce = process.env.BROWSERS_AT_ONCE !== '0';
      const run = async (browser) => exec(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs', ...(atOnce ? ['--port', String(await freePort())] : [])], { BROWSERS: browser });
      const [chromium, firefox] = atOnce ? await Promise.all([run('chromium'), run('firefox')]) : [await run('chromium'), await run('firefox')];
      return { code: chromium.code || firefox.code, output: chromium.output + firefox.output };
    } },
  { name: 'storybook', kind: 'sweep', lane: 'browsers', needs: ['build'], run: async () => {
      const built = await exec(bin('storybook'), ['build', '--quiet', '-o', 'storybook-static'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
      if (built.code !== 0) return built;
      return exec(process.execPath, ['scripts/storybook-axe.mjs']);
    } },
  { name: 'server', kind: 'node', lane: 'server', needs: ['build'], run: () => exec(...nodeTests(filesIn('server/test', '.test.ts').filter((file) => !(postgresLater() && ONCE_ON_POSTGRES.some((name) => file.endsWith(`/${name}`)))), SERVER_CONCURRENCY, SERVER_FLAGS)) },
  { name: 'server-postgres', kind: 'node', lane: 'server', needs: ['build'], run: async () => {
      const url = await postgresUrl().catch((error) => error);
      if (url instanceof Error || !url) {
        const why = url instanceof Error ? url.message : 'DATABASE_URL is not set and this is not root';
        if (process.env.CI) return { code: 1, output: `PostgreSQL suite not run: ${why}\n` };
        // The server step left the files that run once to this step (postgresLater): they run on PGlite instead, so none goes untested.
        const once = postgresLater() ? filesIn('server/test', '.test.ts').filter((file) => ONCE_ON_POSTGRES.some((name) => file.endsWith(`/${name}`))) : [];
        const onPglite = once.length ? await exec(...nodeTests(once, SERVER_CONCURRENCY, SERVER_FLAGS)) : { code: 0, output: '' };
        return { code: onPglite.code, skipped: onPglite.code === 0, output: `PostgreSQL suite not run: ${why}${once.length ? `; its ${once.length} files that run once ran on PGlite` : ''}\n${onPglite.output}` };
      }
      return exec(...nodeTests(filesIn('server/test', '.test.ts'), SERVER_CONCURRENCY), { DATABASE_URL: url });
    } },
  // Two end-to-end files side by side (E2E_CONCURRENCY overrides): each starts its own server
  // on a free port and a fresh data folder and its own browser, so they share nothing, and each
  // spends most of its time waiting for a page, a server start or a mail.
  { name: 'e2e', kind: 'node', lane: 'server', needs: ['build'], run: () => exec(...nodeTests(filesIn('test/e2e', '.e2e.ts'), Number(process.env.E2E_CONCURRENCY ?? 2))) },
  // The same journeys in Debian's Firefox (playwright-core over WebDriver BiDi): every file
  // that exercises what a browser does beyond the widgets' states (pages, the keyboard, axe on
  // whole pages, layout, zoom, no JavaScript, drafts through a reload, the clipboard); a new e2e
  // file runs here unless it is listed above (CHROMIUM_ONLY_E2E) with its reason. Those test the
  // package or the server, or widget states the browser step runs in Firefox, and run once, in
  // Chromium (timings in notes/ff.md of session 12 and notes/speed.md of session 29).
  { name: 'e2e-firefox', kind: 'node', lane: 'browsers', needs: ['build'], run: () => exec(...nodeTests(filesIn('test/e2e', '.e2e.ts').filter((file) => !CHROMIUM_ONLY_E2E.some((name) => file.endsWith(`/${name}`))), Number(process.env.E2E_CONCURRENCY ?? 2)), { E2E_BROWSER: 'firefox' }) },
];

const chosen = only.length ? steps.filter((step) => only.includes(step.name)) : steps;
if (chosen.some((step) => ['browser', 'storybook', 'e2e', 'e2e-firefox'].includes(step.name))) ensureBrowsers();
if (chosen.some((step) => step.name === 'unit')) ensureCalc();

/** Steps running at once (see the header); a step's lane and `needs` say what it waits for. */
const AT_ONCE = Math.min(chosen.length, Math.max(1, Number(process.env.STEPS_AT_ONCE ?? 2) || 1));
const startedAt = Date.now();
const stamp = () => `${Math.round((Date.now() - startedAt) / 1000)}s`;

/** The steps running now, each with the output it holds back while it runs beside another. */
const active = new Set();
// Stopped (CI's own time limit, Ctrl-C): the commands running stop too, and while steps ran side by side what
// each held back is printed, so a hung step still says where it hung.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
    for (const state of active) {
      if (state.live) continue;
      console.log(`\n━━━ ${state.name}: stopped by ${signal} at ${stamp()}; its output so far ━━━`);
      process.stdout.write(state.held.endsWith('\n') || !state.held ? state.held : `${state.held}\n`);
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

async function runStep(step) {
  const state = { name: step.name, live: AT_ONCE === 1, cpu: 0, held: '' };
  const started = Date.now();
  active.add(state);
  const { code, output, skipped } = await current.run(state, async () => step.run()).catch((error) => ({ code: 1, output: `${error?.stack ?? error}\n` }));
  active.delete(state);
  const counts = step.kind === 'exit' ? { pass: code === 0 ? 1 : 0, fail: code === 0 ? 0 : 1 } : count(step.kind, output);
  // A runner that exits non-zero without a failed test (a crash, a compile error) still fails.
  if (code !== 0 && counts.fail === 0) counts.fail = 1;
  return { name: step.name, code, skipped, output, live: state.live, ...counts, seconds: Math.round((Date.now() - started) / 1000), cpu: canCount ? Math.round(state.cpu) : undefined };
}

/** The order steps are offered a free slot: as listed, but steps marked `later` last when steps run side by side. */
const byTurn = AT_ONCE === 1 ? chosen : [...chosen.filter((step) => !step.later), ...chosen.filter((step) => step.later)];
const results = new Map();
const running = new Map();
const laneOf = (step) => step.lane ?? step.name;
// A step may start once the chosen steps it needs and the chosen steps before it in its lane are done.
const ready = (step) => {
  const before = chosen.slice(0, chosen.indexOf(step));
  return before.every((other) => results.has(other.name) || !((step.needs ?? []).includes(other.name) || laneOf(other) === laneOf(step)));
};
await new Promise((allDone) => {
  const next = () => {
    if (results.size === chosen.length) return allDone();
    for (const step of byTurn) {
      if (running.size >= AT_ONCE) break;
      if (results.has(step.name) || running.has(step.name) || !ready(step)) continue;
      if (AT_ONCE === 1) console.log(`\n━━━ ${step.name} ━━━`);
      else console.log(`\n━━━ ${step.name} started at ${stamp()}${running.size ? ` (beside ${[...running.keys()].join(', ')})` : ''}; its output follows when it ends ━━━`);
      running.set(step.name, runStep(step).then((result) => {
        running.delete(step.name);
        results.set(step.name, result);
        if (!result.live) {
          const status = result.code === 0 ? 'ok' : 'FAILED';
          console.log(`\n━━━ ${step.name} (${status}, ${result.seconds}s, ended at ${stamp()}) ━━━`);
          process.stdout.write(result.output.endsWith('\n') || !result.output ? result.output : `${result.output}\n`);
          console.log(`━━━ end of ${step.name} (${status}) ━━━`);
        }
        next();
      }));
    }
  };
  next();
});

console.log('\n━━━ summary ━━━');
const ordered = chosen.map((step) => results.get(step.name));
for (const result of ordered) {
  const status = result.skipped ? 'skipped' : result.code === 0 ? 'ok' : 'FAILED';
  const cpu = result.cpu === undefined ? '' : `  ${String(result.cpu).padStart(5)}s CPU`;
  console.log(`${result.name.padEnd(16)} ${status.padEnd(8)} ${String(result.pass).padStart(4)} passed ${String(result.fail).padStart(3)} failed  ${String(result.seconds).padStart(5)}s${cpu}`);
}
const totalCpu = canCount ? `, ${ordered.reduce((sum, result) => sum + result.cpu, 0)}s CPU` : '';
console.log(`all steps: ${stamp()}${totalCpu}, ${Math.max(AT_ONCE, 1)} at once`);
const passed = ordered.reduce((sum, result) => sum + result.pass, 0);
const failed = ordered.reduce((sum, result) => sum + result.fail, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ordered.some((result) => result.code !== 0) ? 1 : 0);
