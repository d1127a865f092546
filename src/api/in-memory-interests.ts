/** `InMemoryApi`'s expressions of interest: places counted, the waiting list, and staff answers with If-Match. */
import type { CallOptions, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { compare, notFound, problemError, RESPOND_WITHIN_DAYS, type InMemoryStore } from './in-memory-store.js';
import type { Id, Interest, InterestInput, InterestReceipt, InterestUpdate } from './types.js';
import { validateInterestInput, validateInterestUpdate } from './validation.js';
import { noteVersion } from './versions.js';

export async function create(store: InMemoryStore, opportunityId: Id, input: InterestInput, options?: WriteOptions): Promise<InterestReceipt> {
  await store.settle(options);
  return store.once(`createInterest:${opportunityId}`, options, input, () => {
    const opportunity = store.findOpportunity(opportunityId);
    store.check(validateInterestInput(input));
    if (opportunity.status !== 'open' && opportunity.status !== 'filled') throw problemError('conflict', 409, 'This opportunity has closed.');
    // Every place taken: the person goes on the waiting list, and the receipt says so.
    const waitingList = opportunity.status === 'filled' || (opportunity.places != null && opportunity.placesTaken >= opportunity.places);
    const now = store.now();
    const interest: Interest = {
      ...structuredClone(input),
      id: store.newId('int'),
      reference: store.newReference('INT'),
      opportunityId,
      status: 'new',
      note: '',
      createdAt: now,
      updatedAt: now,
      firstAnsweredAt: null,
      waitingList,
    };
    store.data.interests.push(interest);
    opportunity.interestCount = (opportunity.interestCount ?? 0) + 1;
    return {
      id: interest.id,
      reference: interest.reference,
      opportunityId,
      createdAt: now,
      respondWithinDays: RESPOND_WITHIN_DAYS.interest,
      waitingList,
    };
  });
}

export async function list(store: InMemoryStore, opportunityId: Id, options?: CallOptions): Promise<Interest[]> {
  await store.settle(options);
  store.requireStaff();
  store.findOpportunity(opportunityId);
  const items = store.data.interests.filter((i) => i.opportunityId === opportunityId).sort((a, b) => compare(a.createdAt, b.createdAt));
  return structuredClone(items).map((item) => noteVersion(item, store.version(item.id)));
}

export async function update(store: InMemoryStore, opportunityId: Id, interestId: Id, change: InterestUpdate, options?: UpdateOptions): Promise<Interest> {
  await store.settle(options);
  store.requireStaff();
  const opportunity = store.findOpportunity(opportunityId);
  const interest = store.data.interests.find((i) => i.id === interestId && i.opportunityId === opportunityId);
  if (!interest) throw notFound('expression of interest');
  store.check(validateInterestUpdate(change));
  if (change.status === 'joined' && interest.status !== 'joined' && opportunity.places != null && opportunity.placesTaken >= opportunity.places) {
    const message = `All ${opportunity.places} places are taken. Give a place back first, or keep this person on the waiting list.`;
    throw new ApiError('conflict', message, {
      status: 409,
      problem: { type: 'about:blank', title: 'Conflict', status: 409, detail: message, errors: [{ field: 'status', code: 'no-places-left', message }] },
    });
  }
  store.checkVersion(interest.id, options?.ifMatch);
  const now = store.now();
  if (change.status !== undefined && change.status !== interest.status) {
    if (interest.status === 'joined') opportunity.placesTaken = Math.max(0, opportunity.placesTaken - 1);
    if (change.status === 'joined') opportunity.placesTaken += 1;
    if (interest.status === 'new' && !interest.firstAnsweredAt) interest.firstAnsweredAt = now;
    interest.status = change.status;
    // The last place taken fills it; a place given back opens it again.
    if (opportunity.places != null && (opportunity.status === 'open' || opportunity.status === 'filled')) {
      opportunity.status = opportunity.placesTaken >= opportunity.places ? 'filled' : 'open';
    }
  }
  if (change.note !== undefined) interest.note = change.note;
  interest.updatedAt = now;
  return noteVersion(structuredClone(interest), store.version(interest.id));
}
