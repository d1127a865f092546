import { defineMessages } from '../i18n.js';

/**
 * The date input's own strings (parts, hint, errors), kept out of the core catalog so a widget
 * without a date field does not carry them: a widget that uses `dateField` merges this catalog
 * into its own (`mergeCatalogs(dateMessages, own)`).
 */
export const dateMessages = defineMessages({
  'en-GB': {
    date_day: 'Day',
    date_month: 'Month',
    date_year: 'Year',
    dateHint: 'For example, 27\u00a03\u00a02027',
    dateMissing: (name: string, parts: string[]) => `${name} must include a ${listEn(parts)}`,
    dateNotReal: (name: string) => `${name} must be a real date`,
    dateYearLength: 'Year must include 4 numbers',
  },
  cy: {
    date_day: 'Diwrnod',
    date_month: 'Mis',
    date_year: 'Blwyddyn',
    dateHint: 'Er enghraifft, 27\u00a03\u00a02027',
    dateMissing: (name: string, parts: string[]) => `${name}: rhowch y ${listCy(parts)}`,
    dateNotReal: (name: string) => `${name}: rhowch ddyddiad go iawn`,
    dateYearLength: 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  },
  easyRead: {
    'en-GB': {
      dateHint: 'Like this: 27\u00a03\u00a02027',
      dateMissing: (name: string, parts: string[]) => `${name}.\nPlease put in the ${listEn(parts)}.`,
      dateNotReal: (name: string) => `${name}.\nThis date is not right.\nCheck the day, month and year.`,
      dateYearLength: 'The year has 4 numbers, like 2027.',
    },
    cy: {
      dateHint: 'Fel hyn: 27\u00a03\u00a02027',
      dateMissing: (name: string, parts: string[]) => `${name}.\nRhowch y ${listCy(parts)} os gwelwch yn dda.`,
      dateNotReal: (name: string) => `${name}.\nNid yw’r dyddiad hwn yn iawn.\nGwiriwch y diwrnod, y mis a’r flwyddyn.`,
      dateYearLength: 'Mae gan y flwyddyn 4 rhif, fel 2027.',
    },
  },
  easyReadSame: ['date_day', 'date_month', 'date_year'],
});

/** "day", "day and month", "day, month and year". */
function listEn(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "diwrnod", "diwrnod a’r mis" (after "y": the second and later parts take "’r"). */
function listCy(parts: string[]): string {
  const mutated = parts.map((part) => (part === 'blwyddyn' ? 'flwyddyn' : part));
  return mutated.length < 2 ? (mutated[0] ?? '') : `${mutated.slice(0, -1).join(', y ')} a’r ${mutated[mutated.length - 1]}`;
}

export type DateStrings = (typeof dateMessages)['en-GB'];
