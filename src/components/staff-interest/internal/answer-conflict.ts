import type { TemplateResult } from 'lit';
import type { Interest, InterestStatus } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { interestStatuses, label } from '../../../core/vocabulary.js';
import { conflictPanel, type ConflictChoice } from '../../../shared/conflict/conflict-view.js';

export interface Answer {
  status: InterestStatus;
  note: string;
}

/** Someone else answered this person after the list was read: the answer as read, this person's, and theirs. */
export interface AnswerConflict {
  base: Answer;
  mine: Answer;
  theirs: Interest;
  prefer: Partial<Record<keyof Answer, 'mine' | 'theirs'>>;
}

const FIELDS = ['status', 'note'] as const;

/** The answer to put in the row after a merge: each field either changed, the clashes as chosen (default mine). */
export function mergedAnswer(c: AnswerConflict): Answer {
  const pick = <K extends keyof Answer>(field: K): Answer[K] => {
    const mineChanged = c.mine[field] !== c.base[field];
    const theirsChanged = c.theirs[field] !== c.base[field];
    if (mineChanged && theirsChanged) return (c.prefer[field] ?? 'mine') === 'mine' ? c.mine[field] : c.theirs[field];
    return mineChanged ? c.mine[field] : c.theirs[field];
  };
  return { status: pick('status'), note: pick('note') };
}

export function answerConflictView(options: {
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  rowId: string;
  conflict: AnswerConflict;
  onPrefer: (field: keyof Answer, side: 'mine' | 'theirs') => void;
  onChoose: (choice: ConflictChoice) => void;
}): TemplateResult {
  const { t, locale, conflict: c } = options;
  const words = (field: keyof Answer, answer: Answer): string => (field === 'status' ? label(interestStatuses, answer.status, locale) : answer.note);
  const labelOf = (field: keyof Answer): string => t(field);
  const differs = FIELDS.filter((field) => c.mine[field] !== c.theirs[field]);
  return conflictPanel({
    t,
    level: options.level,
    idPrefix: `${options.rowId}-`,
    rows: differs.map((field) => ({ path: field, label: labelOf(field), theirs: words(field, c.theirs), mine: words(field, c.mine) })),
    clashes: differs.filter((field) => c.mine[field] !== c.base[field] && c.theirs[field] !== c.base[field]).map((field) => ({ path: field, label: labelOf(field) })),
    prefer: c.prefer,
    onPrefer: (path, side) => options.onPrefer(path as keyof Answer, side),
    onChoose: options.onChoose,
  });
}
