/**
 * Pay in words, made from the brief's structured rates (never typed by hand): the full account
 * for the detail view and the staff preview, in English or Welsh, standard or easy read (one
 * idea per line). The card's short line is pay-line.ts (re-exported here). The council's
 * free-text notes stay notes, shown after these words.
 */
import type { Payment } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { formatList, formatPence, plural } from '../../core/i18n.js';
import { payFacts, type ExpenseKind, type PayFacts, type PayUnit } from './pay-facts.js';
import { milesRate, rateText, type Words } from './pay-line.js';

export { expenseNames, milesRate, payHeadline } from './pay-line.js';

const easyUnits: Record<PayUnit, Words> = {
  hour: { 'en-GB': 'for each hour', cy: 'am bob awr' },
  session: { 'en-GB': 'for each session', cy: 'am bob sesiwn' },
  day: { 'en-GB': 'for each day', cy: 'am bob dydd' },
  meeting: { 'en-GB': 'for each meeting', cy: 'am bob cyfarfod' },
};

/** What each expense covers, in full, for the detail view. */
const expenseDetails: Record<ExpenseKind, Words> = {
  travel: { 'en-GB': 'travel (your bus or train ticket)', cy: 'teithio (eich tocyn bws neu drên)' },
  taxi: { 'en-GB': 'a taxi when you need one to take part', cy: 'tacsi pan fydd ei angen arnoch i gymryd rhan' },
  care: { 'en-GB': 'a carer or personal assistant to cover for you', cy: 'gofalwr neu gynorthwyydd personol yn eich lle' },
  childcare: { 'en-GB': 'childcare', cy: 'gofal plant' },
  data: { 'en-GB': 'phone and data costs for online sessions', cy: 'costau ffôn a data ar gyfer sesiynau ar-lein' },
  overnight: { 'en-GB': 'a place to stay overnight when you need one', cy: 'lle i aros dros nos pan fydd ei angen arnoch' },
  meals: { 'en-GB': 'meals', cy: 'prydau bwyd' },
  equipment: { 'en-GB': 'equipment you need to take part', cy: 'offer sydd ei angen arnoch i gymryd rhan' },
};

/** One line each, for easy read. */
const easyExpenses: Record<ExpenseKind, Words> = {
  travel: { 'en-GB': 'We pay for your bus or train.', cy: 'Rydym yn talu am eich bws neu drên.' },
  taxi: { 'en-GB': 'We pay for a taxi if you need one.', cy: 'Rydym yn talu am dacsi os oes angen un arnoch.' },
  care: { 'en-GB': 'We pay for someone to care for you or the person you look after.', cy: 'Rydym yn talu am rywun i ofalu amdanoch chi neu’r person rydych chi’n gofalu amdano.' },
  childcare: { 'en-GB': 'We pay for childcare.', cy: 'Rydym yn talu am ofal plant.' },
  data: { 'en-GB': 'We pay for your phone or internet data.', cy: 'Rydym yn talu am eich data ffôn neu rhyngrwyd.' },
  overnight: { 'en-GB': 'We pay for a place to stay the night if you need one.', cy: 'Rydym yn talu am le i aros y nos os oes angen un arnoch.' },
  meals: { 'en-GB': 'We pay for your meals.', cy: 'Rydym yn talu am eich prydau bwyd.' },
  equipment: { 'en-GB': 'We pay for things you need to take part.', cy: 'Rydym yn talu am bethau sydd eu hangen arnoch i gymryd rhan.' },
};

function hours(locale: Locale, n: number): string {
  return locale === 'cy' ? plural(locale, n, { one: '{n} awr', other: '{n} awr' }) : plural(locale, n, { one: '{n} hour', other: '{n} hours' });
}

function days(locale: Locale, n: number): string {
  return locale === 'cy'
    ? plural(locale, n, { zero: '{n} diwrnod gwaith', one: '{n} diwrnod gwaith', two: '{n} ddiwrnod gwaith', other: '{n} diwrnod gwaith' })
    : plural(locale, n, { one: '{n} working day', other: '{n} working days' });
}

function travelDetail(f: PayFacts, locale: Locale): string {
  if (f.mileagePence === undefined) return expenseDetails.travel[locale];
  const rate = milesRate(locale, f.mileagePence);
  return locale === 'cy' ? `teithio (${rate} y filltir mewn car, neu eich tocyn bws neu drên)` : `travel (${rate} a mile by car, or your bus or train ticket)`;
}

function dataDetail(f: PayFacts, locale: Locale): string {
  if (!f.dataPence) return expenseDetails.data[locale];
  const sum = formatPence(locale, f.dataPence);
  return locale === 'cy' ? `costau ffôn a data ar gyfer sesiynau ar-lein (hyd at ${sum} y sesiwn)` : `phone and data costs for online sessions (up to ${sum} a session)`;
}

/**
 * The full account, one sentence per line: the fee, preparation time, each cost covered,
 * vouchers, and how soon the council pays.
 */
export function payDetails(payment: Payment, locale: Locale, level: ReadingLevel = 'standard'): string[] {
  const f = payFacts(payment);
  return level === 'easy-read' ? easyDetails(f, locale) : standardDetails(f, locale);
}

function standardDetails(f: PayFacts, locale: Locale): string[] {
  const cy = locale === 'cy';
  const out: string[] = [];
  const rate = rateText(f, locale);
  if (f.kind === 'paid' && rate) out.push(cy ? `Rydym yn talu ${rate} am eich amser.` : `We pay ${rate} for your time.`);
  else if (f.kind === 'voucher') out.push(cy ? `Rydym yn rhoi taleb${rate ? ` gwerth ${rate}` : ''} am eich amser.` : `We give you a voucher${rate ? ` worth ${rate}` : ''} for your time.`);
  else out.push(cy ? 'Nid ydym yn talu am eich amser.' : 'We do not pay for your time.');
  if (f.kind !== 'unpaid') {
    if (f.prepPaid) {
      const about = f.prepHours ? (cy ? `: tua ${hours(locale, f.prepHours)}` : `: about ${hours(locale, f.prepHours)}`) : '';
      out.push(cy ? `Rydym hefyd yn talu am amser paratoi${about}.` : `We pay for preparation time too${about}.`);
    } else if (f.prepHours) {
      out.push(cy ? `Disgwyliwch tua ${hours(locale, f.prepHours)} o baratoi (heb dâl).` : `Expect about ${hours(locale, f.prepHours)} of preparation (not paid).`);
    }
  }
  if (f.expenses.length) {
    const list = f.expenses.map((kind) => (kind === 'travel' ? travelDetail(f, locale) : kind === 'data' ? dataDetail(f, locale) : expenseDetails[kind][locale]));
    out.push(cy ? `Rydym yn talu eich costau: ${formatList(locale, list)}.` : `We cover your costs: ${formatList(locale, list)}.`);
  } else {
    out.push(cy ? 'Nid ydym yn talu costau ar gyfer hwn. Gofynnwch i ni os yw hyn yn eich atal rhag cymryd rhan.' : 'We do not cover costs for this one. Ask us if this stops you taking part.');
  }
  if (f.vouchers && f.kind === 'paid') out.push(cy ? 'Gallwch gael talebau yn lle arian.' : 'You can take vouchers instead of money.');
  if (f.kind !== 'unpaid') out.push(cy ? 'Gallwch ddweud nad ydych eisiau cael eich talu.' : 'You can choose not to be paid.');
  if (f.paidWithinDays) out.push(cy ? `Rydym yn talu o fewn ${days(locale, f.paidWithinDays)} ar ôl cymeradwyo eich hawliad.` : `We pay within ${days(locale, f.paidWithinDays)} of approving your claim.`);
  return out;
}

function easyDetails(f: PayFacts, locale: Locale): string[] {
  const cy = locale === 'cy';
  const out: string[] = [];
  if (f.kind === 'paid' && f.ratePence !== undefined) {
    const per = f.per ? ` ${easyUnits[f.per][locale]}` : '';
    out.push(cy ? `Rydym yn talu ${formatPence(locale, f.ratePence)} i chi${per}.` : `We pay you ${formatPence(locale, f.ratePence)}${per}.`);
  } else if (f.kind === 'voucher') {
    out.push(cy ? 'Rydym yn rhoi taleb i chi.' : 'We give you a voucher.');
  } else {
    out.push(cy ? 'Dim tâl am eich amser.' : 'No pay for your time.');
  }
  if (f.kind !== 'unpaid' && f.prepPaid) out.push(cy ? 'Rydym yn talu am amser i baratoi hefyd.' : 'We pay for time to get ready too.');
  for (const kind of f.expenses) {
    if (kind === 'travel' && f.mileagePence !== undefined) {
      out.push(cy ? `Rydym yn talu am eich bws neu drên, neu ${milesRate(locale, f.mileagePence)} am bob milltir mewn car.` : `We pay for your bus or train, or ${milesRate(locale, f.mileagePence)} for each mile by car.`);
    } else out.push(easyExpenses[kind][locale]);
  }
  if (f.vouchers && f.kind === 'paid') out.push(cy ? 'Gallwch gael talebau yn lle arian.' : 'You can have vouchers instead of money.');
  if (f.kind !== 'unpaid') out.push(cy ? 'Gallwch ddweud “dim tâl, diolch”.' : 'You can say “no pay, thank you”.');
  if (f.paidWithinDays) out.push(cy ? `Rydym yn talu o fewn ${days(locale, f.paidWithinDays)}.` : `We pay within ${days(locale, f.paidWithinDays)}.`);
  return out;
}
