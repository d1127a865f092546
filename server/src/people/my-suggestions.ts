/**
 * "Opportunities that may suit you" (issue 18), for the signed-in person: the same ranking
 * and reasons staff see, turned round. Only open opportunities they have not already said
 * they are interested in; only those that fit on something (a topic, a skill, a time).
 */
import type { FastifyInstance } from 'fastify';
import { briefOf, candidateOf, DEFAULT_WEIGHTS, scoreOne } from '../../../src/api/matching/rank.js';
import { operation, sendJson } from '../http.js';
import { interestsIn, profilesIn } from '../me/repository.js';
import { sessionOf } from '../me/sign-in.js';

const FITS = new Set(['topic', 'skill', 'days', 'times', 'mode']);

export function mySuggestionRoutes(app: FastifyInstance): void {
  operation(app, 'listMySuggestions', {}, async (request, reply) => {
    const session = await sessionOf(app.db, request.principal.kind === 'token' ? request.principal.token : undefined);
    const scope = { contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] };
    const [profile] = await profilesIn(app.db, app.contactKeys, scope);
    reply.header('cache-control', 'no-store');
    if (!profile) return sendJson(reply, 200, { items: [] });
    const already = new Set((await interestsIn(app.db, app.contactKeys, scope)).map((i) => i.opportunityId));
    const { items: open } = await app.repos.opportunities.list({}, { statuses: ['open'], staff: false, offset: 0, limit: 100 });
    const me = candidateOf(profile.id, profile);
    const weights = { ...DEFAULT_WEIGHTS, newVoice: 0 };
    const limit = (request.query as { limit?: number }).limit ?? 5;
    const items = open
      .filter((o) => !already.has(o.id))
      .map((opportunity) => ({ opportunity, ranked: scoreOne(briefOf(opportunity), me, weights) }))
      .map(({ opportunity, ranked }) => ({ opportunity, score: ranked.score, reasons: ranked.reasons.filter((r) => FITS.has(r.code)), access: ranked.access }))
      .filter((s) => s.reasons.some((r) => r.code === 'topic' || r.code === 'skill'))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ score: _score, ...rest }) => rest);
    return sendJson(reply, 200, { items });
  });
}
