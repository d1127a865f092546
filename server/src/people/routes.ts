/**
 * The people pool, suggestions and invitations (issue 18), for staff with the `people` role.
 * Every read of personal data is written to the audit log with who, when, the reason chosen
 * and the ids shown.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { briefOf, clampWeights } from '../../../src/api/matching/rank.js';
import { requireRole } from '../auth.js';
import { actorOf, operation, param, sendJson } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { notFound } from '../problems.js';
import type { PeopleQuery, SuggestionQuery } from '../types.js';
import { invitationRoutes, type InvitationOptions } from './invitations.js';
import { peopleRepository, summaryOf } from './repository.js';
import { topSuggestions } from './ranking-sql.js';
import { mySuggestionRoutes } from './my-suggestions.js';
import { myInvitationRoutes } from './my-invitations.js';

export type PeopleOptions = InvitationOptions;

const people = (request: FastifyRequest) => requireRole(request.principal, 'people');

export default async function peopleRoutes(app: FastifyInstance, options: PeopleOptions): Promise<void> {
  operation(app, 'listPeople', { access: 'staff' }, async (request, reply) => {
    people(request);
    const query = request.query as PeopleQuery;
    const filters = { ...query, cursor: undefined, limit: undefined, reason: undefined };
    const offset = decodeCursor(query.cursor, filters);
    const { items, total } = await peopleRepository(app.db).list(query, { offset, limit: query.limit ?? 20 });
    const shown = items.map(summaryOf);
    await app.repos.audit(actorOf(request), 'listPeople', shown.map((p) => p.id), { reason: query.reason, filters: Object.keys(filters).filter((k) => filters[k as keyof typeof filters] !== undefined) });
    return sendJson(reply, 200, { items: shown, total, nextCursor: nextCursor(offset, items.length, total, filters) });
  });

  operation(app, 'getPerson', { access: 'staff' }, async (request, reply) => {
    people(request);
    const id = param(request, 'profileId');
    const repo = peopleRepository(app.db);
    const found = await app.repos.profiles.find(id);
    if (!found) throw notFound('There is no one on the pool with that id.');
    await app.repos.audit(actorOf(request), 'getPerson', [id], { reason: (request.query as { reason: string }).reason });
    return sendJson(reply, 200, { profile: found.profile, invitations: await repo.invitationsOf(id) });
  });

  operation(app, 'listSuggestions', { access: 'staff' }, async (request, reply) => {
    people(request);
    const opportunityId = param(request, 'opportunityId');
    const opportunity = await app.repos.opportunities.find(opportunityId);
    if (!opportunity) throw notFound('There is no opportunity with that id.');
    const query = request.query as SuggestionQuery;
    const weights = clampWeights({
      topic: query.weightTopic, skill: query.weightSkill, availability: query.weightAvailability, mode: query.weightMode, newVoice: query.weightNewVoice,
    });
    const repo = peopleRepository(app.db);
    const { ranked, considered } = await topSuggestions(app.db, briefOf(opportunity), weights, query.limit ?? 20);
    // The chosen people's profiles and this opportunity's invitations at once: one round trip fewer (issue 18's 200 ms).
    const [some, invitations] = await Promise.all([repo.some(ranked.map((r) => r.id)), repo.invitationsFor(opportunityId)]);
    const byId = new Map(some.map((p) => [p.id, p]));
    const invited = new Map(invitations.filter((i) => i.profileId).map((i) => [i.profileId!, i]));
    const items = ranked.map((r) => ({ person: summaryOf(byId.get(r.id)!), score: r.score, reasons: r.reasons, access: r.access, invitation: invited.get(r.id) ?? null }));
    await app.repos.audit(actorOf(request), 'listSuggestions', items.map((s) => s.person.id), { reason: 'find-people', opportunityId });
    return sendJson(reply, 200, { items, weights, considered });
  });

  invitationRoutes(app, options);
  mySuggestionRoutes(app);
  myInvitationRoutes(app);
}
