/** `InMemoryApi`'s feedback calls: the board (search, references, sorts), support counted once, and staff updates and merges. */
import type { CallOptions, UpdateOptions, WriteOptions } from './api.js';
import { compare, matchesAll, paginate, problemError, RESPOND_WITHIN_DAYS, words, type InMemoryStore } from './in-memory-store.js';
import { feedbackReferencesIn, UPDATE_PROBLEM_WORDS, updateProblems } from './rules.js';
import type { FeedbackChange, FeedbackInput, FeedbackItem, FeedbackPage, FeedbackQuery, FeedbackReceipt, FeedbackUpdate, FeedbackUpdateInput, Id, SupportResult } from './types.js';
import { validateFeedbackChange, validateFeedbackInput, validateFeedbackUpdateInput, validateSupporterKey } from './validation.js';
import { noteVersion } from './versions.js';

export async function list(store: InMemoryStore, query: FeedbackQuery = {}, options?: CallOptions): Promise<FeedbackPage> {
  await store.settle(options);
  const all = query.include === 'all';
  if (all) store.requireStaff();
  const keywordList = words(query.q);
  // A reference ("FB-8M2D") finds that item; other words search what was said.
  const references = feedbackReferencesIn(query.q);
  const items = store.data.feedback
    .filter(
      (f) =>
        (all || (f.published && !f.mergedInto)) &&
        (!query.status?.length || query.status.includes(f.status)) &&
        (!query.topic || f.topic === query.topic) &&
        (references.length ? references.includes(f.reference) : matchesAll(keywordList, words(f.text))),
    )
    .sort(feedbackSorts[query.sort ?? 'newest']);
  return paginate(items, query.cursor, query.limit, (f) => {
    const item = view(store, f);
    item.updates = item.updates.slice(-1);
    return item;
  });
}

export async function get(store: InMemoryStore, id: Id, options?: CallOptions): Promise<FeedbackItem> {
  await store.settle(options);
  return view(store, store.findFeedback(id));
}

export async function create(store: InMemoryStore, input: FeedbackInput, options?: WriteOptions): Promise<FeedbackReceipt> {
  await store.settle(options);
  return store.once('createFeedback', options, input, () => {
    store.check(validateFeedbackInput(input, store.taxonomyIds().topics));
    const now = store.now();
    const name = input.name?.trim() || null;
    const item: FeedbackItem = {
      id: store.newId('fb'),
      reference: store.newReference('FB'),
      topic: input.topic,
      text: input.text.trim(),
      language: input.language ?? 'en-GB',
      // The consent question promises the board shows it without the giver's name.
      attribution: null,
      name,
      reply: input.reply ? structuredClone(input.reply) : null,
      consentToPublish: input.consentToPublish,
      createdAt: now,
      status: 'received',
      published: false,
      mergedInto: null,
      supporters: 0,
      updates: [],
      updateCount: 0,
      lastUpdatedAt: now,
      lastAnsweredAt: null,
    };
    store.data.feedback.push(item);
    return { id: item.id, reference: item.reference, status: item.status, createdAt: now, respondWithinDays: RESPOND_WITHIN_DAYS.feedback };
  });
}

export async function support(store: InMemoryStore, id: Id, supporterKey: string, options?: WriteOptions): Promise<SupportResult> {
  await store.settle(options);
  return store.once(`supportFeedback:${id}`, options, { supporterKey }, () => {
    let item = store.findFeedback(id);
    store.check(validateSupporterKey(supporterKey));
    // Support for a merged item counts towards the item it was merged into.
    if (item.mergedInto) item = store.data.feedback.find((f) => f.id === item.mergedInto) ?? item;
    const keys = supportersOf(store, item.id);
    const counted = !keys.has(supporterKey);
    if (counted) {
      keys.add(supporterKey);
      item.supporters += 1;
    }
    return { supporters: item.supporters, counted };
  });
}

export async function update(store: InMemoryStore, id: Id, change: FeedbackChange, options?: UpdateOptions): Promise<FeedbackItem> {
  await store.settle(options);
  store.requireStaff();
  const item = store.findFeedback(id);
  store.check(validateFeedbackChange(change, store.taxonomyIds().topics));
  if (change.published === true && !item.consentToPublish) {
    store.check([{ field: 'published', message: 'This cannot be published: the person did not agree to it being shown', code: 'not-allowed' }]);
  }
  store.checkVersion(item.id, options?.ifMatch);
  if (change.status !== undefined) item.status = change.status;
  if (change.published !== undefined) item.published = change.published;
  if (change.topic !== undefined) item.topic = change.topic;
  item.lastUpdatedAt = store.now();
  return view(store, item);
}

export async function addUpdate(store: InMemoryStore, id: Id, update: FeedbackUpdateInput, options?: WriteOptions): Promise<FeedbackItem> {
  await store.settle(options);
  store.requireStaff();
  return store.once(`addFeedbackUpdate:${id}`, options, update, () => {
    const item = store.findFeedback(id);
    store.check(validateFeedbackUpdateInput(update));
    if (item.mergedInto) throw problemError('conflict', 409, 'This feedback was merged into another item: add the update there');
    store.check(updateProblems(update).map((p) => ({ ...p, message: UPDATE_PROBLEM_WORDS[p.code]! })));
    const now = store.now();
    const welsh = update.translations?.cy?.text.trim();
    const entry: FeedbackUpdate = {
      id: store.newId('upd'), kind: update.kind, text: update.text.trim(), language: update.language ?? 'en-GB', links: structuredClone(update.links ?? []),
      ...(welsh ? { translations: { cy: { text: welsh } } } : {}), createdAt: now,
    };
    item.updates.push(entry);
    if (update.kind === 'changed' || update.kind === 'not_changed') item.status = update.kind;
    item.updateCount = item.updates.length;
    item.lastUpdatedAt = now;
    store.bump(item.id);
    item.lastAnsweredAt = now;
    return view(store, item);
  });
}

export async function merge(store: InMemoryStore, id: Id, intoId: Id, options?: WriteOptions): Promise<FeedbackItem> {
  await store.settle(options);
  store.requireStaff();
  return store.once(`mergeFeedback:${id}`, options, { intoId }, () => {
    const item = store.findFeedback(id);
    if (intoId === id) store.check([{ field: 'intoId', message: 'Choose a different item to merge into', code: 'not-allowed' }]);
    const into = store.findFeedback(intoId);
    if (item.mergedInto) throw problemError('conflict', 409, 'This feedback has already been merged');
    if (into.mergedInto) throw problemError('conflict', 409, 'The item to merge into has itself been merged');
    const now = store.now();
    into.supporters += item.supporters + 1;
    const keys = supportersOf(store, into.id);
    for (const key of supportersOf(store, item.id)) keys.add(key);
    item.mergedInto = into.id;
    item.lastUpdatedAt = now;
    store.bump(item.id);
    into.lastUpdatedAt = now;
    store.bump(into.id);
    return view(store, into);
  });
}

function view(store: InMemoryStore, item: FeedbackItem): FeedbackItem {
  const copy = structuredClone(item);
  copy.updateCount ??= copy.updates.length;
  // Who gave it: staff with the feedback role only (the server's seesFeedbackGivers).
  if (!store.staff || !store.seesGivers()) {
    delete copy.name;
    delete copy.reply;
  }
  return noteVersion(copy, store.version(item.id));
}

function supportersOf(store: InMemoryStore, id: Id): Set<string> {
  let keys = store.supporterKeys.get(id);
  if (!keys) store.supporterKeys.set(id, (keys = new Set()));
  return keys;
}

const newestFeedback = (a: FeedbackItem, b: FeedbackItem) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id);

const feedbackSorts: Record<NonNullable<FeedbackQuery['sort']>, (a: FeedbackItem, b: FeedbackItem) => number> = {
  newest: newestFeedback,
  updated: (a, b) => compare(b.lastUpdatedAt, a.lastUpdatedAt) || newestFeedback(a, b),
  // Never answered first, longest waiting first; then those answered longest ago.
  oldest_unanswered: (a, b) => {
    const aw = a.lastAnsweredAt ?? null;
    const bw = b.lastAnsweredAt ?? null;
    if ((aw === null) !== (bw === null)) return aw === null ? -1 : 1;
    return compare(aw ?? a.createdAt, bw ?? b.createdAt) || compare(a.id, b.id);
  },
  most_supported: (a, b) => b.supporters - a.supporters || newestFeedback(a, b),
};
