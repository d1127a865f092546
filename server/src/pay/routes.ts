import type { FastifyInstance } from 'fastify';
import { operation } from '../http.js';
import { ProblemError } from '../problems.js';

/** Valued and paid (issue 16): the contract's pay operations. Those not built yet answer 501. */
export const PAY_OPERATIONS = [
  'listAttendance',
  'recordAttendance',
  'getAttendance',
  'updateAttendance',
  'listClaims',
  'exportClaims',
  'getClaim',
  'decideClaim',
  'getReceipt',
  'getMyPay',
  'setMyBenefitsLimit',
  'queryMyAttendance',
  'uploadReceipt',
  'createClaim',
  'answerClaimQuery',
  'getMyRecord',
] as const;

export default async function payRoutes(app: FastifyInstance): Promise<void> {
  for (const id of PAY_OPERATIONS) {
    operation(app, id, {}, async () => {
      throw new ProblemError(501, 'This part of the reference server is being built (issue 16); the in-memory adapter implements it.');
    });
  }
}
