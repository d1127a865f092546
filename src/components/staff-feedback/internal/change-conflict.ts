import type { TemplateResult } from 'lit';
import type { FeedbackChange, FeedbackItem } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { feedbackStatuses, label } from '../../../core/vocabulary.js';
import { conflictPanel, type ConflictChoice } from '../../../shared/conflict/conflict-view.js';

/** Someone else changed the item (its status, an update, publishing) after it was read: this change and theirs. */
export interface ChangeConflict {
  mine: FeedbackChange;
  theirs: FeedbackItem;
}

/**
 * The one change this person tried beside the item as it is now. A status change is one
 * question, so "merge by field" keeps this person's change on top of theirs, as "keep mine" does.
 */
export function changeConflictView(o: {
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  conflict: ChangeConflict;
  onChoose: (choice: ConflictChoice) => void;
}): TemplateResult {
  const { t, conflict } = o;
  const rows =
    conflict.mine.status !== undefined
      ? [{ path: 'status', label: t('status'), theirs: label(feedbackStatuses, conflict.theirs.status, o.locale), mine: label(feedbackStatuses, conflict.mine.status, o.locale) }]
      : [{ path: 'published', label: t('board'), theirs: conflict.theirs.published ? t('published') : t('private'), mine: conflict.mine.published ? t('published') : t('private') }];
  return conflictPanel({ t, level: o.level, idPrefix: 'change-', rows, clashes: [], prefer: {}, onPrefer: () => undefined, onChoose: o.onChoose });
}
