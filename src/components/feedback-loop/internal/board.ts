import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { FeedbackItem, FeedbackQuery, FeedbackStatus, Taxonomy } from '../../../api/types.js';
import { searchBox } from '../../../core/forms/search-box.js';
import { heading } from '../../../core/heading.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { loadingView } from '../../../core/status-views.js';
import { choicesFrom, feedbackStatuses } from '../../../core/vocabulary.js';
import { textIn, writtenIn } from '../../../core/text-in.js';
import { itemFacts, statusBadge, supportButton, type SupportState } from './item-parts.js';
import { followHref, shortText, type ViewContext } from './view-context.js';

export interface BoardFilters {
  q: string;
  status: '' | FeedbackStatus;
  topic: string;
}

export interface BoardData {
  taxonomy: Taxonomy;
  items: FeedbackItem[];
  total: number;
  nextCursor: string | null;
}

/** The list call for the filters (the pinned topic already in `topic`). */
export function boardQuery({ q, status, topic }: BoardFilters, limit: number): FeedbackQuery {
  return { ...(q ? { q } : {}), ...(status ? { status: [status] } : {}), ...(topic ? { topic } : {}), limit };
}

export interface BoardView {
  searchText: string;
  filters: BoardFilters;
  pinnedTopic: string | undefined;
  filtered: boolean;
  /** Results of the current filters, or undefined while the first page loads. */
  data: BoardData | undefined;
  refreshing: boolean;
  loadingMore: boolean;
  moreError: string | undefined;
  support: (item: FeedbackItem) => SupportState;
  onSearchInput: (text: string) => void;
  onSearchSubmit: () => void;
  onStatus: (status: '' | FeedbackStatus) => void;
  onTopic: (topic: string) => void;
  onClear: () => void;
  onOpen: (item: FeedbackItem) => void;
  onMore: () => void;
}

export function filtersView(context: ViewContext, view: BoardView, taxonomy: Taxonomy | undefined): TemplateResult {
  const { t, locale } = context;
  const submit = (event: Event): void => {
    event.preventDefault();
    view.onSearchSubmit();
  };
  // The search is always there; status and topic wait behind "More filters", as in the list. It opens when one
  // is set (a shared address) and is never closed from code: choosing "All statuses" must not shut it under the
  // person's hands (staff people's review MUST-FIX 3).
  const moreSet = !!(view.filters.status || (!view.pinnedTopic && view.filters.topic));
  return html`<form class="filters" role="search" aria-label=${t('filtersLegend')} part="filters" @submit=${submit}>
    ${searchBox('board-search', 'q', t('searchLabel'), t('searchHint'), view.searchText, view.onSearchInput)}
    <details class="more-filters" .open=${moreSet || noChange}>
      <summary>${t('moreFilters')}</summary>
      <div class="filter-grid">
        <div class="form-group">
          <label class="label" for="board-status">${t('statusFilter')}</label>
          <select class="select" id="board-status" name="status" @change=${(event: Event) => view.onStatus((event.target as HTMLSelectElement).value as '' | FeedbackStatus)}>
            <option value="" ?selected=${view.filters.status === ''}>${t('allStatuses')}</option>
            ${choicesFrom(feedbackStatuses, locale).map(
              (choice) => html`<option value=${choice.value} ?selected=${view.filters.status === choice.value}>${choice.label}</option>`,
            )}
          </select>
        </div>
        ${view.pinnedTopic
          ? nothing
          : html`<div class="form-group">
              <label class="label" for="board-topic">${t('topicFilter')}</label>
              <select class="select" id="board-topic" name="topic" @change=${(event: Event) => view.onTopic((event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${view.filters.topic === ''}>${t('allTopics')}</option>
                ${(taxonomy?.topics ?? []).map((term) => {
                  const name = textIn(locale, term.name);
                  return html`<option value=${term.id} lang=${name.lang} ?selected=${view.filters.topic === term.id}>${name.text}</option>`;
                })}
              </select>
            </div>`}
      </div>
    </details>
    ${view.filtered ? html`<button type="button" class="button link clear-filters" @click=${view.onClear}>${t('clearFilters')}</button>` : nothing}
  </form>`;
}

function itemCard(context: ViewContext, view: BoardView, item: FeedbackItem, taxonomy: Taxonomy): TemplateResult {
  const { t, locale } = context;
  const support = view.support(item);
  const open = (event: MouseEvent): void => {
    // A plain click opens the item here; a new tab or window still gets the shareable address.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    view.onOpen(item);
  };
  const latest = item.lastAnsweredAt;
  return html`<li class="item status-border-${item.status}" part="item" data-item=${item.id}>
    <article aria-labelledby="item-title-${item.id}">
      ${heading(
        context.level + 1,
        html`<a id="item-title-${item.id}" class="item-link" href=${followHref(item.id)} data-item-link=${item.id} @click=${open}
          ><span class="quote" lang=${writtenIn(item)}>“${shortText(item.text, 100)}”</span></a
        >`,
        { className: 'item-title' },
      )}
      ${statusBadge(context, item.status)} ${itemFacts(context, item, taxonomy, support.supporters)}
      <p class="muted last-update">
        ${icon('clock')} ${latest ? html`${t('lastUpdate', formatDate(locale, latest))}` : t('noUpdateYet')}
      </p>
      ${supportButton(context, item, support)}
    </article>
  </li>`;
}

export function boardList(context: ViewContext, view: BoardView): TemplateResult {
  const { t } = context;
  const data = view.data;
  if (!data) return loadingView(t('loadingBoard'), { rows: 4 });
  if (data.items.length === 0) {
    return html`<div class="panel notice" part="empty">
      ${heading(context.level + 1, view.filtered ? t('filteredEmptyTitle') : t('emptyTitle'), { className: 'panel-title' })}
      <p class="lines">${view.filtered ? t('filteredEmptyBody') : t('emptyBody')}</p>
      ${view.filtered ? html`<button type="button" class="button secondary" @click=${view.onClear}>${t('clearFilters')}</button>` : nothing}
    </div>`;
  }
  return html`<div class="results" aria-busy=${view.refreshing ? 'true' : 'false'}>
    <p class="result-count" id="result-count">
      ${t('resultCount', data.total)}${data.items.length < data.total ? html` <span class="muted">(${t('showingOf', data.items.length, data.total)})</span>` : nothing}
    </p>
    <ul class="items" part="items" aria-labelledby="result-count">
      ${data.items.map((item) => itemCard(context, view, item, data.taxonomy))}
    </ul>
    ${view.moreError ? html`<p class="error-message" role="alert">${view.moreError}</p>` : nothing}
    ${data.nextCursor
      ? html`<button type="button" class="button secondary show-more" aria-disabled=${view.loadingMore ? 'true' : 'false'} @click=${() => !view.loadingMore && view.onMore()}>
          ${view.loadingMore ? t('loading') : t('showMore')}
        </button>`
      : nothing}
  </div>`;
}
