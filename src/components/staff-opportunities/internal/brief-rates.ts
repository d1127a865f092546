/**
 * The brief's rates, as staff edit them: which costs are paid back (with the mileage rate and
 * the sum for data), whether preparation is paid and how long it takes, vouchers, how soon
 * the council pays and the finance cost code. The pay wording people read is generated from
 * these (`src/shared/pay/`), never typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Payment } from '../../../api/types.js';
import { choiceGroup, fieldId, type FieldErrors } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import type { BriefFields } from './brief-fields.js';

/** Each cost a brief can pay back: the structured ones first, then the older simple ticks. */
export const COSTS = ['mileage', 'tickets', 'taxi', 'care', 'childcare', 'data', 'overnight', 'meals', 'equipment'] as const;
export type Cost = (typeof COSTS)[number];
const COST_KEYS: Record<Cost, string> = {
  mileage: 'costMileage',
  tickets: 'costTickets',
  taxi: 'costTaxi',
  care: 'costCare',
  childcare: 'costChildcare',
  data: 'costData',
  overnight: 'costOvernight',
  meals: 'expMeals',
  equipment: 'expEquipment',
};

export interface RatesValues {
  costs: Cost[];
  /** Pence a mile, as typed. */
  mileagePence: string;
  /** Pounds for data and phone per online session, as typed. */
  dataAmount: string;
  prepPaid: '' | 'yes' | 'no';
  /** Hours of preparation expected per session, as typed ("1", "1.5"). */
  prepHours: string;
  vouchers: boolean;
  payWithin: string;
  costCode: string;
}

export const blankRates = (): RatesValues => ({ costs: [], mileagePence: '', dataAmount: '', prepPaid: '', prepHours: '', vouchers: false, payWithin: '', costCode: '' });

export const RATE_PATHS = [
  'payment.prep.paid',
  'payment.prep.expectedMinutes',
  'payment.expenses',
  'payment.expenses.mileagePence',
  'payment.expenses.dataPence',
  'payment.vouchersOffered',
  'payment.payWithinWorkingDays',
  'payment.costCode',
] as const;

const pounds = (amount: string): number | undefined => {
  const match = /^£?\s*(\d{1,5})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : undefined;
};
const whole = (text: string, min: number, max: number): number | undefined => {
  const value = text.trim();
  return /^\d{1,7}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined;
};
/** Hours as typed to whole minutes: "1.5" is 90. */
const minutesOf = (hours: string): number | undefined => {
  const value = hours.trim();
  if (!/^\d{1,2}(?:\.\d{1,2})?$/.test(value)) return undefined;
  const minutes = Math.round(Number(value) * 60);
  return minutes <= 1440 ? minutes : undefined;
};
const hoursOf = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);
const poundsText = (pence: number): string => (pence / 100).toFixed(pence % 100 ? 2 : 0);

/** The payment fields the rates write, for a brief that is `paid` (or `voucher`) or not. */
export function ratesToPayment(v: RatesValues, paid: boolean): Pick<Payment, 'expensesCovered' | 'prep' | 'expenses' | 'vouchersOffered' | 'payWithinWorkingDays' | 'costCode'> {
  const has = (cost: Cost) => v.costs.includes(cost);
  const mileagePence = has('mileage') ? whole(v.mileagePence, 0, 1000) : undefined;
  const dataPence = has('data') ? pounds(v.dataAmount) : undefined;
  const expenses: NonNullable<Payment['expenses']> = {
    ...(mileagePence !== undefined ? { mileagePence } : {}),
    ...(has('tickets') ? { tickets: true } : {}),
    ...(has('taxi') ? { taxi: true } : {}),
    ...(has('care') ? { care: true } : {}),
    ...(has('childcare') ? { childcare: true } : {}),
    ...(dataPence !== undefined ? { dataPence } : {}),
    ...(has('overnight') ? { overnight: true } : {}),
  };
  const prepMinutes = paid ? minutesOf(v.prepHours) : undefined;
  const prep = paid && v.prepPaid ? { paid: v.prepPaid === 'yes', ...(prepMinutes !== undefined ? { expectedMinutes: prepMinutes } : {}) } : undefined;
  const covered: Payment['expensesCovered'] = [];
  if (has('mileage') || has('tickets')) covered.push('travel');
  if (prep?.paid) covered.push('prep_time');
  if (has('care')) covered.push('care');
  if (has('childcare')) covered.push('childcare');
  if (has('equipment')) covered.push('equipment');
  if (has('data')) covered.push('data');
  if (has('meals')) covered.push('meals');
  const payWithin = whole(v.payWithin, 1, 60);
  return {
    expensesCovered: covered,
    ...(prep ? { prep } : {}),
    ...(Object.keys(expenses).length ? { expenses } : {}),
    ...(paid && v.vouchers ? { vouchersOffered: true } : {}),
    ...(payWithin !== undefined ? { payWithinWorkingDays: payWithin } : {}),
    ...(v.costCode.trim() ? { costCode: v.costCode.trim() } : {}),
  };
}

/** A brief's payment as the rates' answers. A brief from before the structured rates reads its simple ticks. */
export function ratesFrom(p: Payment): RatesValues {
  const e = p.expenses;
  const listed = p.expensesCovered;
  const costs = COSTS.filter((cost) => {
    switch (cost) {
      case 'mileage':
        return e?.mileagePence !== undefined;
      case 'tickets':
        return !!e?.tickets || (!e && listed.includes('travel'));
      case 'data':
        return e?.dataPence !== undefined || listed.includes('data');
      case 'care':
      case 'childcare':
        return !!e?.[cost] || listed.includes(cost);
      case 'taxi':
      case 'overnight':
        return !!e?.[cost];
      default:
        return listed.includes(cost);
    }
  });
  const prepPaid = p.prep ? (p.prep.paid ? 'yes' : 'no') : listed.includes('prep_time') && p.type !== 'unpaid' ? 'yes' : '';
  return {
    costs,
    mileagePence: e?.mileagePence !== undefined ? String(e.mileagePence) : '',
    dataAmount: e?.dataPence !== undefined ? poundsText(e.dataPence) : '',
    prepPaid,
    prepHours: p.prep?.expectedMinutes !== undefined ? hoursOf(p.prep.expectedMinutes) : '',
    vouchers: !!p.vouchersOffered,
    payWithin: p.payWithinWorkingDays !== undefined ? String(p.payWithinWorkingDays) : '',
    costCode: p.costCode ?? '',
  };
}

export function validateRates(v: RatesValues, paid: boolean, t: Translate<MessageSet>): FieldErrors {
  const e: FieldErrors = {};
  if (v.costs.includes('mileage') && whole(v.mileagePence, 0, 1000) === undefined) e['payment.expenses.mileagePence'] = t('eMileage');
  const data = pounds(v.dataAmount);
  if (v.costs.includes('data') && v.dataAmount.trim() && (data === undefined || data > 10000)) e['payment.expenses.dataPence'] = t('eDataSum');
  if (paid && v.prepHours.trim() && minutesOf(v.prepHours) === undefined) e['payment.prep.expectedMinutes'] = t('ePrepHours');
  else if (paid && v.prepHours.trim() && !v.prepPaid) e['payment.prep.paid'] = t('ePrepPaid');
  if (v.payWithin.trim() && whole(v.payWithin, 1, 60) === undefined) e['payment.payWithinWorkingDays'] = t('ePayWithin');
  if (v.costCode.trim().length > 40) e['payment.costCode'] = t('eCostCode');
  return e;
}

/** The rates' questions, inside the brief's "Pay and support" question. */
export function ratesFields(v: RatesValues, paid: boolean, fields: BriefFields, t: Translate<MessageSet>, error: (path: string) => string | undefined, update: (change: Partial<RatesValues>) => void): TemplateResult {
  const { prefix, optional, input } = fields;
  const text = (path: string, label: string | TemplateResult, key: 'mileagePence' | 'dataAmount' | 'prepHours' | 'payWithin' | 'costCode', hint?: string, maxlength = 10) =>
    input(path, label, v[key], (value) => update({ [key]: value }), { ...(hint ? { hint } : {}), narrow: key !== 'costCode', maxlength });
  return html`${paid
      ? html`${choiceGroup({
          id: fieldId('payment.prep.paid'),
          type: 'radio',
          label: t('fPrepPaid'),
          hint: t('fPrepPaidHint'),
          error: error('payment.prep.paid'),
          errorPrefix: prefix,
          inline: true,
          selected: v.prepPaid ? [v.prepPaid] : [],
          onChange: ([choice]) => update({ prepPaid: (choice as RatesValues['prepPaid']) ?? '' }),
          choices: [
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ],
        })}
        ${text('payment.prep.expectedMinutes', optional(t('fPrepHours')), 'prepHours', t('fPrepHoursHint'), 5)}`
      : nothing}
    ${choiceGroup({
      id: fieldId('payment.expenses'),
      type: 'checkbox',
      label: t('fCosts'),
      hint: t('fCostsHint'),
      error: error('payment.expenses'),
      errorPrefix: prefix,
      selected: v.costs,
      onChange: (costs) => update({ costs: COSTS.filter((cost) => costs.includes(cost)) }),
      choices: COSTS.map((cost) => ({
        value: cost,
        label: t(COST_KEYS[cost]),
        reveal:
          cost === 'mileage'
            ? text('payment.expenses.mileagePence', t('fMileage'), 'mileagePence', t('fMileageHint'), 4)
            : cost === 'data'
              ? text('payment.expenses.dataPence', optional(t('fDataSum')), 'dataAmount', t('fDataSumHint'), 8)
              : undefined,
      })),
    })}
    ${paid
      ? choiceGroup({
          id: fieldId('payment.vouchersOffered'),
          type: 'checkbox',
          label: html`<span class="visually-hidden">${t('fVouchers')}</span>`,
          errorPrefix: prefix,
          selected: v.vouchers ? ['yes'] : [],
          onChange: (selected) => update({ vouchers: selected.includes('yes') }),
          choices: [{ value: 'yes', label: t('fVouchers') }],
        })
      : nothing}
    ${text('payment.payWithinWorkingDays', optional(t('fPayWithin')), 'payWithin', t('fPayWithinHint'), 2)}
    ${text('payment.costCode', optional(t('fCostCode')), 'costCode', t('fCostCodeHint'), 40)}`;
}
