import { html, nothing, type TemplateResult } from 'lit';
import type { Claim } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { dateField, type DateTranslate } from '../../../core/forms/date-field.js';
import { textField } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate, formatPence } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { textIn } from '../../../core/text-in.js';

type Say = (key: string, ...args: unknown[]) => string;
export type Action = 'approve' | 'query' | 'refuse' | 'pay';

export interface RowState {
  text: string;
  paidOn: string;
  error?: { field: 'text' | 'paidOn'; message: string };
  result?: { ok: boolean; message: string };
  /** Someone else changed the claim since the queue loaded (a 412): what was typed stays; the newer version can be loaded. */
  stale?: boolean;
}

export interface QueueOptions {
  t: Say;
  locale: Locale;
  level: number;
  row: (claim: Claim) => RowState;
  busy: (claim: Claim, action: Action) => 'true' | typeof nothing;
  onChange: (claim: Claim, patch: Partial<RowState>) => void;
  onAct: (claim: Claim, action: Action) => void;
  /** Loads the claim as it is now, keeping what was typed (after a 412). */
  onLoadNewer: (claim: Claim) => void;
  /** Who keeps the half-typed "paid on" dates (the element). */
  scope: object;
}

const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-');

/** One claim in the queue: who, what for, each line with its receipt, and the steps open to it. */
export function claimCard(o: QueueOptions, claim: Claim): TemplateResult {
  const { t, locale } = o;
  const id = safeId(claim.id);
  const row = o.row(claim);
  const title = textIn(locale, claim.opportunityTitle);
  const money = (pence: number) => formatPence(locale, pence);
  const button = (action: Action, label: string, secondary = true) =>
    html`<button type="button" class="button ${secondary ? 'secondary' : ''}" data-action=${action} aria-disabled=${o.busy(claim, action)} @click=${() => o.onAct(claim, action)}>
      ${label}<span class="visually-hidden"> (${claim.name}, ${claim.reference})</span>
    </button>`;
  const open = claim.status === 'submitted' || claim.status === 'queried';
  return html`<li class="item ${claim.overdue ? 'attention' : ''}" part="claim" data-claim=${claim.reference} data-status=${claim.status} aria-labelledby="c-${id}">
    ${heading(o.level, html`<span id="c-${id}">${claim.name}: ${money(claim.totalPence)}</span>`)}
    <p>
      <span class="tag">${t(`status_${claim.status}`)}</span>
      ${claim.overdue ? html`<span class="overdue">${icon('alert')} ${t('overdue', formatDate(locale, claim.dueBy))}</span>` : html`<span class="subtle">${t('dueBy', formatDate(locale, claim.dueBy))}</span>`}
    </p>
    <dl class="facts">
      <dt>${t('activity')}</dt>
      <dd lang=${title.lang}>${title.text}</dd>
      <dt>${t('reference')}</dt>
      <dd>${claim.reference}</dd>
      <dt>${t('received')}</dt>
      <dd>${formatDate(locale, claim.submittedAt)}</dd>
      <dt>${t('choice')}</dt>
      <dd>${t(`choice_${claim.paymentChoice}`)}</dd>
      <dt>${t('costCode')}</dt>
      <dd>${claim.costCode ?? '-'}</dd>
    </dl>
    <ul class="lines-list">
      ${claim.fees.map((fee) => html`<li>${t('feeLine', formatDate(locale, fee.sessionStart), fee.activityMinutes, fee.prepMinutes, fee.amountPence)}</li>`)}
      ${claim.expenses.map(
        (e) => html`<li>
          ${t('expenseLine', t(`type_${e.type}`), [e.miles ? t('miles', e.miles) : '', e.note ?? ''].filter(Boolean).join(', '), e.amountPence)}
          ${e.receipt ? html`<span class="tag">${icon('check')} ${t('receipt')}</span>` : nothing}
        </li>`,
      )}
      <li><strong>${t('total')}: ${money(claim.totalPence)}</strong></li>
    </ul>
    ${claim.conversation.length ? html`<dl class="facts">${claim.conversation.map((m) => html`<dt>${formatDate(locale, m.at)}</dt><dd>${m.text}</dd>`)}</dl>` : nothing}
    ${open
      ? html`<div class="actions">
          ${claim.status === 'submitted' ? button('approve', t('approve'), false) : nothing}
          ${textField({ id: `text-${id}`, label: html`${t('fText')}<span class="visually-hidden"> (${claim.name})</span>`, hint: t('fTextHint'), error: row.error?.field === 'text' ? row.error.message : undefined, errorPrefix: t('errorPrefix'), value: row.text, multiline: true, rows: 2, maxlength: 2000, onInput: (text) => o.onChange(claim, { text }) })}
          <div class="button-group">${claim.status === 'submitted' ? button('query', t('askQuestion')) : nothing} ${button('refuse', t('refuse'))}</div>
        </div>`
      : nothing}
    ${claim.status === 'approved'
      ? html`<div class="actions">
          ${dateField({
            id: `paid-${id}`,
            legend: html`${t('fPaidOn')}<span class="visually-hidden"> (${claim.name})</span>`,
            error: row.error?.field === 'paidOn' ? row.error.message : undefined,
            value: row.paidOn,
            onInput: (paidOn) => o.onChange(claim, { paidOn }),
            scope: o.scope,
            t: t as unknown as DateTranslate,
          })}
          ${button('pay', t('markPaid'), false)}
        </div>`
      : nothing}
    <p class="row-result" role=${row.result && !row.result.ok ? 'alert' : nothing}>
      ${row.result ? html`<span class=${row.result.ok ? 'saved' : 'inline-error'}>${icon(row.result.ok ? 'check' : 'alert')} ${row.result.message}</span>` : nothing}
    </p>
    ${row.stale
      ? html`<button type="button" class="button secondary" data-load-newer @click=${() => o.onLoadNewer(claim)}>
          ${t('loadNewer')}<span class="visually-hidden"> (${claim.name}, ${claim.reference})</span>
        </button>`
      : nothing}
  </li>`;
}
