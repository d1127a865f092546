/**
 * Layout shift while each widget loads into the demo council page (demo/index.html, served
 * by the real server on a temporary PGlite folder), in a phone-sized viewport. For each
 * widget the page keeps only that widget (the other widgets' tags are taken out of the
 * HTML), in three variants:
 *   - none: no reserved height, and the widget's own skeleton squashed
 *     (`--coprod-skeleton-height: 0`);
 *   - as shipped: the page and the widget as they are (the widget's own skeleton);
 *   - reserved: as shipped plus a CSS rule reserving the widget's final height
 *     (`min-height`, measured in the as-shipped run) on the host, defined or not.
 * CLS is the largest session window of 'layout-shift' entries without recent input
 * (the web-vitals definition), from a PerformanceObserver registered before the page loads.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from '../lib/browser.mjs';
import { startServer } from '../lib/server-process.mjs';
import { median, row, unavailable, withTimeout } from '../lib/stats.mjs';

const RUNS = Number(process.env.BENCH_CLS_RUNS ?? 3);
const VIEWPORT = { width: 390, height: 844 };
const SETTLE_MS = 500;

const OBSERVER = `(() => {
  const entries = [];
  window.__coprodShifts = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) entries.push({ value: entry.value, startTime: entry.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** The web-vitals CLS: the largest burst of shifts less than 1 s apart and within 5 s. */
function sessionCls(entries) {
  let best = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const entry of entries) {
    if (current && (entry.startTime - last >= 1000 || entry.startTime - first >= 5000)) current = 0;
    if (!current) first = entry.startTime;
    current += entry.value;
    last = entry.startTime;
    best = Math.max(best, current);
  }
  return best;
}

/** The widget tags in the demo page's HTML, in order, without the provider. */
function widgetTags(html) {
  const tags = [...html.matchAll(/<(coprod-[a-z0-9-]+)[\s>]/g)].map((m) => m[1]);
  const placeholders = [...html.matchAll(/data-coprod="([a-z0-9-]+)"/g)].map((m) => `coprod-${m[1]}`);
  return [...new Set([...tags, ...placeholders])].filter((tag) => tag !== 'coprod-provider');
}

/** The page with only `keep` of the widgets, plus `css` at the end of <head>. */
function variantHtml(html, keep, css) {
  let out = html.replace(/<(coprod-[a-z0-9-]+)\b[^>]*>[\s\S]*?<\/\1>/g, (element, tag) => (tag === keep || tag === 'coprod-provider' ? element : ''));
  out = out.replace(/<(\w+)\b[^>]*\bdata-coprod="([a-z0-9-]+)"[^>]*>[\s\S]*?<\/\1>/g, (element, _tag, name) => (`coprod-${name}` === keep ? element : ''));
  return css ? out.replace('</head>', `<style>${css}</style></head>`) : out;
}

async function measure(browser, origin, html, tag, css) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    const body = variantHtml(html, tag, css);
    await page.route(`${origin}/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const defined = await page
      .waitForFunction((t) => Boolean(customElements.get(t)), tag, { timeout: 5_000, polling: 50 })
      .then(() => true)
      .catch(() => false);
    if (!defined) throw new Error(`<${tag}> is not defined by the page's widgets script yet`);
    const ready = await page
      .waitForFunction(
        (t) => {
          const element = document.querySelector(t);
          if (!element || !customElements.get(t)) return false;
          const root = element.shadowRoot;
          return Boolean(root && root.childElementCount > 0 && !root.querySelector('[part~="loading"]'));
        },
        tag,
        { timeout: 15_000, polling: 50 },
      )
      .then(() => true)
      .catch(() => false);
    if (!ready) throw new Error(`<${tag}> did not finish loading within 15 s`);
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    const { shifts, height } = await page.evaluate((t) => ({ shifts: window.__coprodShifts, height: document.querySelector(t).getBoundingClientRect().height }), tag);
    return { cls: sessionCls(shifts), total: shifts.reduce((n, s) => n + s.value, 0), shifts: shifts.length, height };
  } finally {
    await context.close();
  }
}

export async function clsRows(log = () => {}) {
  const part = 'cls';
  if (!existsSync('demo/index.html')) return [unavailable(part, 'CLS on the demo council page', 'demo/index.html is not there yet')];
  const server = await startServer({ env: { RATE_LIMIT_MAX: '0' } });
  const browser = await launchChromium();
  const rows = [];
  try {
    const html = await (await fetch(`${server.origin}/`)).text();
    const tags = widgetTags(html);
    if (tags.length === 0) return [unavailable(part, 'CLS on the demo council page', 'no coprod-* widget in the demo page')];
    for (const tag of tags) {
      try {
        log(`cls ${tag} x ${RUNS} x 3 variants`);
        const shipped = [];
        for (let i = 0; i < RUNS; i++) shipped.push(await withTimeout(measure(browser, server.origin, html, tag), 45_000, `loading ${tag}`));
        const height = Math.ceil(median(shipped.map((r) => r.height)));
        const none = [];
        const reserved = [];
        for (let i = 0; i < RUNS; i++) {
          none.push(await withTimeout(measure(browser, server.origin, html, tag, `${tag}{--coprod-skeleton-height:0 !important;min-height:0 !important}`), 45_000, `loading ${tag}`));
          reserved.push(await withTimeout(measure(browser, server.origin, html, tag, `${tag}{display:block;min-height:${height}px}`), 45_000, `loading ${tag}`));
        }
        const noneCls = median(none.map((r) => r.cls));
        const describe = (variant, results, note) => {
          const value = median(results.map((r) => r.cls));
          return row(part, `${tag}: ${variant}`, {
            value,
            unit: 'CLS',
            display: value.toFixed(3),
            runs: RUNS,
            ...(variant !== 'no reserved height' ? { baseline: 'no reserved height', baselineValue: noneCls, ratio: noneCls > 0 ? value / noneCls : undefined } : {}),
            note: `${note}; ${median(results.map((r) => r.shifts))} shifts; final height ${Math.round(median(results.map((r) => r.height)))} px`,
            samples: results.map((r) => r.cls),
          });
        };
        rows.push(describe('no reserved height', none, 'skeleton height 0, no min-height'));
        rows.push(describe('own skeleton (as shipped)', shipped, 'demo page as it is'));
        rows.push(describe('reserved height', reserved, `min-height ${height}px on the host`));
      } catch (error) {
        rows.push(unavailable(part, `${tag}: CLS while it loads`, error.message));
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
