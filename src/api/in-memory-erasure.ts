/**
 * `InMemoryApi.erasePerson` (issue 15): staff erase everything that is one person's on their
 * request, as the server does (server/src/me/repository.ts `erase`): the profile, every
 * expression of interest and feedback item given with the same address; a published feedback
 * item keeps its text without the name or contact. So the staff screens and stories work
 * without a server. Counts only come back, as from the server.
 */
import type { WriteOptions } from './api.js';
import { notFound, problemError, reasonRequired, type InMemoryStore } from './in-memory-store.js';
import { CHANGE_REASONS } from './rules.js';
import type { ChangeReasonCode, ErasureRequest, ErasureSummary } from './types.js';

/** An address as the server's contact hash compares it: an email in lower case, a phone number's digits. */
const normal = (detail: string | undefined | null): string => {
  const text = (detail ?? '').trim().toLowerCase();
  return text.includes('@') ? text : text.replace(/\D/g, '');
};

/** Removes `gone` from `list` in place (other modules hold the same arrays). */
function drop<T>(list: T[], gone: readonly T[]): void {
  for (const item of gone) list.splice(list.indexOf(item), 1);
}

export async function erasePerson(store: InMemoryStore, request: ErasureRequest, options?: WriteOptions): Promise<ErasureSummary> {
  await store.settle(options);
  store.requireStaff();
  if (request.reason === undefined) throw reasonRequired('Choose why you are erasing what this person gave us.');
  if (request.reason !== undefined && !CHANGE_REASONS.includes(request.reason as ChangeReasonCode)) {
    throw problemError('validation', 422, 'Choose why you are erasing this person’s details from the list');
  }
  return store.once('erasePerson', options, request, () => {
    const profile = 'profileId' in request ? store.data.profiles.find((p) => p.id === request.profileId) : undefined;
    if ('profileId' in request && !profile) throw notFound('profile');
    const address = normal('address' in request ? request.address : profile?.contact?.detail);
    const same = (contact: { detail?: string } | null | undefined) => Boolean(address) && normal(contact?.detail) === address;
    const data = store.data;
    const profiles = data.profiles.filter((p) => p === profile || same(p.contact));
    const interests = data.interests.filter((i) => same(i.contact));
    const feedback = data.feedback.filter((f) => same(f.reply));
    const removed = feedback.filter((f) => !f.published);
    drop(data.profiles, profiles);
    drop(data.interests, interests);
    drop(data.feedback, removed);
    // Their "tell me when this changes" on items they supported: nothing more is sent to them.
    drop(store.supporters, store.supporters.filter((s) => same(s.contact)));
    for (const f of feedback) if (f.published) Object.assign(f, { name: null, reply: null });
    for (const p of profiles) store.editTokens.delete(p.id);
    return { profiles: profiles.length, interests: interests.length, feedbackRemoved: removed.length, feedbackAnonymised: feedback.length - removed.length };
  });
}
