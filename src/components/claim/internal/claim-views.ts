import { html, nothing, type TemplateResult } from 'lit';
import type { Attendance, Claim, MyPay, Payment } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { fieldId, selectField, textField, type FormController } from '../../../core/forms/index.js';
import { fileField } from '../../../core/forms/file-field.js';
import { heading } from '../../../core/heading.js';
import { formatDate, formatPence } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { claimSums, coveredTypes, expensePath, overLimit, patchExpense, type ClaimValues, type ExpenseField, type ExpenseValues } from './claim-values.js';
import { keepWhole } from '../../../core/keep-whole.js';
import { textIn } from '../../../core/text-in.js';

type Say = (key: string, ...args: unknown[]) => string;

export interface ViewContext {
  t: Say;
  locale: Locale;
  level: number;
}

/** The money summary: fees, expenses and the total this claim comes to. */
export function totalsView(c: ViewContext, values: ClaimValues, attendance: readonly Attendance[], payment: Payment | undefined): TemplateResult {
  const sums = claimSums(values, attendance, payment);
  const money = (pence: number) => formatPence(c.locale, pence);
  return html`<section class="totals" aria-labelledby="totals-title" part="totals">
    ${heading(c.level + 1, c.t('totalsTitle'), { id: 'totals-title' })}
    <dl class="facts">
      <dt>${c.t('fees')}</dt>
      <dd data-fees>${money(sums.feesPence)}</dd>
      <dt>${c.t('expenses')}</dt>
      <dd data-expenses>${money(sums.expensesPence)}</dd>
      <dt>${c.t('total')}</dt>
      <dd data-total><strong>${money(sums.totalPence)}</strong></dd>
    </dl>
  </section>`;
}

export interface BenefitsOptions extends ViewContext {
  pay: MyPay;
  values: ClaimValues | undefined;
  attendance: readonly Attendance[];
  limitForm: FormController<{ weekly: string; monthly: string }>;
  limitOpen: boolean;
  limitSaved: boolean;
  onOpenLimit: () => void;
  onSaveLimit: (event: Event) => void;
}

/** "This may affect your benefits": running totals this week and this month against the person's own limit, and the council's advice link. */
export function benefitsView(o: BenefitsOptions): TemplateResult {
  const { t, locale, pay } = o;
  const over = o.values ? overLimit(pay, o.values, o.attendance) : { week: false, month: false, weekPence: pay.totals.weekPence, monthPence: pay.totals.monthPence };
  const { weeklyPence, monthlyPence } = pay.limit;
  const row = (label: string, pence: number, limit: number | null, past: boolean) =>
    html`<dt>${label}</dt>
      <dd>${past ? html`${icon('alert')} ` : nothing}<strong>${formatPence(locale, pence)}</strong>${limit !== null ? html` ${t('ofLimit', limit)}` : nothing}</dd>`;
  const f = o.limitForm;
  return html`<section class="benefits panel notice" aria-labelledby="benefits-title" part="benefits">
    ${heading(o.level + 1, html`${icon('info')} ${t('benefitsTitle')}`, { id: 'benefits-title', className: 'panel-title' })}
    <p class="pre-line">${t('benefitsBody')}</p>
    <dl class="facts">
      ${row(t('thisWeek'), over.weekPence, weeklyPence, over.week)} ${row(t('thisMonth'), over.monthPence, monthlyPence, over.month)}
    </dl>
    ${over.week || over.month
      ? html`<div class="over-limit" role="status" part="over-limit">
          <p><strong>${icon('alert')} ${t('overTitle')}</strong></p>
          ${over.week && weeklyPence !== null ? html`<p class="pre-line">${t('overWeek', over.weekPence, weeklyPence)}</p>` : nothing}
          ${over.month && monthlyPence !== null ? html`<p class="pre-line">${t('overMonth', over.monthPence, monthlyPence)}</p>` : nothing}
          <p class="pre-line">${t('overChoice')}</p>
        </div>`
      : nothing}
    ${weeklyPence === null && monthlyPence === null ? html`<p class="pre-line">${t('noLimit')}</p>` : nothing}
    ${pay.benefitsAdviceUrl ? html`<p><a href=${pay.benefitsAdviceUrl} part="advice-link">${t('adviceLink')}</a></p>` : nothing}
    ${o.limitSaved ? html`<p class="saved" role="status">${icon('check')} ${t('limitSaved')}</p>` : nothing}
    ${o.limitOpen
      ? html`<form class="limit-form" novalidate @submit=${o.onSaveLimit}>
          <fieldset>
            <legend class="label">${t('limitLegend')}</legend>
            <p class="hint">${t('limitHint')}</p>
            ${textField({ id: fieldId('weeklyPence'), label: t('fWeekly'), error: f.error('weeklyPence'), errorPrefix: t('errorPrefix'), value: f.values.weekly, narrow: true, inputmode: 'text', onInput: (weekly) => f.update({ weekly }) })}
            ${textField({ id: fieldId('monthlyPence'), label: t('fMonthly'), error: f.error('monthlyPence'), errorPrefix: t('errorPrefix'), value: f.values.monthly, narrow: true, onInput: (monthly) => f.update({ monthly }) })}
          </fieldset>
          <button class="button secondary" type="submit" aria-disabled=${f.submitting ? 'true' : nothing}>${t('saveLimit')}</button>
        </form>`
      : html`<button class="button secondary" type="button" data-limit @click=${o.onOpenLimit}>${weeklyPence === null && monthlyPence === null ? t('setLimit') : t('changeLimit')}</button>`}
  </section>`;
}

export interface ExpenseRowOptions extends ViewContext {
  form: FormController<ClaimValues>;
  payment: Payment | undefined;
  checking: boolean;
  onReceipt: (index: number, file: File | undefined) => void;
  /** "Remove the receipt" pressed: the host empties it and puts focus back on the file control. */
  onRemoveReceipt: (index: number) => void;
  onRemove: (index: number) => void;
}

/** One expense: what it was for, the miles or the amount, a note and a receipt. */
export function expenseRow(o: ExpenseRowOptions, expense: ExpenseValues, index: number): TemplateResult {
  const { t, form, payment } = o;
  const n = index + 1;
  const prefix = t('errorPrefix');
  const change = (patch: Partial<ExpenseValues>, field: ExpenseField) => patchExpense(form, index, patch, expensePath(index, field));
  const receiptId = fieldId(expensePath(index, 'receipt'));
  const receiptError = form.error(expensePath(index, 'receipt'));
  return html`<fieldset class="expense" data-expense=${index}>
    <legend class="label">${t('expenseLegend', n)}</legend>
    ${selectField({
      id: fieldId(expensePath(index, 'type')),
      label: t('fType'),
      error: form.error(expensePath(index, 'type')),
      errorPrefix: prefix,
      value: expense.type,
      options: [{ value: '', label: t('choose') }, ...coveredTypes(payment).map((type) => ({ value: type, label: t(`type_${type}`) }))],
      onChange: (type) => change({ type: type as ExpenseValues['type'] }, 'type'),
    })}
    ${expense.type === 'mileage'
      ? textField({ id: fieldId(expensePath(index, 'miles')), label: t('fMiles'), hint: t('fMilesHint', payment?.expenses?.mileagePence ?? 0), error: form.error(expensePath(index, 'miles')), errorPrefix: prefix, value: expense.miles, narrow: true, inputmode: 'numeric', onInput: (miles) => change({ miles }, 'miles') })
      : textField({ id: fieldId(expensePath(index, 'amountPence')), label: t('fAmount'), hint: t('fAmountHint'), error: form.error(expensePath(index, 'amountPence')), errorPrefix: prefix, value: expense.amount, narrow: true, onInput: (amount) => change({ amount }, 'amountPence') })}
    ${textField({ id: fieldId(expensePath(index, 'note')), label: t('fExpenseNote'), hint: t('fExpenseNoteHint'), errorPrefix: prefix, value: expense.note, maxlength: 500, onInput: (note) => change({ note }, 'note') })}
    ${fileField({
      id: receiptId,
      label: t('fReceipt'),
      hint: lines(t('fReceiptHint')),
      error: receiptError,
      errorPrefix: prefix,
      accept: 'image/jpeg,image/png,application/pdf',
      t,
      checking: o.checking ? t('receiptChecking') : undefined,
      // Attached: the line, and "Remove the receipt" described by it (focus lands on that button, whose name alone does not say what is attached).
      attached: expense.receiptId
        ? html`<p class="saved" data-receipt id="${receiptId}-attached">${icon('check')} ${t('receiptAttached', expense.receiptName)}</p>
            <button type="button" class="button secondary" data-remove-receipt aria-describedby="${receiptId}-attached" @click=${() => o.onRemoveReceipt(index)}>${t('removeReceipt')}</button>`
        : undefined,
      onFile: (file) => o.onReceipt(index, file),
    })}
    <button type="button" class="button secondary" data-remove-expense @click=${() => o.onRemove(index)}>${t('removeExpense', n)}</button>
  </fieldset>`;
}

/** A claim past the council's target: said plainly, with an apology and who to ask. */
function overdueView(c: ViewContext, claim: Claim, contact: string | null): TemplateResult {
  return html`<div class="panel error overdue-claim" part="overdue" data-overdue>
    <p><strong>${icon('alert')} ${c.t('overdueTitle', formatDate(c.locale, claim.dueBy))}</strong></p>
    <p class="pre-line">${c.t('overdueSorry')}</p>
    <p class="pre-line">${contact ? c.t('overdueContact', keepWhole(contact), claim.reference) : c.t('overdueNoContact', claim.reference)}</p>
  </div>`;
}

/** The person's claims, newest first, each with where it has got to; one past its target day says so first. */
export function claimsList(c: ViewContext, claims: readonly Claim[], answer: (claim: Claim) => TemplateResult | typeof nothing, contact: string | null = null): TemplateResult {
  return html`<section aria-labelledby="claims-title" part="claims">
    ${heading(c.level + 1, c.t('yourClaims'), { id: 'claims-title' })}
    ${claims.length === 0
      ? html`<p>${c.t('noClaims')}</p>`
      : html`<ol class="items">
          ${claims.map((claim) => {
            const title = textIn(c.locale, claim.opportunityTitle);
            return html`<li class="item claim ${claim.status}" part="claim" data-status=${claim.status} aria-labelledby="claim-${claim.id}">
              ${heading(c.level + 2, html`<span id="claim-${claim.id}"><span lang=${title.lang}>${title.text}</span> (${claim.reference})</span>`)}
              <p><span class="tag">${icon(claim.status === 'paid' ? 'check' : claim.status === 'queried' ? 'chat' : claim.status === 'refused' ? 'cross' : 'clock')} ${c.t(`status_${claim.status}`)}</span></p>
              <dl class="facts">
                <dt>${c.t('total')}</dt>
                <dd>${formatPence(c.locale, claim.totalPence)} (${c.t('fees')} ${formatPence(c.locale, claim.feesPence)}, ${c.t('expenses')} ${formatPence(c.locale, claim.expensesPence)})</dd>
                <dt>${c.t('sentLabel')}</dt>
                <dd>${formatDate(c.locale, claim.submittedAt)}</dd>
              </dl>
              ${claim.status === 'paid' && claim.paidOn ? html`<p><strong>${c.t('paidOn', formatDate(c.locale, claim.paidOn))}</strong></p>` : nothing}
              ${claim.overdue
                ? overdueView(c, claim, contact)
                : claim.status === 'submitted' || claim.status === 'approved'
                  ? html`<p class="subtle">${c.t('dueBy', formatDate(c.locale, claim.dueBy))}</p>`
                  : nothing}
              ${claim.status === 'refused' && claim.refusedReason ? html`<p><strong>${c.t('refusedWhy')}:</strong> ${claim.refusedReason}</p>` : nothing}
              ${claim.conversation.length
                ? html`<dl class="conversation">
                    ${claim.conversation.map((m) => html`<dt>${m.from === 'staff' ? c.t('staffSaid') : c.t('youSaid')}, ${formatDate(c.locale, m.at)}</dt><dd class="pre-line">${m.text}</dd>`)}
                  </dl>`
                : nothing}
              ${claim.status === 'queried' ? answer(claim) : nothing}
            </li>`;
          })}
        </ol>`}
  </section>`;
}
