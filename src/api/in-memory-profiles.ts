/** `InMemoryApi`'s profile calls: the edit token for the person, any profile for staff (with a reason from the contract's list). */
import type { CallOptions, ProfileCallOptions, WriteOptions } from './api.js';
import { compare, notFound, paginate, problemError, reasonRequired, type InMemoryStore } from './in-memory-store.js';
import { changedParts } from './profile-parts.js';
import { CHANGE_REASONS } from './rules.js';
import type { ChangeReasonCode, Id, Profile, ProfileCreated, ProfileInput, ProfileQuery } from './types.js';
import { validateProfileInput } from './validation.js';
import { noteVersion } from './versions.js';

export async function create(store: InMemoryStore, input: ProfileInput, options?: WriteOptions): Promise<ProfileCreated> {
  await store.settle(options);
  return store.once('createProfile', options, input, () => {
    store.check(validateProfileInput(input));
    const now = store.now();
    const profile: Profile = { ...structuredClone(input), id: store.newId('prof'), createdAt: now, updatedAt: now };
    const editToken = store.newToken();
    store.data.profiles.push(profile);
    store.editTokens.set(profile.id, editToken);
    return { profile: structuredClone(profile), editToken };
  });
}

/** Staff reads and changes of a person's profile go to the audit trail, as the server writes them (the person's own do not). */
export type ProfileAudit = (action: 'getProfile' | 'updateProfile' | 'deleteProfile' | 'listProfiles', ids: Id[], detail: Record<string, unknown> | null) => void;

export async function get(store: InMemoryStore, id: Id, options?: ProfileCallOptions, audit?: ProfileAudit): Promise<Profile> {
  await store.settle(options);
  // The contract lets staff read, correct and delete any profile (on the person's request).
  const profile = ownProfile(store, id, options?.profileToken);
  if (options?.profileToken === undefined) audit?.('getProfile', [id], null);
  return noteVersion(structuredClone(profile), store.version(id));
}

export async function update(store: InMemoryStore, id: Id, input: ProfileInput, options?: ProfileCallOptions, audit?: ProfileAudit): Promise<Profile> {
  await store.settle(options);
  const current = ownProfile(store, id, options?.profileToken);
  checkReason(options?.reason, options?.profileToken === undefined);
  store.check(validateProfileInput(input));
  store.checkVersion(id, options?.ifMatch);
  const next: Profile = { ...structuredClone(input), id, createdAt: current.createdAt, updatedAt: store.now() };
  store.data.profiles[store.data.profiles.indexOf(current)] = next;
  if (options?.profileToken === undefined) audit?.('updateProfile', [id], { ...(options?.reason ? { reason: options.reason } : {}), parts: changedParts(current, input) });
  return noteVersion(structuredClone(next), store.version(id));
}

export async function remove(store: InMemoryStore, id: Id, options?: ProfileCallOptions, audit?: ProfileAudit): Promise<void> {
  await store.settle(options);
  const current = ownProfile(store, id, options?.profileToken);
  checkReason(options?.reason, options?.profileToken === undefined);
  store.data.profiles.splice(store.data.profiles.indexOf(current), 1);
  store.editTokens.delete(id);
  if (options?.profileToken === undefined) audit?.('deleteProfile', [id], options?.reason ? { reason: options.reason } : {});
}

export async function list(store: InMemoryStore, query: ProfileQuery = {}, options?: CallOptions, audit?: ProfileAudit): Promise<{ items: Profile[]; total: number; nextCursor: string | null }> {
  await store.settle(options);
  store.requireStaff();
  const skill = query.skill?.trim().toLowerCase();
  const items = store.data.profiles
    .filter((p) => (!query.topic || (p.topics ?? []).includes(query.topic)) && (!skill || (p.skills ?? []).some((s) => s.toLowerCase().includes(skill))))
    .sort((a, b) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id));
  const page = paginate(items, query.cursor, query.limit, (p) => structuredClone(p));
  audit?.('listProfiles', page.items.map((p) => p.id), { topic: query.topic ?? null, skill: query.skill ?? null });
  return page;
}

/** Staff say why they change a person's profile with one of the contract's codes (the person on their own profile need not). */
function checkReason(reason: unknown, byStaff: boolean): void {
  if (byStaff && reason === undefined) throw reasonRequired('Choose why you are changing this person’s profile: the person is told it.');
  if (reason !== undefined && !CHANGE_REASONS.includes(reason as ChangeReasonCode)) throw problemError('validation', 400, 'Choose why you are changing this profile from the list');
}

function ownProfile(store: InMemoryStore, id: Id, token: string | undefined): Profile {
  const profile = store.data.profiles.find((p) => p.id === id);
  if (token === undefined) {
    if (!store.staff) throw problemError('unauthorized', 401, 'Use the link or code you were given when you saved your profile');
    if (!profile) throw notFound('profile');
    return profile;
  }
  if (!profile) throw notFound('profile');
  if (store.editTokens.get(id) !== token) throw problemError('forbidden', 403, 'This code does not open this profile');
  return profile;
}
