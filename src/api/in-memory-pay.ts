/**
 * The contract's pay calls in the page, behaving as the reference server does (roles, rates,
 * states, totals, CSV). Attendance and claims are in their own modules over one shared book
 * (in-memory-pay-book.ts); this class carries them and answers the person's pay and record.
 */
import type { MeCallOptions, PayCalls, RecordPeriodQuery } from './api.js';
import { runningTotals, ukDate } from './money.js';
import { recordCsv } from './record-csv.js';
import { periodOf, recordIn } from './record-period.js';
import { buildRecord } from './pay-logic.js';
import { benefitsLimitRules } from './rules.js';
import type { Attendance, BenefitsLimit, InvolvementRecord, MyPay } from './types.js';
import { InMemoryAttendance } from './in-memory-attendance.js';
import { InMemoryClaims } from './in-memory-claims.js';
import { PayBook } from './in-memory-pay-book.js';
import { carryCalls, check, personOf, type InMemoryPayOptions, type PayWorld } from './in-memory-pay-support.js';

/** The calls that live in in-memory-attendance.ts and in-memory-claims.ts, carried by InMemoryPay. */
const ATTENDANCE_CALLS = ['listAttendance', 'recordAttendance', 'getAttendance', 'updateAttendance', 'queryMyAttendance'] as const;
const CLAIM_CALLS = ['listClaims', 'getClaim', 'decideClaim', 'exportClaims', 'getReceipt', 'uploadReceipt', 'createClaim', 'answerClaimQuery'] as const;

// The attendance and claim calls are put on each InMemoryPay by its constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface InMemoryPay extends Pick<InMemoryAttendance, (typeof ATTENDANCE_CALLS)[number]>, Pick<InMemoryClaims, (typeof CLAIM_CALLS)[number]> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class InMemoryPay implements PayCalls {
  readonly #book: PayBook;

  constructor(world: PayWorld, options: InMemoryPayOptions = {}) {
    this.#book = new PayBook(world, {
      roles: options.roles ?? ['staff', 'attendance', 'finance', 'people', 'auditor'],
      staffSubject: options.staffSubject ?? 'staff-1',
      separateApprover: options.separateApprover ?? false,
      targetWorkingDays: options.targetWorkingDays ?? 10,
      benefitsAdviceUrl: options.benefitsAdviceUrl ?? null,
      payContact: options.payContact ?? null,
    });
    carryCalls(this, new InMemoryAttendance(this.#book), ATTENDANCE_CALLS);
    carryCalls(this, new InMemoryClaims(this.#book), CLAIM_CALLS);
  }

  /** Acts as another member of staff from now on (tests and stories of the two-person rule). */
  actAs(staffSubject: string, roles?: readonly string[]): void {
    this.#book.options.staffSubject = staffSubject;
    if (roles) this.#book.options.roles = roles;
  }

  /** Staff with any of these roles, else a 401 or 403 (for the pay parts in their own modules). */
  requireRole(...any: string[]): void {
    this.#book.role(...any);
  }

  /** The person's attendance records (`personOf` their contact), for the pay parts in their own modules. */
  attendanceOf(person: string): Attendance[] {
    return this.#book.attendance.filter((r) => r.person === person).map((r) => this.#book.attendanceView(r));
  }

  async getMyPay(options: MeCallOptions): Promise<MyPay> {
    await this.#book.world.settle(options);
    return this.#myPay(this.#book.me(options.meToken));
  }

  async setMyBenefitsLimit(limit: BenefitsLimit, options: MeCallOptions): Promise<MyPay> {
    await this.#book.world.settle(options);
    const person = this.#book.me(options.meToken);
    check(benefitsLimitRules, limit);
    this.#book.limits.set(person, { weeklyPence: limit.weeklyPence ?? null, monthlyPence: limit.monthlyPence ?? null });
    return this.#myPay(person);
  }

  async getMyRecord(options: MeCallOptions & RecordPeriodQuery): Promise<InvolvementRecord> {
    await this.#book.world.settle(options);
    return recordIn(this.#record(this.#book.me(options.meToken)), periodOf(options));
  }

  async getMyRecordCsv(options: MeCallOptions & RecordPeriodQuery): Promise<string> {
    await this.#book.world.settle(options);
    return recordCsv(this.#record(this.#book.me(options.meToken)), periodOf(options));
  }

  #record(person: string): InvolvementRecord {
    const book = this.#book;
    const claims = book.claims.filter((c) => c.person === person).map((c) => book.claimView(c));
    const feedback = book.world.feedback().filter((f) => f.reply && personOf(f.reply) === person);
    return { ...buildRecord(this.attendanceOf(person), claims, feedback, book.world.now()), name: book.world.nameOf?.(person) ?? null };
  }

  #myPay(person: string): MyPay {
    const book = this.#book;
    const claims = book.claims.filter((c) => c.person === person).map((c) => book.claimView(c));
    return {
      attendance: this.attendanceOf(person).sort((a, b) => (a.sessionStart < b.sessionStart ? 1 : -1)),
      claims: claims.sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1)),
      limit: book.limits.get(person) ?? { weeklyPence: null, monthlyPence: null },
      totals: runningTotals(claims, ukDate(book.world.now())),
      benefitsAdviceUrl: book.options.benefitsAdviceUrl,
      payContact: book.options.payContact,
    };
  }
}
