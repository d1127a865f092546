/**
 * Lighthouse 12.2.3 (exact pin) on the council demo page as a new reader would load it, under
 * Lighthouse's default mobile settings (a mid-range phone, simulated slow 4G, 4x CPU slowdown),
 * against Debian's Chromium (CHROME_PATH; never a downloaded browser). The page comes from the
 * reference server (server/src/main.ts: demo pages, /widgets/ bundles, the API, compressed).
 * The same audit on the same page with the list and the board rendered by the server (/council-ssr.html).
 * Figures: performance, accessibility, best practices and SEO scores; LCP, TBT, CLS; bytes
 * of JavaScript sent, and the unused-JavaScript and text-compression savings Lighthouse finds.
 */
import { loadavg } from 'node:os';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';
import { startServer } from '../lib/server-process.mjs';
import { median, ms, row, unavailable } from '../lib/stats.mjs';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const PAGES = [
  { path: '/index.html', label: 'council page' },
  // The same page with the list and the board rendered by the server (server/src/embed/: the
  // embeds included as a CMS would, declarative shadow DOM the elements hydrate).
  { path: '/council-ssr.html', label: 'council page, server-rendered' },
];

const FIGURES = [
  { key: 'performance', label: 'performance score', category: true },
  { key: 'accessibility', label: 'accessibility score', category: true },
  { key: 'best-practices', label: 'best practices score', category: true },
  { key: 'seo', label: 'SEO score', category: true },
  { key: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { key: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { key: 'cumulative-layout-shift', label: 'CLS', unit: 'CLS' },
  { key: 'unused-javascript', label: 'unused JavaScript (savings)', unit: 'bytes', savings: true },
  { key: 'uses-text-compression', label: 'text compression (savings)', unit: 'bytes', savings: true },
];

async function audit(lighthouse, launch, url) {
  const chrome = await launch({ chromePath: browserPaths().chromium, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function valueOf(lhr, figure) {
  if (figure.category) return Math.round((lhr.categories[figure.key]?.score ?? NaN) * 100);
  const a = lhr.audits[figure.key];
  if (!a) return NaN;
  if (figure.savings) return a.details?.overallSavingsBytes ?? 0;
  return a.numericValue;
}

const display = (figure, value) =>
  figure.category ? String(value)
  : figure.unit === 'ms' ? ms(value)
  : figure.unit === 'bytes' ? `${(value / 1024).toFixed(1)} KiB`
  : value.toFixed(3);

export async function lighthouseRows(log = () => {}) {
  let lighthouse;
  let launch;
  try {
    ({ default: lighthouse } = await import('lighthouse'));
    ({ launch } = await import('chrome-launcher'));
  } catch (error) {
    return [unavailable('lighthouse', '(whole part)', `lighthouse 12.2.3 is not installed: ${error.message}`)];
  }
  const server = await startServer({ env: { SEED: 'true' } });
  const rows = [];
  try {
    for (const page of PAGES) {
      const lhrs = [];
      // The 1-minute load average as each run starts: TBT on a shared machine moves with it, so each
      // run's figure is printed with its own load beside it.
      const loads = [];
      for (let i = 0; i < RUNS; i++) {
        loads.push(loadavg()[0]);
        log(`lighthouse: ${page.label} run ${i + 1}/${RUNS} (load average ${loads[i].toFixed(1)})`);
        lhrs.push(await audit(lighthouse, launch, `${server.origin}${page.path}`));
      }
      const js = median(lhrs.map((l) => (l.audits['resource-summary']?.details?.items ?? []).find((item) => item.resourceType === 'script')?.transferSize ?? NaN));
      for (const figure of FIGURES) {
        const samples = lhrs.map((l) => valueOf(l, figure));
        const value = median(samples);
        const each = !figure.savings ? `each run: ${samples.map((v, i) => `${Number.isFinite(v) ? display(figure, v) : 'n/a'} (load ${loads[i].toFixed(1)})`).join(', ')}` : '';
        const about = figure.key === 'performance' && js !== undefined ? `JavaScript transferred ${(js / 1024).toFixed(1)} KiB; mobile, simulated throttling; Lighthouse ${lhrs[0].lighthouseVersion}; load average as each run started beside its figure (TBT grows with it)` : '';
        rows.push(row('lighthouse', `${page.label}: ${figure.label}`, {
          value,
          unit: figure.unit ?? 'score',
          display: value === undefined ? 'n/a' : display(figure, value),
          runs: RUNS,
          samples,
          loads,
          ...(each || about ? { note: [each, about].filter(Boolean).join('; ') } : {}),
        }));
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}
