/**
 * A session a person took part in, in words: "Tuesday 29 December 2026, 10:00: 2 hours and 1 hour
 * preparation". Written once, for the claim (its sessions and times) and for the server's "thank you
 * for taking part" message (server/src/messages/templates-pay.ts), so the email and the page say the
 * same. A session of 0 minutes was prepared for but not taken part in (issue 16): "preparation only".
 */
import type { Locale } from '../../core/config.js';
import { defineMessages, formatDate, plural, withLocale } from '../../core/i18n.js';

const duration = (locale: Locale, minutes: number): string => {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return locale === 'cy' ? `${hours} awr` : plural(locale, hours, { one: '{n} hour', other: '{n} hours' });
};

/** When it started, as the widgets write a date and time ("Tuesday 29 December 2026, 10:00"). */
export const sessionDate = (locale: Locale, sessionStart: string): string => formatDate(locale, sessionStart, 'dateTime');

export const sessionMessages = defineMessages({
  'en-GB': {
    /** The time taken part and prepared: "2 hours and 1 hour preparation", "preparation only (1 hour)". */
    sessionTime: withLocale((locale, activity: number, prep: number) =>
      activity ? `${duration(locale, activity)}${prep ? ` and ${duration(locale, prep)} preparation` : ''}` : `preparation only (${duration(locale, prep)})`),
  },
  cy: {
    sessionTime: withLocale((locale, activity: number, prep: number) =>
      activity ? `${duration(locale, activity)}${prep ? `, a pharatoi am ${duration(locale, prep)}` : ''}` : `paratoi yn unig (${duration(locale, prep)})`),
  },
  easyRead: {
    'en-GB': {
      sessionTime: withLocale((locale, activity: number, prep: number) =>
        activity ? `${duration(locale, activity)}${prep ? ` and ${duration(locale, prep)} getting ready` : ''}` : `getting ready only (${duration(locale, prep)})`),
    },
    cy: {
      sessionTime: withLocale((locale, activity: number, prep: number) =>
        activity ? `${duration(locale, activity)}${prep ? `, a pharatoi am ${duration(locale, prep)}` : ''}` : `paratoi yn unig (${duration(locale, prep)})`),
    },
  },
});
