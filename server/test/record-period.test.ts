/**
 * The person's own record for a period they choose (issue 16), the same on the server and in
 * the in-memory adapter, through the widgets' own clients: `/me/record?from&to` (JSON and CSV)
 * keeps to the period by the one rule (src/api/record-period.ts recordIn, recordCsv), says whose
 * record it is by the one rule for "the profile that stands for you" (personProfileIn; in memory
 * src/api/person-profile.ts), refuses a day that is not one alike, and never logs the name.
 */
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import assert from 'node:assert/strict';
import type { CoprodApi, MeCallOptions } from '../../src/api/api.js';
import type { InvolvementRecord } from '../../src/api/types.js';
import { HttpApi } from '../../src/api/http-client.js';
import { failure } from './api-failure.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { recordCsv } from '../../src/api/record-csv.js';
import { recordIn, type Period } from '../../src/api/record-period.js';
import { versionOf } from '../../src/api/versions.js';
import { paidBrief } from '../../test/helpers/pay-brief.js';
import { key, suiteServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';
import { roles } from './pay-support.js';

const sender = capturingSender();
const logged: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});
const s = suiteServer({ me: meOptions(sender), logger: { level: 'info', stream } });

const EMAIL = 'rhian.record@example.org';
const PERIODS: Period[] = [
  { from: null, to: null },
  { from: '2025-04-06', to: '2026-04-05' },
  { from: '2024-04-06', to: '2025-04-05' },
  { from: '2026-02-24', to: null },
  { from: null, to: '2025-03-20' },
  { from: '2026-03-01', to: '2025-03-01' },
];
const SESSIONS = [
  { sessionStart: '2025-03-20T14:00:00Z', activityMinutes: 120, prepMinutes: 60 },
  // 22:30 UTC is 23:30 on 5 April 2025 in the UK (BST): the tax year that started in 2024.
  { sessionStart: '2025-04-05T22:30:00Z', activityMinutes: 60, prepMinutes: 0 },
  { sessionStart: '2026-02-23T10:00:00Z', activityMinutes: 120, prepMinutes: 60 },
];

/** Everything in the record but what differs by nature (ids, references, when it was made). */
const shape = (record: InvolvementRecord) => ({
  name: record.name,
  period: record.period,
  activities: record.activities.map((a) => [a.roles, a.sessions, a.activityMinutes, a.prepMinutes]),
  claims: record.claims.map((c) => [c.status, c.paymentChoice, c.feesPence, c.expensesPence, c.totalPence]),
  totals: record.totals,
});

/** Two profiles for one address: the older has the equality answers, so it stands for the person (not the newer). */
async function twoProfiles(api: CoprodApi, signIn: (profileId: string, editToken: string) => Promise<MeCallOptions>) {
  const profile = (name: string) => ({ name, importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email' as const, detail: EMAIL }, consent: true as const });
  const older = await api.createProfile!(profile('Rhian Older'), { idempotencyKey: key() });
  await api.saveMyEquality!({ carer: 'hours_1_19' }, await signIn(older.profile.id, older.editToken));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await api.createProfile!(profile('Rhian Newer'), { idempotencyKey: key() });
}

/** A paid brief, three sessions over two tax years, two claims (one paid). */
async function payHistory(staffApi: CoprodApi, person: CoprodApi, me: MeCallOptions) {
  const opportunity = await staffApi.createOpportunity!(paidBrief(), { idempotencyKey: key() });
  // Added by hand with the person's address (as from an accepted interest): their attendance.
  const who = { person: { name: 'Rhian', contact: { method: 'email' as const, detail: EMAIL } } };
  const ids: string[] = [];
  for (const session of SESSIONS) ids.push((await staffApi.recordAttendance!(opportunity.id, { ...session, ...who, role: 'Panel member' }, { idempotencyKey: key() })).id);
  const first = await person.createClaim!({ opportunityId: opportunity.id, attendanceIds: [ids[0]!], paymentChoice: 'declined', expenses: [{ type: 'mileage', miles: 10 }] }, { ...me, idempotencyKey: key() });
  await person.createClaim!({ opportunityId: opportunity.id, attendanceIds: [ids[2]!], paymentChoice: 'bank_transfer', expenses: [{ type: 'mileage', miles: 12 }] }, { ...me, idempotencyKey: key() });
  return { opportunity, first };
}

async function check(person: CoprodApi, me: MeCallOptions) {
  const whole = await person.getMyRecord!(me);
  assert.equal(whole.name, 'Rhian Older', 'the profile with the equality answers stands for the person, not the most recently changed');
  const answers: Record<string, unknown> = {};
  for (const period of PERIODS) {
    const asked = { ...me, ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
    const json = await person.getMyRecord!(asked);
    // Made a moment later: the same record, kept to the period by recordIn.
    assert.deepEqual(json, recordIn({ ...whole, generatedAt: json.generatedAt }, period), `JSON for ${JSON.stringify(period)}`);
    const csv = (await person.getMyRecordCsv!(asked)).replace(/^\uFEFF/, '');
    assert.equal(csv, recordCsv(whole, period).replace(/^\uFEFF/, ''), `CSV for ${JSON.stringify(period)}`);
    assert.match(csv, /\r\nperson,{14}Rhian Older\r\n/);
    answers[JSON.stringify(period)] = shape(json);
    if (period.from && period.to && period.from > period.to) assert.deepEqual([json.activities, json.claims, json.totals.paidPence], [[], [], 0], 'from after to: nothing');
  }
  const refused = await failure(person.getMyRecordCsv!({ ...me, from: '2026-02-30' }));
  return { answers, refused, tax2025: answers[JSON.stringify(PERIODS[1])] };
}

describe('the person’s record for a period: server and in-memory adapter alike', () => {
  it('keeps to the period by one rule, in JSON and CSV, says whose it is by personProfileIn, and refuses a day that is not one alike', async () => {
    // The server, through the widgets' HTTP client.
    const http = (token?: string) => new HttpApi({ baseUrl: `${s.base}/api/v1`, ...(token ? { token } : {}) });
    await twoProfiles(http(), async (profileId, editToken) => {
      const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId, key: editToken } });
      assert.equal(started.status, 201, JSON.stringify(started.body));
      return { meToken: started.body.token as string };
    });
    const staffApi = http(roles.both);
    const me = { meToken: await signInByEmail(s, sender, EMAIL) };
    const server = await payHistory(staffApi, http(), me);
    const approved = await staffApi.decideClaim!(server.first.id, { action: 'approve' });
    await staffApi.decideClaim!(approved.id, { action: 'pay', paidOn: '2025-04-02' }, { ifMatch: versionOf(approved) });
    const onServer = await check(http(), me);

    // The in-memory adapter, the same history.
    const memory = new InMemoryApi({ seed: 'empty', now: new Date() }); // claims count on the day they are sent: today on both
    await twoProfiles(memory, async (profileId) => ({ meToken: memory.people.signInAs(profileId) }));
    const mine = { meToken: EMAIL };
    const inMemory = await payHistory(memory, memory, mine);
    const ok = await memory.decideClaim(inMemory.first.id, { action: 'approve' });
    await memory.decideClaim(ok.id, { action: 'pay', paidOn: '2025-04-02' }, { ifMatch: versionOf(ok) });
    const alike = await check(memory, mine);

    assert.deepEqual(onServer.answers, alike.answers, 'the same periods give the same record on both');
    assert.deepEqual(onServer.refused, alike.refused, 'a day that is not one is refused alike');
    assert.deepEqual(onServer.refused, { status: 400, codes: ['from:invalid-date'] });
    // The tax year 2025–26: the February session and its claim; the late 5 April session is the year before.
    assert.deepEqual((onServer.tax2025 as { activities: unknown[][] }).activities.map((a) => a[2]), [120]);
    assert.equal(logged.filter((line) => line.includes('Rhian')).length, 0, 'the name reaches no log line');
    assert.ok(logged.some((line) => line.includes('/me/record')), 'requests to /me/record were logged (so the check means something)');
  });
});
