/**
 * "Only what may suit me" on the list (issue 18): for a person signed in through their link (the
 * list's `meToken`, as <coprod-claim> has), the open opportunities that match their profile, from
 * `GET /me/suggestions`, each card saying why it may suit them and what the council would arrange
 * for their access needs, in the same words as their own page (src/shared/suits/). The list loads
 * this module the first time it has a sign-in, so a page without one pays nothing for it.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { CoprodOpportunityList as List } from '../coprod-opportunity-list.component.js';
import { ApiError } from '../../../api/errors.js';
import type { MySuggestion, MySuggestionFilters, Opportunity, OpportunityQuery, Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { choiceGroup } from '../../../core/forms/fields.js';
import { addFormStyles } from '../../../core/forms/form-styles.js';
import { heading } from '../../../core/heading.js';
import { readingsReady, translator } from '../../../core/i18n.js';
import { emptyView, errorView, loadingView } from '../../../core/status-views.js';
import { renderOpportunityCard } from '../../../shared/card/opportunity-card.js';
import { suitsReasons } from '../../../shared/suits/suits-reasons.js';
import { listMessages } from '../coprod-opportunity-list.messages.js';
import { forMeMessages } from './for-me.messages.js';

export interface ForMeView {
  api: CoprodApi | undefined;
  /** The person's `/me` token (undefined while signed out). */
  meToken: string | undefined;
  /** "Only what may suit me" is ticked (and can be). */
  on: boolean;
  config: { locale: Locale; readingLevel: ReadingLevel };
  /** The level of each card's heading (and of the panels). */
  level: number;
  taxonomy: Taxonomy | undefined;
  /** The page's sign-in (the element's `fallback-href`), offered when the sign-in has ended. */
  signInHref: string | undefined;
  /** The list's query: its filters (and what the page fixed: its organisation, a locked topic and area) narrow the suggestions. */
  query: OpportunityQuery;
  locked: boolean;
  today: Date | undefined;
  /** The page's address with an opportunity open. */
  href: (id: string) => string;
  onOpen: (opportunity: Opportunity) => void;
  /** Tick or untick "Only what may suit me". */
  onChange: (on: boolean) => void;
  /** "Show all opportunities": unticks it and puts the focus back on the list. */
  onShowAll: () => void;
  /** "Clear filters": the list's own (the keyword box takes the focus). */
  onClear: () => void;
  /** What was found, said as the list says its count after a change. */
  say: (message: string) => void;
  /** A failure: the list tells the page (`coprod-signed-out` on a 401, else `coprod-error`). */
  onError: (error: unknown) => void;
}

/**
 * What this part reads of the list (its members, most of them private to it): named here, with
 * what the part makes of them, so that the list's first paint carries none of it (issue 19). Each
 * member's type is the list's own, looked up by its name (the one way TypeScript lets another
 * module name a private member), so renaming or retyping one in the list fails to compile here
 * instead of failing after a sign-in (review S5). The list hands itself over as this: a cast, as
 * its private members keep it from being assignable to any interface; keep each key the name it
 * looks up. coprod-opportunity-list.for-me.test.ts drives every member.
 */
export interface ForMeHost extends ReactiveElement {
  api: List['api'];
  meToken: List['meToken'];
  showingForMe: List['showingForMe'];
  config: List['config'];
  subLevel: List['subLevel'];
  taxonomyTask: List['taxonomyTask'];
  serverData: List['serverData'];
  fallbackHref: List['fallbackHref'];
  query: List['query'];
  hideFilters: List['hideFilters'];
  today: List['today'];
  addresses: List['addresses'];
  open: List['open'];
  setFilters: List['setFilters'];
  clearFilters: List['clearFilters'];
  focus: List['focus'];
  announceNextCount: List['announceNextCount'];
  announce: List['announce'];
  emit: List['emit'];
  reportError: List['reportError'];
}

/** The list as this part sees it, at this update. */
function viewOf(list: ForMeHost): ForMeView {
  return {
    api: list.api,
    meToken: list.meToken,
    on: list.showingForMe,
    config: list.config,
    level: list.subLevel(),
    taxonomy: list.taxonomyTask.value ?? list.serverData?.taxonomy,
    signInHref: list.fallbackHref,
    query: list.query,
    locked: list.hideFilters,
    today: list.today,
    href: list.addresses(),
    onOpen: (chosen) => list.open(chosen),
    onChange: (mine) => list.setFilters({ mine }),
    onClear: () => list.clearFilters(),
    onShowAll: () => {
      list.setFilters({ mine: false });
      void list.updateComplete.then(() => list.focus());
    },
    say: (message) => {
      if (list.announceNextCount) list.announce(message);
      list.announceNextCount = false;
    },
    onError: (error) => {
      list.announceNextCount = false;
      // The host page may want to sign the person in again.
      if (error instanceof ApiError && error.kind === 'unauthorized') list.emit('coprod-signed-out', { reason: 'ended' });
      else list.reportError('load', error);
    },
  };
}

/** The part, once the reader's words for it are here (so a Welsh reader never sees English go by). */
export async function forMePart(list: ForMeHost): Promise<ForMePart> {
  await readingsReady(list.config.locale, list.config.readingLevel);
  return new ForMePart(list, () => viewOf(list));
}

/** The empty state's title, for the panel and the announcement alike: filters the person set (not the page's own)
 * may be what leaves nothing, so say so (and the panel offers to clear them). */
function noneTitle(view: ForMeView): 'forMeNoneFilteredTitle' | 'forMeNoneTitle' {
  const { q, topic, format, area, paid } = view.query;
  return !view.locked && (q || topic || format || area || paid) ? 'forMeNoneFilteredTitle' : 'forMeNoneTitle';
}

export class ForMePart {
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined, boolean, string], MySuggestion[] | undefined>;
  readonly #view: () => ForMeView;

  constructor(host: ReactiveElement, view: () => ForMeView) {
    this.#view = view;
    // Its tick box: the list's first paint had only the search box's rules.
    addFormStyles(host);
    this.#task = new Task(host, {
      args: () => {
        const { api, meToken, on, query } = view();
        return [api, meToken, on, JSON.stringify(filtersOf(query))] as const;
      },
      task: async ([api, meToken, on, filters], { signal }) => {
        if (!on || !meToken || !api?.listMySuggestions) return undefined;
        // The list's filters go with it: the server narrows by the search's own rule. The contract's most.
        return (await api.listMySuggestions({ meToken, signal, limit: 100, filters: JSON.parse(filters) as MySuggestionFilters })).items;
      },
      onComplete: (items) => {
        if (!items) return;
        const v = view();
        const n = items.length;
        v.say(translator(forMeMessages, v.config.locale, v.config.readingLevel)(n ? 'forMeCount' : noneTitle(v), n));
      },
      onError: (error) => view().onError(error),
    });
  }

  /** The tick box, outside the filters: ticked, the filters narrow what may suit the person. */
  toggle(): TemplateResult {
    const view = this.#view();
    const t = translator(forMeMessages, view.config.locale, view.config.readingLevel);
    return html`<div class="for-me" data-for-me>
      ${choiceGroup({
        id: 'field-for-me',
        type: 'checkbox',
        label: t('forMeLegend'),
        hint: t('forMeHint'),
        errorPrefix: '',
        choices: [{ value: 'for-me', label: t('forMeLabel') }],
        selected: view.on ? ['for-me'] : [],
        onChange: (selected) => view.onChange(selected.includes('for-me')),
      })}
    </div>`;
  }

  /** The opportunities that may suit the person, or why there are none. */
  results(): unknown {
    const view = this.#view();
    const { locale, readingLevel } = view.config;
    const t = translator(forMeMessages, locale, readingLevel);
    const showAll = html`<button type="button" class="button secondary" @click=${view.onShowAll}>${t('forMeShowAll')}</button>`;
    return this.#task.render({
      initial: () => loadingView(t('forMeLoading'), { rows: 3 }),
      pending: () => loadingView(t('forMeLoading'), { rows: 3 }),
      error: (error) =>
        error instanceof ApiError && error.kind === 'unauthorized'
          ? html`<div class="panel notice" part="sign-in" role="alert" data-for-me-ended>
              ${heading(view.level, t('forMeEndedTitle'), { className: 'panel-title' })}
              <p>${t('forMeEnded')}</p>
              <div class="button-group">${view.signInHref ? html`<a class="button" href=${view.signInHref}>${t('forMeSignIn')}</a>` : nothing} ${showAll}</div>
            </div>`
          : html`${errorView({ title: t('forMeFailed'), message: t('forMeFailedBody'), retryLabel: t('forMeRetry'), onRetry: () => void this.#task.run(), headingLevel: view.level })}
              <p>${showAll}</p>`,
      complete: (items) => {
        const shown = items ?? [];
        if (!shown.length) {
          return html`<div data-for-me-results>${
            noneTitle(view) === 'forMeNoneFilteredTitle'
              ? emptyView(t('forMeNoneFilteredTitle'), t('forMeNoneFiltered'), html`<button type="button" class="button secondary" @click=${view.onClear}>${t('forMeClear')}</button> ${showAll}`, view.level)
              : emptyView(t('forMeNoneTitle'), t('forMeNone'), showAll, view.level)
          }</div>`;
        }
        // A Welsh card says when from the sessions, as the list's own cards do (internal/when-words.ts).
        const listWords = translator(listMessages, locale, readingLevel);
        return html`<div class="results-bar" data-for-me-results><p>${t('forMeCount', shown.length)}</p></div>
          <ul class="cards">
            ${shown.map(
              (s) =>
                html`<li data-suits-item=${s.opportunity.id}>
                  ${renderOpportunityCard(s.opportunity, {
                    locale,
                    readingLevel,
                    headingLevel: view.level,
                    href: view.href(s.opportunity.id),
                    onOpen: view.onOpen,
                    today: view.today,
                    when: listWords('cardWhen', s.opportunity),
                    extra: html`<div class="suits">${suitsReasons(s, { locale, readingLevel, level: view.level + 1, taxonomy: view.taxonomy })}</div>`,
                  })}
                </li>`,
            )}
          </ul>`;
      },
    });
  }
}

/** What narrows the suggestions: the list's query but its order and paging (suggestions come best first). */
const filtersOf = ({ sort: _sort, limit: _limit, cursor: _cursor, status: _status, ...filters }: OpportunityQuery): MySuggestionFilters => filters;
