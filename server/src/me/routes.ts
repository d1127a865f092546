import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Profile, ProfileInput } from '../../../src/api/types.js';
import { actorOf, inTransaction, operation, sendIdempotent, sendJson } from '../http.js';
import { iso } from '../present.js';
import { invalid, notFound, ProblemError } from '../problems.js';
import { audit } from '../repositories/audit.js';
import { askedOf, PROFILE_BODY_LIMIT, rememberGuess, seenBy } from '../routes/profiles.js';
import type { PreferencesInput } from '../messages/preferences.js';
import { identityOf, type ContactKeys, type Identity } from '../contacts.js';
import { etagOf, matches } from '../etag.js';
import { profileViewRoutes } from './profile-views.js';
import { erase, feedbackIn, interestsIn, profileInScope, profilesIn, type Scope } from './repository.js';
import { endSession, requestSignIn, sessionOf, signInWithCode, signInWithLink, signInWithProfileKey, type MeSession, type Resolved, type Session } from './sign-in.js';

export interface MeContext {
  keys: ContactKeys;
  signIn: Resolved;
  /** The council's name for the person's page (ORGANISATION_NAME); null: "staff". */
  organisation?: string | null;
}

type SignInProof = { link: string } | { address: string; code: string } | { profileId: string; key: string };

const WINDOW = '15 minutes';

/** The address typed into the sign-in form, checked against the channel asked for. */
function signInIdentity(text: string, channel: 'email' | 'text', field = 'address'): Identity {
  const identity = identityOf(text);
  if (channel === 'email' && identity?.kind !== 'email') throw invalid([{ field, code: 'invalid-email', message: 'Enter an email address in the right form, like name@example.com.' }]);
  if (!identity || (channel === 'text' && identity.kind !== 'phone')) throw invalid([{ field, code: channel === 'email' ? 'invalid-email' : 'invalid-phone', message: 'Enter a mobile number, like 07700 900123.' }]);
  return identity;
}

/** The session proved it owns this profile's address (a sign-in link or code sent to it; an edit token proves none: review M1). */
const provesWith = (keys: ContactKeys) => (session: MeSession, profile: Profile): boolean =>
  Boolean(session.contactHash && profile.contact && keys.hasher.ofContact(profile.contact) === session.contactHash);
const scopeOf = (session: MeSession): Scope => ({ contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] });
const bearerOf = (request: FastifyRequest) => (request.principal.kind === 'token' ? request.principal.token : undefined);
/** A person's profile's version on their page: when it last changed, in quotes (the client notes it from `updatedAt`). */
const versionOfMine = (profile: { updatedAt: string }) => `"${profile.updatedAt}"`;
const sessionBody = (session: Session) => ({ token: session.token, expiresAt: iso(session.expiresAt), signedInWith: session.signedInWith });

/** Coming back: sign-in links and codes, and the person's own page (`/me`), with erasure. */
export default async function meRoutes(app: FastifyInstance, me: MeContext): Promise<void> {
  const perIp = me.signIn.perIp === false ? undefined : { max: me.signIn.perIp, timeWindow: WINDOW };
  const session = (request: FastifyRequest) => sessionOf(app.db, bearerOf(request));
  const proves = provesWith(me.keys);

  operation(app, 'requestSignIn', { rateLimited: perIp ?? false }, async (request, reply) => {
    const body = request.body as { channel: 'email' | 'text'; address: string; locale?: 'en-GB' | 'cy'; readingLevel?: 'standard' | 'easy-read'; item?: string; attendance?: string };
    const identity = signInIdentity(body.address, body.channel);
    await requestSignIn(app.db, me.signIn, me.keys.hasher, { channel: body.channel, identity, locale: body.locale ?? 'en-GB', readingLevel: body.readingLevel ?? 'standard', item: body.item, attendance: body.attendance }, (error) =>
      request.log.warn({ errName: (error as Error)?.name }, 'A sign-in message could not be sent'),
    );
    return sendJson(reply, 202, { channel: body.channel, expiresInMinutes: me.signIn.codeMinutes });
  });

  // Guessing codes is limited per IP three times as tightly as asking for them is generous.
  operation(app, 'startMySession', { rateLimited: perIp ? { max: perIp.max * 2, timeWindow: WINDOW } : false }, async (request, reply) => {
    const proof = request.body as SignInProof;
    let started: Session;
    if ('link' in proof) started = await signInWithLink(app.db, me.signIn, proof.link);
    else if ('code' in proof) {
      const identity = identityOf(proof.address);
      if (identity?.kind !== 'phone') throw invalid([{ field: 'address', code: 'invalid-phone', message: 'Enter the mobile number the code was sent to, like 07700 900123.' }]);
      started = await signInWithCode(app.db, me.signIn, me.keys.hasher, identity, proof.code);
    } else started = await signInWithProfileKey(app.db, me.signIn, proof.profileId, proof.key);
    return sendJson(reply, 201, sessionBody(started));
  });

  operation(app, 'endMySession', {}, async (request, reply) => {
    await endSession(app.db, await sessionOf(app.db, bearerOf(request)));
    return reply.code(204).send();
  });

  operation(app, 'getMyInvolvement', {}, async (request, reply) => {
    const current = await session(request);
    const scope = scopeOf(current);
    // Each profile with how the person hears from us (its form asks how often, issue 15): the shared row only on an address they proved.
    const profiles = await Promise.all((await profilesIn(app.db, me.keys, scope)).map((p) => seenBy(app.repos, p, { proved: proves(current, p) })));
    const [interests, feedback] = [await interestsIn(app.db, me.keys, scope), await feedbackIn(app.db, me.keys, scope)];
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, { signedInWith: current.signedInWith, expiresAt: iso(current.expiresAt), profiles, interests, feedback });
  });

  profileViewRoutes(app, session, me.organisation ?? null);

  operation(app, 'updateMyProfile', { bodyLimit: PROFILE_BODY_LIMIT }, async (request, reply) => {
    const current = await session(request);
    const { profileId } = request.params as { profileId: string };
    const ifMatch = request.headers['if-match'];
    const saved = await inTransaction(app, async (repos, tx) => {
      if (!(await profileInScope(tx, scopeOf(current), profileId))) throw notFound('There is no profile of yours with that number.');
      const found = await repos.profiles.find(profileId, true);
      // The version is when the profile last changed, in quotes, as GET /me gives it (or the whole profile's ETag, as before).
      const now = found!.profile;
      if (ifMatch && !matches(ifMatch, versionOfMine(now)) && !matches(ifMatch, etagOf(JSON.stringify(now)))) {
        throw new ProblemError(412, 'This profile was changed somewhere else since you opened it (another tab, or the council on your request). What is saved now is on your page.', { headers: { etag: versionOfMine(now) } });
      }
      const shown = await seenBy(repos, now, { proved: proves(current, now) });
      const saved = await repos.profiles.update(profileId, request.body as ProfileInput);
      // As on the profile's own route: the page's language is a guess, how often this profile's choice when it changed it.
      // On an address this session proved, how often changes only through /message-preferences: a frequency sent here may be
      // one read before a change made there (an old page, another client putting back GET /me), and the version cannot tell.
      const { frequency, ...asked } = ((request.body as ProfileInput).messages ?? {}) as PreferencesInput;
      const own = proves(current, saved) ? asked : askedOf({ ...asked, ...(frequency ? { frequency } : {}) }, shown, saved);
      if ((request.body as ProfileInput).messages && saved.contact) await rememberGuess(repos, saved.contact, own, request, saved.id);
      return seenBy(repos, saved, { proved: proves(current, saved) });
    });
    reply.header('etag', versionOfMine(saved));
    return sendJson(reply, 200, saved);
  });

  operation(app, 'deleteMyProfile', {}, async (request, reply) => {
    const current = await session(request);
    const { profileId } = request.params as { profileId: string };
    await app.db.transaction(async (tx) => {
      if (!(await profileInScope(tx, scopeOf(current), profileId))) throw notFound('There is no profile of yours with that number.');
      await erase(tx, { contactHash: null, profileIds: [profileId] });
    });
    return reply.code(204).send();
  });

  operation(app, 'eraseMe', {}, async (request, reply) => {
    const current = await session(request);
    const summary = await app.db.transaction(async (tx) => {
      const counts = await erase(tx, scopeOf(current));
      await endSession(tx, current);
      await audit(tx, 'self', 'eraseMe', [], { ...counts });
      return counts;
    });
    return sendJson(reply, 200, summary);
  });

  operation(app, 'erasePerson', { access: 'staff' }, async (request, reply) => {
    const body = request.body as ({ profileId: string } | { address: string }) & { reason?: string };
    if (!body.reason) throw invalid([{ field: 'reason', code: 'required', message: 'Choose why you are erasing what this person gave us.' }]);
    // A retry after a lost reply (the HTTP client retries POSTs with the same key) gets the first
    // answer, not a 404 for the profile it already erased. The stored reply holds counts only.
    return sendIdempotent(request, reply, async (_repos, tx) => {
      let scope: Scope;
      if ('profileId' in body) {
        const [row] = await tx.query<{ id: string; contact_hash: string | null }>('SELECT id, contact_hash FROM profiles WHERE id = $1', [body.profileId]);
        if (!row) throw notFound('There is no profile with that number.');
        // Staff check who is asking before they erase: by profile, everything its contact details reach goes too.
        scope = { contactHash: row.contact_hash || null, profileIds: [row.id] };
      } else {
        const identity = identityOf(body.address);
        if (!identity) throw invalid([{ field: 'address', code: 'invalid-format', message: 'Enter the email address or phone number the person gave.' }]);
        scope = { contactHash: me.keys.hasher.hash(identity), profileIds: [] };
      }
      const counts = await erase(tx, scope);
      // No message confirms it through the outbox: that would keep the person's address (sealed) for the
      // retention period after they asked us to forget it. Staff answer the request the way it came.
      await audit(tx, actorOf(request), 'erasePerson', [], { ...counts, by: 'profileId' in body ? 'profile' : 'address', ...(body.reason ? { reason: body.reason } : {}) });
      return { status: 200, body: counts };
    });
  });
}
