import type { FastifyInstance } from 'fastify';
import { isStaff, requireStaff } from '../auth.js';
import { newId } from '../crypto.js';
import { etagOf, matches } from '../etag.js';
import { inTransaction, operation, param, requireKnownTerms, sendIdempotent, sendJson } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { notFound, ProblemError } from '../problems.js';
import type { Repositories } from '../repositories/index.js';
import { deciderOf } from '../messages/index.js';
import type { OpportunityInput, OpportunityQuery } from '../types.js';

const checkTerms = (repos: Repositories, input: OpportunityInput) =>
  requireKnownTerms(repos, [
    { field: 'organisationId', kind: 'organisation', id: input.organisationId },
    ...(input.where.areaId ? [{ field: 'where.areaId', kind: 'area' as const, id: input.where.areaId }] : []),
    ...input.topics.map((id, i) => ({ field: `topics.${i}`, kind: 'topic' as const, id })),
  ]);

export default async function opportunityRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'listOpportunities', {}, async (request, reply) => {
    const query = request.query as OpportunityQuery;
    const statuses = query.status?.length ? query.status : ['open'];
    if (statuses.some((s) => s !== 'open')) {
      if (request.principal.kind === 'invalid') requireStaff(request.principal);
      if (!isStaff(request.principal)) throw new ProblemError(403, 'Only staff can see opportunities that are not open.');
    }
    const filters = { ...query, cursor: undefined, limit: undefined, status: statuses };
    const offset = decodeCursor(query.cursor, filters);
    const limit = query.limit ?? 20;
    const page = async () => {
      const { items, total } = await app.repos.opportunities.list(query, { statuses, staff: isStaff(request.principal), offset, limit });
      return { items, total, nextCursor: nextCursor(offset, items.length, total, filters) };
    };
    // Everyone's list is the same: kept until the data changes (plugins/app/public-cache.ts).
    if (request.principal.kind === 'anonymous') return app.sendPublic(request, reply, page);
    return sendJson(reply, 200, await page());
  });

  operation(app, 'getOpportunity', {}, async (request, reply) => {
    const staff = isStaff(request.principal);
    const opportunity = await app.repos.opportunities.find(param(request, 'opportunityId'), staff);
    if (!opportunity || (opportunity.status === 'draft' && !staff)) throw notFound('There is no opportunity with that id.');
    return sendJson(reply, 200, opportunity);
  });

  operation(app, 'createOpportunity', { access: 'staff' }, async (request, reply) => {
    const input = request.body as OpportunityInput;
    return sendIdempotent(request, reply, async (repos) => {
      await checkTerms(repos, input);
      const id = newId();
      await repos.opportunities.insert(id, input);
      return { status: 201, body: (await repos.opportunities.find(id))!, headers: { location: `/api/v1/opportunities/${id}` } };
    });
  });

  operation(app, 'updateOpportunity', { access: 'staff' }, async (request, reply) => {
    const id = param(request, 'opportunityId');
    const input = request.body as OpportunityInput;
    const ifMatch = request.headers['if-match'];
    const updated = await inTransaction(app, async (repos) => {
      if (!(await repos.opportunities.lock(id))) throw notFound('There is no opportunity with that id.');
      const before = (await repos.opportunities.find(id))!;
      if (ifMatch && !matches(ifMatch, etagOf(JSON.stringify(before)))) {
        throw new ProblemError(412, 'Someone changed this opportunity since you opened it. Reload it, then make your change again.');
      }
      await checkTerms(repos, input);
      await repos.opportunities.update(id, input);
      // People who said they were interested hear of a new date, a new place, or a cancellation.
      await repos.messages.tellOpportunityChange(id, before, input, deciderOf(request));
      return repos.opportunities.find(id);
    });
    return sendJson(reply, 200, updated);
  });
}
