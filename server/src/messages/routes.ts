/**
 * HTTP for messages: staff see who was told; a person changes their choices from a message's
 * link; one-click unsubscribe (RFC 8058) without signing in.
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
import type { Language } from './templates.js';
import { markManualDone, messagesAbout, messagesByHand, type ToldRow } from './outbox.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { changePreferences, findPreferences, presentPreferences, unsubscribe, type PreferencesInput } from './preferences.js';
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
    scope.get('/unsubscribe', async (request, reply) => {
      const token = (request.query as { token?: string }).token;
      const personKey = verifyToken(links.secret, 'unsubscribe', token);
      const row = personKey ? await findPreferences(app.db, personKey) : undefined;
      const cy = row?.language === 'cy';
      if (!personKey) return notWorking(request, reply);
      if (row?.unsubscribed_at) return page(reply, 200, cy, cy ? COPY.cy.done : COPY.en.done);
      const c = cy ? COPY.cy : COPY.en;
      return page(reply, 200, cy, [...c.ask, `<form method="post" action="/unsubscribe?token=${encodeURIComponent(token!)}"><button type="submit">${c.button}</button></form>`]);
    });
    scope.post('/unsubscribe', async (request, reply) => {
      const personKey = verifyToken(links.secret, 'unsubscribe', (request.query as { token?: string }).token);
      if (!personKey) return notWorking(request, reply);
      await unsubscribe(app.db, personKey);
      const row = await findPreferences(app.db, personKey);
      request.log.info({ event: 'unsubscribed' }, 'messages: unsubscribed');
      return page(reply, 200, row?.language === 'cy', row?.language === 'cy' ? COPY.cy.done : COPY.en.done);
    });
  });
}

const COPY = {
  en: {
    title: 'Stop messages',
    ask: ['<h1>Stop messages to this address?</h1>', '<p>We will not send you any more messages about what you told us or offered to do. You can still see everything on the council’s website.</p>'],
    button: 'Stop all messages',
    done: ['<h1>You will not get any more messages</h1>', '<p>We have stopped every message to this address, including any waiting to go. They stay off if you tell us something again, until you turn them on from your own page on the council’s website.</p>'],
    invalid: ['<h1>This link does not work</h1>', '<p>Nothing was changed. Use the link in your latest message, or contact the council.</p>'],
  },
  cy: {
    title: 'Atal negeseuon',
    ask: ['<h1>Atal negeseuon i’r cyfeiriad hwn?</h1>', '<p>Ni fyddwn yn anfon rhagor o negeseuon atoch am yr hyn a ddywedoch wrthym neu’r hyn y gwnaethoch gynnig ei wneud. Gallwch weld popeth ar wefan y cyngor o hyd.</p>'],
    button: 'Atal pob neges',
    done: ['<h1>Ni fyddwch yn cael rhagor o negeseuon</h1>', '<p>Rydym wedi atal pob neges i’r cyfeiriad hwn, gan gynnwys unrhyw rai oedd yn aros i fynd. Maen nhw’n aros i ffwrdd os byddwch yn dweud rhywbeth wrthym eto, nes i chi eu troi ymlaen o’ch tudalen eich hun ar wefan y cyngor.</p>'],
    invalid: ['<h1>Nid yw’r ddolen hon yn gweithio</h1>', '<p>Ni newidiwyd dim. Defnyddiwch y ddolen yn eich neges ddiweddaraf, neu cysylltwch â’r cyngor.</p>'],
  },
};

function page(reply: FastifyReply, status: number, cy: boolean, body: string[], title = cy ? COPY.cy.title : COPY.en.title): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="${cy ? 'cy' : 'en-GB'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${body.join('')}</main></body></html>`);
}

/** "This link does not work" in each of `languages`, in that order: the first is the page's language and heading, each other one a section in its own `lang`. */
function invalidPage(reply: FastifyReply, languages: readonly Language[]): FastifyReply {
  const copy = (language: Language) => (language === 'cy' ? COPY.cy : COPY.en);
  const [first, ...others] = languages;
  const body = [
    ...copy(first!).invalid,
    ...others.map((language) => {
      const [heading, text] = copy(language).invalid;
      return `<section lang="${language}">${heading!.replace(/h1>/g, 'h2>')}${text}</section>`;
    }),
  ];
  return page(reply, 400, first === 'cy', body, languages.map((language) => copy(language).title).join(' / '));
}
