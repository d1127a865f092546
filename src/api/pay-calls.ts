/**
 * Every pay call by name, written once: the HTTP client loads them with their module on first
 * call, and InMemoryApi carries them from its pay adapter. The type check fails if a call of
 * `PayCalls` is missing here.
 */
import type { PayCalls } from './api.js';

export const PAY_CALLS = [
  'listAttendance',
  'recordAttendance',
  'getAttendance',
  'updateAttendance',
  'listClaims',
  'getClaim',
  'decideClaim',
  'exportClaims',
  'getReceipt',
  'getMyPay',
  'setMyBenefitsLimit',
  'queryMyAttendance',
  'uploadReceipt',
  'createClaim',
  'answerClaimQuery',
  'getMyRecord',
  'getMyRecordCsv',
] as const satisfies readonly (keyof PayCalls)[];
type Listed = Exclude<keyof PayCalls, (typeof PAY_CALLS)[number]> extends never ? true : never;
const listed: Listed = true;
void listed;
