/**
 * The card's one pay line ("Paid £20 an hour, travel and prep time covered"), made from the
 * brief's structured rates, in English or Welsh, standard or easy read. Apart from the full
 * account (pay-words.ts) so that a page of cards does not carry the detail view's words.
 */
import type { Payment } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { formatList, formatNumber, formatPence } from '../../core/i18n.js';
import { payFacts, type ExpenseKind, type PayFacts, type PayUnit } from './pay-facts.js';

export type Words = Record<Locale, string>;

const units: Record<PayUnit, Words> = {
  hour: { 'en-GB': 'an hour', cy: 'yr awr' },
  session: { 'en-GB': 'a session', cy: 'y sesiwn' },
  day: { 'en-GB': 'a day', cy: 'y dydd' },
  meeting: { 'en-GB': 'a meeting', cy: 'y cyfarfod' },
};

/** Short names, for the card's one line and the claim's expense types. */
export const expenseNames: Record<ExpenseKind | 'prep_time', Words> = {
  travel: { 'en-GB': 'travel', cy: 'teithio' },
  taxi: { 'en-GB': 'taxis', cy: 'tacsis' },
  prep_time: { 'en-GB': 'prep time', cy: 'amser paratoi' },
  care: { 'en-GB': 'replacement care', cy: 'gofal yn eich lle' },
  childcare: { 'en-GB': 'childcare', cy: 'gofal plant' },
  data: { 'en-GB': 'phone data', cy: 'data ffôn' },
  overnight: { 'en-GB': 'overnight stays', cy: 'aros dros nos' },
  meals: { 'en-GB': 'meals', cy: 'prydau bwyd' },
  equipment: { 'en-GB': 'equipment', cy: 'offer' },
};

export const rateText = (f: PayFacts, locale: Locale): string =>
  f.ratePence !== undefined ? `${formatPence(locale, f.ratePence)}${f.per ? ` ${units[f.per][locale]}` : ''}` : '';

/** "45p" or "£1.20": pence below a pound say p. */
export function milesRate(locale: Locale, pence: number): string {
  return pence < 100 ? `${formatNumber(locale, pence)}${locale === 'cy' ? 'c' : 'p'}` : formatPence(locale, pence);
}

/**
 * "Paid £20 an hour, travel and prep time covered", "Unpaid, expenses covered",
 * "£15 voucher a session, travel covered": one line, for cards.
 */
export function payHeadline(payment: Payment, locale: Locale, level: ReadingLevel = 'standard'): string {
  const f = payFacts(payment);
  const cy = locale === 'cy';
  const names = [...f.expenses.slice(0, 1), ...(f.prepPaid ? (['prep_time'] as const) : []), ...f.expenses.slice(1)].map((kind) => expenseNames[kind][locale]);
  const covered = cy ? `${formatList(locale, names)} wedi’u talu` : `${formatList(locale, names)} covered`;
  const rate = rateText(f, locale);
  if (f.kind === 'unpaid') {
    if (level === 'easy-read') return cy ? 'Dim tâl am eich amser. Rydym yn talu eich costau.' : 'No pay for your time. We pay your costs.';
    if (names.length === 0) return cy ? 'Di-dâl' : 'Unpaid';
    return cy ? 'Di-dâl, treuliau wedi’u talu' : 'Unpaid, expenses covered';
  }
  if (f.kind === 'voucher') {
    const voucher = cy ? `Taleb ${rate}`.trimEnd() : `${f.ratePence !== undefined ? `${formatPence(locale, f.ratePence)} voucher${f.per ? ` ${units[f.per][locale]}` : ''}` : 'Voucher'}`;
    return names.length ? `${voucher}, ${covered}` : voucher;
  }
  if (level === 'easy-read' && rate) return cy ? `Rydym yn talu ${rate} i chi.` : `We pay you ${rate}.`;
  const paid = cy ? `Tâl o ${rate}`.trimEnd() : `Paid ${rate}`.trimEnd();
  return names.length ? `${paid}, ${covered}` : paid;
}

