import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteerCore from 'puppeteer-core';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { browserPaths, chromiumArgs } from './scripts/browsers.mjs';

/**
 * Runs every browser test in Debian's Chromium and Firefox. Paths can be overridden with
 * CHROME_PATH and FIREFOX_PATH; `BROWSERS=chromium` (or firefox) runs one.
 */
const { chromium, firefox } = browserPaths();

/**
 * `executeServerCommand('ax-tree')`: Chromium's whole accessibility tree over CDP
 * (Accessibility.getFullAXTree), as what a screen reader is given: every node's role, name and
 * children, ignored nodes left out. Puppeteer's own snapshot prunes a focusable, named region
 * down to a leaf, which would hide a table inside one. Chromium only.
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('ax-tree needs Chromium');
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.map((n) => ({ id: n.nodeId, ignored: n.ignored, role: n.role?.value ?? '', name: n.name?.value ?? '', childIds: n.childIds ?? [] }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
/**
 * `executeServerCommand('forced-colors', { active, screenshot? })`: Chromium emulates Windows'
 * forced colours (CDP Emulation.setEmulatedMedia, forced-colors: active) until asked to stop; the
 * CDP session that set it stays open until then (closing it would undo it). With `screenshot` (a
 * file name) and COPROD_SCREENSHOT_DIR set, a PNG of the page is written there first, for a person
 * to look at (`COPROD_SCREENSHOT_DIR=/tmp/shots npx web-test-runner ...`); never otherwise, so a
 * test run writes no file. Chromium only: the
 * @web emulateMedia command passes forcedColors to Playwright only.
 */
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced-colors needs Chromium');
      const page = session.browser.getPage(session.id);
      const dir = process.env.COPROD_SCREENSHOT_DIR;
      if (payload?.screenshot && dir) await page.screenshot({ path: join(dir, basename(payload.screenshot)), fullPage: true });
      if (payload?.active) {
        const cdp = sessions.get(session.id) ?? (await page.createCDPSession());
        sessions.set(session.id, cdp);
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      } else if (payload?.active === false) {
        const cdp = sessions.get(session.id);
        sessions.delete(session.id);
        if (cdp) await cdp.send('Emulation.setEmulatedMedia', { features: [] }).finally(() => cdp.detach());
      }
      return true;
    },
  };
}
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

const browsers = [];
if (wanted.includes('chromium'))
  browsers.push(
    chromeLauncher({
      // Each test page in its own window: a background tab gets no animation frames, and
      // fixtures wait for one.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
      launchOptions: {
        executablePath: chromium,
        args: [
          ...chromiumArgs,
          // Two test pages run at once; a background page must still get animation frames and timers.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  );
if (wanted.includes('firefox'))
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      // Keyboard tests need the page under test to have the window's focus: each test file
      // gets its own tab, brought to the front.
      async createPage({ browser }) {
        const page = await browser.newPage();
        await page.bringToFront();
        return page;
      },
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        // A download (CSV export, calendar file) must not open Firefox's downloads panel,
        // which takes keyboard focus from the page under test.
        extraPrefsFirefox: {
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.download.folderList': 2,
          'browser.download.dir': '/tmp',
          'browser.download.useDownloadDir': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,text/calendar,application/octet-stream',
        },
      },
    }),
  );

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  // Firefox gives keyboard focus to one tab at a time, so its test files run one by one.
  concurrency: wanted.includes('firefox') ? 1 : 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  // The whole of one browser's run (about 10 min for Chromium on 2 cores, more when the machine is shared).
  testsFinishTimeout: 1800000,
  // The runner reuses a browser tab for the next test file, and sessionStorage lives with the
  // tab: a draft one file left behind was restored by the next file's widget. Each file starts clean.
  // test/helpers/readable-failures.ts comes first: a failed expectation about a DOM node reports instead of hanging the run.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>sessionStorage.clear(); localStorage.clear();</script></head><body><script type="module" src="/test/helpers/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // A test that takes 10 s on a quiet machine has gone wrong; on a shared one the first axe
  // sweep of a file (cold caches, two browsers starting) has taken over 10 s, so 20.
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), statesIndex(), axTreePlugin(), forcedColorsPlugin()],
};

/**
 * `/__coprod/states-index.json`: every component's named-states module, found on disk when
 * asked, so the design sweep (test/browser/design-sweep.test.ts) covers a new widget at once.
 */
function statesIndex() {
  return {
    name: 'coprod-states-index',
    serve(context) {
      if (context.path !== '/__coprod/states-index.json') return undefined;
      const modules = readdirSync('src/components', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) =>
          readdirSync(`src/components/${entry.name}`)
            .filter((file) => file.endsWith('.states.ts'))
            .map((file) => `/src/components/${entry.name}/${file}`),
        )
        .sort();
      return { body: JSON.stringify(modules), type: 'json' };
    },
  };
}
