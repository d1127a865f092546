/** Claims and receipts in the page: the person claims, finance decides and exports (issue 16), as the reference server does. */
import type { CallOptions, MeCallOptions, Upload, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { claimsCsv } from './csv.js';
import { claimTotals, feeLines, queueOrder, ukDate } from './money.js';
import { CLAIM_STEPS, decisionErrors } from './pay-logic.js';
import { sniffReceipt } from './receipts.js';
import { claimAnswerRules, claimDecisionRules, claimRules, RECEIPT_MAX_BYTES } from './rules.js';
import type { Claim, ClaimAnswer, ClaimDecision, ClaimExportQuery, ClaimInput, ClaimQuery, ClaimQueue, Id, Receipt } from './types.js';
import type { ClaimRow, PayBook } from './in-memory-pay-book.js';
import { check, field, invalid, personRefOf, problem } from './in-memory-pay-support.js';

export class InMemoryClaims {
  constructor(private readonly book: PayBook) {}

  // Staff

  async listClaims(query: ClaimQuery = {}, options?: CallOptions): Promise<ClaimQueue> {
    const { book } = this;
    await book.world.settle(options);
    book.role('finance');
    const statuses = query.status?.length ? query.status : ['submitted', 'queried', 'approved'];
    const items = book.claims
      .filter((c) => statuses.includes(c.claim.status) && (!query.opportunityId || c.claim.opportunityId === query.opportunityId))
      .map((c) => book.claimView(c))
      .sort(queueOrder);
    return { items, total: items.length, targetWorkingDays: book.options.targetWorkingDays, separateApprover: book.options.separateApprover };
  }

  async getClaim(id: Id, options?: CallOptions): Promise<Claim> {
    const { book } = this;
    await book.world.settle(options);
    book.role('finance');
    return book.claimView(book.findClaim(id));
  }

  async decideClaim(id: Id, decision: ClaimDecision, options?: UpdateOptions): Promise<Claim> {
    const { book } = this;
    await book.world.settle(options);
    book.role('finance');
    const row = book.findClaim(id);
    check(claimDecisionRules, decision);
    const text = decision.text?.trim();
    const errors = decisionErrors(decision);
    if (errors.length) throw invalid(errors);
    book.checkVersion(row.revision, options?.ifMatch);
    const c = row.claim;
    if (!CLAIM_STEPS[decision.action].includes(c.status)) throw problem('conflict', 409, `A claim that is ${c.status} cannot be given that step.`);
    if (decision.action === 'approve' && book.options.separateApprover) {
      const recorders = c.fees.map((f) => book.attendance.find((a) => a.record.id === f.attendanceId)?.recordedBy);
      if (recorders.includes(book.options.staffSubject)) throw problem('forbidden', 403, 'You recorded the attendance in this claim, so someone else must approve it.');
    }
    const now = book.world.now();
    if (decision.action === 'approve') Object.assign(c, { status: 'approved', approvedAt: now });
    if (decision.action === 'query') Object.assign(c, { status: 'queried', conversation: [...c.conversation, { from: 'staff', text, at: now }] });
    if (decision.action === 'refuse') Object.assign(c, { status: 'refused', refusedReason: text });
    if (decision.action === 'pay') Object.assign(c, { status: 'paid', paidOn: decision.paidOn });
    c.updatedAt = now;
    row.revision += 1;
    return book.claimView(row);
  }

  async exportClaims(query: ClaimExportQuery = {}, options?: CallOptions): Promise<string> {
    const { book } = this;
    await book.world.settle(options);
    book.role('finance');
    const statuses = query.status?.length ? query.status : ['approved', 'paid'];
    const claims = book.claims
      .map((c) => book.claimView(c))
      .filter((c) => statuses.includes(c.status) && (!query.from || ukDate(c.submittedAt) >= query.from) && (!query.to || ukDate(c.submittedAt) <= query.to));
    return claimsCsv(claims);
  }

  /** Staff with `finance` read any receipt; the person (`meToken`) only their own. */
  async getReceipt(id: Id, options?: Partial<MeCallOptions>): Promise<Blob> {
    const { book } = this;
    await book.world.settle(options);
    const stored = book.receipts.get(id);
    if (options?.meToken !== undefined) {
      if (!stored || stored.person !== book.me(options.meToken)) throw problem('not-found', 404, 'There is no receipt of yours with that id.');
    } else {
      book.role('finance');
      if (!stored) throw problem('not-found', 404, 'There is no receipt with that id.');
    }
    return new Blob([stored.bytes as Uint8Array<ArrayBuffer>], { type: stored.receipt.contentType });
  }

  // The person

  async uploadReceipt(file: Upload, options: MeCallOptions & WriteOptions): Promise<Receipt> {
    const { book } = this;
    await book.world.settle(options);
    const person = book.me(options.meToken);
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(file instanceof Uint8Array ? file : new Uint8Array(file));
    if (bytes.length > RECEIPT_MAX_BYTES) {
      const title = 'The receipt is too large: the most is 10 MB. Take a new photo, or save it as a smaller file. The rest of your claim is kept.';
      throw new ApiError('validation', title, { status: 413, problem: { type: 'https://coprod.example/problems/too-large', title: 'Too large', status: 413, detail: title, errors: [field('receipt', 'too-big', title)] } });
    }
    const contentType = sniffReceipt(bytes);
    if (!contentType) throw invalid([field('receipt', 'invalid-format', 'The receipt must be a photo (JPEG or PNG) or a PDF.')]);
    const receipt: Receipt = { id: book.world.newId('rct'), contentType, bytes: bytes.length, createdAt: book.world.now() };
    book.receipts.set(receipt.id, { receipt, person, bytes });
    return structuredClone(receipt);
  }

  async createClaim(input: ClaimInput, options: MeCallOptions & WriteOptions): Promise<Claim> {
    const { book } = this;
    await book.world.settle(options);
    const person = book.me(options.meToken);
    return book.world.once(`createClaim:${person}`, options, input, () => {
      check(claimRules, input);
      const opportunity = book.opportunity(input.opportunityId);
      const rows = input.attendanceIds.map((id, i) => {
        const row = book.attendance.find((r) => r.record.id === id && r.person === person && r.record.opportunityId === input.opportunityId);
        if (!row) throw invalid([field(`attendanceIds.${i}`, 'not-found', 'Choose a session you took part in.')]);
        if (book.claimOf(id)) throw invalid([field(`attendanceIds.${i}`, 'not-allowed', 'This session is in another claim already.')]);
        return row;
      });
      const expenses = book.expenses(input.expenses ?? [], opportunity, person, rows.length);
      const declined = input.paymentChoice === 'declined';
      if (input.paymentChoice === 'vouchers' && !opportunity.payment.vouchersOffered) throw invalid([field('paymentChoice', 'not-allowed', 'This opportunity does not offer vouchers.')]);
      const fees = feeLines(opportunity.payment, rows.map(({ record }) => record), declined);
      const now = book.world.now();
      const row: ClaimRow = {
        claim: {
          id: book.world.newId('clm'),
          reference: book.world.newReference('CL'),
          opportunityId: opportunity.id,
          opportunityTitle: book.title(opportunity),
          name: rows[0]!.record.name,
          personRef: personRefOf(person),
          costCode: opportunity.payment.costCode ?? null,
          status: 'submitted',
          paymentChoice: input.paymentChoice,
          fees,
          expenses,
          ...claimTotals(fees, expenses),
          note: input.note?.trim() || null,
          conversation: [],
          refusedReason: null,
          submittedAt: now,
          approvedAt: null,
          paidOn: null,
          updatedAt: now,
        },
        person,
        revision: 0,
      };
      book.claims.push(row);
      return book.claimView(row);
    });
  }

  async answerClaimQuery(claimId: Id, answer: ClaimAnswer, options: MeCallOptions & WriteOptions): Promise<Claim> {
    const { book } = this;
    await book.world.settle(options);
    const person = book.me(options.meToken);
    return book.world.once(`answerClaimQuery:${claimId}:${person}`, options, answer, () => {
      const row = book.claims.find((c) => c.claim.id === claimId && c.person === person);
      if (!row) throw problem('not-found', 404, 'There is no claim of yours with that id.');
      check(claimAnswerRules, answer);
      if (row.claim.status !== 'queried') throw problem('conflict', 409, 'There is no question on this claim to answer.');
      const c = row.claim;
      if (answer.expenses) {
        c.expenses = book.expenses(answer.expenses, book.opportunity(c.opportunityId), person, c.fees.length);
        Object.assign(c, claimTotals(c.fees, c.expenses));
      }
      const now = book.world.now();
      c.conversation = [...c.conversation, { from: 'person', text: answer.text.trim(), at: now }];
      c.status = 'submitted';
      c.updatedAt = now;
      row.revision += 1;
      return book.claimView(row);
    });
  }
}
