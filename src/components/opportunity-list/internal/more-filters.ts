/**
 * What "More filters" holds on the list: topic, area, sort, how people take part and paid only.
 * The list loads this module after its first paint (or before it, when one of these is set and
 * the panel opens at once; and before hydrating a server render that has them), so the first
 * paint does not carry the form fields module.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { choiceGroup, selectField } from '../../../core/forms/fields.js';
import { addFormStyles } from '../../../core/forms/form-styles.js';
import { translator, type MessageSet, type Translate } from '../../../core/i18n.js';
import { choicesFrom, participationModes } from '../../../core/vocabulary.js';
import { termChoice } from '../../../core/term-choice.js';
import { MODES, type Filters } from './filters.js';
import { moreFiltersMessages } from './more-filters.messages.js';

export interface MoreFiltersOptions {
  /** The list: its first paint had only the search box's rules, so this part brings the choices'. */
  host: ReactiveElement;
  /** The list's words (the core's error prefix). */
  t: Translate<MessageSet>;
  locale: Locale;
  readingLevel: ReadingLevel;
  taxonomy: Taxonomy | undefined;
  filters: Filters;
  /** "Only what may suit me": best first, so no sort to choose. */
  ranked: boolean;
  onChange: (change: Partial<Filters>) => void;
}

export function moreFilters(o: MoreFiltersOptions): TemplateResult {
  const { locale, taxonomy, filters } = o;
  const errorPrefix = o.t('errorPrefix');
  // Its own words, loaded with it (the list waited for them in the reader's language).
  const t = translator(moreFiltersMessages, locale, o.readingLevel);
  addFormStyles(o.host);
  return html`${selectField({
      id: 'field-topic',
      label: t('topic'),
      errorPrefix,
      value: filters.topic,
      options: [{ value: '', label: t('allTopics') }, ...(taxonomy?.topics ?? []).map((term) => termChoice(term, locale))],
      onChange: (topic) => o.onChange({ topic }),
    })}
    ${selectField({
      id: 'field-area',
      label: t('area'),
      errorPrefix,
      value: filters.area,
      options: [{ value: '', label: t('allAreas') }, ...(taxonomy?.areas ?? []).map((term) => termChoice(term, locale))],
      onChange: (area) => o.onChange({ area }),
    })}
    ${o.ranked
      ? nothing
      : selectField({
          id: 'field-sort',
          label: t('sort'),
          errorPrefix,
          value: filters.sort,
          options: [
            { value: 'closing', label: t('sortClosing') },
            { value: 'newest', label: t('sortNewest') },
          ],
          onChange: (sort) => o.onChange({ sort: sort === 'newest' ? 'newest' : 'closing' }),
        })}
    ${choiceGroup({
      id: 'field-format',
      type: 'checkbox',
      label: t('format'),
      errorPrefix,
      choices: choicesFrom(participationModes, locale),
      selected: filters.formats,
      onChange: (selected) => o.onChange({ formats: MODES.filter((mode) => selected.includes(mode)) }),
    })}
    ${choiceGroup({
      id: 'field-paid',
      type: 'checkbox',
      label: t('pay'),
      errorPrefix,
      choices: [{ value: 'paid', label: t('paidOnly') }],
      selected: filters.paid ? ['paid'] : [],
      onChange: (selected) => o.onChange({ paid: selected.includes('paid') }),
    })}`;
}
