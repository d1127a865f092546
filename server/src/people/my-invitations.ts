/**
 * The person's own unanswered invitations (issue 15), on their page: what staff asked them to,
 * why (the fit between the brief and their profile, in the reasons "may suit you" shows), and
 * the answer given there, through the same `answer()` as the emailed link. A person sees and
 * answers only their own: another person's invitation is a 404, as one that does not exist.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fitReasons } from '../../../src/api/matching/for-me.js';
import { candidateOf } from '../../../src/api/matching/rank.js';
import { ukDate } from '../../../src/api/money.js';
import type { MyInvitation, Opportunity } from '../../../src/api/types.js';
import { operation, param, sendIdempotent, sendJson } from '../http.js';
import { profileInScope, profilesIn } from '../me/repository.js';
import { sessionOf } from '../me/sign-in.js';
import { conflict, notFound } from '../problems.js';
import { answer } from './invitations.js';
import { peopleRepository } from './repository.js';

const NOT_YOURS = 'There is no invitation of yours with that id.';

export function myInvitationRoutes(app: FastifyInstance): void {
  const scopeOf = async (request: FastifyRequest) => {
    const session = await sessionOf(app.db, request.principal.kind === 'token' ? request.principal.token : undefined);
    return { contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] };
  };

  operation(app, 'listMyInvitations', {}, async (request, reply) => {
    const scope = await scopeOf(request);
    const profiles = await profilesIn(app.db, app.contactKeys, scope);
    reply.header('cache-control', 'no-store');
    const people = peopleRepository(app.db);
    const items: MyInvitation[] = [];
    const today = ukDate(new Date());
    const opportunities = new Map<string, Opportunity | undefined>();
    for (const profile of profiles) {
      for (const invitation of await people.invitationsOf(profile.id)) {
        if (invitation.status !== 'invited') continue;
        // As the public sees it (staff = false): no interestCount, which is for staff only.
        if (!opportunities.has(invitation.opportunityId)) opportunities.set(invitation.opportunityId, await app.repos.opportunities.find(invitation.opportunityId, false));
        const opportunity = opportunities.get(invitation.opportunityId);
        // Only what can still be answered: a cancelled or closed opportunity was told as such, and
        // one past its closing date (a UK date) is off the public list and refuses a "Yes".
        if (opportunity?.status !== 'open' || (opportunity.closingDate && opportunity.closingDate < today)) continue;
        items.push({ id: invitation.id, opportunity, invitedAt: invitation.invitedAt, reasons: fitReasons(candidateOf(profile.id, profile), opportunity) });
      }
    }
    items.sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
    return sendJson(reply, 200, { items });
  });

  operation(app, 'answerMyInvitation', {}, async (request, reply) => {
    const scope = await scopeOf(request);
    const id = param(request, 'invitationId');
    const given = (request.body as { answer: 'interested' | 'not_this_time' }).answer;
    return sendIdempotent(request, reply, async (repos, tx) => {
      const invitation = await peopleRepository(tx).invitation(id);
      if (!invitation?.profileId || !(await profileInScope(tx, scope, invitation.profileId))) throw notFound(NOT_YOURS);
      const outcome = await answer(repos, tx, id, given);
      if (outcome.kind === 'gone') throw notFound(NOT_YOURS);
      if (outcome.kind === 'closed') throw conflict('This opportunity has closed, so interest can no longer be taken.');
      request.log.info({ event: 'invitation-answered', answer: outcome.answer, from: 'my-page' }, 'people: invitation answered');
      return { status: 200, body: { answer: outcome.answer, opportunityId: outcome.opportunityId, reference: outcome.reference, ...(outcome.waitingList ? { waitingList: true } : {}) } };
    });
  });
}
