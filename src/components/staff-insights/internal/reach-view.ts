/**
 * "Who is taking part" (issue 17): staff's counts from GET /equality-reach, per question, beside
 * the council's figures for its area. The table is the data (hidden counts said in words); the
 * SVG beside it draws the same shares and is hidden from assistive tech. Solid bars are the
 * people taking part, outlined bars the area: told apart by shape, not colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CouncilQuestion, EqualityReach } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { answerInWords, councilAnswerInWords, councilWords } from '../../../shared/equality/equality-words.js';
import { tableCaption } from '../../../shared/evaluation/charts.js';

type Say = (key: string, ...args: unknown[]) => string;
/** A question's counts as drawn: the census ones, or the council's own (no area figure: null). */
type Drawn = { answers: { answer: string; count: number | null; percent: number | null; referencePercent?: number | null }[] };
type Name = (answer: string) => string;

const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '' : `${value}%`);

/** One bar, as wide as its share of the row: stretched, its outline kept one pixel thick. */
const bar = (share: number, kind: string): TemplateResult =>
  html`<svg class="reach-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect x="0" y="0" width=${Math.max(0.5, share)} height="10" class=${kind} vector-effect="non-scaling-stroke"></rect></svg>`;

/**
 * The picture: each answer's words in the page's own text (they wrap, at a readable size, as an
 * SVG's text could not: at 320 px it was 6 px high), then its bars and the share.
 */
function chart(t: Say, q: Drawn, name: Name): TemplateResult {
  const rows = q.answers.filter((a) => a.answer !== 'prefer_not_to_say' || a.count !== null);
  return html`<ul class="reach-bars" aria-hidden="true">
    ${rows.map(
      (a) => html`<li>
        ${name(a.answer)}
        <span class="reach-line">${a.percent !== null ? html`${bar(a.percent, 'reach-people')}<span>${percent(a.percent)}</span>` : t('reachHiddenShort')}</span>
        ${a.referencePercent != null ? html`<span class="reach-line">${bar(a.referencePercent, 'reach-area')}<span></span></span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

function table(t: Say, q: Drawn, name: Name, key: string, title: string): TemplateResult {
  return html`${tableCaption(`reach-caption-${key}`, title)}
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="reach-caption-${key}">
    <table part="table" aria-labelledby="reach-caption-${key}">
      <thead>
        <tr>
          <th scope="col">${t('reachAnswer')}</th>
          <th scope="col">${t('reachPeople')}</th>
          <th scope="col">${t('reachShare')}</th>
          <th scope="col">${t('reachArea')}</th>
        </tr>
      </thead>
      <tbody>
        ${q.answers.map(
          (a) => html`<tr>
            <th scope="row">${name(a.answer)}</th>
            ${a.count === null ? html`<td class="hidden-count" colspan="2" data-hidden>${t('reachHidden')}</td>` : html`<td>${a.count}</td><td>${percent(a.percent)}</td>`}
            <td>${a.referencePercent == null ? t('reachNotGiven') : percent(a.referencePercent)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The section: what the figures are, when they were counted, and each question's chart and table. */
export function reachView(t: Say, reach: EqualityReach, locale: Locale, level: number, council: readonly CouncilQuestion[] = [], readingLevel: ReadingLevel = 'standard'): TemplateResult {
  const figure = (key: string, title: string, q: Drawn, name: Name) => html`<figure class="chart" part="chart" data-question=${key}>
    ${heading(level + 1, title)}
    <div class="chart-and-table">${chart(t, q, name)} ${table(t, q, name, key, title)}</div>
  </figure>`;
  const none = reach.answered === null;
  return html`<section class="part" part="reach" aria-labelledby="reach-title" data-reach>
    ${heading(level, t('reachTitle'), { id: 'reach-title' })}
    <p>${t('reachIntro')}</p>
    ${reach.publishedAt ? html`<p class="subtle" data-published>${t('reachPublished', formatDate(locale, reach.publishedAt))}</p>` : nothing}
    ${reach.trainingWanted === undefined ? nothing : html`<p data-training>${reach.trainingWanted === null ? t('reachTrainingFew') : t('reachTraining', String(reach.trainingWanted))}</p>`}
    ${none
      ? html`<p class="panel notice" part="reach-none">${t('reachNone')}</p>`
      : html`<p>${t('reachAnswered', String(reach.answered), reach.profiles === null ? '?' : String(reach.profiles))}</p>
          <ul class="legend" aria-hidden="true">
            <li><svg width="24" height="12" viewBox="0 0 24 12"><rect width="24" height="12" class="reach-people"></rect></svg> ${t('reachLegendPeople')}</li>
            <li><svg width="24" height="12" viewBox="0 0 24 12"><rect x="0.75" y="2" width="22.5" height="8" class="reach-area"></rect></svg> ${t('reachLegendArea')}</li>
          </ul>
          ${reach.referenceSource ? html`<p data-reference-source>${t('reachSource', reach.referenceSource)}</p>` : nothing}
          ${reach.questions.map((q) => figure(q.question, t(`q_${q.question}`), q, (answer) => answerInWords(q.question, answer, locale)))}
          ${(reach.council ?? []).map((c) => {
            const q = council.find((x) => x.id === c.question);
            return q ? figure(`council-${q.id}`, councilWords(q.text, locale, readingLevel), c, (answer) => councilAnswerInWords(q, answer, locale, readingLevel)) : nothing;
          })}`}
  </section>`;
}
