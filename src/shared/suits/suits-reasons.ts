/**
 * Why an opportunity may suit a person, drawn once for every widget that shows it (the person's
 * page and the list's "Only what may suit me"): the ranking's reasons in their words, and what
 * the council would arrange for their access needs (never a reason to leave one out).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MatchReasonShape as MatchReason, MySuggestion, Taxonomy, Weekday } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { heading } from '../../core/heading.js';
import { translator, type Translate } from '../../core/i18n.js';
import { marked, markEnglish, withEnglish } from '../../core/in-english.js';
import { accessLabels, label, participationModes, termText, weekdays } from '../../core/vocabulary.js';
import { suitsWords } from './suits.messages.js';

type Words = Translate<(typeof suitsWords)['en-GB']>;

/**
 * One reason the ranking gave, said to the person. On a Welsh page a skill (the council's words:
 * skills have no Welsh) and a topic with no Welsh name carry `lang="en-GB"` inside the sentence.
 */
export function reasonText(t: Words, locale: Locale, taxonomy: Taxonomy | undefined, reason: MatchReason): string | TemplateResult {
  const values = reason.values ?? [];
  switch (reason.code) {
    case 'topic':
      // termText's rule, the one every topic is named by (a topic not in the taxonomy: its id, marked English).
      return withEnglish(t('suits_topic', values.map((id) => marked(termText(locale, taxonomy?.topics, id)))));
    case 'skill':
      return withEnglish(t('suits_skill', values.map((skill) => markEnglish(locale, skill, true))));
    case 'days':
      return t('suits_days', values.map((d) => label(weekdays, d as Weekday, locale)));
    case 'times':
      return t('suits_times', values);
    case 'mode':
      return t('suits_mode', values.map((m) => label(participationModes, m as keyof (typeof participationModes)['en-GB'], locale)));
    case 'asked-for-training':
      return t('suits_training');
    default:
      return '';
  }
}

export interface ReasonsView {
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The level of "Why it may suit you" and "What we would arrange for you". */
  level: number;
  taxonomy: Taxonomy | undefined;
}

/** "Why it may suit you" with the reasons, then what the council would arrange, when the person has access needs. */
export function suitsReasons(s: Pick<MySuggestion, 'reasons' | 'access'>, view: ReasonsView): TemplateResult {
  const t = translator(suitsWords, view.locale, view.readingLevel);
  return html`${heading(view.level, t('suitsWhy'), { className: 'subtitle' })}
    <ul class="reasons" data-reasons>
      ${s.reasons.map((r) => html`<li>${reasonText(t, view.locale, view.taxonomy, r)}</li>`)}
    </ul>
    ${s.access.length
      ? html`${heading(view.level, t('suitsArrange'), { className: 'subtitle' })}
          <ul class="reasons" data-arrange>
            ${([true, false] as const).map((arranged) => {
              // One line for what is offered and one for what is not: the same sentence once per need was most of the card.
              const needs = s.access.filter((a) => a.arranged === arranged).map((a) => label(accessLabels, a.need, view.locale));
              return needs.length ? html`<li class="lines">${t(arranged ? 'suitsArranged' : 'suitsNotArranged', needs)}</li>` : nothing;
            })}
          </ul>`
      : nothing}`;
}
