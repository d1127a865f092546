/**
 * Feedback statuses in easy read, for the person's own page and record: short whole sentences.
 * Apart from vocabulary.ts so that only what shows them (the person's page: its feedback cards and record) pays.
 */
import type { FeedbackStatus } from '../api/types.js';
import type { Locale, ReadingLevel } from './config.js';
import { feedbackStatuses, label, type Labels } from './vocabulary.js';

export const feedbackStatusesEasy: Labels<FeedbackStatus> = {
  received: { 'en-GB': 'We got it', cy: 'Rydym wedi’i gael' },
  considering: { 'en-GB': 'We are thinking about it', cy: 'Rydym yn meddwl amdano' },
  changed: { 'en-GB': 'We changed something', cy: 'Rydym wedi newid rhywbeth' },
  not_changed: { 'en-GB': 'We did not change it. We say why', cy: 'Wnaethon ni ddim ei newid. Rydym yn dweud pam' },
};

/** A feedback status in the reader's language and reading level: one set of words for the page and the record. */
export const feedbackStatusLabel = (status: FeedbackStatus, locale: Locale, readingLevel: ReadingLevel): string =>
  label(readingLevel === 'easy-read' ? feedbackStatusesEasy : feedbackStatuses, status, locale);

