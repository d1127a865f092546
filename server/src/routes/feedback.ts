import type { FastifyInstance } from 'fastify';
import { isStaff, requireStaff, seesFeedbackGivers } from '../auth.js';
import { newId } from '../crypto.js';
import { actorOf, authorOf, inTransaction, operation, param, requireKnownTerms, sendIdempotent, sendJson } from '../http.js';
import { decodeCursor, nextCursor } from '../paging.js';
import { matches } from '../etag.js';
import { conflict, invalid, notFound, ProblemError } from '../problems.js';
import { deciderOf, languageOf } from '../messages/index.js';
import type { PreferencesInput } from '../messages/preferences.js';
import type { FeedbackChange, FeedbackInput, FeedbackQuery, FeedbackUpdateInput } from '../types.js';
import { UPDATE_PROBLEM_WORDS, updateProblems } from '../../../src/api/rules.js';

export default async function feedbackRoutes(app: FastifyInstance): Promise<void> {
  operation(app, 'listFeedback', {}, async (request, reply) => {
    const query = request.query as FeedbackQuery;
    const includeAll = query.include === 'all';
    if (includeAll || request.principal.kind === 'invalid') {
      if (request.principal.kind === 'invalid') requireStaff(request.principal);
      if (!isStaff(request.principal)) throw new ProblemError(403, 'Only staff can see feedback that is not published.');
    }
    const staff = isStaff(request.principal);
    const givers = seesFeedbackGivers(request.principal);
    const filters = { ...query, cursor: undefined, limit: undefined };
    const offset = decodeCursor(query.cursor, filters);
    const page = async () => {
      const { items, total } = await app.repos.feedback.list(query, { includeAll, staff: givers, offset, limit: query.limit ?? 20 });
      return { items, total, nextCursor: nextCursor(offset, items.length, total, filters) };
    };
    // The public board is the same for everyone: kept until the data changes (plugins/app/public-cache.ts).
    if (request.principal.kind === 'anonymous') return app.sendPublic(request, reply, page);
    const body = await page();
    if (staff) await app.repos.audit(actorOf(request), 'listFeedback', body.items.map((i) => i.id), { include: query.include ?? 'published' });
    return sendJson(reply, 200, body);
  });

  operation(app, 'getFeedback', {}, async (request, reply) => {
    const staff = isStaff(request.principal);
    const found = await app.repos.feedback.find(param(request, 'feedbackId'), seesFeedbackGivers(request.principal));
    if (!found || (!staff && !found.row.published)) throw notFound('There is no published feedback with that id.');
    if (staff) await app.repos.audit(actorOf(request), 'getFeedback', [found.row.id]);
    return sendJson(reply, 200, found.item);
  });

  operation(app, 'createFeedback', { rateLimited: true }, async (request, reply) => {
    const input = request.body as FeedbackInput;
    return sendIdempotent(request, reply, async (repos) => {
      await requireKnownTerms(repos, [{ field: 'topic', kind: 'topic', id: input.topic }]);
      const id = newId();
      const reference = await repos.uniqueReference('feedback', 'FB');
      const createdAt = await repos.feedback.insert({ id, reference, input });
      await repos.messages.follow('feedback', id, 'giver', input.reply, input.messages as PreferencesInput | undefined, languageOf(request));
      return { status: 201, body: { id, reference, status: 'received', createdAt, respondWithinDays: app.settings.respondWithinDays.feedback } };
    });
  });

  operation(app, 'supportFeedback', { rateLimited: true }, async (request, reply) => {
    const { supporterKey, reply: contact, messages } = request.body as { supporterKey: string; reply?: FeedbackInput['reply']; messages?: PreferencesInput };
    return sendIdempotent(request, reply, async (repos) => {
      const item = await repos.feedback.summary(param(request, 'feedbackId'));
      if (!item || !item.published) throw notFound('There is no published feedback with that id.');
      // Saying "me too" on an item that was merged counts on the item it was merged into.
      const target = item.merged_into ?? item.id;
      const result = await repos.feedback.support(target, supporterKey);
      await repos.messages.follow('feedback', target, 'supporter', contact, messages, languageOf(request));
      return { status: 200, body: result };
    });
  });

  operation(app, 'updateFeedback', { access: 'staff' }, async (request, reply) => {
    const change = request.body as FeedbackChange;
    const ifMatch = request.headers['if-match'];
    const item = await inTransaction(app, async (repos) => {
      const found = await repos.feedback.find(param(request, 'feedbackId'), true, true);
      if (!found) throw notFound('There is no feedback with that id.');
      // An item's version is when it last changed (a status, an update, a merge; not a "me too").
      const version = `"${found.item.lastUpdatedAt}"`;
      if (ifMatch && !matches(ifMatch, version)) {
        throw new ProblemError(412, 'Someone else changed this feedback since you opened it. Reload it to see their change.', { headers: { etag: version } });
      }
      if (change.published && !found.row.consent_to_publish) {
        throw invalid([{ field: 'published', code: 'not-allowed', message: 'This cannot be published: the person who gave it did not agree to that.' }]);
      }
      if (change.topic) await requireKnownTerms(repos, [{ field: 'topic', kind: 'topic', id: change.topic }]);
      await repos.feedback.change(found.row.id, change);
      // A status change is a decision: told at once to everyone who asked to hear back.
      if (change.status && change.status !== found.row.status) {
        const last = found.item.updates.at(-1);
        const reason = last && { text: last.text, language: last.language ?? 'en-GB', ...(last.translations ? { translations: last.translations } : {}) };
        const author = deciderOf(request);
        await repos.messages.tellFeedback(found.row.id, {
          event: 'feedback_status', reference: found.row.reference, said: found.row.text, status: change.status,
          ...(reason ? { reason } : {}), ...(author ? { author } : {}), at: new Date().toISOString(),
        }, true);
      }
      await repos.audit(actorOf(request), 'updateFeedback', [found.row.id]);
      return (await repos.feedback.find(found.row.id, seesFeedbackGivers(request.principal)))!.item;
    });
    return sendJson(reply, 200, item, { etag: `"${item.lastUpdatedAt}"` });
  });

  operation(app, 'addFeedbackUpdate', { access: 'staff' }, async (request, reply) => {
    const input = request.body as FeedbackUpdateInput;
    return sendIdempotent(request, reply, async (repos) => {
      const found = await repos.feedback.find(param(request, 'feedbackId'), true, true);
      if (!found) throw notFound('There is no feedback with that id.');
      if (found.row.merged_into) throw conflict(`This item was merged into another. Add the update there (id ${found.row.merged_into}).`);
      // Spaces alone, or a Welsh version beside Welsh: the in-memory adapter says the same (src/api/rules.ts updateProblems).
      const problems = updateProblems(input);
      if (problems.length) throw invalid(problems.map((p) => ({ ...p, message: UPDATE_PROBLEM_WORDS[p.code]! })));
      const welsh = input.translations?.cy?.text.trim();
      await repos.feedback.insertUpdate(found.row.id, {
        kind: input.kind, text: input.text.trim(), language: input.language ?? 'en-GB', links: input.links ?? [], author: authorOf(request),
        ...(welsh ? { translations: { cy: { text: welsh } } } : {}),
      });
      const status = input.kind === 'changed' || input.kind === 'not_changed' ? input.kind : null;
      await repos.feedback.markAnswered(found.row.id, status);
      // Told to everyone following it; at once when it changes the status (a decision), else as they chose.
      const author = authorOf(request) ?? deciderOf(request);
      await repos.messages.tellFeedback(found.row.id, {
        event: 'feedback_update', reference: found.row.reference, said: found.row.text, kind: input.kind, text: input.text.trim(), language: input.language ?? 'en-GB',
        ...(welsh ? { translations: { cy: { text: welsh } } } : {}),
        ...(author ? { author } : {}), at: new Date().toISOString(),
      }, status !== null && status !== found.row.status);
      await repos.audit(actorOf(request), 'addFeedbackUpdate', [found.row.id]);
      return { status: 201, body: (await repos.feedback.find(found.row.id, seesFeedbackGivers(request.principal)))!.item };
    });
  });

  operation(app, 'mergeFeedback', { access: 'staff' }, async (request, reply) => {
    const { intoId } = request.body as { intoId: string };
    const id = param(request, 'feedbackId');
    if (intoId === id) throw invalid([{ field: 'intoId', code: 'not-allowed', message: 'Choose a different item to merge this one into.' }]);
    return sendIdempotent(request, reply, async (repos) => {
      const rows = await repos.feedback.lockPair(id, intoId);
      const source = rows.find((r) => r.id === id);
      const target = rows.find((r) => r.id === intoId);
      if (!source) throw notFound('There is no feedback with that id.');
      if (!target) throw invalid([{ field: 'intoId', code: 'not-found', message: 'There is no feedback item with that id to merge into.' }]);
      if (source.merged_into) throw conflict('This item was already merged into another.');
      if (target.merged_into) throw conflict('The item to merge into was itself merged into another. Merge into that one instead.');
      await repos.feedback.merge(source, intoId);
      await repos.audit(actorOf(request), 'mergeFeedback', [id, intoId]);
      return { status: 200, body: (await repos.feedback.find(intoId, seesFeedbackGivers(request.principal)))!.item };
    });
  });
}
