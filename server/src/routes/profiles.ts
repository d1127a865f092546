import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isStaff, type Principal } from '../auth.js';
import { newId, newToken, sha256 } from '../crypto.js';
import { etagOf, matches } from '../etag.js';
import { actorOf, inTransaction, operation, param, sendIdempotent, sendJson } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { forbidden, invalid, notFound, ProblemError, unauthorized } from '../problems.js';
import { deciderOf, languageOf } from '../messages/index.js';
import type { PreferencesInput } from '../messages/preferences.js';
import { profileChanged } from '../messages/templates-profile.js';
import type { ProfileRecord } from '../repositories/profiles.js';
import { changedParts } from '../../../src/api/profile-parts.js';
import type { Repositories } from '../repositories/index.js';
import type { ChangeReasonCode, Profile, ProfileInput, ProfileQuery } from '../types.js';

// A profile may carry a picture of up to 1 MB as a data URL.
export const PROFILE_BODY_LIMIT = 2 * 1024 * 1024;

/** The edit token, the owner's sign-in, or (for reading) staff; 401 without a token, 403 with the wrong one. */
function accessTo(found: ProfileRecord | undefined, principal: Principal, allowStaff: boolean): 'owner' | 'staff' {
  if (principal.kind === 'anonymous') throw unauthorized('Send the profile\'s edit token, or sign in, to reach this profile.');
  if (principal.kind === 'invalid') throw unauthorized(principal.reason);
  if (!found) throw notFound('There is no profile with that id.');
  if (principal.kind === 'token') {
    const given = Buffer.from(sha256(principal.token));
    const stored = Buffer.from(found.editTokenHash);
    if (given.length === stored.length && timingSafeEqual(given, stored)) return 'owner';
    throw forbidden('That edit token is not for this profile.');
  }
  if (found.ownerSub && found.ownerSub === principal.sub) return 'owner';
  if (allowStaff && isStaff(principal)) return 'staff';
  throw forbidden('This profile belongs to someone else.');
}


/**
 * Staff changed or deleted a person's profile: the reason goes in the audit record, and the
 * person is told (through the outbox, at the contact on the profile) what changed and why.
 */
async function staffChanged(repos: Repositories, request: FastifyRequest, action: 'updateProfile' | 'deleteProfile', before: ProfileInput & { id: string }, after?: ProfileInput): Promise<void> {
  const reason = staffReason(request);
  const parts = after ? changedParts(before, after) : [];
  await repos.audit(actorOf(request), action, [before.id], { ...(reason ? { reason } : {}), ...(after ? { parts } : {}) });
  if (!before.contact || (after && parts.length === 0)) return;
  const author = deciderOf(request);
  await repos.messages.send({
    message: profileChanged.with({ change: after ? 'corrected' : 'deleted', ...(after ? { parts } : {}), ...(reason ? { reason } : {}), ...(author ? { author } : {}) }),
    about: { type: 'profile', id: before.id },
    // At the contact the profile has now: a corrected address is the right one.
    to: after?.contact ?? before.contact,
    // In the language the person chose for our messages, if they ever did; English is only a
    // guess for someone we have not written to, and is not kept as their choice.
    language: 'en-GB',
    // A deleted profile's address is kept only until this message has gone, and the link is their page.
    last: !after,
  });
}

/** Staff say why they change or delete a person's profile (the person is told it, and it is audited): a 422 without one. */
export function staffReason(request: FastifyRequest): ChangeReasonCode {
  const reason = (request.query as { reason?: ChangeReasonCode }).reason;
  if (!reason) throw invalid([{ field: 'reason', code: 'required', message: 'Choose why you are changing this person\'s profile: the person is told it.' }]);
  return reason;
}

/** Staff read a profile in the pool (its `updatedAt` in quotes) or on its own (the ETag of its body): either is the version for If-Match. */
const currentVersion = (ifMatch: string, profile: { updatedAt: string }): boolean => matches(ifMatch, etagOf(JSON.stringify(profile))) || matches(ifMatch, `"${profile.updatedAt}"`);

/**
 * A profile's `messages` are the page's language and reading level, sent with every save: a guess
 * for someone we have not heard from, never a choice. What the person chose on their preferences
 * page (language, reading level, frequency) stays, and a profile saved is no request to hear from
 * us, so an unsubscribe stays too. Only a frequency is taken as chosen, and only as this profile's
 * (`profileId`): a save proves nothing about the address, so it sets how often only for an address
 * with no choice yet, or one this same profile set; never over a choice made where the person proved
 * the address (a stranger may make a profile with anyone's address).
 */
export function rememberGuess(repos: Repositories, contact: NonNullable<ProfileInput['contact']>, guess: PreferencesInput, request: FastifyRequest, profileId: string): Promise<string | null> {
  const chosen: PreferencesInput = { ...(guess.channel === 'none' ? { channel: 'none' } : {}), ...(guess.frequency ? { frequency: guess.frequency } : {}) };
  return repos.messages.remember(contact, chosen, guess.language ?? languageOf(request), guess.readingLevel, profileId);
}

/**
 * What a save asks of the shared preferences row. The form sends back how often as its read showed
 * it; unchanged, on the same address, that is no choice (it may be older than a change made on the
 * preferences page since), so only a changed frequency is taken as chosen (review N9).
 */
export function askedOf(asked: PreferencesInput, shown: Profile, saved: Profile): PreferencesInput {
  const { frequency, ...rest } = asked;
  const same = frequency === shown.messages?.frequency && JSON.stringify(shown.contact) === JSON.stringify(saved.contact);
  return same ? rest : asked;
}

/**
 * Who reads a profile, for what its answer says of how they hear from us (`messages`, issue 15):
 * staff (nothing of it); whoever just made it (only what that request sent: anyone may POST any
 * address, review M1); or the person, who gets the shared preferences row (found by contact
 * address) only when they proved they own that address (a `/me` session from a sign-in link or
 * code sent to it), else only what this profile itself chose: how often (an edit token, a `/me`
 * session started from one).
 */
export type Reader = { staff: true } | { made: ProfileInput } | { proved: boolean };

export const STAFF: Reader = { staff: true };
export const PERSON: Reader = { proved: false };

/** A profile as `reader` sees it: the one way a profile's answer carries `messages`. The ETag is of this body. */
export async function seenBy(repos: Pick<Repositories, 'messages' | 'profiles'>, profile: Profile, reader: Reader): Promise<Profile> {
  if ('staff' in reader) return profile;
  if ('made' in reader) return withChosen(profile, (reader.made.messages ?? {}) as PreferencesInput);
  if (reader.proved && profile.contact) {
    const messages = await repos.messages.chosenBy(profile.contact);
    if (messages) return { ...profile, messages };
  }
  return withChosen(profile, { frequency: await repos.profiles.frequencyOf(profile.id) });
}

/** The profile with the language, reading level and frequency given (those set), if any. */
function withChosen(profile: Profile, { language, readingLevel, frequency }: PreferencesInput): Profile {
  const messages = { ...(language ? { language } : {}), ...(readingLevel ? { readingLevel } : {}), ...(frequency ? { frequency } : {}) };
  return Object.keys(messages).length ? { ...profile, messages } : profile;
}

export default async function profileRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'createProfile', { rateLimited: true, bodyLimit: PROFILE_BODY_LIMIT }, async (request, reply) => {
    const input = request.body as ProfileInput;
    if (request.principal.kind === 'invalid') throw unauthorized(request.principal.reason);
    const ownerSub = request.principal.kind === 'jwt' ? request.principal.sub : null;
    return sendIdempotent(request, reply, async (repos) => {
      const id = newId();
      const editToken = newToken();
      const profile = await repos.profiles.insert({ id, input, editToken, ownerSub });
      // How they want to hear from us, if they said on their profile: a message staff send later is in their language.
      if (input.messages && input.contact) await rememberGuess(repos, input.contact, input.messages as PreferencesInput, request, id);
      return { status: 201, body: { profile: await seenBy(repos, profile, { made: input }), editToken }, headers: { location: `/api/v1/profiles/${id}` } };
    });
  });

  operation(app, 'getProfile', {}, async (request, reply) => {
    const found = await app.repos.profiles.find(param(request, 'profileId'));
    const byStaff = accessTo(found, request.principal, true) === 'staff';
    if (byStaff) await app.repos.audit(actorOf(request), 'getProfile', [found!.profile.id]);
    return sendJson(reply, 200, await seenBy(app.repos, found!.profile, byStaff ? STAFF : PERSON));
  });

  operation(app, 'updateProfile', { bodyLimit: PROFILE_BODY_LIMIT }, async (request, reply) => {
    const ifMatch = request.headers['if-match'];
    const updated = await inTransaction(app, async (repos) => {
      const found = await repos.profiles.find(param(request, 'profileId'), true);
      // Staff correct a profile when the person asks them to; every correction is audited and told.
      const byStaff = accessTo(found, request.principal, true) === 'staff';
      if (byStaff) staffReason(request);
      // The person read it with their messages (seenBy): that body's ETag is a version too.
      const reader = byStaff ? STAFF : PERSON;
      const shown = await seenBy(repos, found!.profile, reader);
      if (ifMatch && !currentVersion(ifMatch, found!.profile) && !matches(ifMatch, etagOf(JSON.stringify(shown)))) {
        throw new ProblemError(412, 'This profile was changed somewhere else since you opened it. Reload it, then make your change again.');
      }
      const saved = await repos.profiles.update(found!.profile.id, request.body as ProfileInput);
      const asked = (request.body as ProfileInput).messages;
      if (!byStaff && asked && saved.contact) await rememberGuess(repos, saved.contact, askedOf(asked as PreferencesInput, shown, saved), request, saved.id);
      if (byStaff) await staffChanged(repos, request, 'updateProfile', found!.profile, saved);
      return seenBy(repos, saved, reader);
    });
    // The new version, so the next change can carry it as If-Match.
    reply.header('etag', etagOf(JSON.stringify(updated)));
    return sendJson(reply, 200, updated);
  });

  operation(app, 'deleteProfile', {}, async (request, reply) => {
    await inTransaction(app, async (repos) => {
      const found = await repos.profiles.find(param(request, 'profileId'), true);
      if (accessTo(found, request.principal, true) === 'staff') {
        await staffChanged(repos, request, 'deleteProfile', found!.profile);
        await repos.profiles.rememberDeletion(found!.profile.id);
      }
      await repos.profiles.delete(found!.profile.id);
    });
    return reply.code(204).send();
  });

  operation(app, 'listProfiles', { access: 'staff' }, async (request, reply) => {
    const query = request.query as ProfileQuery;
    const filters = { topic: query.topic, skill: query.skill };
    const offset = decodeCursor(query.cursor, filters);
    const { items, total } = await app.repos.profiles.list(query, { offset, limit: query.limit ?? 20 });
    await app.repos.audit(actorOf(request), 'listProfiles', items.map((p) => p.id), { topic: query.topic ?? null, skill: query.skill ?? null });
    return sendJson(reply, 200, { items, total, nextCursor: nextCursor(offset, items.length, total, filters) });
  });
}
