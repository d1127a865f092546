import type { FastifyInstance } from 'fastify';
import { newId } from '../crypto.js';
import { actorOf, inTransaction, operation, param, sendIdempotent, sendJson } from '../http.js';
import { deciderOf, languageOf } from '../messages/index.js';
import type { PreferencesInput } from '../messages/preferences.js';
import { matches } from '../etag.js';
import { conflict, notFound, ProblemError } from '../problems.js';
import type { InterestInput, InterestUpdate } from '../types.js';

export default async function interestRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'createInterest', { rateLimited: true }, async (request, reply) => {
    const opportunityId = param(request, 'opportunityId');
    const input = request.body as InterestInput;
    return sendIdempotent(request, reply, async (repos) => {
      const admission = await repos.places.admit(opportunityId);
      if (!admission) throw notFound('There is no opportunity with that id.');
      if (!admission.open) throw conflict(admission.closedOn ? `This opportunity closed on ${admission.closedOn}.` : 'This opportunity has closed.');
      // Every place taken: the person goes on the waiting list, and the receipt tells them so.
      const { waitingList } = admission;
      const id = newId();
      const reference = await repos.uniqueReference('interests', 'INT');
      const createdAt = await repos.interests.insert({ id, opportunityId, reference, input, waitingList });
      await repos.messages.follow('interest', id, 'interested', input.contact, (input as { messages?: PreferencesInput }).messages, languageOf(request));
      return { status: 201, body: { id, reference, opportunityId, createdAt, respondWithinDays: app.settings.respondWithinDays.interest, waitingList } };
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
    const interestId = param(request, 'interestId');
    const change = request.body as InterestUpdate;
    const ifMatch = request.headers['if-match'];
    const interest = await inTransaction(app, async (repos) => {
      // The opportunity's row lock first (as a brief edit takes it), then the interest's: places
      // are counted after the lock, so the last place is taken once.
      const places = await repos.places.lock(opportunityId);
      if (!places) return undefined;
      const before = await repos.messages.interestBefore(opportunityId, interestId);
      if (!before) return undefined;
      const current = (await repos.interests.find(opportunityId, interestId))!;
      const version = `"${current.updatedAt}"`;
      if (ifMatch && !matches(ifMatch, version)) {
        throw new ProblemError(412, 'Someone else answered this person since you opened the list. Reload it to see their answer.', { headers: { etag: version } });
      }
      const joining = change.status === 'joined' && before.status !== 'joined';
      if (joining && places.places !== null && places.taken >= places.places) {
        const message = `All ${places.places} places are taken. Give a place back first, or keep this person on the waiting list.`;
        throw new ProblemError(409, message, { errors: [{ field: 'status', code: 'no-places-left', message }] });
      }
      const updated = await repos.interests.update(opportunityId, interestId, change);
      // The last place taken fills the opportunity; a place given back opens it again.
      if (change.status !== undefined && (before.status === 'joined') !== (change.status === 'joined')) await repos.places.settle(opportunityId);
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
    return sendJson(reply, 200, interest, { etag: `"${interest.updatedAt}"` });
  });
}
