/** The in-memory pay calls' shared book: the rows they keep, how a row is shown, and the checks every pay call makes. */
import { ApiError } from './errors.js';
import { addWorkingDays, feeFor, isOverdue, ukDate } from './money.js';
import { priceExpenses } from './pay-logic.js';
import type { Attendance, Claim, Expense, ExpenseInput, Id, MyPay, Opportunity, Receipt } from './types.js';
import { invalid, personOf, problem, type InMemoryPayOptions, type PayWorld } from './in-memory-pay-support.js';
import { noteVersion } from './versions.js';

export interface AttendanceRow {
  record: Omit<Attendance, 'opportunityTitle' | 'feePence' | 'claimId' | 'claimStatus'>;
  person: string;
  recordedBy: string;
  revision: number;
}

export interface ClaimRow {
  claim: Omit<Claim, 'dueBy' | 'overdue'>;
  person: string;
  revision: number;
}

export interface StoredReceipt {
  receipt: Receipt;
  person: string;
  bytes: Uint8Array;
}

/** What attendance, claims and the person's pay share: the rows and the rules for reading them. */
export class PayBook {
  readonly attendance: AttendanceRow[] = [];
  readonly claims: ClaimRow[] = [];
  readonly receipts = new Map<Id, StoredReceipt>();
  readonly limits = new Map<string, MyPay['limit']>();

  constructor(
    readonly world: PayWorld,
    readonly options: Required<InMemoryPayOptions>,
  ) {}

  attendanceView(row: AttendanceRow): Attendance {
    const opportunity = this.world.opportunity(row.record.opportunityId);
    const claim = this.claimOf(row.record.id);
    const view: Attendance = {
      ...structuredClone(row.record),
      opportunityTitle: opportunity ? this.title(opportunity) : { en: row.record.opportunityId },
      feePence: feeFor(opportunity?.payment, row.record.activityMinutes, row.record.prepMinutes),
      claimId: claim?.claim.id ?? null,
      claimStatus: claim?.claim.status ?? null,
    };
    return noteVersion(view, `"a${row.revision}"`);
  }

  claimView(row: ClaimRow): Claim {
    const dueBy = addWorkingDays(ukDate(row.claim.submittedAt), this.options.targetWorkingDays);
    const view: Claim = { ...structuredClone(row.claim), dueBy, overdue: isOverdue(row.claim.status, dueBy, ukDate(this.world.now())) };
    return noteVersion(view, `"c${row.revision}"`);
  }

  /** The claim (not refused) that holds this attendance, if any. */
  claimOf(attendanceId: Id): ClaimRow | undefined {
    return this.claims.find((c) => c.claim.status !== 'refused' && c.claim.fees.some((f) => f.attendanceId === attendanceId));
  }

  title(opportunity: Opportunity) {
    const cy = opportunity.translations?.cy?.title;
    return { en: opportunity.title, ...(cy ? { cy } : {}) };
  }

  /** Prices expense lines against the opportunity's rates, with receipts the person uploaded; a 422 otherwise. */
  expenses(lines: readonly ExpenseInput[], opportunity: Opportunity, person: string, sessions: number): Expense[] {
    const mine = (id: string) => {
      const stored = this.receipts.get(id);
      return stored && stored.person === person ? structuredClone(stored.receipt) : undefined;
    };
    const { expenses, errors } = priceExpenses(lines, opportunity.payment, sessions, mine);
    if (errors.length) throw invalid(errors);
    return expenses;
  }

  checkVersion(revision: number, ifMatch: string | undefined): void {
    if (ifMatch === undefined || ifMatch === '*' || ifMatch.slice(2, -1) === String(revision)) return;
    const detail = 'Someone changed this since you opened it. Reload it, then make your change again.';
    throw new ApiError('conflict', detail, { status: 412, problem: { type: 'https://coprod.example/problems/precondition-failed', title: 'Changed since you read it', status: 412, detail } });
  }

  /** Staff with any of these roles, else a 401 or 403. */
  role(...any: string[]): void {
    const roles = this.options.roles;
    if (!roles.includes('staff')) throw problem('unauthorized', 401, 'Sign in as staff to do this.');
    if (!any.some((r) => roles.includes(r))) throw problem('forbidden', 403, 'Your staff account cannot do this. Ask for the role that allows it.');
  }

  /** The person signed in with this `/me` token, else a 401. */
  me(token: string | undefined): string {
    if (!token?.trim()) throw problem('unauthorized', 401, 'Sign in to see this.');
    return personOf(token);
  }

  opportunity(id: Id): Opportunity {
    const opportunity = this.world.opportunity(id);
    if (!opportunity) throw problem('not-found', 404, 'There is no opportunity with that id.');
    return opportunity;
  }

  findAttendance(id: Id): AttendanceRow {
    const row = this.attendance.find((r) => r.record.id === id);
    if (!row) throw problem('not-found', 404, 'There is no attendance record with that id.');
    return row;
  }

  findClaim(id: Id): ClaimRow {
    const row = this.claims.find((c) => c.claim.id === id);
    if (!row) throw problem('not-found', 404, 'There is no claim with that id.');
    return row;
  }
}
