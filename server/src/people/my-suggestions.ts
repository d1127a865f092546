/**
 * "Opportunities that may suit you" (issue 18), for the signed-in person: the same ranking
 * and reasons staff see, turned round (src/api/matching/for-me.ts, shared with InMemoryApi).
 *
 * The person's invitation wish ("no invitations", or "only about these topics") is not applied
 * here: it is about being asked, and this is the person looking for themselves. It does leave
 * them out of staff's suggestions (ranking-sql.ts), since a suggestion exists to be invited.
 */
import type { FastifyInstance } from 'fastify';
import { suggestionsFor } from '../../../src/api/matching/for-me.js';
import { candidateOf } from '../../../src/api/matching/rank.js';
import { operation, sendJson } from '../http.js';
import { interestsIn, personProfileIn, profilesIn } from '../me/repository.js';
import { peopleRepository } from './repository.js';
import type { Opportunity, OpportunityQuery } from '../types.js';
import { sessionOf } from '../me/sign-in.js';

export function mySuggestionRoutes(app: FastifyInstance): void {
  operation(app, 'listMySuggestions', {}, async (request, reply) => {
    const session = await sessionOf(app.db, request.principal.kind === 'token' ? request.principal.token : undefined);
    const scope = { contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] };
    // The profile the person's equality answers are with, else the latest: one rule (personProfileIn).
    const [profiles, chosen] = await Promise.all([profilesIn(app.db, app.contactKeys, scope), personProfileIn(app.db, scope)]);
    const profile = profiles.find((p) => p.id === chosen);
    reply.header('cache-control', 'no-store');
    if (!profile) return sendJson(reply, 200, { items: [] });
    // Answered already (interested, or "not this time" to our invitation), or invited and not yet
    // answered: that brief is under "You are invited", not offered twice on the page.
    const declined = (await peopleRepository(app.db).invitationsOf(profile.id)).filter((i) => i.status === 'not_this_time' || i.status === 'invited');
    const already = new Set([...(await interestsIn(app.db, app.contactKeys, scope)).map((i) => i.opportunityId), ...declined.map((i) => i.opportunityId)]);
    // The list's filters narrow what may suit the person by the search's own rule (the same SQL as GET /opportunities).
    const { limit = 20, ...filters } = request.query as OpportunityQuery;
    // Ranked from every open opportunity the filters let through (as InMemoryApi does), read a page at a time, not the first page only.
    const open: Opportunity[] = [];
    for (let total = Infinity; open.length < total; ) {
      const page = await app.repos.opportunities.list(filters, { statuses: ['open'], staff: false, offset: open.length, limit: 200 });
      if (!page.items.length) break;
      open.push(...page.items);
      total = page.total;
    }
    const items = suggestionsFor(candidateOf(profile.id, profile), open, already, limit);
    return sendJson(reply, 200, { items });
  });
}
