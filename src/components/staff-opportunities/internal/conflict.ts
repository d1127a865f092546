import type { TemplateResult } from 'lit';
import type { Opportunity, OpportunityInput } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { formatDate, type MessageSet, type Translate } from '../../../core/i18n.js';
import { conflictPanel, type ConflictChoice } from '../../../shared/conflict/conflict-view.js';
import { briefLang } from './brief-fields.js';
import { WELSH_INPUTS } from './brief-form.js';
import { briefOf, type WelshField } from './brief-values.js';
import { changedPaths, conflictingPaths, mergeByField, valueAt } from '../../../shared/conflict/field-merge.js';

/** Someone else saved the brief after it was opened: both versions, kept until the person chooses. */
export interface Conflict {
  /** The brief as it was opened. */
  base: OpportunityInput;
  /** What this person tried to save. */
  mine: OpportunityInput;
  /** The brief as it is now, with their changes. */
  theirs: Opportunity;
  /** Per question both changed: which to keep when merging (default: mine). */
  prefer: Record<string, 'mine' | 'theirs'>;
}

export type { ConflictChoice };

/** The form's label for each part of the brief (the longest matching path wins). */
const LABELS: Record<string, string> = {
  title: 'fTitle',
  summary: 'fSummary',
  description: 'fDescription',
  easyReadSummary: 'fEasyRead',
  experienceNeeded: 'fExperience',
  skills: 'fSkills',
  timeCommitment: 'fTime',
  'timeCommitment.prepTime': 'fPrep',
  when: 'fWhen',
  'when.sessions': 'fSessions',
  where: 'fModes',
  'where.venue': 'fVenue',
  'where.venue.address': 'fAddress',
  'where.venue.postcode': 'fPostcode',
  'where.venue.stepFree': 'fStepFree',
  'where.areaId': 'fArea',
  'where.onlineDetails': 'fOnline',
  howToGetInvolved: 'fHow',
  closingDate: 'fClosing',
  places: 'fPlaces',
  contact: 'fContactName',
  'contact.email': 'fContactEmail',
  'contact.phone': 'fContactPhone',
  payment: 'fPayType',
  'payment.amountPence': 'fAmount',
  'payment.unit': 'fUnit',
  'payment.expensesCovered': 'fExpenses',
  'payment.notes': 'fPayNotes',
  'payment.prep': 'fPrepPaid',
  'payment.expenses': 'fCosts',
  'payment.vouchersOffered': 'fVouchers',
  'payment.payWithinWorkingDays': 'fPayWithin',
  'payment.costCode': 'fCostCode',
  accessibility: 'fAccess',
  supportOffered: 'fSupport',
  topics: 'fTopics',
  organisationId: 'fOrganisation',
  promise: 'fPromise',
  kind: 'fKind',
  ...Object.fromEntries(Object.entries(WELSH_INPUTS).map(([field, spec]) => [`translations.cy.${field as WelshField}`, spec.label])),
};


function labelFor(path: string, t: Translate<MessageSet>): string {
  const key = Object.keys(LABELS)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? t(LABELS[key]!) : path;
}

function shown(value: unknown, t: Translate<MessageSet>, locale: Locale): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('conflictEmpty');
  if (Array.isArray(value)) {
    return value
      .map((item) => (typeof item === 'object' && item && 'start' in item ? `${formatDate(locale, String(item.start), 'dateTime')}${'label' in item && item.label ? ` (${String(item.label)})` : ''}` : shown(item, t, locale)))
      .join('\n');
  }
  if (typeof value === 'object') return Object.values(value).map((item) => shown(item, t, locale)).join(', ');
  return String(value);
}

/** Every question where their version and this person's differ (the status is not on the form). */
export function conflictRows(conflict: Conflict): string[] {
  return changedPaths(briefOf(conflict.theirs), conflict.mine).filter((path) => path !== 'status');
}

/** The brief to put on the form for a merge: their changes and this person's, per the choices. */
export function merged(conflict: Conflict): OpportunityInput {
  const theirs = briefOf(conflict.theirs);
  const clashes = new Set(conflictingPaths(conflict.base, conflict.mine, theirs));
  return mergeByField(conflict.base, conflict.mine, theirs, (path) => !clashes.has(path) || conflict.prefer[path] !== 'theirs');
}

export interface ConflictViewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  conflict: Conflict;
  onPrefer: (path: string, side: 'mine' | 'theirs') => void;
  onChoose: (choice: ConflictChoice) => void;
}

/** "Someone else changed this since you opened it": their brief beside this person's, and the choice. */
export function conflictView({ t, locale, level, conflict, onPrefer, onChoose }: ConflictViewOptions): TemplateResult {
  const filled = (value: unknown): string => {
    const text = shown(value, t, locale);
    return text === t('conflictEmpty') ? '' : text;
  };
  return conflictPanel({
    t,
    level,
    rows: conflictRows(conflict).map((path) => ({ path, label: labelFor(path, t), theirs: filled(valueAt(conflict.theirs, path)), mine: filled(valueAt(conflict.mine, path)), lang: briefLang(path, locale) })),
    clashes: conflictingPaths(conflict.base, conflict.mine, briefOf(conflict.theirs))
      .filter((path) => path !== 'status')
      .map((path) => ({ path, label: labelFor(path, t) })),
    prefer: conflict.prefer,
    onPrefer,
    onChoose,
  });
}
