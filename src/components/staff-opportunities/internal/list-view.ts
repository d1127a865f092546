import { html, nothing, type TemplateResult } from 'lit';
import type { Opportunity, OpportunityStatus, Term } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { formatDate, type MessageSet, type Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { editIcon } from '../../../core/icons-more.js';
import { emptyView } from '../../../core/status-views.js';
import { markedIn, withEnglish } from '../../../core/in-english.js';
import { textIn } from '../../../core/text-in.js';
import { findTerm, label, opportunityStatuses } from '../../../core/vocabulary.js';
import { termChoice } from '../../../core/term-choice.js';
import { selectField } from '../../../core/forms/index.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { hrefFor } from '../../../core/href.js';
import { pagedListView, PAGE_SIZE, searchView, type ListAddress, type ListPlace } from '../../../shared/staff/list-paging.js';

export const STATUSES: readonly OpportunityStatus[] = ['draft', 'open', 'closed', 'filled', 'cancelled'];

export type Action = 'publish' | 'close' | 'filled' | 'cancel';
export const ACTION_STATUS: Record<Action, OpportunityStatus> = { publish: 'open', close: 'closed', filled: 'filled', cancel: 'cancelled' };
/** What each action's button says, and what the result line says once it is done. */
const BUTTON = { publish: 'publish', close: 'close', filled: 'markFilled', cancel: 'cancelOpportunity' } as const;
export const DONE = { publish: 'published', close: 'closed', filled: 'filled', cancel: 'cancelledDone' } as const;
/** Only a cancellation tells people (with the reason staff give here); closing or filling tells nobody. */
const ACTIONS: Record<OpportunityStatus, Action[]> = { draft: ['publish'], open: ['close', 'filled', 'cancel'], closed: ['publish', 'filled', 'cancel'], filled: ['cancel'], cancelled: [] };

export interface ListResult {
  kind: 'done' | 'failed';
  text: string;
}

/** The confirm step that is open. A cancel that failed keeps it open: `reason` is what staff typed, `error` why it failed. */
export interface Confirming {
  id: string;
  action: Action;
  reason?: string | undefined;
  error?: string | undefined;
}

export interface ListViewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  all: Opportunity[];
  shown: OpportunityStatus;
  /** The words searched, the page and the items opened from their summary row. */
  address: ListAddress;
  /** The search box. */
  search: TemplateResult;
  /** The taxonomy's topics, to name the one chosen. */
  topics: readonly Term[];
  onPage: (page: number) => void;
  result: ListResult | undefined;
  confirming: Confirming | undefined;
  busyId: string | undefined;
  /** Where "See who is interested" goes, `{id}` standing for the opportunity; none without it. */
  interestHref?: string | undefined;
  onCreate: () => void;
  onShow: (status: OpportunityStatus) => void;
  onEdit: (o: Opportunity) => void;
  onAsk: (o: Opportunity, action: Action) => void;
  /** `reason`: staff's words on why it is cancelled (the cancel action only). */
  onConfirm: (o: Opportunity, action: Action, reason?: string) => void;
  onCancel: (o: Opportunity) => void;
}

/** The organisation's opportunities, one status at a time, with their actions. */
export function listView(o: ListViewOptions): TemplateResult {
  const { t, locale, all, shown } = o;
  const items = all.filter((item) => item.status === shown);
  const statusName = label(opportunityStatuses, shown, locale);
  // The topic chosen, by name in "Showing … for <topic>", marked English where a Welsh reader gets its English (one not in the taxonomy: none).
  const topic = findTerm(o.topics, o.address.place.topic);
  return html`<section id="staff-opportunities-list" tabindex="-1" aria-labelledby="staff-opportunities-title">
    ${heading(o.level, html`<span id="staff-opportunities-title" tabindex="-1">${t('title')}</span>`, { className: 'widget-title' })}
    ${resultView(o.result)}
    <div class="button-group">
      <button type="button" class="button" @click=${o.onCreate}>${icon(editIcon)} ${t('create')}</button>
    </div>
    ${o.search}
    <div class="tabs">
      ${selectField({
        id: 'status-filter',
        label: t('showStatus'),
        errorPrefix: '',
        value: shown,
        options: STATUSES.map((status) => ({ value: status, label: t('tab', label(opportunityStatuses, status, locale), all.filter((item) => item.status === status).length) })),
        onChange: (status) => o.onShow(status as OpportunityStatus),
      })}
    </div>
    ${pagedListView({
      t,
      key: 'opportunities',
      address: o.address,
      items,
      idOf: (item) => item.id,
      row: (item) => itemView(o, item),
      empty: () => emptyView(t('emptyTitle'), t('emptyBody', statusName), undefined, o.level + 1),
      onPage: o.onPage,
      searched: topic && markedIn(locale, topic.name),
    })}
  </section>`;
}

/**
 * The search box, and beside it the topic to show ("All topics" for every one), kept in the
 * address with the words; "Clear search" clears both.
 */
export function searchBar(t: Translate<MessageSet>, locale: Locale, place: ListPlace, topics: readonly Term[], onMove: (next: Partial<ListPlace>) => void): TemplateResult {
  return searchView({
    t,
    key: 'opportunities',
    q: place.q,
    hint: t('searchOpportunitiesHint'),
    onSearch: (q) => onMove({ q, page: 1 }),
    filtered: Boolean(place.topic),
    onClear: () => onMove({ q: '', topic: undefined, page: 1 }),
    extra: topics.length
      ? selectField({
          id: 'topic-filter',
          label: t('topicLabel'),
          errorPrefix: t('errorPrefix'),
          value: place.topic ?? '',
          options: [{ value: '', label: t('allTopics') }, ...topics.map((term) => termChoice(term, locale))],
          onChange: (topic) => onMove({ topic: topic || undefined, page: 1 }),
        })
      : undefined,
  });
}

function resultView(result: ListResult | undefined): TemplateResult {
  return html`<p class="result" id="result" tabindex="-1" role=${result?.kind === 'failed' ? 'alert' : 'status'}>
    ${result?.kind === 'done' ? html`<span class="saved">${icon('check')} ${result.text}</span>` : nothing}
    ${result?.kind === 'failed' ? html`<span class="inline-error">${icon('alert')} ${result.text}</span>` : nothing}
  </p>`;
}

/**
 * One summary row: title, closing date, interest ("See who is interested" only where someone is: never a link to an
 * empty list). No status tag: every row of the list has the
 * status of the tab chosen above it, so the tag said "Open" ten times (seen in the screenshots).
 */
function itemView(o: ListViewOptions, item: Opportunity): TemplateResult {
  const { t, locale } = o;
  // The brief's title and who runs it in the reader's language (textIn's rule), lang="en-GB" where a Welsh reader gets the English.
  const title = textIn(locale, { en: item.title, cy: item.translations?.cy?.title });
  const named = html`<span lang=${title.lang}>${title.text}</span>`;
  const organisation = textIn(locale, item.organisation.name);
  const actions = ACTIONS[item.status];
  const confirming = o.confirming?.id === item.id ? o.confirming.action : undefined;
  const busy = o.busyId === item.id;
  const opened = o.address.opened.has(item.id);
  return html`<li class="item" part="item" aria-labelledby="opp-${item.id}">
    ${heading(o.level + 1, html`<span id="opp-${item.id}" tabindex="-1" lang=${title.lang}>${title.text}</span>`)}
    <p class="summary-line">
      <span>${t('closes')}: ${item.closingDate ? formatDate(locale, item.closingDate) : t('noClosingDate')}</span>
      <span>${t('interested')}: ${t('people', item.interestCount ?? 0)}</span>
      ${o.interestHref && item.interestCount ? html`<a href=${hrefFor(o.interestHref, item.id)}>${t('seeInterest')}<span class="visually-hidden">: ${named}</span></a>` : nothing}
    </p>
    <details class="item-more" ?open=${opened} @toggle=${(event: Event) => o.address.open(item.id, (event.target as HTMLDetailsElement).open)}>
    <summary>${t('moreAbout')}<span class="visually-hidden">: ${named}</span></summary>
    <p class="subtle" lang=${organisation.lang}>${organisation.text}</p>
    <dl class="facts">
      <dt>${t('places')}</dt>
      <dd>${t('placesTaken', item.placesTaken, item.places)}</dd>
      <dt>${t('updated')}</dt>
      <dd>${formatDate(locale, item.updatedAt)}</dd>
    </dl>
    ${confirming
      ? confirmView(o, item, confirming, busy)
      : html`<div class="button-group">
          <button type="button" class="button secondary" @click=${() => o.onEdit(item)}>${icon(editIcon)} ${t('edit')}<span class="visually-hidden"> ${named}</span></button>
          ${actions.map(
            (action) =>
              html`<button type="button" class="button ${action === 'publish' ? '' : 'secondary'}" aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onAsk(item, action)}>
                ${t(BUTTON[action])}<span class="visually-hidden"> ${named}</span>
              </button>`,
          )}
        </div>`}
    </details>
  </li>`;
}

/** The page of its status's list that shows `item`. */
export function pageWith(all: readonly Opportunity[], item: Opportunity): number {
  const index = all.filter((other) => other.status === item.status).findIndex((other) => other.id === item.id);
  return index < 0 ? 1 : Math.floor(index / PAGE_SIZE) + 1;
}

/** The brief's title inside a sentence of ours, marked where a Welsh reader gets the English (drawn by withEnglish). */
const titleIn = (locale: Locale, item: Opportunity): string => markedIn(locale, { en: item.title, cy: item.translations?.cy?.title });

function confirmView(o: ListViewOptions, item: Opportunity, action: Action, busy: boolean): TemplateResult {
  if (action === 'cancel') return cancelView(o, item, busy);
  const { t } = o;
  const title = titleIn(o.locale, item);
  const question = withEnglish(action === 'publish' ? t('confirmPublish', title) : action === 'close' ? t('confirmClose', title) : t('confirmFilled', title));
  const body = action === 'publish' ? t('confirmPublishBody') : action === 'close' ? t('confirmCloseBody') : t('confirmFilledBody');
  const yes = action === 'publish' ? t('yesPublish') : action === 'close' ? t('yesClose') : t('yesFilled');
  return html`<div class="confirm" tabindex="-1" role="group" aria-labelledby="confirm-${item.id}">
    <p id="confirm-${item.id}"><strong>${question}</strong></p>
    <p>${lines(body)}</p>
    <div class="button-group">
      <button type="button" class="button ${action === 'publish' ? '' : 'warning'}" aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onConfirm(item, action)}>${busy ? t('saving') : yes}</button>
      <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onCancel(item)}>${t('cancel')}</button>
    </div>
  </div>`;
}

/** Cancelling asks why, in words told to everyone who was interested or invited. */
function cancelView(o: ListViewOptions, item: Opportunity, busy: boolean): TemplateResult {
  const { t } = o;
  const reason = (event: Event) => ((event.target as HTMLElement).closest('.confirm')?.querySelector('textarea')?.value ?? '').trim();
  return html`<div class="confirm" tabindex="-1" role="group" aria-labelledby="confirm-${item.id}">
    <p id="confirm-${item.id}"><strong>${withEnglish(t('confirmCancel', titleIn(o.locale, item)))}</strong></p>
    <p>${lines(t('confirmCancelBody'))}</p>
    ${o.confirming?.error
      ? html`<p class="inline-error" id="confirm-error-${item.id}" tabindex="-1" role="alert">${icon('alert')} ${o.confirming.error}</p>`
      : nothing}
    <div class="field">
      <label class="label" for="cancel-reason-${item.id}">${t('cancelReason')}</label>
      <p class="hint" id="cancel-reason-hint-${item.id}">${t('cancelReasonHint')}</p>
      <textarea id="cancel-reason-${item.id}" rows="3" maxlength="500" aria-describedby="cancel-reason-hint-${item.id}" .value=${o.confirming?.reason ?? ''}></textarea>
    </div>
    <div class="button-group">
      <button type="button" class="button warning" aria-disabled=${busy ? 'true' : nothing} @click=${(event: Event) => o.onConfirm(item, 'cancel', reason(event))}>${busy ? t('saving') : t('yesCancel')}</button>
      <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onCancel(item)}>${t('keepIt')}</button>
    </div>
  </div>`;
}
