/**
 * One opportunity as a card: title (a link that opens it), one-line summary, and the key
 * facts in plain words with an icon beside each. Exported for the staff widgets' preview,
 * which shows a draft exactly as the public will see it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/heading.js';
import type { Opportunity } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { translator } from '../../core/i18n.js';
import { cardMessages } from './card.messages.js';
import { icon, type IconName } from '../../core/icons.js';
import { promiseInWords } from '../../core/ladder.js';
import { accessIcons, accessLabels, label, termName } from '../../core/vocabulary.js';
import { inEnglishOnly, langOf } from './language.js';
import { closingInWords, closingSoon, localised, paymentInWords, timeInWords, whenInWords, whereInWords } from './plain-words.js';

export interface CardOptions {
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The level of the card's title heading. */
  headingLevel: number;
  /** Where the title links to (a shareable address of the opportunity). */
  href: string;
  /** Called on a plain click or Enter on the title; absent in a preview. */
  onOpen?: (opportunity: Opportunity, event: MouseEvent) => void;
  /** The day closing dates are counted from. */
  today?: Date;
  /**
   * A short card for a list: the title, the summary and four facts (when, where, pay,
   * closing). The rest (time, places, access, organisation) is one click away, in the
   * opportunity itself.
   */
  compact?: boolean;
  /** More the card says at its end (the list's "Why it may suit you"). */
  extra?: TemplateResult;
}

/** What a compact card keeps: the promise too, when the brief makes one (who decides is why a person would take part). */
const COMPACT_FACTS: readonly Fact['key'][] = ['kind', 'when', 'where', 'pay', 'promise', 'closing'];

interface Fact {
  key: 'kind' | 'when' | 'where' | 'time' | 'pay' | 'promise' | 'closing' | 'places';
  icon: IconName;
  text: string | undefined;
}

/** The facts a card shows, in order; each computed only when shown (`wanted`). */
function keyFacts(opportunity: Opportunity, locale: Locale, readingLevel: ReadingLevel, today: Date | undefined, wanted?: readonly Fact['key'][]): Fact[] {
  const t = translator(cardMessages, locale, readingLevel);
  const kind = opportunity.kind === 'training' || opportunity.kind === 'support' ? opportunity.kind : undefined;
  const facts: Array<[Fact['key'], IconName, () => string | undefined]> = [
    // A training or support session says so first: it is for the people who take part, not taking part itself.
    ['kind', kind === 'support' ? 'hand' : 'book', () => kind && t(`kind_${kind}`)],
    ['when', 'calendar', () => whenInWords(opportunity, locale)],
    ['where', opportunity.where.modes.includes('in_person') ? 'location' : 'online', () => whereInWords(opportunity, locale)],
    ['time', 'clock', () => timeInWords(opportunity, locale)],
    ['pay', 'money', () => paymentInWords(opportunity.payment, locale, readingLevel)],
    ['promise', 'people', () => opportunity.promise && promiseInWords(opportunity.promise, locale, readingLevel)],
    ['closing', 'alert', () => closingInWords(opportunity.closingDate, locale, today)],
    ['places', 'person', () => placesInWords(opportunity, locale, readingLevel)],
  ];
  return facts.filter(([key]) => !wanted || wanted.includes(key)).map(([key, icon, text]) => ({ key, icon, text: text() }));
}

/** "3 places left" while there is a limit and room, "Waiting list" once every place is taken. */
function placesInWords(opportunity: Opportunity, locale: Locale, readingLevel: ReadingLevel): string | undefined {
  const t = translator(cardMessages, locale, readingLevel);
  const left = opportunity.places ? Math.max(0, opportunity.places - opportunity.placesTaken) : undefined;
  if (opportunity.status === 'filled' || (opportunity.status === 'open' && left === 0)) return t('waitingList');
  return opportunity.status === 'open' && left !== undefined ? t('placesLeft', left) : undefined;
}

/** Easy-read text keeps one idea per line (most facts are one line: the text as it is). */
const lines = (text: string) => (text.includes('\n') ? text.split('\n').map((line, i) => html`${i ? html`<br />` : nothing}${line}`) : text);

export function renderKeyFacts(opportunity: Opportunity, options: Pick<CardOptions, 'locale' | 'readingLevel' | 'today' | 'compact'>): TemplateResult {
  const t = translator(cardMessages, options.locale, options.readingLevel);
  const facts = keyFacts(opportunity, options.locale, options.readingLevel, options.today, options.compact ? COMPACT_FACTS : undefined).filter((fact) => fact.text);
  return html`<dl class="facts" part="facts">${facts.map(
    (fact) =>
      html`<div class=${`fact fact-${fact.key} ${fact.key === 'closing' && closingSoon(opportunity.closingDate, options.today) ? 'soon' : ''}`}><dt>${icon(fact.icon)} ${t(fact.key)}</dt> <dd>${lines(fact.text!)}</dd></div>`,
  )}</dl>`;
}

export function renderAccessFeatures(opportunity: Opportunity, options: Pick<CardOptions, 'locale' | 'readingLevel'>, headingLevel?: number): TemplateResult | typeof nothing {
  if (!opportunity.accessibility.length) return nothing;
  const t = translator(cardMessages, options.locale, options.readingLevel);
  const list = html`<ul class="access-list" aria-label=${headingLevel ? nothing : t('access')}>${opportunity.accessibility.map(
    (feature) => html`<li>${icon(accessIcons[feature] ?? 'check')} ${label(accessLabels, feature, options.locale)}</li>`,
  )}</ul>`;
  if (!headingLevel) return list;
  return html`${heading(headingLevel, html`${t('access')}`, { className: 'section-heading' })}${list}`;
}

export function renderOpportunityCard(opportunity: Opportunity, options: CardOptions): TemplateResult {
  const t = translator(cardMessages, options.locale, options.readingLevel);
  const brief = localised(opportunity, options.locale);
  const easyRead = options.readingLevel === 'easy-read';
  const onClick = (event: MouseEvent): void => {
    // Let people open it in a new tab or window as with any link.
    if (!options.onOpen || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    options.onOpen(opportunity, event);
  };
  // No white space between the tags (all of them blocks, grid or flex items, where it shows
  // nothing): a card was 97 nodes, 27 of them blank text that every render, removal and heap paid
  // for. One space stays between a fact's label and value, so its text reads "Pay Unpaid".
  return html`<article class="card ${options.compact ? 'compact' : ''}" part="card" data-opportunity-id=${opportunity.id}>${heading(
    options.headingLevel,
    html`<a href=${options.href} @click=${onClick} lang=${langOf(opportunity, options.locale, 'title')}>${brief.title}</a>`,
    { className: 'card-title' },
  )}${
    easyRead && brief.easyReadSummary
      ? html`<div class="easy-read-summary" lang=${langOf(opportunity, options.locale, 'easyReadSummary')}>${brief.easyReadSummary
          .split('\n')
          .filter(Boolean)
          .map((line) => html`<p>${line}</p>`)}</div>`
      : html`<p class="summary" lang=${langOf(opportunity, options.locale, 'summary')}>${brief.summary}</p>`
  }${
    inEnglishOnly(opportunity, options.locale, 'title') || inEnglishOnly(opportunity, options.locale, easyRead && brief.easyReadSummary ? 'easyReadSummary' : 'summary')
      ? html`<p class="muted lang-note">${t('inEnglishOnly')}</p>`
      : nothing
  }${renderKeyFacts(opportunity, options)}${
    options.compact
      ? nothing
      : html`${renderAccessFeatures(opportunity, options)}<p class="organisation muted">${t('organisation', termName(opportunity.organisation, options.locale))}</p>`
  }${options.extra ?? nothing}</article>`;
}

/**
 * Styles of the card and the key facts; include them in any widget that renders a card.
 * (Comments stay out of the css literal: they would ship in the bundle.)
 * .facts/.fact: one label column for every fact (subgrid), so the values line up whatever the
 * label's length. On a phone a compact card's fact is one line where it fits ("Pay Unpaid...").
 */
export const cardStyles = css`
  .card {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .card-title {
    margin-bottom: 0.5em;
  }
  .card.compact .facts {
    margin-bottom: 0;
  }
  .card-title a {
    display: inline-block;
    padding: 0.2em 0;
  }
  .summary,
  .easy-read-summary p {
    margin-bottom: 0.75em;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) minmax(0, 1fr);
    gap: 0.4em 0.75em;
    margin: 0 0 0.75em;
  }
  .fact {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    gap: 0.25em 0.75em;
  }
  .fact dt {
    font-weight: 700;
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .fact dd {
    margin: 0;
  }
  .fact.soon dd {
    font-weight: 700;
  }
  @media (max-width: 30em) {
    .facts,
    .fact {
      grid-template-columns: minmax(0, 1fr);
    }
    .card.compact .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
  }
  .access-list {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0 0 0.75em;
  }
  .access-list li {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    padding: 0.15em 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .organisation {
    margin: 0;
  }
  .easy-read .icon {
    width: 1.6em;
    height: 1.6em;
  }
`;
