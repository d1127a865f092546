/** Valued and paid over HTTP (`PayCalls`, issue 16): attendance and claims are versioned by when they last changed. */
import type { PayCalls } from './api.js';
import { route, type Operations, type Send } from './http-transport.js';
import { csv, file, meSpec, updatedVersion, updateSpec, writeSpec } from './http-write.js';
import type { Attendance, Claim, ClaimQueue, MyPay } from './types.js';

const operations = {
  listAttendance: ['GET', '/opportunities/{opportunityId}/attendance'],
  recordAttendance: ['POST', '/opportunities/{opportunityId}/attendance'],
  getAttendance: ['GET', '/attendance/{attendanceId}'],
  updateAttendance: ['PATCH', '/attendance/{attendanceId}'],
  listClaims: ['GET', '/claims'],
  getClaim: ['GET', '/claims/{claimId}'],
  decideClaim: ['PATCH', '/claims/{claimId}'],
  exportClaims: ['GET', '/claims/export'],
  getReceipt: ['GET', '/receipts/{receiptId}'],
  getMyPay: ['GET', '/me/pay'],
  setMyBenefitsLimit: ['PUT', '/me/pay/limit'],
  queryMyAttendance: ['POST', '/me/attendance/{attendanceId}/queries'],
  uploadReceipt: ['POST', '/me/receipts'],
  createClaim: ['POST', '/me/claims'],
  answerClaimQuery: ['POST', '/me/claims/{claimId}/answers'],
  getMyRecord: ['GET', '/me/record'],
  getMyRecordCsv: ['GET', '/me/record'],
} as const satisfies Operations<PayCalls>;

export const payCalls = (send: Send): PayCalls => {
  const call = route(send, operations);
  return {
    listAttendance: async (opportunityId, options) => {
      const page = await call<{ items: Attendance[] }>('listAttendance', { params: { opportunityId }, signal: options?.signal });
      return page.items.map(updatedVersion);
    },
    recordAttendance: async (opportunityId, input, options) => updatedVersion(await call<Attendance>('recordAttendance', { params: { opportunityId }, body: input, ...writeSpec(options) })),
    getAttendance: async (id, options) => updatedVersion(await call<Attendance>('getAttendance', { params: { attendanceId: id }, signal: options?.signal })),
    updateAttendance: async (id, change, options) => updatedVersion(await call<Attendance>('updateAttendance', { params: { attendanceId: id }, body: change, ...updateSpec(options) })),
    listClaims: async (query, options) => {
      const queue = await call<ClaimQueue>('listClaims', { query, signal: options?.signal });
      queue.items.forEach(updatedVersion);
      return queue;
    },
    getClaim: async (id, options) => updatedVersion(await call<Claim>('getClaim', { params: { claimId: id }, signal: options?.signal })),
    decideClaim: async (id, decision, options) => updatedVersion(await call<Claim>('decideClaim', { params: { claimId: id }, body: decision, ...updateSpec(options) })),
    exportClaims: (query, options) => call('exportClaims', { query, signal: options?.signal, ...csv }),
    getReceipt: (id, options) => call('getReceipt', { params: { receiptId: id }, signal: options?.signal, tokenOverride: options?.meToken, ...file }),
    getMyPay: async (options) => {
      const pay = await call<MyPay>('getMyPay', meSpec(options));
      pay.attendance.forEach(updatedVersion);
      pay.claims.forEach(updatedVersion);
      return pay;
    },
    setMyBenefitsLimit: (limit, options) => call('setMyBenefitsLimit', { body: limit, ...meSpec(options) }),
    queryMyAttendance: (attendanceId, text, options) => call('queryMyAttendance', { params: { attendanceId }, body: { text }, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
    uploadReceipt: (file, options) => call('uploadReceipt', { upload: file, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
    createClaim: (input, options) => call('createClaim', { body: input, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
    answerClaimQuery: (claimId, answer, options) => call('answerClaimQuery', { params: { claimId }, body: answer, ...meSpec(options), idempotencyKey: options.idempotencyKey }),
    getMyRecord: (options) => call('getMyRecord', { query: { from: options.from, to: options.to }, ...meSpec(options) }),
    getMyRecordCsv: (options) => call('getMyRecordCsv', { query: { format: 'csv', from: options.from, to: options.to }, ...meSpec(options), ...csv }),
  };
};
