/**
 * One opportunity as a card: title (a link that opens it), one-line summary, and the key
 * facts in plain words with an icon beside each. What only the opportunity page says (the time,
 * the places, the accessible ways) is in card-full.ts, so a page of cards does not carry it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../core/heading.js';
import type { Opportunity } from '../../api/types.js';
import type { Locale, ReadingLevel } from '../../core/config.js';
import { translator } from '../../core/i18n.js';
import { cardMessages } from './card.messages.js';
import { icon, type AnyIcon, type OtherIcon } from '../../core/icons.js';
import { promiseInWords } from '../../core/ladder.js';
import { inEnglishOnly, langOf } from './language.js';
import { closingInWords, closingSoon } from './closing-words.js';
import { localised, paymentInWords, whenInWords, whereInWords } from './plain-words.js';

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
   * The card's "When" where the widget says it in the reader's words itself (a Welsh list: the
   * sessions in Welsh, opportunity-list/internal/when-words.ts); otherwise the brief's own.
   */
  when?: string;
  /** More the card says at its end (the list's "Why it may suit you"). */
  extra?: TemplateResult;
}

export interface Fact {
  key: 'kind' | 'when' | 'where' | 'time' | 'pay' | 'promise' | 'closing' | 'places';
  icon: AnyIcon;
  /** The words; a template where part is marked (the where's place, lang="en-GB" when a Welsh reader gets its English). */
  text: string | TemplateResult | undefined;
  /** `en-GB` where a Welsh reader is shown the council's English (language.ts). */
  lang?: string | typeof nothing;
}

type FactOptions = Pick<CardOptions, 'locale' | 'readingLevel' | 'today' | 'when'>;

/** The closing date's icon: time running out, not a warning (session 22: the alert triangle was on every card). Drawn here, not in core/icons.ts, so only the pages with cards carry it. */
const hourglass = '<path d="M6 3h12M6 21h12M7 3l10 18M17 3 7 21"/>' as OtherIcon;

/** The facts a card says, in order; the opportunity page's `more` (card-full.ts: the time, the places) in their places. */
function keyFacts(opportunity: Opportunity, { locale, readingLevel, today, when }: FactOptions, more: { time?: Fact; places?: Fact }): Fact[] {
  const t = translator(cardMessages, locale, readingLevel);
  const kind = opportunity.kind === 'training' || opportunity.kind === 'support' ? opportunity.kind : undefined;
  const [ways, place] = whereInWords(opportunity, locale);
  return [
    // A training or support session says so first: it is for the people who take part, not taking part itself.
    { key: 'kind', icon: kind === 'support' ? 'hand' : 'book', text: kind && t(`kind_${kind}`) },
    { key: 'when', icon: 'calendar', text: when || whenInWords(opportunity, locale), lang: when ? nothing : langOf(opportunity, locale, 'when') },
    { key: 'where', icon: opportunity.where.modes.includes('in_person') ? 'location' : 'online', text: place?.text ? html`${ways}, <span lang=${place.lang}>${place.text}</span>` : ways },
    more.time,
    { key: 'pay', icon: 'money', text: paymentInWords(opportunity.payment, locale, readingLevel) },
    { key: 'promise', icon: 'people', text: opportunity.promise && promiseInWords(opportunity.promise, locale, readingLevel) },
    { key: 'closing', icon: hourglass, text: closingInWords(opportunity.closingDate, locale, today) },
    more.places,
  ].filter((fact): fact is Fact => !!fact?.text);
}

/**
 * Easy-read text keeps one idea per line, and "When" one session per line (most facts are one line: the text as it
 * is). Each line is a block with space between, so a session that wraps at 320 px still reads as one.
 */
const lines = (text: string | TemplateResult) => (typeof text === 'string' && text.includes('\n') ? text.split('\n').map((line) => html`<span class="line">${line}</span>`) : text);

/** A card's facts, or with `more` the opportunity page's (card-full.ts), each with its icon. */
export function renderKeyFacts(opportunity: Opportunity, options: FactOptions, more: { time?: Fact; places?: Fact } = {}): TemplateResult {
  // The opportunity page's time and places are named in card-full.messages.ts (shared words, loaded with it).
  const t = translator(cardMessages, options.locale, options.readingLevel);
  return html`<dl class="facts" part="facts">${keyFacts(opportunity, options, more).map(
    (fact) =>
      html`<div class=${`fact fact-${fact.key} ${fact.key === 'closing' && closingSoon(opportunity.closingDate, options.today) ? 'soon' : ''}`}><dt>${icon(fact.icon)} ${t(fact.key as Exclude<Fact['key'], 'time' | 'places'>)}</dt> <dd lang=${fact.lang ?? nothing}>${lines(fact.text!)}</dd></div>`,
  )}</dl>`;
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
  return html`<article class="card" part="card" data-opportunity-id=${opportunity.id}>${heading(
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
      : // Title and summary in Welsh, its "When" in English: say that some of it is.
        !options.when && inEnglishOnly(opportunity, options.locale, 'when')
        ? html`<p class="muted lang-note">${t('partlyInEnglish')}</p>`
        : nothing
  }${renderKeyFacts(opportunity, options)}${options.extra ?? nothing}</article>`;
}

/**
 * Styles of the card and the key facts; include them in any widget that renders a card.
 * (Comments stay out of the css literal: they would ship in the bundle.)
 * .facts/.fact: one label column for every fact (subgrid), so the values line up whatever the
 * label's length. On a phone a card's fact is one line where it fits ("Pay Unpaid..."); the opportunity page's facts
 * (not in a card) keep their grid and their margin below.
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
  .card .facts {
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
  .fact .line {
    display: block;
  }
  .fact .line + .line {
    margin-top: 0.5em;
  }
  .fact.soon dd {
    font-weight: 700;
  }
  @media (max-width: 30em) {
    .facts,
    .fact {
      grid-template-columns: minmax(0, 1fr);
    }
    .card .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
  }
  .access-list {
    padding-left: 1.25em;
    margin: 0 0 0.75em;
  }
  .access-list li + li {
    margin-top: 0.25em;
  }
  .easy-read .icon {
    width: 1.6em;
    height: 1.6em;
  }
`;
