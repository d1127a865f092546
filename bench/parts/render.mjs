/**
 * In Debian Chromium: data arrival -> rendered cards in <coprod-opportunity-list> for 50
 * and 500 opportunities, against a plain lit-html floor; and a keyword filter over 1,000
 * loaded opportunities. The page side is bench/pages/render.js.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from '../lib/browser.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { median, ms, row, unavailable, withTimeout } from '../lib/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FILTER_WORD = process.env.BENCH_FILTER_WORD ?? 'carers';

/** lit-html's production build as one module, for the baseline page. */
async function litHtmlBundle() {
  const result = await build({
    stdin: { contents: "export { html, svg, render, nothing } from 'lit-html';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function renderRows(log = () => {}) {
  const part = 'render';
  const figures = [
    'data -> 50 cards in DOM',
    'data -> 50 cards painted',
    'data -> 500 loaded, first 50 cards in DOM',
    'data -> 500 loaded, first 50 cards painted',
    `keyword filter over 1,000 (Enter)`,
    `keyword filter over 1,000 (typing, incl. 400 ms pause)`,
    'JS heap after 500 loaded (first 50 cards drawn)',
  ];
  if (!existsSync('dist/elements/coprod-opportunity-list.js')) {
    const why = existsSync('src/components/opportunity-list/coprod-opportunity-list.ts')
      ? 'dist/elements/coprod-opportunity-list.js is missing: run `npm run bench -- --build`'
      : 'the widget is not written yet (src/components/opportunity-list/coprod-opportunity-list.ts)';
    return figures.map((figure) => unavailable(part, figure, why));
  }
  const server = await startStaticServer('.', { '/__bench/lit-html.js': await litHtmlBundle() });
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/bench/pages/render.html`);
    await page.waitForFunction(() => window.benchReady === true || undefined, null, { timeout: 20_000 }).catch(() => {
      throw new Error(`bench page did not start: ${errors.join('; ') || 'no error reported'}`);
    });
    const moduleState = await page.evaluate(() => window.bench.listModule);
    if (moduleState !== true) return figures.map((figure) => unavailable(part, figure, moduleState));
    const call = (name, ...args) => withTimeout(page.evaluate(([n, a]) => window.bench[n](...a), [name, args]), 60_000, `${name}(${args.join(', ')})`);

    for (const n of [50, 500]) {
      // Fifty cards are quick, and quick figures are the noisiest: twice the runs.
      const runs = n <= 50 ? RUNS * 2 : RUNS;
      log(`render ${n} cards x ${runs}`);
      await call('list', n); // warm-up: JIT and style caches, not counted
      await call('baseline', n);
      const widget = [];
      const floor = [];
      for (let i = 0; i < runs; i++) {
        widget.push(await call('list', n));
        floor.push(await call('baseline', n));
      }
      for (const key of ['dom', 'frame']) {
        const value = median(widget.map((r) => r[key]));
        const base = median(floor.map((r) => r[key]));
        rows.push(
          row(part, `data -> ${n <= 50 ? `${n} cards` : `${n} loaded, first 50 cards`} ${key === 'dom' ? 'in DOM' : 'painted'}`, {
            value,
            unit: 'ms',
            display: ms(value),
            runs,
            baseline: 'plain lit-html',
            baselineValue: base,
            ratio: value / base,
            samples: widget.map((r) => r[key]),
            baselineSamples: floor.map((r) => r[key]),
          }),
        );
      }
    }

    log(`keyword filter x ${RUNS}`);
    await call('filter', 1000, FILTER_WORD, 'enter');
    await call('filterBaseline', 1000, FILTER_WORD);
    const enter = [];
    const enterFloor = [];
    for (let i = 0; i < RUNS; i++) {
      enter.push(await call('filter', 1000, FILTER_WORD, 'enter'));
      enterFloor.push(await call('filterBaseline', 1000, FILTER_WORD));
    }
    const typingRuns = Math.min(RUNS, 3);
    const typing = [];
    for (let i = 0; i < typingRuns; i++) typing.push(await call('filter', 1000, FILTER_WORD, 'typing'));
    for (const [label, results, runs, floor] of [
      ['Enter', enter, RUNS, enterFloor],
      ['typing, incl. 400 ms pause', typing, typingRuns, undefined],
    ]) {
      const value = median(results.map((r) => r.frame));
      const base = floor && median(floor.map((r) => r.frame));
      rows.push(
        row(part, `keyword filter over 1,000 (${label})`, {
          value,
          unit: 'ms',
          display: ms(value),
          runs,
          ...(floor
            ? {
                baseline: 'plain lit-html, first 50 of 1,000 -> first 50 matches',
                baselineValue: base,
                ratio: value / base,
                baselineSamples: floor.map((r) => r.frame),
              }
            : {}),
          note: `input event -> the count of ${results[0].matched} matches and their first 50 cards painted ("${FILTER_WORD}"); in DOM ${ms(median(results.map((r) => r.dom)))}`,
          samples: results.map((r) => r.frame),
          domMedian: median(results.map((r) => r.dom)),
        }),
      );
    }
    log('JS heap after 500 loaded (first 50 cards drawn)');
    const heaps = { list: [], baseline: [] };
    for (let i = 0; i < 3; i++) for (const how of ['list', 'baseline']) heaps[how].push(await call('heap', 500, how));
    const [heapValue, heapBase] = [median(heaps.list), median(heaps.baseline)];
    rows.push(
      row(part, 'JS heap after 500 loaded (first 50 cards drawn)', {
        value: heapValue,
        unit: 'bytes',
        display: `${(heapValue / 2 ** 20).toFixed(1)} MB`,
        runs: 3,
        baseline: 'plain lit-html',
        baselineValue: heapBase,
        ratio: heapValue / heapBase,
        note: `usedJSHeapSize after a full GC, the page's seed and adapter included (plain lit-html: ${(heapBase / 2 ** 20).toFixed(1)} MB)`,
      }),
    );
    log('JS heap after 500 cards drawn');
    const drawn = { list: [], baseline: [] };
    for (let i = 0; i < 3; i++) for (const how of ['list', 'baseline']) drawn[how].push(await call('heapDrawn', 500, how));
    const [drawnValue, drawnBase] = [median(drawn.list), median(drawn.baseline)];
    rows.push(
      row(part, 'JS heap after 500 cards drawn ("Show more" x9)', {
        value: drawnValue,
        unit: 'bytes',
        display: `${(drawnValue / 2 ** 20).toFixed(1)} MB`,
        runs: 3,
        baseline: 'plain lit-html',
        baselineValue: drawnBase,
        ratio: drawnValue / drawnBase,
        note: `usedJSHeapSize after a full GC with all 500 cards in the shadow DOM (plain lit-html draws the 500 at once: ${(drawnBase / 2 ** 20).toFixed(1)} MB)`,
      }),
    );
    if (errors.length) log(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
