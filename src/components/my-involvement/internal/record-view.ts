/**
 * The printable involvement record (issue 16): the sheet for one period, worded for the reader.
 * Activities are a small table each (date, time taking part, preparation); each claim is a
 * short list (sent, fees, expenses, total, status, paid on), so nothing scrolls sideways at
 * 320 px; totals close the sheet. On paper only the sheet prints (see pay-part.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RecordClaim, RecordFeedback } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { feedbackStatusLabel } from '../../../core/feedback-status-words.js';
import { formatDate, formatPence, type Translate } from '../../../core/i18n.js';
import type { PeriodRecord } from '../../../api/record-period.js';
import type { recordMessages } from './record.messages.js';
import { textIn, updateIn, writtenIn } from '../../../core/text-in.js';

export type RecordWords = Translate<(typeof recordMessages)['en-GB']>;

export interface SheetView {
  t: RecordWords;
  locale: Locale;
  readingLevel: ReadingLevel;
  level: number;
  /** Whose record it is, as they gave their name (their own page, printed by them). */
  name?: string | undefined;
  /** The period in words ("Tax year: 6 April 2026 to 5 April 2027", "For: everything we hold"). */
  period: string;
  generatedAt: string;
  record: PeriodRecord;
}

/** A title in the reader's language, marked English where a Welsh reader's council wrote no Welsh. */
function title(locale: Locale, text: { en: string; cy?: string | null }): TemplateResult {
  const shown = textIn(locale, text);
  return html`<span lang=${shown.lang}>${shown.text}</span>`;
}

function claimView(v: SheetView, claim: RecordClaim): TemplateResult {
  const { t, locale } = v;
  const money = (pence: number) => formatPence(locale, pence);
  return html`<li class="sheet-claim" data-record-claim=${claim.reference}>
    <p class="sheet-claim-title"><strong>${claim.reference}</strong> ${title(locale, claim.opportunityTitle)}</p>
    <dl class="sheet-figures">
      <div><dt>${t('colSent')}</dt><dd>${formatDate(locale, claim.submittedAt)}</dd></div>
      <div><dt>${t('colFees')}</dt><dd>${money(claim.feesPence)} ${claim.paymentChoice === 'bank_transfer' ? nothing : html`<span class="meta sheet-choice">${t(`choice_${claim.paymentChoice}`)}</span>`}</dd></div>
      <div><dt>${t('colExpenses')}</dt><dd>${money(claim.expensesPence)}</dd></div>
      <div><dt>${t('colTotal')}</dt><dd><strong>${money(claim.totalPence)}</strong></dd></div>
      <div><dt>${t('colStatus')}</dt><dd data-record-status>${t(`status_${claim.status}`)}</dd></div>
      <div><dt>${t('colPaid')}</dt><dd>${claim.paidOn ? formatDate(locale, claim.paidOn) : t('notPaid')}</dd></div>
    </dl>
  </li>`;
}

/** What came of it, as the board shows a reply: its Welsh version to a Welsh reader, else marked with its own language (core/text-in.ts). */
function outcomeIn(locale: Locale, f: RecordFeedback, outcome: string): TemplateResult {
  const shown = updateIn(locale, { text: outcome, language: f.outcomeLanguage ?? 'en-GB', ...(f.outcomeTranslations ? { translations: f.outcomeTranslations } : {}) });
  return html`<dd lang=${shown.lang}>${shown.text}</dd>`;
}

function feedbackView(v: SheetView, f: RecordFeedback): TemplateResult {
  const { t, locale } = v;
  return html`<li class="sheet-claim" data-record-feedback=${f.reference}>
    <p class="sheet-claim-title"><strong>${f.reference}</strong> <span lang=${writtenIn(f)}>${f.text}</span></p>
    <dl class="sheet-figures">
      <div><dt>${t('colGiven')}</dt><dd>${formatDate(locale, f.givenAt)}</dd></div>
      <div><dt>${t('colStatus')}</dt><dd>${feedbackStatusLabel(f.status, locale, v.readingLevel)}</dd></div>
      <div><dt>${t('colOutcome')}</dt>${f.outcome ? outcomeIn(locale, f, f.outcome) : html`<dd>${t('noOutcome')}</dd>`}</div>
    </dl>
  </li>`;
}

export function sheetView(v: SheetView): TemplateResult {
  const { t, locale, level, record } = v;
  const time = (minutes: number) => t('time', minutes);
  const money = (pence: number) => formatPence(locale, pence);
  // In the sessions table's narrow first column a date may stack a word a line ("4 / February / 2026"):
  // with its day held to its month, Firefox's table was 8 px too wide at 320 px.
  const day = (at: string) => formatDate(locale, at).replace(/\u00a0/g, ' ');
  const totals = record.totals;
  return html`<article class="sheet" aria-labelledby="sheet-title" data-record-sheet>
    ${heading(level + 1, t('sheetTitle'), { id: 'sheet-title' })}
    ${v.name ? html`<p class="sheet-name" data-record-name>${t('sheetName', v.name)}</p>` : nothing}
    <p class="sheet-period" data-record-period>${v.period}</p>
    <p class="meta">${t('sheetMade', formatDate(locale, v.generatedAt))}</p>
    ${heading(level + 2, t('activities'))}
    ${record.activities.length
      ? record.activities.map(
          (a) => html`<table class="sheet-table" data-record-activity>
            <caption>
              ${title(locale, a.title)}${a.roles.length ? html`<span class="meta"> (${t('role', a.roles.join(', '))})</span>` : nothing}
            </caption>
            <thead>
              <tr><th scope="col">${t('colDate')}</th><th scope="col">${t('colTime')}</th><th scope="col">${t('colPrep')}</th></tr>
            </thead>
            <tbody>
              ${a.sessions.map((s) => html`<tr><td>${day(s.sessionStart)}</td><td>${s.activityMinutes ? time(s.activityMinutes) : html`<span data-prep-only>${t('prepOnly')}</span>`}</td><td>${time(s.prepMinutes)}</td></tr>`)}
            </tbody>
          </table>`,
        )
      : html`<p class="none">${t('noActivities')}</p>`}
    ${heading(level + 2, t('claims'))}
    ${record.claims.length ? html`<ul class="sheet-claims">${record.claims.map((c) => claimView(v, c))}</ul>` : html`<p class="none">${t('noClaims')}</p>`}
    ${heading(level + 2, t('feedback'))}
    ${record.feedback.length ? html`<ul class="sheet-claims">${record.feedback.map((f) => feedbackView(v, f))}</ul>` : html`<p class="none">${t('noFeedback')}</p>`}
    ${heading(level + 2, t('totals'))}
    <dl class="sheet-totals" data-record-totals>
      <div><dt>${t('totalTime')}</dt><dd>${time(totals.activityMinutes)}</dd></div>
      <div><dt>${t('totalPrep')}</dt><dd>${time(totals.prepMinutes)}</dd></div>
      <div><dt>${t('totalClaimed')}</dt><dd>${money(totals.claimedPence)}</dd></div>
      <div><dt>${t('totalFees')}</dt><dd data-total="fees">${money(totals.paidFeesPence)}</dd></div>
      <div><dt>${t('totalExpenses')}</dt><dd data-total="expenses">${money(totals.paidExpensesPence)}</dd></div>
      <div><dt>${t('totalPaid')}</dt><dd data-total="paid"><strong>${money(totals.paidPence)}</strong></dd></div>
    </dl>
    <p class="meta lines">${t('totalsNote')}</p>
  </article>`;
}
