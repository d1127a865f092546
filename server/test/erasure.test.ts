import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { key, staff, suiteServer, type TestServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

/** Every personal field gets a value that occurs nowhere else, so any trace of it can be found. */
const mark = (field: string) => `zqx${field}7731`;
const EMAIL = 'zqx.person.7731@example.org';
const PHONE_DIGITS = '07700900731';
const PICTURE = `data:image/png;base64,${Buffer.from(mark('picturebytes')).toString('base64')}`;

const profile = {
  name: mark('profilename'),
  picture: { dataUrl: PICTURE, description: mark('picturedescription') },
  importantToMe: mark('importanttome'),
  experience: mark('experience'),
  networks: mark('networks'),
  howToHelp: { needs: ['breaks'], details: mark('howtohelpdetails') },
  contact: { method: 'email', detail: EMAIL },
  topics: ['housing'],
  otherTopics: mark('othertopics'),
  skills: [mark('skill')],
  availability: { days: ['mon'], notes: mark('availabilitynotes') },
  trainingWanted: mark('trainingwanted'),
  consent: true,
};
const interest = { name: mark('interestname'), contact: { method: 'email', detail: EMAIL }, accessNeeds: mark('accessneeds'), message: mark('interestmessage'), consent: true };
const privateFeedback = { topic: 'housing', text: mark('feedbacktext'), name: mark('feedbackname'), reply: { method: 'email', detail: EMAIL }, consentToPublish: false };
const publishedFeedback = { topic: 'transport', text: 'The number 7 bus stop has no shelter.', name: mark('publishedname'), reply: { method: 'email', detail: EMAIL }, consentToPublish: true };

const planted = () => [
  ...Object.values(profile).flatMap((v) => JSON.stringify(v).match(/zqx\w+7731/g) ?? []),
  ...[interest.name, interest.accessNeeds, interest.message, privateFeedback.text, privateFeedback.name, publishedFeedback.name],
  mark('picturebytes'),
  Buffer.from(mark('picturebytes')).toString('base64'),
  EMAIL,
  PHONE_DIGITS,
];

/** Every column of every table in the server's schema, as text. */
async function everything(s: TestServer): Promise<string> {
  const tables = await s.db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
  assert.ok(tables.length >= 10, 'found the tables');
  let text = '';
  for (const { table_name } of tables) {
    const rows = await s.db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
    text += rows.map((r) => `${table_name}: ${r.row}`).join('\n');
  }
  return text.toLowerCase();
}

async function plant(s: TestServer): Promise<{ profileId: string; publishedId: string }> {
  const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile, headers: { 'idempotency-key': key() } });
  assert.equal(created.status, 201);
  assert.equal((await s.call('/api/v1/opportunities/opp-housing/interests', { method: 'POST', body: interest, headers: { 'idempotency-key': key() } })).status, 201);
  assert.equal((await s.call('/api/v1/feedback', { method: 'POST', body: privateFeedback, headers: { 'idempotency-key': key() } })).status, 201);
  const published = await s.call('/api/v1/feedback', { method: 'POST', body: publishedFeedback, headers: { 'idempotency-key': key() } });
  assert.equal((await s.call(`/api/v1/feedback/${published.body.id}`, { method: 'PATCH', body: { published: true }, token: staff })).status, 200);
  // A text message too, by phone, so phone numbers are planted as well.
  assert.equal((await s.call('/api/v1/opportunities/opp-carers/interests', { method: 'POST', body: { ...interest, contact: { method: 'text', detail: '07700 900731' } } })).status, 201);
  return { profileId: created.body.profile.id, publishedId: published.body.id };
}

function logCapture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text.toLowerCase() };
}

describe('erasure from the person\'s own page', () => {
  const sender = capturingSender();
  const log = logCapture();
  const s = suiteServer({ me: meOptions(sender), logger: { level: 'trace', stream: log.stream } });

  it('removes every planted value from every column of every table and from the log; a published text stays without a name', async () => {
    const { publishedId } = await plant(s);
    const before = await everything(s);
    // Names on interests and feedback, and every address, are sealed at rest (contact-encryption.test.ts): the page shows them.
    const sealed = [EMAIL, PHONE_DIGITS, interest.name, privateFeedback.name, publishedFeedback.name];
    for (const value of planted().filter((v) => !sealed.includes(v) && !v.startsWith('zqxpicturebytes'))) assert.ok(before.includes(value.toLowerCase()), `planted ${value}`);

    const token = await signInByEmail(s, sender, EMAIL);
    const page = await s.call('/api/v1/me', { token });
    assert.equal(page.body.profiles.length, 1);
    assert.equal(page.body.interests.length, 1);
    assert.deepEqual([page.body.interests[0].name, page.body.interests[0].contact.detail, page.body.profiles[0].contact.detail], [interest.name, EMAIL, EMAIL]);
    assert.equal(page.body.feedback.length, 2);
    const erased = await s.call('/api/v1/me', { method: 'DELETE', token });
    assert.equal(erased.status, 200);
    assert.deepEqual(erased.body, { profiles: 1, interests: 1, feedbackRemoved: 1, feedbackAnonymised: 1 });
    assert.equal((await s.call('/api/v1/me', { token })).status, 401, 'erasure signs the person out');

    // The text-message interest is another identity (a phone number): erased by staff on request.
    const byStaff = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { address: '+44 7700 900731', reason: 'person-asked' }, headers: { 'idempotency-key': key() } });
    assert.equal(byStaff.status, 200);
    assert.equal(byStaff.body.interests, 1);

    const stored = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE subject_id IS NOT NULL');
    assert.equal(stored[0]!.n, 0, 'no stored reply about their profile, interests or feedback is kept');
    const after = await everything(s);
    const logged = log.text();
    for (const value of planted()) {
      assert.ok(!after.includes(value.toLowerCase()), `${value} is still in the database`);
      assert.ok(!logged.includes(value.toLowerCase()), `${value} is in the server log`);
    }
    const kept = await s.call(`/api/v1/feedback/${publishedId}`, { token: staff });
    assert.equal(kept.body.text, publishedFeedback.text);
    assert.equal(kept.body.name, null);
    assert.equal(kept.body.reply, null);
    const [audited] = await s.db.query<{ actor: string; action: string }>(`SELECT actor, action FROM audit_log WHERE action = 'erasePerson'`);
    assert.deepEqual(audited, { actor: 'staff-1', action: 'erasePerson' });
  });
});

describe('staff erase a person by profile number', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: meOptions(sender) });

  it('takes the profile and everything its contact details reach, and records who did it', async () => {
    const { profileId } = await plant(s);
    assert.equal((await s.call('/api/v1/erasures', { method: 'POST', body: { profileId }, headers: { 'idempotency-key': key() } })).status, 401);
    const unsaid = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId }, headers: { 'idempotency-key': key() } });
    assert.deepEqual([unsaid.status, unsaid.body.errors?.[0]?.field, unsaid.body.errors?.[0]?.code], [422, 'reason', 'required'], 'staff say why they erase');
    const once = key();
    const erased = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId, reason: 'person-asked' }, headers: { 'idempotency-key': once } });
    assert.deepEqual(erased.body, { profiles: 1, interests: 1, feedbackRemoved: 1, feedbackAnonymised: 1 });
    // The reply was lost and the client retries with the same key: staff see it was erased, not a 404.
    const retried = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId, reason: 'person-asked' }, headers: { 'idempotency-key': once } });
    assert.deepEqual([retried.status, retried.body, retried.headers.get('idempotent-replayed')], [200, erased.body, 'true'], 'the same key twice gives the same answer');
    const fresh = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId, reason: 'person-asked' }, headers: { 'idempotency-key': key() } });
    assert.equal(fresh.status, 404, 'a new request for a profile already erased still finds none');
    const after = await everything(s);
    for (const value of planted().filter((v) => v !== PHONE_DIGITS && !v.startsWith('zqxinterest') && v !== mark('accessneeds'))) {
      assert.ok(!after.includes(value.toLowerCase()), `${value} is still in the database`);
    }
  });
});
