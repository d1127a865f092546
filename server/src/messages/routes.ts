/**
 * HTTP for messages: staff see who was told; a person changes their choices from a message's
 * link; one-click unsubscribe (RFC 8058) without signing in, and turning messages back on from
 * the page it shows (stop-page.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContactCipher } from '../contacts.js';
import { hiddenMessageSubjects, requireRole, seesFeedbackGivers } from '../auth.js';
import { actorOf, operation, sendIdempotent, sendJson } from '../http.js';
import { iso, isoOrNull } from '../present.js';
import { sessionOf } from '../me/sign-in.js';
import { badRequest, conflict, notFound } from '../problems.js';
import type { Links } from './links.js';
import { wordsByHand } from './catalog.js';
import { NO_REACH, type CouncilReach } from './registry.js';
import { languageOf } from './index.js';
import { markManualDone, messagesAbout, messagesByHand, type ToldRow } from './outbox.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { changePreferences, findPreferences, presentPreferences, resubscribe, unsubscribe, type PreferencesInput } from './preferences.js';
import { invalidPage, stopPage, type Reader } from './stop-page.js';
import { verifyToken } from './tokens.js';

/** Staff see enough to know who it was, not the whole address (they send letters and calls by hand, so those are whole). */
export function maskAddress(channel: string, address: string | null): string {
  if (!address) return '';
  if (channel === 'email') {
    const [user = '', domain = ''] = address.split('@');
    return `${user.slice(0, 1)}•••@${domain}`;
  }
  if (channel === 'text') return `••• ${address.slice(-3)}`;
  return address;
}

/**
 * `hideFeedback`: for staff without the feedback role (listed by person, or marked as sent by
 * hand), a message about a feedback item says that it was sent and whether it arrived, never
 * which item (that would tell them what the person said to the feedback team).
 */
const presentTold = (r: ToldRow, cipher: ContactCipher, hideFeedback = false) => ({
  id: r.id,
  event: r.event,
  decision: r.decision,
  subjectId: hideFeedback && r.subject_type === 'feedback' ? null : r.subject_id,
  role: r.role ?? null,
  channel: r.channel,
  to: maskAddress(r.channel, cipher.openOrNull(r.address)),
  status: r.status,
  summaryStatus: r.summary_status ?? null,
  attempts: r.attempts,
  failureReason: r.failure_reason ?? null,
  createdAt: iso(r.created_at),
  sentAt: isoOrNull(r.status === 'summarised' ? r.summary_sent_at : r.sent_at),
  deliveredAt: isoOrNull(r.delivered_at),
});

export function messageRoutes(app: FastifyInstance, links: Links, council: CouncilReach = NO_REACH): void {
  operation(app, 'listMessages', { access: 'staff' }, async (request, reply) => {
    const { reason, ...query } = request.query as { feedbackId?: string; interestId?: string; opportunityId?: string; profileId?: string; reason?: string };
    const given = [query.feedbackId, query.interestId, query.opportunityId, query.profileId].filter(Boolean);
    if (given.length !== 1) throw badRequest('Give exactly one of feedbackId, interestId, opportunityId or profileId.');
    // Everything sent to one person is about the person, not an item: the people role, as the pool is.
    if (query.profileId) requireRole(request.principal, 'people');
    // …and a read about that person, like the pool's: staff say why (issue 15, audited with it).
    if (query.profileId && !reason) throw badRequest('Say why you are reading what was sent to this person.', [{ field: 'reason', code: 'required', message: 'Give a reason for reading what was sent to this person.' }]);
    // The messages about one feedback item are its givers and supporters: the feedback team's
    // (else their ids join the per-person list above to the item a person gave).
    if (query.feedbackId) requireRole(request.principal, 'feedback');
    const hideFeedback = !seesFeedbackGivers(request.principal);
    const rows = await messagesAbout(app.db, query);
    // A person's messages are a read about them: their profile id is a subject, so their "staff looked at your profile" shows it.
    await app.repos.audit(actorOf(request), 'listMessages', [...(query.profileId ? [query.profileId] : []), ...rows.map((r) => r.id)], { ...query, ...(reason && { reason }) });
    return sendJson(reply, 200, { items: rows.map((r) => presentTold(r, app.contactKeys.cipher, hideFeedback)) });
  });

  // Issue 15 item 2: one list of every letter, call and supporter message still to send by hand.
  operation(app, 'listMessagesByHand', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'people');
    const { reason, cursor, limit = 20 } = request.query as { reason: string; cursor?: string; limit?: number };
    const offset = decodeCursor(cursor, 'by-hand');
    // A message about a subject the viewer's roles do not cover is left out, not blanked: its
    // contact and words are what it takes to send it, and they are that role's (a feedback giver's
    // reply contact, a claim's amounts and finance's question).
    const { rows, total } = await messagesByHand(app.db, hiddenMessageSubjects(request.principal), offset, limit);
    const items = rows.map((r) => ({
      ...presentTold(r, app.contactKeys.cipher),
      says: wordsByHand({ event: r.event, data: r.data }, r.language, r.reading_level, council, r.channel === 'phone' ? 'call' : 'letter'),
      language: r.language,
      readingLevel: r.reading_level,
    }));
    // The messages read, and apart from them the people they go to, so a person's "staff looked at
    // your profile" shows the read (review MUST-FIX 2). Never one row with both: the auditor reads
    // subject ids whole, and a message id beside a profile id joins that profile to what the
    // message is about. A feedback giver's profile is left out altogether: with the
    // listMessages?feedbackId= entries it would say who gave which feedback, which only the
    // feedback team may know (seesFeedbackGivers).
    await app.repos.audit(actorOf(request), 'listMessagesByHand', rows.map((r) => r.id), { reason });
    const profiles = [...new Set(rows.flatMap((r) => (r.subject_type === 'feedback' ? [] : (r.profile_ids ?? []))))];
    if (profiles.length) await app.repos.audit(actorOf(request), 'listMessagesByHand', profiles, { reason, read: 'the people whose messages wait to be sent by hand' });
    return sendJson(reply, 200, { items, total, nextCursor: nextCursor(offset, limit, total, 'by-hand') }, { 'cache-control': 'no-store' });
  });

  operation(app, 'markMessageDone', { access: 'staff' }, async (request, reply) => {
    // The by-hand list's rule, row by row: the people role, and only a message whose subject the
    // viewer's roles cover (a feedback giver's letter is the feedback team's, a claim's finance's).
    requireRole(request.principal, 'people');
    const hidden = hiddenMessageSubjects(request.principal);
    const { messageId } = request.params as { messageId: string };
    return sendIdempotent(request, reply, async (repos, tx) => {
      const [exists] = await tx.query<{ subject_type: string; subject_id: string }>('SELECT subject_type, subject_id FROM messages WHERE id = $1 FOR UPDATE', [messageId]);
      // One answer for "none" and "not yours to see": it says nothing about whether such a message exists.
      if (!exists || hidden.includes(exists.subject_type)) throw notFound('There is no message with that id.');
      if (!(await markManualDone(tx, messageId))) throw conflict('This message is not one for staff to send by hand, or it was already marked as done.');
      await repos.audit(actorOf(request), 'markMessageDone', [messageId]);
      const rows = await messagesAbout(tx, { type: exists.subject_type, id: exists.subject_id });
      return { status: 200, body: presentTold(rows.find((r) => r.id === messageId)!, app.contactKeys.cipher, !seesFeedbackGivers(request.principal)) };
    });
  });

  /** The person: from their signed-in page (the sign-in module's session), or a preferences link's token. */
  const peopleOf = async (request: { principal: { kind: string; token?: string } }): Promise<string[]> => {
    const token = request.principal.kind === 'token' ? request.principal.token : undefined;
    const fromLink = verifyToken(links.secret, 'preferences', token);
    if (fromLink) return [fromLink];
    const session = await sessionOf(app.db, token);
    if (!session.contactHash) return [];
    return (await app.db.query<{ person_key: string }>('SELECT person_key FROM preferences WHERE contact_hash = $1 ORDER BY updated_at DESC', [session.contactHash])).map((r) => r.person_key);
  };

  operation(app, 'getMessagePreferences', {}, async (request, reply) => {
    const [personKey] = await peopleOf(request);
    const row = personKey ? await findPreferences(app.db, personKey) : undefined;
    if (!row) throw notFound('You have not asked us to tell you anything yet.');
    return sendJson(reply, 200, presentPreferences(row));
  });

  operation(app, 'updateMessagePreferences', {}, async (request, reply) => {
    const people = await peopleOf(request);
    let row;
    for (const personKey of people) row = (await changePreferences(app.db, personKey, request.body as PreferencesInput)) ?? row;
    if (!row) throw notFound('You have not asked us to tell you anything yet.');
    return sendJson(reply, 200, presentPreferences(row));
  });

  // Not part of the JSON API: pages a person opens from an email, and the POST a mail
  // program makes from the List-Unsubscribe header. Its own scope, so that only here a
  // form body is read.
  void app.register(async (scope) => {
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    // A link that does not work names no one, so no language is known: the council's page languages
    // (a Welsh council's: Welsh and English, in its order), else Welsh to a browser that asks for it.
    const notWorking = (request: FastifyRequest, reply: FastifyReply) => invalidPage(reply, council.pageLanguages?.length ? council.pageLanguages : [languageOf(request)]);
    /** The signed link's person, and their language and reading level as kept (English, standard, if none is). */
    const readerOf = async (token: string | undefined) => {
      const personKey = verifyToken(links.secret, 'unsubscribe', token);
      if (!personKey) return undefined;
      const row = await findPreferences(app.db, personKey);
      return { personKey, row, reader: { language: row?.language ?? 'en-GB', readingLevel: row?.reading_level ?? 'standard', token: token! } satisfies Reader };
    };
    scope.get('/unsubscribe', async (request, reply) => {
      const found = await readerOf((request.query as { token?: string }).token);
      if (!found) return notWorking(request, reply);
      return stopPage(reply, found.reader, found.row?.unsubscribed_at ? 'done' : 'ask');
    });
    scope.post('/unsubscribe', async (request, reply) => {
      const found = await readerOf((request.query as { token?: string }).token);
      if (!found) return notWorking(request, reply);
      await unsubscribe(app.db, found.personKey);
      request.log.info({ event: 'unsubscribed' }, 'messages: unsubscribed');
      return stopPage(reply, found.reader, 'done');
    });
    // "Turn messages back on", from the stopped page: the same signed proof the stop used (a message's link), so
    // the person who stopped them, and no form without proof, turns them on (review S0). Pressed twice, the same.
    scope.post('/resubscribe', async (request, reply) => {
      const found = await readerOf((request.query as { token?: string }).token);
      if (!found?.row) return notWorking(request, reply);
      await resubscribe(app.db, found.personKey);
      request.log.info({ event: 'resubscribed' }, 'messages: turned back on');
      return stopPage(reply, found.reader, 'on');
    });
  });
}
