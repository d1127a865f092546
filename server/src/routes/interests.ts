import type { FastifyInstance } from 'fastify';
import { newId } from '../crypto.js';
import { actorOf, inTransaction, operation, param, sendIdempotent, sendJson } from '../http.js';
import { deciderOf, languageOf } from '../messages/index.js';
import type { PreferencesInput } from '../messages/preferences.js';
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
      await repos.messages.follow('interest', id, 'interested', input.contact, (input as { messages?: PreferencesInput }).messages, languageOf(request));
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
    const change = request.body as InterestUpdate;
    const interest = await inTransaction(app, async (repos) => {
      const before = await repos.messages.interestBefore(opportunityId, param(request, 'interestId'));
      if (!before) return undefined;
      const updated = await repos.interests.update(opportunityId, param(request, 'interestId'), change);
      // An answer is told to the person in words, with what happens next.
      if (updated && change.status && change.status !== before.status && change.status !== 'new') {
        const author = deciderOf(request);
        await repos.messages.tellInterest(updated.id, {
          event: 'interest_answer', reference: updated.reference, opportunity: before.title, ...(before.title_cy ? { opportunityCy: before.title_cy } : {}),
          status: change.status, ...(author ? { author } : {}), at: new Date().toISOString(),
        });
      }
      if (updated) await repos.audit(actorOf(request), 'updateInterest', [updated.id], { opportunityId });
      return updated;
    });
    if (!interest) throw notFound('There is no expression of interest with that id for this opportunity.');
    return sendJson(reply, 200, interest);
  });
}
