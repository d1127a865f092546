/**
 * The results as bar charts drawn from Lit templates, each with the same figures in a real
 * table beside it (the table is the data; the chart has a title and a description and is one
 * image to assistive tech). Each bar has its name in words above it (beside it where there is
 * room), in the page's own text, so a name is never cut or shrunk to fit. Every answer has a
 * pattern as well as a colour, so the chart reads in forced colours and in greyscale. Hidden
 * counts (`null`) are left out of the bars and say "hidden" in the table; a chart with nothing
 * to draw (every count hidden or none) says so in words instead of an empty frame.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EvaluationGroup, LadderRung } from '../../api/types.js';
import { AGREEMENTS } from '../../api/rules.js';
import { heading } from '../../core/heading.js';
import { withEnglish } from '../../core/in-english.js';

export type Say = (key: string, ...args: unknown[]) => string;

export interface ChartContext {
  t: Say;
  level: number;
  /** Unique per group on the page, for ids. */
  key: string;
  /** The group's name, for the chart's description and the table's name: each English title marked (src/core/in-english.ts markedIn), drawn lang="en-GB" here. */
  name: string;
  felt: (rung: LadderRung) => string;
}

/** A bar's name and its marks (SVG rects, x and width in percent of the bar's track). */
interface BarRow {
  label: string;
  marks: unknown[];
  promised?: boolean;
  /** The bar's count in words, after its end (`at`, percent of the track): "0" for none, "hidden" for a hidden count. */
  count?: { text: string; at: number };
}

/** Patterns, one per answer: fill colour from CSS, a different mark on each. Drawn once per widget. */
export function patternDefs(): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">${patterns()}</svg>`;
}

function patterns(): SVGTemplateResult {
  const marks = ['M0,8 L8,0', '', 'M0,4 L8,4', 'M4,0 L4,8', '', 'M0,0 L8,8'];
  return svg`<defs>
    ${AGREEMENTS.map(
      (a, i) => svg`<pattern id="p-${a}" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-${a}"></rect>
        ${marks[i] ? svg`<path d=${marks[i]} class="mark"></path>` : i === 4 ? svg`<circle cx="4" cy="4" r="1.5" class="dot"></circle>` : nothing}
      </pattern>`,
    )}
  </defs>`;
}

function cell(t: Say, value: number | null): string {
  return value === null ? t('hidden') : String(value);
}

/** Whether no row has a bar to draw: every count hidden or none. */
const nothingToDraw = (rows: readonly BarRow[]): boolean => rows.every((row) => row.marks.every((mark) => mark === nothing));

/**
 * The chart: one image to assistive tech, named by its title and described (ids `<id>-title`,
 * `<id>-desc`), a row per bar with its name; or, with no bar to draw, a sentence that says so.
 */
function barsImage(id: string, title: string, desc: string | TemplateResult, rows: readonly BarRow[], none: string): TemplateResult {
  if (nothingToDraw(rows)) return html`<p class="no-bars" data-no-bars>${none}</p>`;
  return html`<div class="bars" role="img" aria-labelledby="${id}-title ${id}-desc">
    <span id="${id}-title" hidden>${title}</span><span id="${id}-desc" hidden>${desc}</span>
    ${rows.map(
      (row) => html`<div class="bar-row${row.promised ? ' promised' : ''}" aria-hidden="true">
        <span class="bar-label">${row.label}</span><svg class="bar-track" focusable="false">${row.marks}${row.count ? svg`<text class="bar-count" x="${row.count.at}%" dx="0.3em" y="50%" dominant-baseline="central">${row.count.text}</text>` : nothing}</svg>
      </div>`,
    )}
  </div>`;
}

/** A bar from `from` to `from + width` percent of its track. */
const bar = (from: number, width: number, fill: string): SVGTemplateResult =>
  svg`<rect x="${from}%" y="0" width="${width}%" height="100%" fill="url(#p-${fill})" class="bar"></rect>`;

/**
 * A table's name, above its scrolling region rather than a <caption> inside it: a caption is as
 * wide as its table, so at 320 px it scrolled away with it and was cut at the edge (review
 * SHOULD 12). This one wraps in the page's width; the region and the table are named by it.
 */
export const tableCaption = (id: string, text: string | TemplateResult): TemplateResult => html`<p class="table-caption" id=${id}>${text}</p>`;

/**
 * A table's name: the chart's title, then whose answers in brackets. Joined with a comma it read as one odd sentence
 * ("How it felt, and what we promised, Help us write…": two commas, a title capitalised mid-sentence; session 22).
 */
const named = (title: string, group: string) => withEnglish(`${title} (${group})`);

/** The same figures as a real table, in a region that scrolls on its own, named by the words above it. */
function figuresTable(captionId: string, caption: string | TemplateResult, head: TemplateResult, rows: readonly TemplateResult[]): TemplateResult {
  return html`${tableCaption(captionId, caption)}
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby=${captionId}>
    <table part="table" aria-labelledby=${captionId}>
      <thead>
        <tr>${head}</tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** One stacked bar per ingredient, and the table of counts. */
export function ingredientsChart(c: ChartContext, group: EvaluationGroup): TemplateResult {
  const { t } = c;
  const total = Math.max(1, group.respondents);
  const rows = group.ingredients.map((row): BarRow => {
    let x = 0;
    const marks = AGREEMENTS.map((a) => {
      const n = row.counts[a];
      if (!n) return nothing;
      const w = (n / total) * 100;
      x += w;
      return bar(x - w, w, a);
    });
    return { label: t(`i_${row.ingredient}`), marks };
  });
  return html`<figure class="chart" part="chart">
    ${heading(c.level, t('ingredientsTitle'))}
    <div class="chart-and-table">
      ${barsImage(`ing-${c.key}`, t('ingredientsTitle'), withEnglish(t('ingredientsDesc', c.name)), rows, t('noBars'))}
      <ul class="legend" aria-hidden="true" ?hidden=${nothingToDraw(rows)}>
        ${AGREEMENTS.map((a) => html`<li><svg width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16" fill="url(#p-${a})" class="swatch"></rect></svg>${t(`a_${a}`)}</li>`)}
      </ul>
      ${figuresTable(
        `ing-caption-${c.key}`,
        named(t('ingredientsTitle'), c.name),
        html`<th scope="col">${t('ingredient')}</th>
          ${AGREEMENTS.map((a) => html`<th scope="col">${t(`a_${a}`)}</th>`)}`,
        group.ingredients.map(
          (row) => html`<tr>
            <th scope="row">${t(`i_${row.ingredient}`)}</th>
            ${AGREEMENTS.map((a) => html`<td class=${row.counts[a] === null ? 'hidden-count' : ''}>${cell(t, row.counts[a])}</td>`)}
          </tr>`,
        ),
      )}
    </div>
  </figure>`;
}

/**
 * The longest felt bar's share of its track: the rest is room for its count after it (three digits in the track's
 * 10em minimum).
 */
const LONGEST = 80;

/** A bar per rung felt, each with its count after it ("0" for none: not a lone start line), the promised rung marked, and the table. */
export function feltChart(c: ChartContext, group: EvaluationGroup): TemplateResult {
  const { t } = c;
  const max = Math.max(1, ...group.felt.map((f) => f.count ?? 0));
  const width = (count: number) => (count / max) * LONGEST;
  const name = (rung: string) => (rung === 'not_sure' ? t('not_sure') : c.felt(rung as LadderRung));
  return html`<figure class="chart" part="chart">
    ${heading(c.level, t('feltTitle'))}
    ${group.promise ? html`<p>${t('promised', c.felt(group.promise))}</p>` : nothing}
    <div class="chart-and-table">
      ${barsImage(
        `felt-${c.key}`,
        t('feltTitle'),
        withEnglish(t('feltDesc', c.name)),
        group.felt.map((f) => ({
          label: `${name(f.rung)}${f.rung === group.promise ? ` (${t('promisedMark')})` : ''}`,
          marks: [f.count ? bar(0, width(f.count), f.rung === group.promise ? 'strongly_agree' : 'agree') : nothing],
          promised: f.rung === group.promise,
          count: { text: cell(t, f.count), at: width(f.count ?? 0) },
        })),
        t('noBars'),
      )}
      ${figuresTable(
        `felt-caption-${c.key}`,
        named(t('feltTitle'), c.name),
        html`<th scope="col">${t('rung')}</th><th scope="col">${t('people')}</th>`,
        group.felt.map(
          (f) => html`<tr class=${f.rung === group.promise ? 'promised' : ''}>
            <th scope="row">${name(f.rung)}${f.rung === group.promise ? html` (${t('promisedMark')})` : nothing}</th>
            <td class=${f.count === null ? 'hidden-count' : ''}>${cell(t, f.count)}</td>
          </tr>`,
        ),
      )}
    </div>
  </figure>`;
}

/** Every figure of every group as CSV rows (hidden counts left empty, marked hidden). */
export function figuresRows(t: Say, groups: readonly { name: string; group: EvaluationGroup }[], felt: (rung: LadderRung) => string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[t('csvGroup'), t('csvQuestion'), t('csvAnswer'), t('csvCount')]];
  for (const { name, group } of groups) {
    for (const row of group.ingredients) for (const a of AGREEMENTS) rows.push([name, t(`i_${row.ingredient}`), t(`a_${a}`), row.counts[a] ?? t('hidden')]);
    for (const f of group.felt) rows.push([name, t('feltTitle'), f.rung === 'not_sure' ? t('not_sure') : felt(f.rung), f.count ?? t('hidden')]);
  }
  return rows;
}
