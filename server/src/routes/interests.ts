import type { FastifyInstance } from 'fastify';
import { newId } from '../crypto.js';
import { actorOf, operation, param, sendIdempotent, sendJson } from '../http.js';
import { conflict, notFound } from '../problems.js';
import type { InterestInput, InterestUpdate } from '../types.js';

export default async function interestRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'createInterest', { rateLimited: true }, async (request, reply) => {
    const opportunityId = param(request, 'opportunityId');
    const input = request.body as InterestInput;
    return sendIdempotent(request, reply, async (repos) => {
      const target = await repos.opportunities.interestTarget(opportunityId);
      if (!target || target.status === 'draft') throw notFound('There is no opportunity with that id.');
      if (target.status !== 'open') {
        throw conflict(target.status === 'filled' ? 'This opportunity has all the people it needs.' : 'This opportunity has closed.');
      }
      if (target.closedOn) throw conflict(`This opportunity closed on ${target.closedOn}.`);
      const id = newId();
      const reference = await repos.uniqueReference('interests', 'INT');
      const createdAt = await repos.interests.insert({ id, opportunityId, reference, input });
      return { status: 201, body: { id, reference, opportunityId, createdAt, respondWithinDays: app.settings.respondWithinDays.interest } };
    });
  });

  operation(app, 'listInterests', { access: 'staff' }, async (request, reply) => {
    const opportunityId = param(request, 'opportunityId');
    if (!(await app.repos.opportunities.exists(opportunityId))) throw notFound('There is no opportunity with that id.');
    const items = await app.repos.interests.listFor(opportunityId);
    await app.repos.audit(actorOf(request), 'listInterests', items.map((i) => i.id), { opportunityId });
    return sendJson(reply, 200, { items });
  });

  operation(app, 'updateInterest', { access: 'staff' }, async (request, reply) => {
    const opportunityId = param(request, 'opportunityId');
    const interest = await app.repos.interests.update(opportunityId, param(request, 'interestId'), request.body as InterestUpdate);
    if (!interest) throw notFound('There is no expression of interest with that id for this opportunity.');
    await app.repos.audit(actorOf(request), 'updateInterest', [interest.id], { opportunityId });
    return sendJson(reply, 200, interest);
  });
}
