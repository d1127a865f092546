/// <reference types="node" />
/**
 * The pay calls (issue 16) in the in-memory adapter, on the seed-free path a widget walks:
 * rates on a brief, attendance by staff, a claim by the person, the finance queue, the export
 * and the person's record. The same calls run against the server in server/test/pay-*.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ApiError } from '../../src/api/errors.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { versionOf } from '../../src/api/versions.js';
import { paidBrief } from '../helpers/pay-brief.js';

const NOW = new Date('2026-03-02T10:00:00Z'); // a Monday
const SAM = { meToken: 'sam@example.org' };
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

async function rejected(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiError, String(error));
    return error;
  }
  assert.fail('expected a rejection');
}

async function setUp(options: ConstructorParameters<typeof InMemoryApi>[0] = {}) {
  const api = new InMemoryApi({ seed: 'empty', now: NOW, ...options });
  const opportunity = await api.createOpportunity(paidBrief());
  const attendance = await api.recordAttendance(opportunity.id, {
    sessionStart: '2026-02-23T10:00:00Z',
    person: { name: 'Sam', contact: { method: 'email', detail: 'Sam@Example.org' } },
    activityMinutes: 120,
    prepMinutes: 60,
    role: 'Panel member',
  });
  return { api, opportunity, attendance };
}

describe('in-memory pay: attendance, claims, queue, export, record', () => {
  it('prices 2 h + 1 h paid preparation at £20 an hour as £60.00, and the person sees it', async () => {
    const { api, attendance } = await setUp();
    assert.equal(attendance.feePence, 6000);
    const mine = await api.getMyPay(SAM);
    assert.deepEqual(
      mine.attendance.map((a) => [a.name, a.activityMinutes, a.prepMinutes, a.feePence, a.claimId]),
      [['Sam', 120, 60, 6000, null]],
    );
    assert.deepEqual((await api.getMyPay({ meToken: 'someone-else@example.org' })).attendance, []);
  });

  it('claims fees plus 12 miles at 45p and carer cover with a receipt: £60.00 + £5.40 + £30.00', async () => {
    const { api, opportunity, attendance } = await setUp();
    const receipt = await api.uploadReceipt(JPEG, SAM);
    assert.equal(receipt.contentType, 'image/jpeg');
    const claim = await api.createClaim(
      {
        opportunityId: opportunity.id,
        attendanceIds: [attendance.id],
        paymentChoice: 'bank_transfer',
        expenses: [
          { type: 'mileage', miles: 12 },
          { type: 'care', amountPence: 3000, note: 'PA cover', receiptId: receipt.id },
        ],
      },
      SAM,
    );
    assert.deepEqual([claim.feesPence, claim.expensesPence, claim.totalPence], [6000, 3540, 9540]);
    assert.equal(claim.expenses[0]!.amountPence, 540);
    assert.equal(claim.expenses[1]!.receipt?.id, receipt.id);
    assert.equal(claim.status, 'submitted');
    assert.equal(claim.dueBy, '2026-03-16'); // ten working days after Monday 2 March
    assert.equal(claim.costCode, 'ASC-COPROD-01');
    assert.match(claim.reference, /^CL-/);
  });

  it('takes 0 minutes taking part only with preparation (prepared, the session did not go ahead for them), as the server', async () => {
    const { api, opportunity, attendance } = await setUp();
    const at = (activityMinutes: number, prepMinutes?: number) =>
      api.recordAttendance(opportunity.id, { sessionStart: '2026-03-02T10:00:00Z', person: { name: 'Sam', contact: { method: 'email', detail: 'sam@example.org' } }, activityMinutes, ...(prepMinutes === undefined ? {} : { prepMinutes }) });
    const refused = await rejected(at(0));
    assert.deepEqual(refused.problem?.errors?.map((e) => [e.field, e.code]), [['activityMinutes', 'too-small']]);
    const prepared = await at(0, 60);
    assert.deepEqual([prepared.activityMinutes, prepared.prepMinutes, prepared.feePence], [0, 60, 2000]);
    const emptied = await rejected(api.updateAttendance(prepared.id, { prepMinutes: 0 }));
    assert.equal(emptied.problem?.errors?.[0]?.code, 'too-small');
    assert.equal((await api.updateAttendance(attendance.id, { activityMinutes: 0 })).feePence, 2000);
  });

  it('refuses an expense the brief does not cover, naming the field', async () => {
    const { api, opportunity, attendance } = await setUp();
    const error = await rejected(api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer', expenses: [{ type: 'childcare', amountPence: 100 }] }, SAM));
    assert.equal(error.status, 422);
    assert.deepEqual(error.problem?.errors?.map((e) => [e.field, e.code]), [['expenses.0.type', 'not-allowed']]);
  });

  it('refuses a receipt whose content is HTML, and a 20 MB file with a clear 413', async () => {
    const { api } = await setUp();
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    const notJpeg = await rejected(api.uploadReceipt(new Blob([html], { type: 'image/jpeg' }), SAM));
    assert.deepEqual(notJpeg.problem?.errors?.map((e) => [e.field, e.code]), [['receipt', 'invalid-format']]);
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set(JPEG);
    const tooBig = await rejected(api.uploadReceipt(big, SAM));
    assert.equal(tooBig.status, 413);
    assert.match(tooBig.message, /10 MB/);
    assert.deepEqual(tooBig.problem?.errors?.map((e) => [e.field, e.code]), [['receipt', 'too-big']]);
  });

  it('walks the queue: query, answer, approve, pay; a wrong step is a 409 and an old version a 412', async () => {
    const { api, opportunity, attendance } = await setUp();
    const claim = await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer' }, SAM);
    const queried = await api.decideClaim(claim.id, { action: 'query', text: 'Which day was this?' }, { ifMatch: versionOf((await api.listClaims()).items[0]!) });
    assert.equal(queried.status, 'queried');
    assert.equal((await rejected(api.decideClaim(claim.id, { action: 'approve' }, { ifMatch: versionOf(claim) }))).status, 412);
    const answered = await api.answerClaimQuery(claim.id, { text: 'Monday 23 February.' }, SAM);
    assert.deepEqual(answered.conversation.map((m) => [m.from, m.text]), [['staff', 'Which day was this?'], ['person', 'Monday 23 February.']]);
    assert.equal((await rejected(api.decideClaim(claim.id, { action: 'pay', paidOn: '2026-03-05' }))).status, 409);
    const approved = await api.decideClaim(claim.id, { action: 'approve' });
    const paid = await api.decideClaim(approved.id, { action: 'pay', paidOn: '2026-03-05' }, { ifMatch: versionOf(approved) });
    assert.deepEqual([paid.status, paid.paidOn], ['paid', '2026-03-05']);
    const record = await api.getMyRecord(SAM);
    assert.deepEqual(record.claims.map((c) => [c.status, c.totalPence, c.paidOn]), [['paid', 6000, '2026-03-05']]);
    assert.deepEqual(record.activities.map((a) => [a.roles, a.activityMinutes, a.prepMinutes]), [[['Panel member'], 120, 60]]);
    assert.equal(record.totals.paidPence, 6000);
  });

  it('pays by the target the council sets: five working days from Monday 2 March is Monday 9 March (ten unless set)', async () => {
    const { api, opportunity, attendance } = await setUp({ pay: { targetWorkingDays: 5 } });
    const claim = await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer' }, SAM);
    assert.equal(claim.dueBy, '2026-03-09');
    assert.equal((await api.listClaims()).targetWorkingDays, 5);
  });

  it('keeps roles apart: attendance cannot approve, finance cannot record, and the recorder cannot approve when the council says so', async () => {
    const { api, opportunity, attendance } = await setUp({ pay: { separateApprover: true } });
    const claim = await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer' }, SAM);
    assert.equal((await rejected(api.decideClaim(claim.id, { action: 'approve' }))).status, 403);
    api.pay.actAs('staff-2', ['staff', 'attendance']);
    assert.equal((await rejected(api.listClaims())).status, 403);
    api.pay.actAs('staff-3', ['staff', 'finance']);
    assert.equal((await rejected(api.recordAttendance(opportunity.id, { sessionStart: NOW.toISOString(), person: { name: 'Al', contact: { method: 'email', detail: 'al@example.org' } }, activityMinutes: 60 }))).status, 403);
    assert.equal((await api.decideClaim(claim.id, { action: 'approve' })).status, 'approved');
    assert.equal((await rejected(new InMemoryApi({ seed: 'empty', staff: false }).listClaims())).status, 401);
  });

  it('counts fees this week and month against the person’s own limit, and “declined” claims expenses only', async () => {
    const { api, opportunity, attendance } = await setUp();
    await api.setMyBenefitsLimit({ weeklyPence: 5000, monthlyPence: null }, SAM);
    await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer' }, SAM);
    const mine = await api.getMyPay(SAM);
    assert.deepEqual(mine.limit, { weeklyPence: 5000, monthlyPence: null });
    // The session was on 23 February: last week and last month from Monday 2 March.
    assert.deepEqual(mine.totals, { weekPence: 0, monthPence: 0, weekStarts: '2026-03-02', monthStarts: '2026-03-01' });
    const today = await api.recordAttendance(opportunity.id, { sessionStart: NOW.toISOString(), person: { name: 'Sam', contact: { method: 'email', detail: 'sam@example.org' } }, activityMinutes: 180 });
    await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [today.id], paymentChoice: 'bank_transfer' }, SAM);
    assert.deepEqual((await api.getMyPay(SAM)).totals.weekPence, 6000);
    const third = await api.recordAttendance(opportunity.id, { sessionStart: '2026-03-03T10:00:00Z', person: { name: 'Sam', contact: { method: 'email', detail: 'sam@example.org' } }, activityMinutes: 60 });
    const declined = await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [third.id], paymentChoice: 'declined', expenses: [{ type: 'ticket', amountPence: 420 }] }, SAM);
    assert.deepEqual([declined.feesPence, declined.totalPence], [0, 420]);
    assert.equal((await api.getMyPay(SAM)).totals.weekPence, 6000);
  });

  it('exports approved claims as CSV whose totals are the sum of its lines, with a formula kept as text', async () => {
    const { api, opportunity, attendance } = await setUp();
    const claim = await api.createClaim({ opportunityId: opportunity.id, attendanceIds: [attendance.id], paymentChoice: 'bank_transfer', expenses: [{ type: 'ticket', amountPence: 250, note: '=HYPERLINK("http://evil")' }] }, SAM);
    await api.decideClaim(claim.id, { action: 'approve' });
    const csv = await api.exportClaims();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'record,claim,status,submitted,approved,paid_on,person_ref,person,opportunity,cost_code,payment_choice,line,detail,quantity,amount_pence,amount');
    assert.ok(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil"")"`)), csv);
    assert.ok(lines.at(-1)!.startsWith('grand_total,') && lines.at(-1)!.endsWith(',6250,62.50'), lines.at(-1));
  });

  it('lets the person query their attendance and staff answer it', async () => {
    const { api, attendance } = await setUp();
    const asked = await api.queryMyAttendance(attendance.id, 'I stayed for 3 hours.', SAM);
    assert.equal(asked.query?.text, 'I stayed for 3 hours.');
    assert.equal((await rejected(api.queryMyAttendance(attendance.id, 'Me too', { meToken: 'al@example.org' }))).status, 404);
    const [row] = await api.listAttendance(attendance.opportunityId);
    const answered = await api.updateAttendance(attendance.id, { activityMinutes: 180, answer: 'Thank you, corrected.' }, { ifMatch: versionOf(row!) });
    assert.deepEqual([answered.activityMinutes, answered.feePence, answered.query?.answer], [180, 8000, 'Thank you, corrected.']);
  });
});
