import type { CallOptions, MeCallOptions, PayCalls, Upload, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { claimsCsv, recordCsv } from './csv.js';
import { addWorkingDays, claimTotals, feeFor, isOverdue, queueOrder, runningTotals, ukDate } from './money.js';
import { buildRecord, CLAIM_STEPS, decisionErrors, priceExpenses } from './pay-logic.js';
import { sniffReceipt } from './receipts.js';
import { attendanceChangeRules, attendanceQueryRules, attendanceRules, benefitsLimitRules, claimAnswerRules, claimDecisionRules, claimRules, RECEIPT_MAX_BYTES } from './rules.js';
import { noteVersion } from './versions.js';
import type {
  Attendance,
  AttendanceChange,
  AttendanceInput,
  BenefitsLimit,
  Claim,
  ClaimAnswer,
  ClaimDecision,
  ClaimExportQuery,
  ClaimInput,
  ClaimQuery,
  ClaimQueue,
  ContactPreference,
  Expense,
  ExpenseInput,
  Id,
  InvolvementRecord,
  MyPay,
  Opportunity,
  Receipt,
} from './types.js';
import { check, field, invalid, personOf, personRefOf, problem, type InMemoryPayOptions, type PayWorld } from './in-memory-pay-support.js';

interface AttendanceRow {
  record: Omit<Attendance, 'opportunityTitle' | 'feePence' | 'claimId' | 'claimStatus'>;
  person: string;
  recordedBy: string;
  revision: number;
}

interface ClaimRow {
  claim: Omit<Claim, 'dueBy' | 'overdue'>;
  person: string;
  revision: number;
}

interface StoredReceipt {
  receipt: Receipt;
  person: string;
  bytes: Uint8Array;
}

/** The contract's pay calls in the page, behaving as the reference server does (roles, rates, states, totals, CSV). */
export class InMemoryPay implements PayCalls {
  readonly #world: PayWorld;
  readonly #options: Required<InMemoryPayOptions>;
  readonly #attendance: AttendanceRow[] = [];
  readonly #claims: ClaimRow[] = [];
  readonly #receipts = new Map<Id, StoredReceipt>();
  readonly #limits = new Map<string, MyPay['limit']>();

  constructor(world: PayWorld, options: InMemoryPayOptions = {}) {
    this.#world = world;
    this.#options = {
      roles: options.roles ?? ['staff', 'attendance', 'finance', 'people', 'auditor'],
      staffSubject: options.staffSubject ?? 'staff-1',
      separateApprover: options.separateApprover ?? false,
      targetWorkingDays: options.targetWorkingDays ?? 10,
      benefitsAdviceUrl: options.benefitsAdviceUrl ?? null,
      payContact: options.payContact ?? null,
    };
  }

  /** Acts as another member of staff from now on (tests and stories of the two-person rule). */
  actAs(staffSubject: string, roles?: readonly string[]): void {
    this.#options.staffSubject = staffSubject;
    if (roles) this.#options.roles = roles;
  }

  /** Staff with any of these roles, else a 401 or 403 (for the pay parts in their own modules). */
  requireRole(...any: string[]): void {
    this.#role(...any);
  }

  /** The person's attendance records (`personOf` their contact), for the pay parts in their own modules. */
  attendanceOf(person: string): Attendance[] {
    return this.#attendance.filter((r) => r.person === person).map((r) => this.#attendanceView(r));
  }

  // Staff: attendance

  async listAttendance(opportunityId: Id, options?: CallOptions): Promise<Attendance[]> {
    await this.#world.settle(options);
    this.#role('attendance', 'finance');
    this.#opportunity(opportunityId);
    return this.#attendance
      .filter((r) => r.record.opportunityId === opportunityId)
      .sort((a, b) => (a.record.sessionStart < b.record.sessionStart ? -1 : a.record.sessionStart > b.record.sessionStart ? 1 : a.record.name.localeCompare(b.record.name)))
      .map((r) => this.#attendanceView(r));
  }

  async recordAttendance(opportunityId: Id, input: AttendanceInput, options?: WriteOptions): Promise<Attendance> {
    await this.#world.settle(options);
    this.#role('attendance');
    return this.#world.once(`recordAttendance:${opportunityId}`, options, input, () => {
      this.#opportunity(opportunityId);
      check(attendanceRules, input);
      let name: string;
      let contact: ContactPreference;
      if (input.interestId) {
        const interest = this.#world.interest(opportunityId, input.interestId);
        if (!interest) throw invalid([field('interestId', 'not-found', 'There is no expression of interest with that id in this opportunity.')]);
        ({ name, contact } = interest);
      } else if (input.person) ({ name, contact } = input.person);
      else throw invalid([field('interestId', 'required', 'Choose who took part, or add them by hand.')]);
      const person = personOf(contact);
      if (this.#attendance.some((r) => r.record.opportunityId === opportunityId && r.person === person && r.record.sessionStart === input.sessionStart)) {
        throw problem('conflict', 409, 'This person is already recorded for this session.');
      }
      const now = this.#world.now();
      const row: AttendanceRow = {
        record: {
          id: this.#world.newId('att'),
          opportunityId,
          sessionStart: new Date(input.sessionStart).toISOString(),
          interestId: input.interestId ?? null,
          name: name.trim(),
          role: input.role?.trim() || null,
          activityMinutes: input.activityMinutes,
          prepMinutes: input.prepMinutes ?? 0,
          note: input.note?.trim() || null,
          query: null,
          createdAt: now,
          updatedAt: now,
        },
        person,
        recordedBy: this.#options.staffSubject,
        revision: 0,
      };
      this.#attendance.push(row);
      return this.#attendanceView(row);
    });
  }

  async getAttendance(id: Id, options?: CallOptions): Promise<Attendance> {
    await this.#world.settle(options);
    this.#role('attendance', 'finance');
    return this.#attendanceView(this.#findAttendance(id));
  }

  async updateAttendance(id: Id, change: AttendanceChange, options?: UpdateOptions): Promise<Attendance> {
    await this.#world.settle(options);
    this.#role('attendance');
    const row = this.#findAttendance(id);
    check(attendanceChangeRules, change);
    if (Object.keys(change).length === 0) throw invalid([field('activityMinutes', 'required', 'Change something.')]);
    this.#checkVersion(row.revision, options?.ifMatch);
    const claim = this.#claimOf(row.record.id);
    const hours = change.activityMinutes !== undefined || change.prepMinutes !== undefined;
    if (hours && claim && (claim.claim.status === 'approved' || claim.claim.status === 'paid')) throw problem('conflict', 409, 'The hours are in a claim that is approved or paid.');
    if (change.answer !== undefined && !row.record.query) throw invalid([field('answer', 'not-allowed', 'There is no question to answer.')]);
    const r = row.record;
    if (change.activityMinutes !== undefined) r.activityMinutes = change.activityMinutes;
    if (change.prepMinutes !== undefined) r.prepMinutes = change.prepMinutes;
    if (change.role !== undefined) r.role = change.role.trim() || null;
    if (change.note !== undefined) r.note = change.note.trim() || null;
    const now = this.#world.now();
    if (change.answer !== undefined && r.query) r.query = { ...r.query, answer: change.answer.trim(), answeredAt: now };
    r.updatedAt = now;
    row.revision += 1;
    return this.#attendanceView(row);
  }

  // Staff: claims

  async listClaims(query: ClaimQuery = {}, options?: CallOptions): Promise<ClaimQueue> {
    await this.#world.settle(options);
    this.#role('finance');
    const statuses = query.status?.length ? query.status : ['submitted', 'queried', 'approved'];
    const items = this.#claims
      .filter((c) => statuses.includes(c.claim.status) && (!query.opportunityId || c.claim.opportunityId === query.opportunityId))
      .map((c) => this.#claimView(c))
      .sort(queueOrder);
    return { items, total: items.length, targetWorkingDays: this.#options.targetWorkingDays, separateApprover: this.#options.separateApprover };
  }

  async getClaim(id: Id, options?: CallOptions): Promise<Claim> {
    await this.#world.settle(options);
    this.#role('finance');
    return this.#claimView(this.#findClaim(id));
  }

  async decideClaim(id: Id, decision: ClaimDecision, options?: UpdateOptions): Promise<Claim> {
    await this.#world.settle(options);
    this.#role('finance');
    const row = this.#findClaim(id);
    check(claimDecisionRules, decision);
    const text = decision.text?.trim();
    const errors = decisionErrors(decision);
    if (errors.length) throw invalid(errors);
    this.#checkVersion(row.revision, options?.ifMatch);
    const c = row.claim;
    if (!CLAIM_STEPS[decision.action].includes(c.status)) throw problem('conflict', 409, `A claim that is ${c.status} cannot be given that step.`);
    if (decision.action === 'approve' && this.#options.separateApprover) {
      const recorders = c.fees.map((f) => this.#attendance.find((a) => a.record.id === f.attendanceId)?.recordedBy);
      if (recorders.includes(this.#options.staffSubject)) throw problem('forbidden', 403, 'You recorded the attendance in this claim, so someone else must approve it.');
    }
    const now = this.#world.now();
    if (decision.action === 'approve') Object.assign(c, { status: 'approved', approvedAt: now });
    if (decision.action === 'query') Object.assign(c, { status: 'queried', conversation: [...c.conversation, { from: 'staff', text, at: now }] });
    if (decision.action === 'refuse') Object.assign(c, { status: 'refused', refusedReason: text });
    if (decision.action === 'pay') Object.assign(c, { status: 'paid', paidOn: decision.paidOn });
    c.updatedAt = now;
    row.revision += 1;
    return this.#claimView(row);
  }

  async exportClaims(query: ClaimExportQuery = {}, options?: CallOptions): Promise<string> {
    await this.#world.settle(options);
    this.#role('finance');
    const statuses = query.status?.length ? query.status : ['approved', 'paid'];
    const claims = this.#claims
      .map((c) => this.#claimView(c))
      .filter((c) => statuses.includes(c.status) && (!query.from || ukDate(c.submittedAt) >= query.from) && (!query.to || ukDate(c.submittedAt) <= query.to));
    return claimsCsv(claims);
  }

  async getReceipt(id: Id, options?: Partial<MeCallOptions>): Promise<Blob> {
    await this.#world.settle(options);
    const stored = this.#receipts.get(id);
    if (options?.meToken !== undefined) {
      if (!stored || stored.person !== this.#me(options.meToken)) throw problem('not-found', 404, 'There is no receipt of yours with that id.');
    } else {
      this.#role('finance');
      if (!stored) throw problem('not-found', 404, 'There is no receipt with that id.');
    }
    return new Blob([stored.bytes as Uint8Array<ArrayBuffer>], { type: stored.receipt.contentType });
  }

  // The person

  async getMyPay(options: MeCallOptions): Promise<MyPay> {
    await this.#world.settle(options);
    return this.#myPay(this.#me(options.meToken));
  }

  async setMyBenefitsLimit(limit: BenefitsLimit, options: MeCallOptions): Promise<MyPay> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    check(benefitsLimitRules, limit);
    this.#limits.set(person, { weeklyPence: limit.weeklyPence ?? null, monthlyPence: limit.monthlyPence ?? null });
    return this.#myPay(person);
  }

  async queryMyAttendance(attendanceId: Id, text: string, options: MeCallOptions & WriteOptions): Promise<Attendance> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    return this.#world.once(`queryMyAttendance:${attendanceId}:${person}`, options, { text }, () => {
      const row = this.#attendance.find((r) => r.record.id === attendanceId && r.person === person);
      if (!row) throw problem('not-found', 404, 'There is no attendance of yours with that id.');
      check(attendanceQueryRules, { text });
      if (row.record.query && !row.record.query.answer) throw problem('conflict', 409, 'Your last question is still waiting for an answer.');
      const now = this.#world.now();
      row.record.query = { text: text.trim(), askedAt: now, answer: null, answeredAt: null };
      row.record.updatedAt = now;
      row.revision += 1;
      return this.#attendanceView(row);
    });
  }

  async uploadReceipt(file: Upload, options: MeCallOptions & WriteOptions): Promise<Receipt> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(file instanceof Uint8Array ? file : new Uint8Array(file));
    if (bytes.length > RECEIPT_MAX_BYTES) {
      const title = 'The receipt is too large: the most is 10 MB. Take a new photo, or save it as a smaller file. The rest of your claim is kept.';
      throw new ApiError('validation', title, { status: 413, problem: { type: 'https://coprod.example/problems/too-large', title: 'Too large', status: 413, detail: title, errors: [field('receipt', 'too-big', title)] } });
    }
    const contentType = sniffReceipt(bytes);
    if (!contentType) throw invalid([field('receipt', 'invalid-format', 'The receipt must be a photo (JPEG or PNG) or a PDF.')]);
    const receipt: Receipt = { id: this.#world.newId('rct'), contentType, bytes: bytes.length, createdAt: this.#world.now() };
    this.#receipts.set(receipt.id, { receipt, person, bytes });
    return structuredClone(receipt);
  }

  async createClaim(input: ClaimInput, options: MeCallOptions & WriteOptions): Promise<Claim> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    return this.#world.once(`createClaim:${person}`, options, input, () => {
      check(claimRules, input);
      const opportunity = this.#opportunity(input.opportunityId);
      const rows = input.attendanceIds.map((id, i) => {
        const row = this.#attendance.find((r) => r.record.id === id && r.person === person && r.record.opportunityId === input.opportunityId);
        if (!row) throw invalid([field(`attendanceIds.${i}`, 'not-found', 'Choose a session you took part in.')]);
        if (this.#claimOf(id)) throw invalid([field(`attendanceIds.${i}`, 'not-allowed', 'This session is in another claim already.')]);
        return row;
      });
      const expenses = this.#expenses(input.expenses ?? [], opportunity, person, rows.length);
      const declined = input.paymentChoice === 'declined';
      if (input.paymentChoice === 'vouchers' && !opportunity.payment.vouchersOffered) throw invalid([field('paymentChoice', 'not-allowed', 'This opportunity does not offer vouchers.')]);
      const fees = rows.map(({ record: r }) => ({
        attendanceId: r.id,
        sessionStart: r.sessionStart,
        activityMinutes: r.activityMinutes,
        prepMinutes: r.prepMinutes,
        amountPence: declined ? 0 : feeFor(opportunity.payment, r.activityMinutes, r.prepMinutes),
      }));
      const now = this.#world.now();
      const row: ClaimRow = {
        claim: {
          id: this.#world.newId('clm'),
          reference: this.#world.newReference('CL'),
          opportunityId: opportunity.id,
          opportunityTitle: this.#title(opportunity),
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
      this.#claims.push(row);
      return this.#claimView(row);
    });
  }

  async answerClaimQuery(claimId: Id, answer: ClaimAnswer, options: MeCallOptions & WriteOptions): Promise<Claim> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    return this.#world.once(`answerClaimQuery:${claimId}:${person}`, options, answer, () => {
      const row = this.#claims.find((c) => c.claim.id === claimId && c.person === person);
      if (!row) throw problem('not-found', 404, 'There is no claim of yours with that id.');
      check(claimAnswerRules, answer);
      if (row.claim.status !== 'queried') throw problem('conflict', 409, 'There is no question on this claim to answer.');
      const c = row.claim;
      if (answer.expenses) {
        c.expenses = this.#expenses(answer.expenses, this.#opportunity(c.opportunityId), person, c.fees.length);
        Object.assign(c, claimTotals(c.fees, c.expenses));
      }
      const now = this.#world.now();
      c.conversation = [...c.conversation, { from: 'person', text: answer.text.trim(), at: now }];
      c.status = 'submitted';
      c.updatedAt = now;
      row.revision += 1;
      return this.#claimView(row);
    });
  }

  async getMyRecord(options: MeCallOptions): Promise<InvolvementRecord> {
    await this.#world.settle(options);
    return this.#record(this.#me(options.meToken));
  }

  async getMyRecordCsv(options: MeCallOptions): Promise<string> {
    await this.#world.settle(options);
    return recordCsv(this.#record(this.#me(options.meToken)));
  }

  // Internals

  #record(person: string): InvolvementRecord {
    const attendance = this.#attendance.filter((r) => r.person === person).map((r) => this.#attendanceView(r));
    const claims = this.#claims.filter((c) => c.person === person).map((c) => this.#claimView(c));
    const feedback = this.#world.feedback().filter((f) => f.reply && personOf(f.reply) === person);
    return buildRecord(attendance, claims, feedback, this.#world.now());
  }

  #myPay(person: string): MyPay {
    const claims = this.#claims.filter((c) => c.person === person).map((c) => this.#claimView(c));
    return {
      attendance: this.#attendance
        .filter((r) => r.person === person)
        .map((r) => this.#attendanceView(r))
        .sort((a, b) => (a.sessionStart < b.sessionStart ? 1 : -1)),
      claims: claims.sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1)),
      limit: this.#limits.get(person) ?? { weeklyPence: null, monthlyPence: null },
      totals: runningTotals(claims, ukDate(this.#world.now())),
      benefitsAdviceUrl: this.#options.benefitsAdviceUrl,
      payContact: this.#options.payContact,
    };
  }

  #expenses(lines: readonly ExpenseInput[], opportunity: Opportunity, person: string, sessions: number): Expense[] {
    const mine = (id: string) => {
      const stored = this.#receipts.get(id);
      return stored && stored.person === person ? structuredClone(stored.receipt) : undefined;
    };
    const { expenses, errors } = priceExpenses(lines, opportunity.payment, sessions, mine);
    if (errors.length) throw invalid(errors);
    return expenses;
  }

  #attendanceView(row: AttendanceRow): Attendance {
    const opportunity = this.#world.opportunity(row.record.opportunityId);
    const claim = this.#claimOf(row.record.id);
    const view: Attendance = {
      ...structuredClone(row.record),
      opportunityTitle: opportunity ? this.#title(opportunity) : { en: row.record.opportunityId },
      feePence: feeFor(opportunity?.payment, row.record.activityMinutes, row.record.prepMinutes),
      claimId: claim?.claim.id ?? null,
      claimStatus: claim?.claim.status ?? null,
    };
    return noteVersion(view, `"a${row.revision}"`);
  }

  #claimView(row: ClaimRow): Claim {
    const dueBy = addWorkingDays(ukDate(row.claim.submittedAt), this.#options.targetWorkingDays);
    const view: Claim = { ...structuredClone(row.claim), dueBy, overdue: isOverdue(row.claim.status, dueBy, ukDate(this.#world.now())) };
    return noteVersion(view, `"c${row.revision}"`);
  }

  #claimOf(attendanceId: Id): ClaimRow | undefined {
    return this.#claims.find((c) => c.claim.status !== 'refused' && c.claim.fees.some((f) => f.attendanceId === attendanceId));
  }

  #title(opportunity: Opportunity) {
    const cy = opportunity.translations?.cy?.title;
    return { en: opportunity.title, ...(cy ? { cy } : {}) };
  }

  #checkVersion(revision: number, ifMatch: string | undefined): void {
    if (ifMatch === undefined || ifMatch === '*' || ifMatch.slice(2, -1) === String(revision)) return;
    const detail = 'Someone changed this since you opened it. Reload it, then make your change again.';
    throw new ApiError('conflict', detail, { status: 412, problem: { type: 'https://coprod.example/problems/precondition-failed', title: 'Changed since you read it', status: 412, detail } });
  }

  #role(...any: string[]): void {
    const roles = this.#options.roles;
    if (!roles.includes('staff')) throw problem('unauthorized', 401, 'Sign in as staff to do this.');
    if (!any.some((r) => roles.includes(r))) throw problem('forbidden', 403, 'Your staff account cannot do this. Ask for the role that allows it.');
  }

  #me(token: string | undefined): string {
    if (!token?.trim()) throw problem('unauthorized', 401, 'Sign in to see this.');
    return personOf(token);
  }

  #opportunity(id: Id): Opportunity {
    const opportunity = this.#world.opportunity(id);
    if (!opportunity) throw problem('not-found', 404, 'There is no opportunity with that id.');
    return opportunity;
  }

  #findAttendance(id: Id): AttendanceRow {
    const row = this.#attendance.find((r) => r.record.id === id);
    if (!row) throw problem('not-found', 404, 'There is no attendance record with that id.');
    return row;
  }

  #findClaim(id: Id): ClaimRow {
    const row = this.#claims.find((c) => c.claim.id === id);
    if (!row) throw problem('not-found', 404, 'There is no claim with that id.');
    return row;
  }
}

