import { html, nothing, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { FeedbackChange, FeedbackItem, FeedbackStatus, Taxonomy } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { selectField } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { formatDate, type MessageSet, type Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { editIcon, shareIcon } from '../../../core/icons-more.js';
import { termSpan } from '../../../core/term-choice.js';
import { contactMethods, feedbackStatuses, feedbackStatusIcons, label } from '../../../core/vocabulary.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { calendarDaysBetween, workingDaysBetween } from '../../../shared/staff/working-days.js';
import { keepWhole } from '../../../core/keep-whole.js';
import { updateIn, writtenIn } from '../../../core/text-in.js';

export const STATUSES: readonly FeedbackStatus[] = ['received', 'considering', 'changed', 'not_changed'];

export type ActionResult = { kind: 'saving' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** Every item (staff: published or not) with `status` ('' for any) that matches `q`, following the pages (up to 500). */
export async function loadInbox(api: CoprodApi, status: string, q: string, signal: AbortSignal): Promise<{ items: FeedbackItem[]; targets: FeedbackItem[] }> {
  const items: FeedbackItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const query = { include: 'all', sort: 'oldest_unanswered', limit: 100, ...(status ? { status: [status as FeedbackStatus] } : {}), ...(q.trim() ? { q: q.trim() } : {}) } as const;
    const result = await api.listFeedback({ ...query, ...(cursor ? { cursor } : {}) }, { signal });
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  // The items merged ones point to, when the search left them out: their references are shown.
  const missing = [...new Set(items.flatMap((i) => (i.mergedInto && !items.some((other) => other.id === i.mergedInto) ? [i.mergedInto] : [])))];
  const targets = await Promise.all(missing.slice(0, 20).map((id) => api.getFeedback(id, { signal }).catch(() => undefined)));
  return { items, targets: targets.filter((t): t is FeedbackItem => Boolean(t)) };
}

/** New feedback first, then the rest, merged items last (the server's order within each). */
export function rank(item: FeedbackItem): number {
  if (item.mergedInto) return 2;
  return item.status === 'received' ? 0 : 1;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface ItemViewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  /** The level of each item's heading. */
  level: number;
  now: Date;
  respondWithinDays: number;
  taxonomy: Taxonomy;
  /** Every item shown, as changed here. */
  all: FeedbackItem[];
  /** Items that merged ones point to, read apart because the search left them out. */
  targets: readonly FeedbackItem[];
  openId: string | undefined;
  /** The items whose facts are opened from their summary row. */
  opened: ReadonlySet<string>;
  onOpen: (id: string, open: boolean) => void;
  onToggle: (item: FeedbackItem) => void;
  /** The item's management panel, when open. */
  manage: (item: FeedbackItem) => unknown;
}

/** One item in the inbox: what was said, how long it has waited, its facts, and "Manage". */
export function itemView(item: FeedbackItem, o: ItemViewOptions): TemplateResult {
  const { t, locale, now } = o;
  const answered = item.lastAnsweredAt ?? null;
  const waitingDays = answered ? 0 : workingDaysBetween(new Date(item.createdAt), now);
  const overdue = !answered && !item.mergedInto && waitingDays > o.respondWithinDays;
  const since = t('daysAgo', calendarDaysBetween(new Date(answered ?? item.createdAt), now));
  const latest = item.updates[item.updates.length - 1];
  // The latest update in the reader's language, marked with its own where it differs (core/text-in.ts).
  const latestShown = latest && updateIn(locale, latest);
  const open = o.openId === item.id;
  const into = item.mergedInto ? (o.all.find((other) => other.id === item.mergedInto) ?? o.targets.find((other) => other.id === item.mergedInto)) : undefined;
  return html`<li class="item ${overdue ? 'attention' : ''}" part="item" aria-labelledby="title-${item.id}">
    ${heading(o.level, html`<span id="title-${item.id}" tabindex="-1">${item.reference}: ${termSpan(locale, o.taxonomy.topics, item.topic)}</span>`)}
    <p class="waiting">
      ${answered
        ? html`<span class="tag">${icon('check')} ${t('answeredAgo', since)}</span>`
        : overdue
          ? html`<span class="overdue">${icon('alert')} ${t('waitingLong', t('workingDays', waitingDays))}</span>`
          : html`<span class="tag">${icon('clock')} ${t('neverAnswered', since)}</span>`}
    </p>
    <p class="said" lang=${writtenIn(item)}>${item.text}</p>
    <details class="item-more" ?open=${o.opened.has(item.id) || open} @toggle=${(event: Event) => o.onOpen(item.id, (event.target as HTMLDetailsElement).open)}>
    <summary>${t('moreAbout')}<span class="visually-hidden">: ${item.reference}</span></summary>
    <dl class="facts">
      <dt>${t('status')}</dt>
      <dd>${icon(feedbackStatusIcons[item.status])} ${label(feedbackStatuses, item.status, locale)}</dd>
      <dt>${t('board')}</dt>
      <dd>${item.published ? t('published') : t('private')}</dd>
      <dt>${t('from')}</dt>
      ${'reply' in item
        ? html`<dd>${item.name || t('anonymous')}</dd>
            <dt>${t('replyBy')}</dt>
            <dd>${item.reply ? `${label(contactMethods, item.reply.method, locale)}: ${keepWhole(item.reply.detail)}` : t('noReply')}</dd>`
        : html`<dd>${t('giverHidden')}</dd>`}
      <dt>${t('received')}</dt>
      <dd>${formatDate(locale, item.createdAt)}</dd>
      <dt>${t('sameCount')}</dt>
      <dd>${t('people', item.supporters)}</dd>
      ${latest && latestShown
        ? html`<dt>${t('latestUpdate')}</dt>
            <dd>${formatDate(locale, latest.createdAt)}: <span lang=${latestShown.lang}>${keepWhole(latestShown.text)}</span></dd>`
        : nothing}
    </dl>
    </details>
    ${item.mergedInto
      ? html`<p class="tag">${icon(shareIcon)} ${t('mergedNote', into?.reference ?? item.mergedInto)}</p>`
      : html`<button type="button" class="button secondary" aria-expanded=${open ? 'true' : 'false'} aria-controls="manage-${item.id}" @click=${() => o.onToggle(item)}>
            ${icon(editIcon)} ${t('manage')}<span class="visually-hidden"> ${item.reference}</span>
          </button>
          <div id="manage-${item.id}" class="manage" ?hidden=${!open}>${open ? o.manage(item) : nothing}</div>`}
  </li>`;
}

export interface ManageViewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  /** The level of each part's heading. */
  level: number;
  all: FeedbackItem[];
  result: ActionResult | undefined;
  statusChoice: FeedbackStatus;
  /** "Change status" pressed with the status the item already has: said at the select (GOV.UK's error message). */
  statusError?: string | undefined;
  mergeChoice: string;
  confirmingMerge: boolean;
  /** The "Post an update" section. */
  updateForm: unknown;
  /** Someone else changed the item first: their version beside this change (the shared conflict view), or nothing. */
  conflict?: unknown;
  onStatusChoice: (status: FeedbackStatus) => void;
  onChange: (change: FeedbackChange) => void;
  onMergeChoice: (id: string) => void;
  onAskMerge: () => void;
  onMerge: (into: FeedbackItem) => void;
  onCancelMerge: () => void;
}

/** An opened item: its status, the public board, a dated update, and merging into another. */
export function manageView(item: FeedbackItem, o: ManageViewOptions): TemplateResult {
  const { t, locale, result, statusChoice } = o;
  const busy = result?.kind === 'saving';
  const candidates = o.all.filter((other) => other.id !== item.id && !other.mergedInto);
  const target = candidates.find((c) => c.id === o.mergeChoice);
  return html`
    <p class="action-result ${result?.kind === 'done' || result?.kind === 'failed' ? '' : 'idle'}" tabindex="-1" role=${result?.kind === 'failed' ? 'alert' : 'status'}>
      ${result?.kind === 'done' ? html`<span class="saved">${icon('check')} ${result.text}</span>` : nothing}
      ${result?.kind === 'failed' ? html`<span class="inline-error">${icon('alert')} ${result.text}</span>` : nothing}
    </p>
    ${o.conflict ?? nothing}
    <section aria-labelledby="status-heading">
      ${heading(o.level, html`<span id="status-heading">${t('status')}</span>`)}
      ${selectField({
        id: 'item-status',
        // What is chosen, not the button's words: two controls with one name are one to a screen reader.
        label: t('newStatus'),
        errorPrefix: t('errorPrefix'),
        error: o.statusError,
        value: statusChoice,
        options: STATUSES.map((s) => ({ value: s, label: label(feedbackStatuses, s, locale) })),
        onChange: (value) => o.onStatusChoice(value as FeedbackStatus),
      })}
      <div class="button-group">
        <button type="button" class="button secondary" data-status-action aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onChange({ status: statusChoice })}>${t('changeStatus')}</button>
      </div>
    </section>
    <section aria-labelledby="board-heading">
      ${heading(o.level, html`<span id="board-heading">${t('board')}</span>`)}
      ${item.published
        ? html`<button type="button" class="button secondary" data-board-action aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onChange({ published: false })}>${t('unpublish')}</button>`
        : html`<button type="button" class="button secondary" data-board-action aria-disabled=${busy || !item.consentToPublish ? 'true' : nothing} aria-describedby=${item.consentToPublish ? nothing : 'no-consent'} @click=${() => o.onChange({ published: true })}>
              ${t('publish')}
            </button>
            ${item.consentToPublish ? nothing : html`<p id="no-consent" class="hint">${icon('info')} ${lines(t('noConsent'))}</p>`}`}
    </section>
    ${o.updateForm}
    <section aria-labelledby="merge-heading">
      ${heading(o.level, html`<span id="merge-heading">${t('mergeHeading')}</span>`)}
      ${selectField({
        id: 'merge-into',
        label: t('mergeInto'),
        hint: t('mergeHint'),
        errorPrefix: t('errorPrefix'),
        value: o.mergeChoice,
        options: [{ value: '', label: t('chooseItem') }, ...candidates.map((c) => ({ value: c.id, label: `${c.reference}: ${truncate(c.text, 70)}`, lang: writtenIn(c) }))],
        onChange: o.onMergeChoice,
      })}
      ${o.confirmingMerge && target
        ? html`<div class="confirm" tabindex="-1" role="group" aria-labelledby="confirm-merge-title">
            <p id="confirm-merge-title"><strong>${t('confirmMerge', item.reference, target.reference)}</strong></p>
            <p>${t('confirmMergeBody')}</p>
            <div class="button-group">
              <button type="button" class="button warning" aria-disabled=${busy ? 'true' : nothing} @click=${() => o.onMerge(target)}>${t('confirmYes')}</button>
              <button type="button" class="button secondary" @click=${o.onCancelMerge}>${t('cancel')}</button>
            </div>
          </div>`
        : html`<div class="button-group">
            <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : nothing} @click=${o.onAskMerge}>${t('mergeButton')}</button>
          </div>`}
    </section>
  `;
}
