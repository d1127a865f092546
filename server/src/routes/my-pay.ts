import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordCsv } from '../../../src/api/record-csv.js';
import { periodOf, recordIn } from '../../../src/api/record-period.js';
import { claimTotals, feeLines, runningTotals, ukDate } from '../../../src/api/money.js';
import { buildRecord, priceExpenses } from '../../../src/api/pay-logic.js';
import { sniffReceipt } from '../../../src/api/receipts.js';
import { RECEIPT_MAX_BYTES } from '../../../src/api/rules.js';
import type { BenefitsLimit, ClaimAnswer, ClaimInput, ExpenseInput, Payment } from '../../../src/api/types.js';
import { newId, newReference, sha256 } from '../crypto.js';
import type { Queryable } from '../db/db.js';
import { sendJson } from '../http.js';
import { operation } from '../http.js';
import { feedbackIn, personProfileIn, profilesIn } from '../me/repository.js';
import { claimReceived } from '../messages/templates-pay.js';
import { money, personOf, type PayContext } from '../pay/context.js';
import { conflict, invalid, notFound, ProblemError, sendProblem } from '../problems.js';
import { repositories, type Repositories } from '../repositories/index.js';
import type { StoredExpense } from '../repositories/claims.js';
import { runIdempotent, type Outcome } from '../repositories/idempotency.js';

const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'application/octet-stream'];
const TOO_BIG = 'The receipt is too large: the most is 10 MB. Take a new photo, or save it as a smaller file. The rest of your claim is kept.';

/** The person's own pay (issue 16), with their `/me` sign-in token: attendance, claims, receipts, their limit and record. */
export default async function myPayRoutes(app: FastifyInstance, pay: PayContext): Promise<void> {
  // Receipts come as the file itself; its type is found from its content, not from this header.
  app.addContentTypeParser(RECEIPT_TYPES, { parseAs: 'buffer', bodyLimit: RECEIPT_MAX_BYTES }, (_request, body, done) => done(null, body));
  const parent = app.errorHandler;
  app.setErrorHandler((error, request, reply) => {
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE' && request.routeOptions.config.operationId === 'uploadReceipt') {
      return sendProblem(reply, new ProblemError(413, TOO_BIG, { errors: [{ field: 'receipt', code: 'too-big', message: TOO_BIG }] }));
    }
    return parent.call(app, error, request, reply);
  });

  /** A POST of the person's, once per Idempotency-Key and per person (never replayed to someone else). */
  const once = <T>(request: FastifyRequest, reply: FastifyReply, personHash: string, body: unknown, work: (repos: Repositories, tx: Queryable) => Promise<Outcome<T>>) =>
    runIdempotent(
      app.db,
      {
        key: typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : undefined,
        operation: request.routeOptions.config.operationId ?? request.url,
        principal: `me:${personHash}`,
        request: { method: request.method, url: request.url, body },
      },
      (tx) => work(repositories(tx, pay.keys, pay.settings), tx),
    ).then((outcome) => {
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return sendJson(reply, outcome.status, outcome.body, outcome.headers);
    });

  const myPay = async (repos: Repositories, personHash: string | null) => {
    if (!personHash) return { attendance: [], claims: [], limit: { weeklyPence: null, monthlyPence: null }, totals: runningTotals([], ukDate(new Date())), benefitsAdviceUrl: pay.settings.benefitsAdviceUrl, payContact: pay.settings.payContact };
    const claims = (await repos.claims.mine(personHash)).map((r) => r.claim);
    return {
      attendance: (await repos.attendance.mine(personHash)).map((r) => r.attendance),
      claims,
      limit: await repos.receipts.limit(personHash),
      totals: runningTotals(claims, ukDate(new Date())),
      benefitsAdviceUrl: pay.settings.benefitsAdviceUrl,
      payContact: pay.settings.payContact,
    };
  };

  // A receipt already on another claim is not this claim's (the same expense claimed twice).
  const priced = async (repos: Repositories, personHash: string, lines: readonly ExpenseInput[], payment: Payment | undefined, sessions: number, claimId: string | null): Promise<StoredExpense[]> => {
    const receipts = await repos.receipts.ownedBy(personHash, lines.flatMap((l) => (l.receiptId ? [l.receiptId] : [])), claimId);
    const { expenses, errors } = priceExpenses(lines, payment, sessions, (id) => receipts.get(id));
    if (errors.length) throw invalid(errors);
    return expenses.map(({ receipt, ...e }) => ({ ...e, receiptId: receipt?.id ?? null }));
  };

  operation(app, 'getMyPay', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    reply.header('cache-control', 'no-store');
    return sendJson(reply, 200, await myPay(repositories(app.db, pay.keys, pay.settings), personHash));
  });

  operation(app, 'setMyBenefitsLimit', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const limit = request.body as BenefitsLimit;
    const repos = repositories(app.db, pay.keys, pay.settings);
    if (!personHash) throw notFound('Sign in with the email address or phone number you gave us to keep a limit.');
    await repos.receipts.setLimit(personHash, { weeklyPence: limit.weeklyPence ?? null, monthlyPence: limit.monthlyPence ?? null });
    return sendJson(reply, 200, await myPay(repos, personHash));
  });

  operation(app, 'queryMyAttendance', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const id = (request.params as { attendanceId: string }).attendanceId;
    const { text } = request.body as { text: string };
    return once(request, reply, personHash ?? 'none', request.body, async (repos) => {
      const found = await repos.attendance.find(id, true);
      if (!found || !personHash || found.personHash !== personHash) throw notFound('There is no attendance of yours with that id.');
      if (found.attendance.query && !found.attendance.query.answer) throw conflict('Your last question is still waiting for an answer.');
      await repos.attendance.ask(id, text.trim());
      return { status: 201, body: (await repos.attendance.find(id))!.attendance };
    });
  });

  operation(app, 'uploadReceipt', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const data = request.body;
    if (!Buffer.isBuffer(data) || data.length === 0) throw invalid([{ field: 'receipt', code: 'required', message: 'Choose the photo or PDF of your receipt.' }]);
    if (data.length > RECEIPT_MAX_BYTES) throw new ProblemError(413, TOO_BIG, { errors: [{ field: 'receipt', code: 'too-big', message: TOO_BIG }] });
    const contentType = sniffReceipt(data);
    if (!contentType) throw invalid([{ field: 'receipt', code: 'invalid-format', message: 'The receipt must be a photo (JPEG or PNG) or a PDF.' }]);
    if (!personHash) throw notFound('Sign in with the email address or phone number you gave us to claim.');
    return once(request, reply, personHash, { sha256: sha256(data.toString('base64')) }, async (repos) => ({ status: 201, body: await repos.receipts.store(newId(), personHash, contentType, data) }));
  });

  operation(app, 'createClaim', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const input = request.body as ClaimInput;
    return once(request, reply, personHash ?? 'none', input, async (repos) => {
      const opportunity = await repos.opportunities.find(input.opportunityId);
      if (!opportunity) throw invalid([{ field: 'opportunityId', code: 'not-found', message: 'There is no opportunity with that id.' }]);
      const rows = [];
      for (const [i, id] of input.attendanceIds.entries()) {
        const found = await repos.attendance.find(id, true);
        if (!found || !personHash || found.personHash !== personHash || found.attendance.opportunityId !== input.opportunityId) {
          throw invalid([{ field: `attendanceIds.${i}`, code: 'not-found', message: 'Choose a session you took part in.' }]);
        }
        if (found.attendance.claimId) throw invalid([{ field: `attendanceIds.${i}`, code: 'not-allowed', message: 'This session is in another claim already.' }]);
        rows.push(found);
      }
      if (input.paymentChoice === 'vouchers' && !opportunity.payment.vouchersOffered) {
        throw invalid([{ field: 'paymentChoice', code: 'not-allowed', message: 'This opportunity does not offer vouchers.' }]);
      }
      const expenses = await priced(repos, personHash!, input.expenses ?? [], opportunity.payment, rows.length, null);
      const declined = input.paymentChoice === 'declined';
      const fees = feeLines(opportunity.payment, rows.map(({ attendance }) => attendance), declined);
      const id = newId();
      const reference = await repos.claims.uniqueReference(() => newReference('CL'));
      const totals = claimTotals(fees, expenses);
      await repos.claims.insert({
        id, reference, opportunityId: opportunity.id, personHash: personHash!, name: rows[0]!.attendance.name, costCode: opportunity.payment.costCode ?? null,
        paymentChoice: input.paymentChoice, fees, expenses, totals, note: input.note?.trim() || null, attendanceIds: input.attendanceIds,
      });
      const claim = (await repos.claims.find(id))!.claim;
      await repos.messages.send({
        message: claimReceived.with({ reference, opportunity: claim.opportunityTitle.en, ...(claim.opportunityTitle.cy ? { opportunityCy: claim.opportunityTitle.cy } : {}), amount: money(claim.totalPence), dueBy: claim.dueBy }),
        about: { type: 'claim', id },
        to: rows[0]!.contact,
        language: 'en-GB',
      });
      return { status: 201, body: claim, headers: { etag: `"${claim.updatedAt}"` } };
    });
  });

  operation(app, 'answerClaimQuery', {}, async (request, reply) => {
    const { personHash } = await personOf(app.db, request);
    const id = (request.params as { claimId: string }).claimId;
    const answer = request.body as ClaimAnswer;
    return once(request, reply, personHash ?? 'none', answer, async (repos) => {
      const found = await repos.claims.find(id, true);
      if (!found || !personHash || found.personHash !== personHash) throw notFound('There is no claim of yours with that id.');
      if (found.claim.status !== 'queried') throw conflict('There is no question on this claim to answer.');
      if (answer.expenses) {
        const opportunity = await repos.opportunities.find(found.claim.opportunityId);
        const expenses = await priced(repos, personHash, answer.expenses, opportunity?.payment, found.claim.fees.length, found.claim.id);
        await repos.claims.replaceExpenses(id, expenses, claimTotals(found.claim.fees, expenses));
      }
      await repos.claims.step(id, { status: 'submitted', message: { from: 'person', text: answer.text.trim(), at: new Date().toISOString() } });
      return { status: 200, body: (await repos.claims.find(id))!.claim };
    });
  });

  operation(app, 'getMyRecord', {}, async (request, reply) => {
    const { session, personHash } = await personOf(app.db, request);
    const repos = repositories(app.db, pay.keys, pay.settings);
    const attendance = personHash ? (await repos.attendance.mine(personHash)).map((r) => r.attendance) : [];
    const claims = personHash ? (await repos.claims.mine(personHash)).map((r) => r.claim) : [];
    const scope = { contactHash: session.contactHash, profileIds: session.profileId ? [session.profileId] : [] };
    const [feedback, profiles, chosen] = await Promise.all([feedbackIn(app.db, pay.keys, scope), profilesIn(app.db, pay.keys, scope), personProfileIn(app.db, scope)]);
    // Whose record it is, by the one rule (personProfileIn); theirs to print and keep, never logged.
    const name = profiles.find((p) => p.id === chosen)?.name.trim() || null;
    const record = { ...buildRecord(attendance, claims, feedback, new Date().toISOString()), name };
    const query = request.query as { format?: string; from?: string; to?: string };
    const period = periodOf(query);
    reply.header('cache-control', 'no-store');
    if (query.format === 'csv') {
      reply.header('content-disposition', `attachment; filename="my-involvement-${period.from ?? 'start'}-to-${period.to ?? ukDate(record.generatedAt)}.csv"`);
      return reply.code(200).type('text/csv; charset=utf-8').send(recordCsv(record, period));
    }
    return sendJson(reply, 200, recordIn(record, period));
  });
}
