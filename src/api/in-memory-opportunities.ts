/** `InMemoryApi`'s opportunity calls: search in both languages, filters, sorts, pages, and staff writes with If-Match. */
import type { CallOptions, UpdateOptions, WriteOptions } from './api.js';
import { compare, matchesAll, paginate, words, type InMemoryStore } from './in-memory-store.js';
import type { Id, Opportunity, OpportunityInput, OpportunityPage, OpportunityQuery, OpportunityStatus } from './types.js';
import { validateOpportunityInput } from './validation.js';
import { noteVersion } from './versions.js';

export async function list(store: InMemoryStore, query: OpportunityQuery = {}, options?: CallOptions): Promise<OpportunityPage> {
  await store.settle(options);
  const statuses: readonly OpportunityStatus[] = query.status?.length ? query.status : ['open'];
  if (statuses.some((s) => s !== 'open')) store.requireStaff();
  const keywordList = words(query.q);
  let items = store.data.opportunities.filter((o) => statuses.includes(o.status) && matchesQuery(o, query));
  const sort = query.sort ?? 'closing';
  items = items.sort(sort === 'newest' ? byNewest : byClosing);
  if (sort === 'relevance' && keywordList.length) {
    const score = (o: Opportunity) => keywordList.reduce((n, w) => n + (o.title.toLowerCase().includes(w) ? 3 : 0) + (o.summary.toLowerCase().includes(w) ? 2 : 0), 0);
    // Array#sort is stable, so equal scores keep the closing-date order.
    items = items.sort((a, b) => score(b) - score(a));
  }
  return paginate(items, query.cursor, query.limit, (o) => view(store, o));
}

/** The search's filters (keywords in both languages, topic, ways, area, organisation, paid): one rule for the list and "Only what may suit me". */
export function matchesQuery(o: Opportunity, query: Omit<OpportunityQuery, 'status' | 'sort' | 'cursor' | 'limit'>): boolean {
  return (
    (!query.topic?.length || query.topic.some((t) => o.topics.includes(t))) &&
    (!query.format?.length || query.format.some((m) => o.where.modes.includes(m))) &&
    (!query.area || (o.area?.id ?? o.where.areaId) === query.area) &&
    (!query.organisation || o.organisationId === query.organisation) &&
    (query.paid === undefined || query.paid === (o.payment.type === 'paid')) &&
    matchesAll(words(query.q), opportunityWords(o))
  );
}

export async function get(store: InMemoryStore, id: Id, options?: CallOptions): Promise<Opportunity> {
  await store.settle(options);
  const opportunity = store.findOpportunity(id);
  return noteVersion(view(store, opportunity), store.version(id));
}

export async function create(store: InMemoryStore, input: OpportunityInput, options?: WriteOptions): Promise<Opportunity> {
  await store.settle(options);
  store.requireStaff();
  return store.once('createOpportunity', options, input, () => {
    store.check(validateOpportunityInput(input, store.taxonomyIds()));
    const now = store.now();
    const opportunity: Opportunity = {
      ...structuredClone(input),
      id: store.newId('opp'),
      ...terms(store, input),
      placesTaken: 0,
      interestCount: 0,
      createdAt: now,
      updatedAt: now,
      publishedAt: input.status === 'draft' ? null : now,
    };
    store.data.opportunities.push(opportunity);
    return view(store, opportunity);
  });
}

export async function update(store: InMemoryStore, id: Id, input: OpportunityInput, options?: UpdateOptions): Promise<Opportunity> {
  await store.settle(options);
  store.requireStaff();
  const current = store.findOpportunity(id);
  store.check(validateOpportunityInput(input, store.taxonomyIds()));
  store.checkVersion(id, options?.ifMatch);
  const now = store.now();
  const next: Opportunity = {
    ...structuredClone(input),
    id,
    ...terms(store, input),
    placesTaken: current.placesTaken,
    interestCount: current.interestCount ?? 0,
    createdAt: current.createdAt,
    updatedAt: now,
    publishedAt: current.publishedAt ?? (input.status === 'draft' ? null : now),
  };
  store.data.opportunities[store.data.opportunities.indexOf(current)] = next;
  return noteVersion(view(store, next), store.version(id));
}

function view(store: InMemoryStore, opportunity: Opportunity): Opportunity {
  const copy = structuredClone(opportunity);
  if (!store.staff) delete copy.interestCount;
  return copy;
}

function terms(store: InMemoryStore, input: OpportunityInput): Pick<Opportunity, 'organisation' | 'area'> {
  const { organisations, areas } = store.data.taxonomy;
  const organisation = organisations.find((t) => t.id === input.organisationId) ?? { id: input.organisationId, name: { en: input.organisationId } };
  const area = input.where.areaId ? (areas.find((t) => t.id === input.where.areaId) ?? null) : null;
  return { organisation: structuredClone(organisation), area: structuredClone(area) };
}

/** What search reads: the same fields in English and Welsh as the server's index. */
function opportunityWords(o: Opportunity): string[] {
  const cy = o.translations?.cy;
  return [o.title, o.summary, o.description, o.experienceNeeded, ...(o.skills ?? []), cy?.title, cy?.summary, cy?.description, cy?.experienceNeeded].flatMap(words);
}

/** Soonest closing date first; no closing date last; then newest. */
function byClosing(a: Opportunity, b: Opportunity): number {
  const ac = a.closingDate ?? null;
  const bc = b.closingDate ?? null;
  if (ac !== bc) {
    if (ac === null) return 1;
    if (bc === null) return -1;
    return compare(ac, bc);
  }
  return byNewest(a, b);
}

function byNewest(a: Opportunity, b: Opportunity): number {
  return compare(b.publishedAt ?? b.createdAt, a.publishedAt ?? a.createdAt) || compare(a.id, b.id);
}
