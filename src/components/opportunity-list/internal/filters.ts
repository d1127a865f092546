import { html, nothing, type TemplateResult } from 'lit';
import type { OpportunityQuery, ParticipationMode } from '../../../api/types.js';
import { searchBox } from '../../../core/forms/search-box.js';
import { heading } from '../../../core/heading.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';

export type Sort = 'closing' | 'newest';

/** The filters a person can change. */
export interface Filters {
  q: string;
  topic: string;
  area: string;
  formats: ParticipationMode[];
  paid: boolean;
  sort: Sort;
  /** "Only what may suit me" (offered only to a person signed in: the list's `meToken`). */
  mine: boolean;
}

export const MODES: readonly ParticipationMode[] = ['online', 'in_person', 'phone'];

/** What the page fixed: the presets, and whether people may change them. */
export interface Presets {
  topic: string | undefined;
  area: string | undefined;
  organisation: string | undefined;
  /** `hide-filters`: the preset topic and area are locked. */
  locked: boolean;
  limit: number;
  /** `for-me`: "Only what may suit me" starts ticked. */
  forMe?: boolean;
}

/** The list call the filters and presets make. */
export function queryFor({ q, topic, area, formats, paid, sort }: Filters, presets: Presets): OpportunityQuery {
  const lockedTopic = presets.locked ? presets.topic : undefined;
  const lockedArea = presets.locked ? presets.area : undefined;
  const topics = (lockedTopic ?? topic).split(',').map((id) => id.trim()).filter(Boolean);
  const query: OpportunityQuery = { sort, limit: presets.limit > 0 && presets.limit <= 100 ? Math.round(presets.limit) : 10 };
  if (q.trim()) query.q = q.trim();
  if (topics.length) query.topic = topics;
  if (formats.length) query.format = formats;
  if (lockedArea ?? area) query.area = lockedArea ?? area;
  if (presets.organisation) query.organisation = presets.organisation;
  if (paid) query.paid = true;
  return query;
}

/** The filters a page address holds (under `sync-url`); the presets fill what it leaves out. */
export function filtersFrom(params: URLSearchParams, presets: Pick<Presets, 'topic' | 'area' | 'forMe'>): Filters {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    topic: params.get('topic') ?? presets.topic ?? '',
    area: params.get('area') ?? presets.area ?? '',
    formats: params.getAll('format').filter((mode): mode is ParticipationMode => (MODES as readonly string[]).includes(mode)),
    paid: params.get('paid') === 'true',
    sort: sort === 'newest' ? 'newest' : 'closing',
    mine: params.has('for-me') ? params.get('for-me') === 'true' : !!presets.forMe,
  };
}

/** The list's own names in a page address. */
const URL_NAMES = ['q', 'topic', 'area', 'format', 'paid', 'sort', 'for-me', 'opportunity'];

/**
 * A maker of the page's address (`href`) with the filters, when given, and an opportunity:
 * the address is parsed once, then each card's address is only joined, not parsed. A locked
 * topic or area is the page's own, so it stays out.
 */
export function addressMaker(href: string, filters: Filters | undefined, locked: boolean, forMe = false): (openId: string | undefined) => string {
  const url = new URL(href);
  const params = url.searchParams;
  // Without the filters (no `sync-url`) the page's own `q`, `topic`… are left alone.
  for (const name of filters ? URL_NAMES : ['opportunity']) params.delete(name);
  if (filters) {
    const { q, topic, area, formats, paid, sort, mine } = filters;
    if (q) params.set('q', q);
    if (topic && !locked) params.set('topic', topic);
    if (area && !locked) params.set('area', area);
    for (const mode of formats) params.append('format', mode);
    if (paid) params.set('paid', 'true');
    if (sort !== 'closing') params.set('sort', sort);
    // Unticked under `for-me` is said out loud, or a reload would tick it again.
    if (mine !== forMe) params.set('for-me', String(mine));
  }
  const kept = params.toString();
  const hash = url.hash;
  url.search = '';
  url.hash = '';
  const start = url.href;
  return (openId) => {
    const search = openId ? `${kept ? `${kept}&` : ''}${new URLSearchParams({ opportunity: openId }).toString()}` : kept;
    return `${start}${search ? `?${search}` : ''}${hash}`;
  };
}

export interface FiltersViewOptions {
  t: Translate<MessageSet>;
  level: number;
  filters: Filters;
  keyword: string;
  /** What "More filters" holds (internal/more-filters.ts), once its code is in. */
  more: unknown;
  /** Its code failed to load: the panel says so, with "Try again". */
  failed: boolean;
  /** Its code is being fetched again ("Try again"): "Loading…" in place of the alert. */
  busy: boolean;
  onRetry: () => void;
  /** The person opened "More filters" (not opened for a set filter) or pressed "Try again": its code is asked for again if it is not in. */
  onOpen: () => void;
  onKeyword: (value: string) => void;
  onSubmit: (event: Event) => void;
}

/** True when a filter behind "More filters" is set: it opens (its code must be in first). */
export function moreSet(filters: Filters): boolean {
  return !!(filters.topic || filters.area || filters.formats.length || filters.paid || filters.sort !== 'closing');
}

/**
 * The filter form: the keyword box (searchBox, so the first paint does not carry the form fields
 * module), then "More filters", whose fields load after the first paint.
 */
export function filtersView(o: FiltersViewOptions): TemplateResult {
  const { t } = o;
  // The keyword is always there; the other filters wait behind "More filters" (open when one is set).
  const set = moreSet(o.filters);
  return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-heading" @submit=${o.onSubmit}>
    ${heading(o.level, t('filtersHeading'), { id: 'filters-heading' })}
    ${searchBox('field-q', 'field-q', t('keyword'), t('keywordHint'), o.keyword, o.onKeyword)}
    <details class="more-filters" ?open=${set} @toggle=${(event: Event) => !set && (event.target as HTMLDetailsElement).open && o.onOpen()}>
    <summary>${t('moreFilters')}</summary>
    <div class="filter-grid">${o.more ?? (o.busy && o.failed ? html`<p class="more-busy" role="status">${t('loading')}</p>` : o.failed ? html`<div class="more-failed" role="alert"><p>${t('apiError', 'network')}</p><button type="button" class="button secondary" @click=${o.onRetry}>${t('retry')}</button></div>` : nothing)}</div>
    </details>
  </form>`;
}
