import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireStaff, type Principal } from '../auth.js';
import { pounds } from '../../../src/api/money.js';
import { matches } from '../etag.js';
import type { ContactKeys } from '../contacts.js';
import { sessionOf, type MeSession } from '../me/sign-in.js';
import { forbidden, ProblemError } from '../problems.js';
import type { Queryable } from '../db/db.js';

/** The council's pay settings (issue 16), from the environment (see server/README.md). */
export interface PaySettings {
  /** Working days from submission to payment (PAY_TARGET_WORKING_DAYS, default 10). */
  targetWorkingDays: number;
  /** Whoever recorded the attendance may not approve its claim (PAY_SEPARATE_APPROVER). */
  separateApprover: boolean;
  /** The council's benefits advice page (BENEFITS_ADVICE_URL). */
  benefitsAdviceUrl: string | null;
  /** Who a person asks about a claim, in the council's words (PAY_CONTACT); shown beside an overdue claim. */
  payContact: string | null;
  /** Months a paid or refused claim and its receipts are kept (PAY_RETENTION_MONTHS, default 72); false: no scheduled job. */
  retentionMonths: number | false;
}

export const DEFAULT_PAY_SETTINGS: PaySettings = { targetWorkingDays: 10, separateApprover: false, benefitsAdviceUrl: null, payContact: null, retentionMonths: 72 };

export interface PayContext {
  keys: ContactKeys;
  settings: PaySettings;
}

/** Staff with any of `roles` (401 without a staff token, 403 without the role). */
export function requireAnyRole(principal: Principal, ...roles: string[]) {
  const staff = requireStaff(principal);
  if (!roles.some((r) => staff.roles.includes(r))) throw forbidden('Your staff account cannot do this. Ask for the role that allows it.');
  return staff;
}

/** The signed-in person (the `/me` token); `personHash` is null for a profile-key session, which reaches no pay data. */
export async function personOf(db: Queryable, request: FastifyRequest): Promise<{ session: MeSession; personHash: string | null }> {
  const token = request.principal.kind === 'token' ? request.principal.token : undefined;
  const session = await sessionOf(db, token);
  return { session, personHash: session.contactHash };
}

/** 412 when If-Match names another version than `"updatedAt"` (the contract's version for attendance and claims). */
export function checkVersion(request: FastifyRequest, updatedAt: string, what: string): void {
  const ifMatch = request.headers['if-match'];
  const version = `"${updatedAt}"`;
  if (ifMatch && !matches(ifMatch, version)) throw new ProblemError(412, `Someone changed this ${what} since you opened it. Reload it, then make your change again.`, { headers: { etag: version } });
}

export const withVersion = (reply: FastifyReply, updatedAt: string) => reply.header('etag', `"${updatedAt}"`);

/** Money in messages: "£60.00" (Welsh messages get the same figures). A session's date and time are worded by src/shared/pay/session.messages.ts. */
export const money = (pence: number) => `£${pounds(pence)}`;
