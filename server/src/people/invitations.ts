/**
 * Invitations (issue 18): staff invite chosen people; each gets the brief in their language
 * and reading level through the loop's outbox, with one-click "I'm interested" and "Not this
 * time" links. "I'm interested" becomes an expression of interest from the profile (nothing
 * retyped), noted as invited.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole } from '../auth.js';
import { newId } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { actorOf, operation, param, sendIdempotent, sendJson } from '../http.js';
import { deciderOf, languageOf } from '../messages/index.js';
import type { Language } from '../messages/templates.js';
import { conflict, notFound } from '../problems.js';
import { repositories, type Repositories } from '../repositories/index.js';
import type { Invitation, InvitationRequest, InvitationResult } from '../types.js';
import { invitationTemplate } from '../messages/templates-invitations.js';
import { answerUrl, invitationData, signInvitation, verifyInvitation } from './invitation-message.js';
import { answerPage } from './answer-page.js';
import { peopleRepository, wantsInvitation } from './repository.js';

export interface InvitationOptions {
  /** Where people reach this server (the answer links), and the secret that signs them. */
  publicBaseUrl: string;
  secret: string;
  /** The languages of a page that cannot know its reader's (a link that does not work): PAGE_LANGUAGES. */
  pageLanguages?: readonly Language[] | undefined;
}

export type Answered = { kind: 'answered'; answer: 'interested' | 'not_this_time'; opportunityId: string; reference: string | null; waitingList?: boolean; title: string; titleCy?: string; language: 'en-GB' | 'cy' };
/** "I'm interested" after the opportunity closed: nothing is recorded, and the person is told. */
export type TooLate = Omit<Answered, 'kind' | 'answer' | 'reference'> & { kind: 'closed' };

/** Records an answer once; a second answer changes nothing and reports the first. */
export async function answer(repos: Repositories, tx: Queryable, invitationId: string, given: 'interested' | 'not_this_time'): Promise<Answered | TooLate | { kind: 'gone' }> {
  const people = peopleRepository(tx);
  const invitation = await people.invitation(invitationId, true);
  if (!invitation?.profileId) return { kind: 'gone' };
  const opportunity = await repos.opportunities.find(invitation.opportunityId);
  const found = await repos.profiles.find(invitation.profileId);
  if (!opportunity || !found) return { kind: 'gone' };
  const person = await people.one(invitation.profileId);
  const base = { kind: 'answered' as const, opportunityId: opportunity.id, title: opportunity.title, ...(opportunity.translations?.cy?.title ? { titleCy: opportunity.translations.cy.title } : {}), language: person?.language ?? 'en-GB' };
  if (invitation.status !== 'invited') {
    const [row] = invitation.interestId ? await tx.query<{ reference: string }>('SELECT reference FROM interests WHERE id = $1', [invitation.interestId]) : [];
    return { ...base, answer: invitation.status, reference: row?.reference ?? null };
  }
  if (given === 'not_this_time') {
    await people.answer(invitation.id, 'not_this_time', null);
    return { ...base, answer: given, reference: null };
  }
  // The link lives as long as the opportunity takes interest, by the same rule as the public
  // form: closed (or past its closing date) turns "I'm interested" away; no places left puts
  // the person on the waiting list.
  const admission = await repos.places.admit(opportunity.id);
  if (!admission?.open) return { ...base, kind: 'closed' };
  const { waitingList } = admission;
  const profile = found.profile;
  const id = newId();
  const reference = await repos.uniqueReference('interests', 'INT');
  // Their access needs come from the profile, in the one vocabulary, with their own words beside them.
  const needs = profile.howToHelp?.needs ?? [];
  const details = profile.howToHelp?.details;
  await repos.interests.insert({
    id, opportunityId: opportunity.id, reference,
    input: { name: profile.name, contact: profile.contact, ...(needs.length ? { needs } : {}), ...(details ? { accessNeeds: details } : {}), message: '', consent: true },
    waitingList,
  });
  await tx.query('UPDATE interests SET invitation_id = $2 WHERE id = $1', [id, invitation.id]);
  await repos.messages.follow('interest', id, 'interested', profile.contact, undefined, base.language);
  await people.answer(invitation.id, 'interested', id);
  return { ...base, answer: given, reference, ...(waitingList ? { waitingList } : {}) };
}

export function invitationRoutes(app: FastifyInstance, options: InvitationOptions): void {
  operation(app, 'listInvitations', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'people');
    const opportunityId = param(request, 'opportunityId');
    if (!(await app.repos.opportunities.exists(opportunityId))) throw notFound('There is no opportunity with that id.');
    const items = await peopleRepository(app.db).invitationsFor(opportunityId);
    await app.repos.audit(actorOf(request), 'listInvitations', items.map((i) => i.profileId).filter((id): id is string => Boolean(id)), { opportunityId });
    return sendJson(reply, 200, { items });
  });

  operation(app, 'invitePeople', { access: 'staff' }, async (request, reply) => {
    requireRole(request.principal, 'people');
    const opportunityId = param(request, 'opportunityId');
    const { profileIds } = request.body as InvitationRequest;
    const author = deciderOf(request);
    return sendIdempotent(request, reply, async (repos, tx) => {
      const opportunity = await repos.opportunities.find(opportunityId);
      if (!opportunity) throw notFound('There is no opportunity with that id.');
      if (opportunity.status !== 'open') throw conflict('Only people for an open opportunity can be invited. Publish it first.');
      const people = peopleRepository(tx);
      const already = new Set((await people.invitationsFor(opportunityId)).map((i) => i.profileId));
      const result: InvitationResult = { invited: [], skipped: [] };
      for (const profileId of profileIds) {
        const person = await people.one(profileId);
        const found = person && (await repos.profiles.find(profileId));
        if (!person || !found) {
          result.skipped.push({ profileId, code: 'not-found' });
          continue;
        }
        if (already.has(profileId)) {
          result.skipped.push({ profileId, code: 'already-invited' });
          continue;
        }
        const wish = wantsInvitation(person, opportunity.topics);
        if (wish !== 'yes') {
          result.skipped.push({ profileId, code: wish });
          continue;
        }
        const id = newId();
        await people.invite({ id, opportunityId, profileId, invitedBy: actorOf(request) });
        const token = signInvitation(options.secret, id);
        const data = invitationData(opportunity, { interested: answerUrl(options.publicBaseUrl, token, 'interested'), notThisTime: answerUrl(options.publicBaseUrl, token, 'not_this_time') }, author);
        // In their language and reading level (their own choices win over what we know from the pool).
        await repos.messages.send({ message: invitationTemplate.with(data), about: { type: 'invitation', id }, to: found.profile.contact, language: person.language });
        result.invited.push((await people.invitation(id)) as Invitation);
        already.add(profileId);
      }
      await repos.audit(actorOf(request), 'invitePeople', result.invited.map((i) => i.profileId!), { opportunityId });
      return { status: 201, body: result };
    });
  });

  operation(app, 'answerInvitation', { rateLimited: true }, async (request, reply) => {
    const body = request.body as { token: string; answer: 'interested' | 'not_this_time' };
    const id = verifyInvitation(options.secret, body.token);
    if (!id) throw notFound('This invitation link is not right, or it has been withdrawn.');
    return sendIdempotent(request, reply, async (repos, tx) => {
      const outcome = await answer(repos, tx, id, body.answer);
      if (outcome.kind === 'gone') throw notFound('This invitation link is not right, or it has been withdrawn.');
      if (outcome.kind === 'closed') throw conflict('This opportunity has closed, so interest can no longer be taken.');
      return { status: 200, body: { answer: outcome.answer, opportunityId: outcome.opportunityId, reference: outcome.reference } };
    });
  });

  // Not part of the JSON API: the page a person opens from the message's link. The GET only
  // asks (mail scanners open links); the button on it answers, with no sign-in.
  void app.register(async (scope) => {
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    const given = (value: unknown) => (value === 'not_this_time' ? 'not_this_time' : 'interested');
    // A link that does not work names no one: the council's page languages, else Welsh to a browser that asks for it first.
    const invalid = (request: FastifyRequest) => ({ kind: 'invalid' as const, languages: options.pageLanguages?.length ? options.pageLanguages : [languageOf(request)] });
    scope.get('/invitation', async (request, reply: FastifyReply) => {
      const { token, answer: wanted } = request.query as { token?: string; answer?: string };
      const id = verifyInvitation(options.secret, token);
      const invitation = id ? await peopleRepository(app.db).invitation(id) : undefined;
      const opportunity = invitation ? await app.repos.opportunities.find(invitation.opportunityId) : undefined;
      if (!invitation?.profileId || !opportunity) return answerPage(reply, 404, invalid(request));
      const person = await peopleRepository(app.db).one(invitation.profileId);
      const cy = person?.language === 'cy';
      const title = { en: opportunity.title, cy: opportunity.translations?.cy?.title };
      if (invitation.status !== 'invited') return answerPage(reply, 200, { kind: 'done', answer: invitation.status, title, cy });
      if (given(wanted) === 'interested' && !(await app.repos.places.admit(opportunity.id))?.open) return answerPage(reply, 410, { kind: 'closed', title, cy });
      return answerPage(reply, 200, { kind: 'ask', answer: given(wanted), title, cy, action: `/invitation?token=${encodeURIComponent(token!)}&answer=${given(wanted)}` });
    });
    scope.post('/invitation', async (request, reply: FastifyReply) => {
      const { token, answer: wanted } = request.query as { token?: string; answer?: string };
      const id = verifyInvitation(options.secret, token);
      if (!id) return answerPage(reply, 404, invalid(request));
      const outcome = await app.db.transaction((tx) => answer(repositories(tx, app.contactKeys), tx, id, given(wanted)));
      if (outcome.kind === 'gone') return answerPage(reply, 404, invalid(request));
      const cyOutcome = outcome.language === 'cy';
      if (outcome.kind === 'closed') return answerPage(reply, 410, { kind: 'closed', title: { en: outcome.title, cy: outcome.titleCy }, cy: cyOutcome });
      request.log.info({ event: 'invitation-answered', answer: outcome.answer }, 'people: invitation answered');
      return answerPage(reply, 200, { kind: 'done', answer: outcome.answer, title: { en: outcome.title, cy: outcome.titleCy }, cy: cyOutcome, reference: outcome.reference, waitingList: outcome.waitingList === true });
    });
  });
}
