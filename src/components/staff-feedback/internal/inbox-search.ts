import type { TemplateResult } from 'lit';
import type { Locale } from '../../../core/config.js';
import { selectField } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { feedbackStatuses, label } from '../../../core/vocabulary.js';
import { searchView, type ListPlace } from '../../../shared/staff/list-paging.js';
import { STATUSES } from './item-view.js';

/** The inbox's search box, with the status shown beside it ('' for all). */
export function inboxSearchView(t: Translate<MessageSet>, locale: Locale, q: string, status: string, onMove: (next: Partial<ListPlace>) => void): TemplateResult {
  return searchView({
    t,
    key: 'feedback',
    q,
    hint: t('searchFeedbackHint'),
    onSearch: (words) => onMove({ q: words, page: 1 }),
    extra: selectField({
      id: 'status-filter',
      label: t('show'),
      errorPrefix: t('errorPrefix'),
      value: status,
      options: [{ value: '', label: t('all') }, ...STATUSES.map((s) => ({ value: s, label: label(feedbackStatuses, s, locale) }))],
      onChange: (value) => onMove({ status: value, page: 1 }),
    }),
  });
}
