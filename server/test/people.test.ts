import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkOf } from '../src/messages/links.js';
import { readFileSync } from 'node:fs';
import { CATALOG, renderMessage } from '../src/messages/catalog.js';
import type { OutgoingMessage } from '../src/messages/registry.js';
import { key, suiteServer, token } from './harness.js';

const people = await token({ sub: 'lead-7', roles: ['staff', 'people'], title: 'Co-production lead' });
const staffOnly = await token({ sub: 'staff-2', roles: ['staff', 'finance'] });

const base = {
  importantToMe: 'Being listened to.',
  experience: 'Caring for my dad.',
  consent: true,
};
const carer = (name: string, email: string, over: Record<string, unknown> = {}) => ({
  ...base,
  name,
  contact: { method: 'email', detail: email },
  topics: ['carers'],
  skills: ['Chairing meetings'],
  availability: { days: ['tue'], times: ['morning'], modes: ['online'] },
  howToHelp: { needs: ['bsl'] },
  ...over,
});

describe('the people pool, suggestions and invitations (issue 18)', () => {
  const s = suiteServer();
  const ids: Record<string, string> = {};

  it('a staff token without the people role is refused on every new endpoint; no token is 401', async () => {
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: carer('Ana', 'ana@example.org') });
    ids.ana = created.body.profile.id;
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/people?reason=find-people'],
      ['GET', `/api/v1/people/${ids.ana}?reason=person-asked`],
      ['GET', '/api/v1/opportunities/opp-carers/suggestions'],
      ['GET', '/api/v1/opportunities/opp-carers/invitations'],
      ['POST', '/api/v1/opportunities/opp-carers/invitations', { profileIds: [ids.ana] }],
    ];
    for (const [method, path, body] of calls) {
      assert.equal((await s.call(path, { method, body })).status, 401, `${method} ${path} without a token`);
      const refused = await s.call(path, { method, body, token: staffOnly });
      assert.equal(refused.status, 403, `${method} ${path} with staff but not people`);
      assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
    }
    const [count] = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM invitations");
    assert.equal(count!.n, 0, 'nothing was invited by a refused call');
    assert.equal((await s.call('/api/v1/people?reason=find-people', { token: people })).status, 200);
  });

  it('a read needs a reason from the short list, and writes who, when, why and whose records to the audit log', async () => {
    assert.equal((await s.call('/api/v1/people', { token: people })).status, 400);
    assert.equal((await s.call('/api/v1/people?reason=curious', { token: people })).status, 400);
    const before = new Date(Date.now() - 1000);
    const list = await s.call('/api/v1/people?reason=find-people&topic=carers', { token: people });
    assert.ok(list.body.items.some((p: { id: string }) => p.id === ids.ana));
    const one = await s.call(`/api/v1/people/${ids.ana}?reason=person-asked`, { token: people });
    assert.equal(one.body.profile.name, 'Ana');
    const rows = await s.db.query<{ actor: string; action: string; subject_ids: string[]; detail: { reason: string }; at: Date }>(
      "SELECT actor, action, subject_ids, detail, at FROM audit_log WHERE action IN ('listPeople', 'getPerson') ORDER BY id DESC LIMIT 2",
    );
    assert.deepEqual(rows.map((r) => [r.actor, r.action, r.detail.reason]), [['lead-7', 'getPerson', 'person-asked'], ['lead-7', 'listPeople', 'find-people']]);
    assert.ok(rows[1]!.subject_ids.includes(ids.ana!));
    assert.ok(rows.every((r) => new Date(r.at) >= before));
    assert.ok(!JSON.stringify(rows).includes('ana@example.org'), 'no address in the audit log');
  });

  it('filters by day, time, way of taking part, support, training and words, and pages with a cursor', async () => {
    ids.bea = (await s.call('/api/v1/profiles', { method: 'POST', body: carer('Bea', 'bea@example.org', { availability: { days: ['fri'], times: ['evening'], modes: ['in_person'] }, howToHelp: { needs: [] }, trainingWanted: 'Chairing' }) })).body.profile.id;
    const names = async (query: string) => (await s.call(`/api/v1/people?reason=find-people&${query}`, { token: people })).body.items.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(await names('day=fri'), ['Bea']);
    assert.deepEqual(await names('time=morning&mode=online'), ['Ana']);
    assert.deepEqual(await names('support=bsl'), ['Ana']);
    assert.deepEqual(await names('training=true'), ['Bea']);
    assert.deepEqual(await names('q=bea'), ['Bea']);
    assert.deepEqual(await names('language=cy'), []);
    const first = await s.call('/api/v1/people?reason=records&limit=1', { token: people });
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.total >= 3);
    const second = await s.call(`/api/v1/people?reason=records&limit=1&cursor=${first.body.nextCursor}`, { token: people });
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
  });

  it('suggests people for an opportunity with readable reasons, leaves out those who asked for no invitations, and never ranks down for access needs', async () => {
    ids.cai = (await s.call('/api/v1/profiles', { method: 'POST', body: carer('Cai', 'cai@example.org', { invitations: { wanted: 'none' } }) })).body.profile.id;
    ids.dee = (await s.call('/api/v1/profiles', { method: 'POST', body: carer('Dee', 'dee@example.org', { howToHelp: { needs: [] } }) })).body.profile.id;
    const r = await s.call('/api/v1/opportunities/opp-carers/suggestions?weightNewVoice=2&limit=50', { token: people });
    assert.equal(r.status, 200);
    const byName = new Map(r.body.items.map((i: { person: { name: string } }) => [i.person.name, i]));
    assert.ok(!byName.has('Cai'), 'Cai asked for no invitations');
    const ana = byName.get('Ana') as { score: number; reasons: { code: string }[]; access: unknown[] };
    const dee = byName.get('Dee') as { score: number };
    assert.equal(ana.score, dee.score, 'a BSL need does not lower Ana');
    assert.ok(ana.reasons.some((x) => x.code === 'topic'));
    assert.deepEqual(ana.access, [{ need: 'bsl', feature: 'bsl', arranged: false }]);
    assert.deepEqual(r.body.weights, { topic: 3, skill: 2, availability: 4, mode: 1, newVoice: 2 });
    const [audit] = await s.db.query<{ detail: { opportunityId: string } }>("SELECT detail FROM audit_log WHERE action = 'listSuggestions' ORDER BY id DESC LIMIT 1");
    assert.equal(audit!.detail.opportunityId, 'opp-carers');
  });

  it('invites chosen people through the outbox; the signed link turns "I\'m interested" into an interest noted as invited', async () => {
    const sent = await s.call('/api/v1/opportunities/opp-carers/invitations', { method: 'POST', token: people, body: { profileIds: [ids.ana, ids.bea, ids.cai] }, headers: { 'idempotency-key': key() } });
    assert.equal(sent.status, 201);
    assert.deepEqual(sent.body.invited.map((i: { name: string }) => i.name).sort(), ['Ana', 'Bea']);
    assert.deepEqual(sent.body.skipped, [{ profileId: ids.cai, code: 'no-invitations' }]);
    const again = await s.call('/api/v1/opportunities/opp-carers/invitations', { method: 'POST', token: people, body: { profileIds: [ids.ana] } });
    assert.deepEqual(again.body.skipped, [{ profileId: ids.ana, code: 'already-invited' }]);

    const messages = await s.db.query<{ subject_id: string; data: { interestedUrl: string; notThisTimeUrl: string; title: string }; status: string }>(
      "SELECT subject_id, data, status FROM messages WHERE subject_type = 'invitation'",
    );
    assert.equal(messages.length, 2);
    assert.ok(messages.every((m) => m.data.title === 'Carers week planning' && m.status === 'queued'));
    assert.ok(!JSON.stringify(messages).includes('ana@example.org'), 'the message data holds no address');
    const anaInvitation = sent.body.invited.find((i: { name: string }) => i.name === 'Ana');
    const anaMessage = messages.find((m) => m.subject_id === anaInvitation.id)!;
    const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

    // The link's page asks first (mail programs open links); the button answers.
    const page = await fetch(`${s.base}/invitation?token=${encodeURIComponent(tokenOf(anaMessage.data.interestedUrl))}&answer=interested`);
    assert.match(await page.text(), /Say you are interested in “Carers week planning”/);
    assert.equal((await s.call('/api/v1/opportunities/opp-carers/invitations', { token: people })).body.items.find((i: { id: string }) => i.id === anaInvitation.id).status, 'invited');

    const answered = await s.call('/api/v1/invitation-answers', { method: 'POST', body: { token: tokenOf(anaMessage.data.interestedUrl), answer: 'interested' } });
    assert.equal(answered.status, 200);
    assert.match(answered.body.reference, /^INT-/);
    const interests = await s.call('/api/v1/opportunities/opp-carers/interests', { token: people });
    const made = interests.body.items.find((i: { reference: string }) => i.reference === answered.body.reference);
    assert.equal(made.name, 'Ana');
    assert.deepEqual(made.contact, { method: 'email', detail: 'ana@example.org' });
    assert.deepEqual(made.needs, ['bsl']);
    assert.equal(made.invitedAt, anaInvitation.invitedAt);

    const list = await s.call('/api/v1/opportunities/opp-carers/invitations', { token: people });
    const ana = list.body.items.find((i: { id: string }) => i.id === anaInvitation.id);
    assert.equal(ana.status, 'interested');
    assert.equal(ana.interestId, made.id);
    // Answering again changes nothing; a forged token is a 404.
    const twice = await s.call('/api/v1/invitation-answers', { method: 'POST', body: { token: tokenOf(anaMessage.data.notThisTimeUrl), answer: 'not_this_time' } });
    assert.deepEqual([twice.body.answer, twice.body.reference], ['interested', answered.body.reference]);
    assert.equal((await s.call('/api/v1/invitation-answers', { method: 'POST', body: { token: `${anaInvitation.id}~forged`, answer: 'interested' } })).status, 404);

    // Bea says "not this time" from the HTML page's button.
    const bea = messages.find((m) => m.subject_id !== anaInvitation.id)!;
    const no = await fetch(`${s.base}/invitation?token=${encodeURIComponent(tokenOf(bea.data.notThisTimeUrl))}&answer=not_this_time`, { method: 'POST' });
    assert.match(await no.text(), /Thank you for telling us/);
    const after = (await s.call('/api/v1/opportunities/opp-carers/invitations', { token: people })).body.items;
    assert.deepEqual(after.map((i: { name: string; status: string }) => `${i.name}:${i.status}`).sort(), ['Ana:interested', 'Bea:not_this_time']);
  });

  it('an invitation moves the person down next time: they were asked lately', async () => {
    const r = await s.call('/api/v1/opportunities/opp-housing/suggestions?limit=50', { token: people });
    const ana = r.body.items.find((i: { person: { name: string } }) => i.person.name === 'Ana');
    const dee = r.body.items.find((i: { person: { name: string } }) => i.person.name === 'Dee');
    assert.deepEqual(ana.reasons.find((x: { code: string }) => x.code === 'asked-recently'), { code: 'asked-recently', count: 1, months: 3 });
    assert.ok(dee.reasons.some((x: { code: string }) => x.code === 'new-voice'));
    assert.equal(ana.person.invitedRecently, 1);
  });

  it('an invitation takes interest by the public form\'s rule: the waiting list when the places are taken, nothing once it has closed', async () => {
    for (const [name, email] of [['Eve', 'eve@example.org'], ['Fay', 'fay@example.org']] as const) {
      ids[name] = (await s.call('/api/v1/profiles', { method: 'POST', body: carer(name, email) })).body.profile.id;
    }
    // One place, and Sam has it.
    await s.db.query(`UPDATE opportunities SET doc = jsonb_set(doc, '{places}', '1') WHERE id = 'opp-housing'`);
    const sent = await s.call('/api/v1/opportunities/opp-housing/invitations', { method: 'POST', token: people, body: { profileIds: [ids.Eve, ids.Fay] }, headers: { 'idempotency-key': key() } });
    assert.deepEqual(sent.body.invited.map((i: { name: string }) => i.name).sort(), ['Eve', 'Fay']);
    const links = new Map(
      (await s.db.query<{ subject_id: string; data: { interestedUrl: string } }>("SELECT subject_id, data FROM messages WHERE subject_type = 'invitation'"))
        .map((m) => [m.subject_id, new URL(m.data.interestedUrl).searchParams.get('token')!]),
    );
    const tokenFor = (name: string) => links.get(sent.body.invited.find((i: { name: string }) => i.name === name).id)!;

    const eve = await fetch(`${s.base}/invitation?token=${encodeURIComponent(tokenFor('Eve'))}&answer=interested`, { method: 'POST' });
    assert.equal(eve.status, 200);
    assert.match(await eve.text(), /you are on the waiting list/);
    const [made] = await s.db.query<{ waiting_list: boolean }>(`SELECT i.waiting_list FROM interests i JOIN invitations v ON v.interest_id = i.id WHERE v.id = $1`, [sent.body.invited.find((i: { name: string }) => i.name === 'Eve').id]);
    assert.equal(made?.waiting_list, true, 'Eve is on the waiting list, as the public form would put her');

    // Closed: the page says so and records nothing; the API answers 409.
    await s.db.query(`UPDATE opportunities SET status = 'closed' WHERE id = 'opp-housing'`);
    const before = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM interests WHERE opportunity_id = 'opp-housing'`);
    const asked = await fetch(`${s.base}/invitation?token=${encodeURIComponent(tokenFor('Fay'))}&answer=interested`);
    assert.equal(asked.status, 410);
    assert.match(await asked.text(), /This opportunity has closed/);
    const posted = await fetch(`${s.base}/invitation?token=${encodeURIComponent(tokenFor('Fay'))}&answer=interested`, { method: 'POST' });
    assert.equal(posted.status, 410);
    const api = await s.call('/api/v1/invitation-answers', { method: 'POST', body: { token: tokenFor('Fay'), answer: 'interested' } });
    assert.equal(api.status, 409);
    assert.deepEqual(await s.db.query(`SELECT count(*)::int AS n FROM interests WHERE opportunity_id = 'opp-housing'`), before, 'no interest was recorded');
    const fay = (await s.call('/api/v1/opportunities/opp-housing/invitations', { token: people })).body.items.find((i: { name: string }) => i.name === 'Fay');
    assert.equal(fay.status, 'invited');
    // "Not this time" is still heard.
    assert.equal((await s.call('/api/v1/invitation-answers', { method: 'POST', body: { token: tokenFor('Fay'), answer: 'not_this_time' } })).status, 200);
  });
  it('only a cancellation is told as one: closing tells nobody; cancelling tells, with the reason, those interested and those invited who have not answered (issue 15)', async () => {
    // Ana said "I'm interested" to her invitation to carers week, Bea said "not this time"; Dee is invited now and has not answered.
    const invited = await s.call('/api/v1/opportunities/opp-carers/invitations', { method: 'POST', token: people, body: { profileIds: [ids.dee] }, headers: { 'idempotency-key': key() } });
    assert.equal(invited.status, 201);
    const changes = () => s.db.query<{ subject_type: string; subject_id: string; data: OutgoingMessage['data'] }>("SELECT subject_type, subject_id, data FROM messages WHERE event = 'opportunity_changed' ORDER BY subject_type");
    const { id: _id, organisation: _o, area: _a, placesTaken: _p, interestCount: _i, createdAt: _c, updatedAt: _u, publishedAt: _pa, ...brief } = (await s.call('/api/v1/opportunities/opp-carers', { token: people })).body;
    const put = (body: Record<string, unknown>) => s.call('/api/v1/opportunities/opp-carers', { method: 'PUT', token: people, body: { ...brief, ...body } });

    assert.equal((await put({ status: 'closed' })).status, 200);
    assert.deepEqual(await changes(), [], 'closing to new interest is not a cancellation: nobody is told it was cancelled');
    assert.equal((await put({ status: 'filled' })).status, 200);
    assert.deepEqual(await changes(), [], 'nor is filling every place');

    const reason = 'The venue has flooded. We will ask again in the spring.';
    const cancelled = await put({ status: 'cancelled', cancelledReason: reason });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal((await s.call('/api/v1/opportunities/opp-carers')).body.cancelledReason, reason, 'the public page can say why');
    const told = await changes();
    assert.deepEqual(told.map((m) => m.subject_type), ['interest', 'invitation'], 'Ana (interested) and Dee (invited, no answer yet); not Bea, who said not this time');
    assert.equal(told[1]!.subject_id, invited.body.invited[0].id);
    // Dee's page shows no unanswered invitation: her message links to her page, not to #invitation/<id>.
    const [toDee] = await s.db.query<{ link: string | null }>("SELECT link FROM messages WHERE event = 'opportunity_changed' AND subject_type = 'invitation'");
    const settings = { publicBaseUrl: 'https://council.example', itemUrl: '{base}/me.html#{type}/{id}', secret: 's' };
    assert.equal(linkOf(settings, toDee!.link, 'invitation', told[1]!.subject_id), 'https://council.example/me.html#all/all');

    const links = { item: 'https://council.example/me', unsubscribe: 'https://council.example/unsubscribe?token=u' };
    const message = { event: 'opportunity_changed', data: told[0]!.data };
    const en = renderMessage(message, 'en-GB', 'standard', links);
    assert.equal(en.subject, 'Cancelled: “Carers week planning”');
    assert.match(en.body, /This opportunity is cancelled: it will not happen\. We are sorry\.[^\n]*\n\nWhy:\nThe venue has flooded\. We will ask again in the spring\.\n/);
    assert.match(en.body, /Decided by: Co-production lead/);
    assert.match(en.sms, /Why: The venue has flooded/);
    const cyEasy = renderMessage(message, 'cy', 'easy-read', links);
    assert.match(cyEasy.subject, /^Wedi’i ganslo: /);
    assert.match(cyEasy.body, /^Mae hwn wedi’i ganslo\.\nNi fydd yn digwydd\.\n/);
    assert.ok(cyEasy.body.includes(`Pam:\n${reason}`));
    assert.match(renderMessage(message, 'en-GB', 'easy-read', links).body, /^This is cancelled\.\nIt will not happen\.\n/);

    // Staff see, for the opportunity, who was told: the interest and the invitations with their cancellation.
    const list = (await s.call('/api/v1/messages?opportunityId=opp-carers', { token: people })).body.items as { event: string; subjectId: string }[];
    assert.deepEqual(list.filter((m) => m.event === 'opportunity_changed').map((m) => m.subjectId).sort(), told.map((m) => m.subject_id).sort());
    assert.ok(list.some((m) => m.event === 'invitation'), 'the invitations themselves are listed too');
    assert.equal((await put({ status: 'cancelled', cancelledReason: reason })).status, 200);
    assert.equal((await changes()).length, 2, 'saving a cancelled opportunity again tells nobody twice');
    const moved = await put({ status: 'cancelled', cancelledReason: reason, when: { ...(brief.when as object), summary: 'Moved to Thursday 3 March' } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal((await changes()).length, 2, 'a cancelled opportunity edited again (a new date) is not told as if it were going ahead');
  });

  it('who was told, per person (issue 15): everything sent to one person, with the people role only', async () => {
    const told = async (profileId: string) => ((await s.call(`/api/v1/messages?profileId=${profileId}&reason=contact`, { token: people })).body.items as { event: string; subjectId: string; to: string }[]);
    const dee = await told(ids.dee!);
    const [deeInvitation] = await s.db.query<{ id: string }>('SELECT id FROM invitations WHERE profile_id = $1', [ids.dee]);
    assert.deepEqual(dee.map((m) => m.event).sort(), ['invitation', 'opportunity_changed'], 'her invitation and its cancellation');
    assert.ok(dee.every((m) => m.subjectId === deeInvitation!.id), 'nothing about anyone else');
    assert.ok(dee.every((m) => m.to === 'd•••@example.org'), 'the address masked');
    const ana = await told(ids.ana!);
    assert.ok(ana.some((m) => m.event === 'invitation') && ana.some((m) => m.event === 'opportunity_changed'), 'Ana: her invitation, and the cancellation told to her as someone interested');
    assert.ok(!ana.some((m) => m.subjectId === deeInvitation!.id));
    assert.deepEqual(await told('prof-nobody'), []);
    assert.equal((await s.call(`/api/v1/messages?profileId=${ids.dee}&reason=contact`, { token: staffOnly })).status, 403, 'staff without the people role');
    assert.equal((await s.call(`/api/v1/messages?profileId=${ids.dee}&reason=contact`)).status, 401);
    assert.equal((await s.call(`/api/v1/messages?profileId=${ids.dee}&feedbackId=fb-1`, { token: people })).status, 400, 'exactly one');
    assert.equal((await s.call('/api/v1/messages?profileId=a%2Fb', { token: people })).status, 400, 'not an id');
  });

  it('who was told, per person, lists every kind of message the outbox holds, within the contract: a staff correction (issue 15)', async () => {
    const gwen = carer('Gwen', 'gwen@example.org');
    const made = (await s.call('/api/v1/profiles', { method: 'POST', body: gwen })).body.profile;
    const corrected = await s.call(`/api/v1/profiles/${made.id}?reason=person-asked`, { method: 'PUT', token: people, body: { ...gwen, name: 'Gwen Ellis' } });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
    // The harness checks the response against the contract: an event outside its enum fails here.
    const told = await s.call(`/api/v1/messages?profileId=${made.id}&reason=contact`, { token: people });
    assert.equal(told.status, 200, JSON.stringify(told.body));
    assert.deepEqual(told.body.items.map((m: { event: string }) => m.event), ['profile_changed_by_staff']);
    // The read is audited with her profile among its subjects (issue 18/20: "staff looked at your profile" finds it).
    const [audit] = await s.db.query<{ subject_ids: string[] }>("SELECT subject_ids FROM audit_log WHERE action = 'listMessages' ORDER BY id DESC LIMIT 1");
    assert.deepEqual(audit!.subject_ids, [made.id, told.body.items[0].id]);
  });

  it('who was told, per person: a message about feedback names the item only for staff who also hold the feedback role (review 13)', async () => {
    const nia = carer('Nia', 'nia@example.org');
    const made = (await s.call('/api/v1/profiles', { method: 'POST', body: nia })).body.profile;
    const gave = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', text: 'The 4pm bus is too early for the day centre.', consentToPublish: false, reply: { method: 'email', detail: 'nia@example.org' } } });
    assert.equal(gave.status, 201, JSON.stringify(gave.body));
    const posted = await s.call(`/api/v1/feedback/${gave.body.id}/updates`, { method: 'POST', token: people, body: { kind: 'heard', text: 'We have read this.' }, headers: { 'idempotency-key': key() } });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    const told = async (as: string) => (await s.call(`/api/v1/messages?profileId=${made.id}&reason=contact`, { token: as })).body.items as { event: string; subjectId: string | null; status: string }[];
    const peopleOnly = (await told(people)).filter((m) => m.event === 'feedback_update');
    assert.equal(peopleOnly.length, 1, 'the people role sees that it was sent');
    assert.equal(peopleOnly[0]!.subjectId, null, 'but not which feedback item');
    assert.ok(peopleOnly[0]!.status, 'and whether it arrived');
    const team = await token({ sub: 'lead-8', roles: ['staff', 'people', 'feedback'] });
    assert.deepEqual((await told(team)).filter((m) => m.event === 'feedback_update').map((m) => m.subjectId), [gave.body.id], 'the feedback team sees which item');
    // Asked by the item itself: the feedback team's list (the people role alone is refused, see below).
    const byItem = (await s.call(`/api/v1/messages?feedbackId=${gave.body.id}`, { token: team })).body.items as { subjectId: string | null }[];
    assert.deepEqual(byItem.map((m) => m.subjectId), [gave.body.id]);
  });

  it('staff with the people role but not the feedback role cannot join a person to the feedback they gave: by message id, by reply address or name, or by marking a letter sent (review MUST-FIX 1)', async () => {
    const rhys = carer('Rhys', 'rhys@example.org');
    const made = (await s.call('/api/v1/profiles', { method: 'POST', body: rhys })).body.profile;
    const said = 'The ramp at the library is broken.';
    const gave = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', text: said, name: 'Rhys Owen', consentToPublish: false, reply: { method: 'email', detail: 'rhys@example.org' } } });
    assert.equal(gave.status, 201, JSON.stringify(gave.body));
    const team = await token({ sub: 'lead-9', roles: ['staff', 'feedback'] });
    const posted = await s.call(`/api/v1/feedback/${gave.body.id}/updates`, { method: 'POST', token: team, body: { kind: 'heard', text: 'We have read this.' }, headers: { 'idempotency-key': key() } });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    const mine = (await s.call(`/api/v1/messages?profileId=${made.id}&reason=contact`, { token: people })).body.items as { id: string; subjectId: string | null }[];
    assert.ok(mine.length > 0 && mine.every((m) => m.subjectId === null), 'his messages, not which item');

    // The id join: the messages about each item are the feedback team's.
    const byItem = await s.call(`/api/v1/messages?feedbackId=${gave.body.id}`, { token: people });
    assert.equal(byItem.status, 403, 'listing by feedback item needs the feedback role');
    const teamIds = ((await s.call(`/api/v1/messages?feedbackId=${gave.body.id}`, { token: team })).body.items as { id: string }[]).map((m) => m.id);
    assert.ok(mine.some((m) => teamIds.includes(m.id)), 'the feedback team still lists them (so this is the join that was open)');

    // The address join: the staff inbox shows what was said and its status, not who said it.
    const inbox = await s.call('/api/v1/feedback?include=all', { token: people });
    assert.equal(inbox.status, 200);
    const item = (inbox.body.items as Record<string, unknown>[]).find((i) => i.id === gave.body.id)!;
    assert.deepEqual([item.text, item.status], [said, 'received']);
    assert.ok(!('name' in item) && !('reply' in item), 'no name, no reply contact');
    const one = (await s.call(`/api/v1/feedback/${gave.body.id}`, { token: people })).body;
    assert.ok(!('name' in one) && !('reply' in one));
    const answered = await s.call(`/api/v1/feedback/${gave.body.id}`, { method: 'PATCH', token: people, body: { status: 'considering' } });
    assert.equal(answered.status, 200, 'they may still answer it');
    assert.ok(!('name' in answered.body) && !('reply' in answered.body), 'and the answer does not name the giver');
    assert.ok(!JSON.stringify([inbox.body, one, answered.body]).includes('rhys@example.org'));
    const forTeam = (await s.call(`/api/v1/feedback/${gave.body.id}`, { token: team })).body;
    assert.deepEqual([forTeam.name, forTeam.reply], ['Rhys Owen', { method: 'email', detail: 'rhys@example.org' }], 'the feedback team sees who gave it');

    // A letter about a feedback item, marked as sent by hand from the per-person panel.
    const byPost = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', text: 'Please write to me about the bus.', consentToPublish: false, reply: { method: 'post', detail: '2 High Street, Anytown' } } });
    await s.call(`/api/v1/feedback/${byPost.body.id}`, { method: 'PATCH', token: team, body: { status: 'considering' } });
    const [letter] = (await s.call(`/api/v1/messages?feedbackId=${byPost.body.id}`, { token: team })).body.items as { id: string; status: string }[];
    assert.equal(letter!.status, 'manual');
    // Marking it sent takes the by-hand list's rule (a21dfd9): without the feedback role the letter is not
    // there at all (the answer for no such message), so marking cannot say which item it was about either.
    const refused = await s.call(`/api/v1/messages/${letter!.id}/done`, { method: 'POST', token: people, headers: { 'idempotency-key': key() } });
    assert.equal(refused.status, 404, JSON.stringify(refused.body));
    assert.equal(JSON.stringify(refused.body).includes(byPost.body.id), false, 'the refusal names no item');
    const both = await token({ sub: 'lead-9', roles: ['staff', 'people', 'feedback'] });
    const done = await s.call(`/api/v1/messages/${letter!.id}/done`, { method: 'POST', token: both, headers: { 'idempotency-key': key() } });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual([done.body.status, done.body.subjectId], ['done', byPost.body.id], 'the feedback team with the people role marks it, and sees which item');
  });

  it('every event the outbox can hold is in the contract (ToldMessage.event), so "who was told" never breaks on a new one', async () => {
    const spec = readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8');
    const line = /ToldMessage:[\s\S]*?event: \{ type: string, enum: \[([^\]]*)\]/.exec(spec);
    const allowed = new Set(line![1]!.split(',').map((e) => e.trim()));
    for (const event of [...CATALOG.keys(), 'weekly_summary']) assert.ok(allowed.has(event), `${event} is in ToldMessage.event`);
  });
});
