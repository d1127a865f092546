/**
 * The involvement record once the person opens it (issue 16): the period they choose, the
 * sheet, printing it alone and the downloads. Loaded on first use with its words (pay-part.ts
 * imports it when the person opens the record), so the page's bundle does not carry it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InvolvementRecord } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { formatDate, translator } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { printAlone } from '../../../core/print-alone.js';
import { downloadIcon, printIcon } from '../../../core/icons-more.js';
import { recordCsv } from '../../../api/record-csv.js';
import { recordFor, recordIn, taxYear, taxYears, ukDay, type Period } from '../../../api/record-period.js';
import { sheetView } from './record-view.js';
import { recordMessages } from './record.messages.js';

/** What the person chose: everything, a tax year (by the year it starts), or their own dates. */
export type Choice = { kind: 'all' } | { kind: 'tax'; year: number } | { kind: 'dates'; from: string; to: string };

export interface RecordPartView {
  host: HTMLElement;
  record: InvolvementRecord;
  choice: Choice;
  /** The next choice from the current one (two changes may come before a render). */
  choose: (next: (current: Choice) => Choice) => void;
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** Said aloud when a download fails. */
  failed: () => void;
}

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function recordPart(o: RecordPartView): TemplateResult {
  const { record, choice } = o;
  const t = translator(recordMessages, o.locale, o.readingLevel);
  const today = ukDay(record.generatedAt);
  const years = taxYears(record, today);
  const date = (day: string) => formatDate(o.locale, day);
  const yearWords = (year: number) => t('taxYear', date(taxYear(year).from!), date(taxYear(year).to!));
  let period: Period = { from: null, to: null };
  let words = t('sheetFor', t('sheetAll'));
  if (choice.kind === 'tax') [period, words] = [taxYear(choice.year), yearWords(choice.year)];
  if (choice.kind === 'dates') [period, words] = [{ from: choice.from || null, to: choice.to || null }, t('sheetFor', t('sheetDates', choice.from ? date(choice.from) : '…', choice.to ? date(choice.to) : '…'))];
  const backwards = choice.kind === 'dates' && !!choice.from && !!choice.to && choice.from > choice.to;
  const onPeriod = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    o.choose(() => (value === 'all' ? { kind: 'all' } : value === 'dates' ? { kind: 'dates', from: '', to: '' } : { kind: 'tax', year: Number(value) }));
  };
  const onDate = (key: 'from' | 'to') => (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    o.choose((current) => (current.kind === 'dates' ? { ...current, [key]: value } : current));
  };
  const shown = recordFor(record, period);
  // The downloads hold what the sheet shows: the same period, the same figures, whose record it
  // is. The JSON is what `/me/record?from&to` answers for the period (recordIn).
  const name = `my-involvement-${period.from ?? 'start'}-to-${period.to ?? today}`;
  const download = (format: 'csv' | 'json') => {
    try {
      if (format === 'csv') save(`${name}.csv`, 'text/csv', recordCsv(record, period).replace(/^\uFEFF/, ''));
      else save(`${name}.json`, 'application/json', JSON.stringify(recordIn(record, period), null, 2));
    } catch {
      o.failed();
    }
  };
  return html`<div class="record-period no-print">
      <div class="field">
        <label class="label" for="record-period">${t('period')}</label>
        <p class="hint lines" id="record-period-hint">${t('periodHint')}</p>
        <select class="select" id="record-period" aria-describedby="record-period-hint" @change=${onPeriod}>
          <option value="all" ?selected=${choice.kind === 'all'}>${t('all')}</option>
          <optgroup label=${t('taxYears')}>
            ${years.map((year) => html`<option value=${String(year)} ?selected=${choice.kind === 'tax' && choice.year === year}>${t('yearSpan', date(taxYear(year).from!), date(taxYear(year).to!))}</option>`)}
          </optgroup>
          <option value="dates" ?selected=${choice.kind === 'dates'}>${t('dates')}</option>
        </select>
      </div>
      ${choice.kind === 'dates'
        ? html`<div class="record-dates">
            <div class="field"><label class="label" for="record-from">${t('from')}</label><input class="input" type="date" id="record-from" .value=${choice.from} @change=${onDate('from')} /></div>
            <div class="field"><label class="label" for="record-to">${t('to')}</label><input class="input" type="date" id="record-to" .value=${choice.to} @change=${onDate('to')} /></div>
          </div>`
        : nothing}
      ${backwards ? html`<p class="panel notice lines" role="status" data-record-backwards>${t('backwards')}</p>` : nothing}
    </div>
    ${sheetView({ t, locale: o.locale, readingLevel: o.readingLevel, level: o.level, name: record.name?.trim() || undefined, period: words, generatedAt: record.generatedAt, record: shown })}
    <div class="button-group no-print">
      <button class="button" type="button" data-record-print @click=${() => printAlone(o.host)}>${icon(printIcon)} ${t('print')}</button>
      <button class="button secondary" type="button" data-record-csv @click=${() => download('csv')}>${icon(downloadIcon)} ${t('csv')}</button>
      <button class="button secondary" type="button" data-record-json @click=${() => download('json')}>${t('json')}</button>
    </div>`;
}
