/**
 * Feedback statuses in easy read, for the person's own page and record: short whole sentences.
 * Apart from vocabulary.ts so that only what shows them (the person's page: its feedback cards and record) pays.
 */
import type { FeedbackStatus } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages } from './i18n.js';
import { feedbackStatuses, label, type Labels } from './vocabulary.js';

export const feedbackStatusesEasy: Labels<FeedbackStatus> = defineMessages({
  'en-GB': {
    received: 'We got it',
    considering: 'We are thinking about it',
    changed: 'We changed something',
    not_changed: 'We did not change it. We say why',
  },
  cy: {
    received: 'Rydym wedi’i gael',
    considering: 'Rydym yn meddwl amdano',
    changed: 'Rydym wedi newid rhywbeth',
    not_changed: 'Wnaethon ni ddim ei newid. Rydym yn dweud pam',
  },
});

/** A feedback status in the reader's language and reading level: one set of words for the page and the record. */
export const feedbackStatusLabel = (status: FeedbackStatus, locale: Locale, readingLevel: ReadingLevel): string =>
  label(readingLevel === 'easy-read' ? feedbackStatusesEasy : feedbackStatuses, status, locale);

