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
 * Every API answer is delayed by BENCH_API_DELAY_MS (300 ms) as on a phone network.
 * The widget's section is scrolled to the top of the viewport as soon as the HTML is parsed
 * (as for a person who followed a link to it, or scrolled to it while it loaded): at the
 * top of the page, on a phone, a widget sits below the fold and moves nothing in view, so
 * that figure (given in the note) is 0 whatever the page does.
 * CLS is the largest session window of 'layout-shift' entries without recent input
 * (the web-vitals definition), from a PerformanceObserver registered before the page loads.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from '../lib/browser.mjs';
import { startServer } from '../lib/server-process.mjs';
import { median, row, unavailable, withTimeout } from '../lib/stats.mjs';

const RUNS = Number(process.env.BENCH_CLS_RUNS ?? 5);
/** A phone: most people who use these widgets read them on one. */
const VIEWPORT = { width: 390, height: 844 };
const SETTLE_MS = 500;
/** Each API answer is held back this long, as a phone network would: on loopback the data
 * often arrives before the first paint, and nothing would ever be seen to move. */
const API_DELAY_MS = Number(process.env.BENCH_API_DELAY_MS ?? 300);

const OBSERVER = `(() => {
  const entries = [];
  window.__coprodShifts = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map(({ node }) => {
        if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '?';
        const host = node.getRootNode().host;
        const classes = typeof node.className === 'string' ? node.className.split(' ').filter(Boolean) : [];
        const name = node.localName + (node.id ? '#' + node.id : '') + classes.map((c) => '.' + c).join('');
        return host ? host.localName + ' > ' + name : name;
      });
      entries.push({ value: entry.value, startTime: entry.startTime, sources });
    }
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
export function variantHtml(html, keep, css) {
  // The provider is never matched (its content holds the widgets); nor is the one to keep.
  const others = new RegExp(`<(coprod-(?!provider[\\s>])(?!${keep.slice('coprod-'.length)}[\\s>])[a-z0-9-]+)\\b[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');
  let out = html.replace(others, '');
  out = out.replace(/<(\w+)\b[^>]*\bdata-coprod="([a-z0-9-]+)"[^>]*>[\s\S]*?<\/\1>/g, (element, _tag, name) => (`coprod-${name}` === keep ? element : ''));
  return css ? out.replace('</head>', `<style>${css}</style></head>`) : out;
}

/** Scrolls the widget's section (or the widget) to the top once the HTML is parsed. */
const scrollIntoView = (tag) => `document.addEventListener('DOMContentLoaded', () => {
  const name = ${JSON.stringify(tag)};
  const element = document.querySelector(name) ?? document.querySelector('[data-coprod="' + name.slice('coprod-'.length) + '"]');
  (element?.closest('section') ?? element)?.scrollIntoView({ block: 'start' });
});`;

/** One load; tried a second time after a pause, since dist/ may be mid-rebuild by someone else. */
async function measure(...args) {
  try {
    return await withTimeout(measureOnce(...args), 45_000, `loading ${args[3]}`);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return withTimeout(measureOnce(...args), 45_000, `loading ${args[3]}`);
  }
}

export async function measureOnce(browser, origin, html, tag, css, { inView = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(OBSERVER);
    if (inView) await context.addInitScript(scrollIntoView(tag));
    const page = await context.newPage();
    const body = variantHtml(html, tag, css);
    await page.route(`${origin}/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    if (API_DELAY_MS > 0) await page.route(`${origin}/api/**`, (route) => setTimeout(() => route.continue().catch(() => {}), API_DELAY_MS));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // A widget behind a closed <details> (the profile form behind "Start your one page profile") is seen
    // once the reader opens it: a click, as a person does (shifts within 500 ms of it are not counted).
    const summary = page.locator(`details:has(${tag}) > summary`);
    if (inView && (await summary.count())) await summary.first().click();
    const defined = await page
      .waitForFunction((t) => Boolean(customElements.get(t)), tag, { timeout: inView ? 15_000 : 5_000, polling: 50 })
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
    return { cls: sessionCls(shifts), total: shifts.reduce((n, s) => n + s.value, 0), shifts: shifts.length, height, sources: [...new Set(shifts.flatMap((s) => s.sources))] };
  } finally {
    await context.close();
  }
}

/** What moved, e.g. " (moved: section, footer.site-footer)". */
const moved = (results) => {
  const sources = [...new Set(results.flatMap((r) => r.sources))];
  return sources.length ? ` (moved: ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? ', ...' : ''})` : '';
};

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
        for (let i = 0; i < RUNS; i++) shipped.push(await measure(browser, server.origin, html, tag));
        const height = Math.ceil(median(shipped.map((r) => r.height)));
        const atTop = [];
        // At the top of the page: a widget that loads only near the viewport (the profile form) is not loaded there.
        for (let i = 0; i < Math.min(RUNS, 3); i++) atTop.push(await measureOnce(browser, server.origin, html, tag, undefined, { inView: false }).catch(() => ({ cls: NaN })));
        const none = [];
        const reserved = [];
        for (let i = 0; i < RUNS; i++) {
          none.push(await measure(browser, server.origin, html, tag, `${tag}{--coprod-skeleton-height:0 !important;min-height:0 !important}`));
          reserved.push(await measure(browser, server.origin, html, tag, `${tag}{display:block;min-height:${height}px}`));
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
            note: `${note}; ${results.filter((r) => r.cls > 0).length}/${results.length} loads shifted, mean ${(results.reduce((n, r) => n + r.cls, 0) / results.length).toFixed(3)}${moved(results)}; final height ${Math.round(median(results.map((r) => r.height)))} px`,
            samples: results.map((r) => r.cls),
            sources: [...new Set(results.flatMap((r) => r.sources))],
          });
        };
        rows.push(describe('no reserved height', none, 'skeleton height 0, no min-height'));
        rows.push(describe('own skeleton (as shipped)', shipped, `demo page as it is; at the top of the page ${median(atTop.map((r) => r.cls))?.toFixed(3) ?? 'not loaded (loads near the viewport)'}`));
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
