/**
 * `npm run screenshots`: PNGs of each widget's key named states (the `*.states.ts` modules,
 * the same ones the stories and tests use) at 320 px and 1280 px wide, in English, Welsh and
 * easy read, written to `screenshots/` (git-ignored) for a designer to review, each cut
 * into parts 1200 px tall (`list--filled--cy--320--2.png` is the second part).
 *
 * The states run in Debian's Chromium (puppeteer-core, never a downloaded browser) from a
 * local dev server that compiles the TypeScript on the fly, bound to 127.0.0.1 on a free port.
 * Welsh and easy read are set on the widget itself (`locale`, `reading-level`), which wins
 * over the state's provider, before the state's own steps run (so the errors they cause are
 * worded in that reading) and again after them.
 *
 *   npm run screenshots                       key states of every widget
 *   npm run screenshots -- --all              every named state
 *   npm run screenshots -- coprod-opportunity only the widgets named
 *   npm run screenshots -- --state="not on the list"   any named state whose name contains
 *                                             the words (case-insensitive; repeat for more),
 *                                             key or not, of every widget or the ones named
 *   npm run screenshots -- --reading=easy-read,cy-easy-read   only these readings
 *                                             (en, cy, easy-read, cy-easy-read)
 *   npm run screenshots -- --width=320        only this width (320 or 1280)
 *   npm run screenshots -- --list             print each widget's state names, shoot nothing
 *   npm run screenshots -- --keep             add to screenshots/ instead of emptying it first
 *   npm run screenshots -- --dark             theme="dark" on the widget, on a dark page (files end --dark)
 *   npm run screenshots -- --forced-colors    Windows high contrast emulated (forced-colors: active; files end --forced)
 *   npm run screenshots -- --out=/tmp/shots   write there instead of screenshots/ (emptied first too, unless --keep)
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, ensureBrowsers } from './browsers.mjs';
import { freePort } from './free-port.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WIDTHS = [320, 1280];
const READINGS = [
  { name: 'en', attributes: {} },
  { name: 'cy', attributes: { locale: 'cy' } },
  { name: 'easy-read', attributes: { 'reading-level': 'easy-read' } },
  { name: 'cy-easy-read', attributes: { locale: 'cy', 'reading-level': 'easy-read' }, extra: true },
];
/** A state is "key" when its name says it is one a person meets on the main path. */
const KEY = /^(filled|board filled|item open|form empty|form with errors|with errors|own profile|empty form|filled form with preview|answering|ladder question|invalid|opened with the profile key|approved|sent|results|what changed|events|opportunities)/i;
const MAX_KEY_STATES = 4;
/** Each screenshot is cut into parts this tall; a page longer than MAX_HEIGHT is cut off there. */
const SLICE = 1200;
const MAX_HEIGHT = 16_000;

const args = process.argv.slice(2);
const all = args.includes('--all');
const list = args.includes('--list');
const keep = args.includes('--keep');
const dark = args.includes('--dark');
const forced = args.includes('--forced-colors');
const look = `${dark ? '--dark' : ''}${forced ? '--forced' : ''}`;
const only = args.filter((arg) => !arg.startsWith('--'));
/** `--name=a,b` or `--name=a --name=b`: every value given for one option. */
const option = (name) =>
  args.filter((arg) => arg.startsWith(`--${name}=`)).flatMap((arg) => arg.slice(name.length + 3).split(',')).map((value) => value.trim()).filter(Boolean);
const OUT = option('out')[0] ?? join(ROOT, 'screenshots');
const stateWords = args.filter((arg) => arg.startsWith('--state=')).map((arg) => arg.slice('--state='.length).toLowerCase());
const readingNames = option('reading');
const readings = readingNames.length > 0 ? READINGS.filter((reading) => readingNames.includes(reading.name)) : READINGS.filter((reading) => !reading.extra);
const widths = option('width').length > 0 ? WIDTHS.filter((width) => option('width').includes(String(width))) : WIDTHS;
if (readings.length === 0 || widths.length === 0) {
  console.error(`No reading or width left: readings are ${READINGS.map((r) => r.name).join(', ')}; widths ${WIDTHS.join(', ')}`);
  process.exit(2);
}


const statesModules = readdirSync(join(ROOT, 'src/components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(ROOT, 'src/components', entry.name))
      .filter((file) => file.endsWith('.states.ts'))
      .map((file) => `/src/components/${entry.name}/${file}`),
  );

/** The page: renders one named state, runs its steps, then switches the reading if asked. */
const PAGE_SCRIPT = `
import { render } from 'lit';
const params = new URLSearchParams(location.search);
const { states } = await import(params.get('module'));
const state = states.states.find((candidate) => candidate.name === params.get('state'));
const attributes = Object.entries(JSON.parse(params.get('attributes') ?? '{}'));
let element;
/**
 * The reading is set before the state's steps, so words made by them (error messages kept as
 * text) are in it too, and again after. A state whose steps look for English words fails that
 * way: it is shown again with the reading set after its steps only.
 */
async function show(readingFirst) {
  // One tab shoots every state, and drafts live in its storage: without this a brief left by
  // staff-opportunities' states opened inside the workspace's opportunities section, whose
  // list then never came (three workspace states timed out), as the test runner does per file.
  sessionStorage.clear();
  localStorage.clear();
  const container = document.createElement('div');
  document.querySelector('#root').replaceChildren(container);
  render(state.render(), container);
  const first = container.firstElementChild;
  element = first.localName === states.tag ? first : first.querySelector(states.tag);
  await element.updateComplete;
  if (readingFirst) for (const [name, value] of attributes) element.setAttribute(name, value);
  await element.updateComplete;
  await state.play?.(element);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  await element.updateComplete;
}
if (attributes.some(([name, value]) => name === 'theme' && value === 'dark')) {
  document.documentElement.style.colorScheme = 'dark';
  document.body.style.background = '#0b0c0c';
}
try {
  await show(attributes.length > 0);
} catch (error) {
  if (attributes.length === 0) throw error;
  await show(false);
}
await new Promise((resolve) => setTimeout(resolve, 400));
await element.updateComplete;
document.body.dataset.ready = 'yes';
`;

function screensPlugin() {
  return {
    name: 'coprod-screens',
    serve(context) {
      if (context.path === '/__screens/index.json') {
        return { body: JSON.stringify(statesModules), type: 'json' };
      }
      if (context.path === '/__screens/page.html') {
        return {
          body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Screenshot</title>
<style>body { margin: 0; padding: 8px; font-family: Arial, sans-serif; font-size: 19px; }</style></head>
<body><div id="root"></div><script type="module" src="/__screens/page.js"></script></body></html>`,
          type: 'html',
        };
      }
      if (context.path === '/__screens/page.js') return { body: PAGE_SCRIPT, type: 'js' };
      if (context.path === '/__screens/list.js') {
        return {
          body: `const out = []; for (const path of ${JSON.stringify(statesModules)}) { const { states } = await import(path); if (states) out.push({ path, tag: states.tag, names: states.states.map((s) => s.name) }); } window.__states = out;`,
          type: 'js',
        };
      }
      return undefined;
    },
  };
}

ensureBrowsers();
const port = await freePort();
const server = await startDevServer({
  config: {
    rootDir: ROOT,
    hostname: '127.0.0.1',
    port,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json') }), screensPlugin()],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({ executablePath: browserPaths().chromium, args: chromiumArgs, headless: true });

let written = 0;
const failures = [];
try {
  const listPage = await browser.newPage();
  await listPage.goto(`${base}/__screens/page.html?module=none`, { waitUntil: 'domcontentloaded' }).catch(() => {});
  await listPage.addScriptTag({ url: `${base}/__screens/list.js`, type: 'module' });
  const components = await listPage.waitForFunction(() => window.__states, { timeout: 120_000 }).then((handle) => handle.jsonValue());
  await listPage.close();

  if (list) {
    for (const { tag, names } of components) {
      if (only.length === 0 || only.includes(tag)) console.log(`${tag}:\n  ${names.join('\n  ')}`);
    }
  }
  if (!keep && !list) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage();
  if (forced) {
    // As the forced-colours tests do: Chromium's own emulation of Windows high contrast.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  }
  for (const { path, tag, names } of list ? [] : components) {
    if (only.length > 0 && !only.includes(tag)) continue;
    const keyNames = names.filter((name) => KEY.test(name)).slice(0, MAX_KEY_STATES);
    const chosen =
      stateWords.length > 0
        ? names.filter((name) => stateWords.some((words) => name.toLowerCase().includes(words)))
        : all ? names : keyNames.length > 0 ? keyNames : names.slice(0, 2);
    if (chosen.length === 0) continue;
    for (const name of chosen) {
      for (const reading of readings) {
        for (const width of widths) {
          const file = `${tag.replace(/^coprod-/, '')}--${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}--${reading.name}--${width}${look}.png`;
          const attributes = dark ? { ...reading.attributes, theme: 'dark' } : reading.attributes;
          const url = `${base}/__screens/page.html?${new URLSearchParams({ module: path, state: name, attributes: JSON.stringify(attributes) })}`;
          try {
            await page.setViewport({ width, height: 800 });
            await page.goto(url, { waitUntil: 'domcontentloaded' });
            await page.waitForSelector('body[data-ready=yes]', { timeout: 90_000 });
            // The whole page in one tall window, so cards kept off screen (content-visibility) are painted,
            // then cut into screens of SLICE px that a reviewer can look at one by one.
            // Cards drawn once on screen are taller than their guessed size, so the page grows: measure
            // again until it stops (else the end of a long list, "Show more", is cut off).
            let height = 0;
            for (let tries = 0; tries < 5; tries += 1) {
              const measured = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
              if (measured === height) break;
              height = measured;
              await page.setViewport({ width, height });
              await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            }
            for (let top = 0, part = 1; top < height; top += SLICE, part += 1) {
              const clip = { x: 0, y: top, width, height: Math.min(SLICE, height - top) };
              await page.screenshot({ path: join(OUT, file.replace(/\.png$/, `--${part}.png`)), clip });
              written += 1;
            }
          } catch (error) {
            failures.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
          }
        }
      }
    }
    console.log(`${tag}: ${chosen.length} state(s)`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${written} screenshot(s) in ${OUT}`);
if (failures.length > 0) {
  console.error(`${failures.length} could not be taken:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
