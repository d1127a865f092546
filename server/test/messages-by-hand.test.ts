/**
 * Issue 15 item 2: one staff list of every letter, call and supporter message waiting to be sent
 * by hand (GET /messages/by-hand), with who, channel, what it says and since when; paged; the
 * people role, and a message about feedback, a claim or attendance only with the role its own
 * routes need (feedback; finance; attendance or finance); audited with its reason;
 * marked sent by hand; counted in the workspace. And the who-was-told read by person takes a reason.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderMessage, wordsByHand } from '../src/messages/catalog.js';
import { sendMessage } from '../src/messages/outbox.js';
import { evaluationInvite } from '../src/messages/templates-evaluation.js';
import { attendanceRecorded, claimQueried } from '../src/messages/templates-pay.js';
import { key, suiteServer, token } from './harness.js';

const team = await token({ sub: 'lead-9', roles: ['staff', 'people', 'feedback'], title: 'Co-production lead' });
const peopleOnly = await token({ sub: 'lead-10', roles: ['staff', 'people'] });
const feedbackOnly = await token({ sub: 'lead-11', roles: ['staff', 'feedback'] });

interface ByHand {
  id: string;
  channel: string;
  to: string;
  says: string | null;
  subjectId: string | null;
  status: string;
  createdAt: string;
  language: string;
}

describe('messages to send by hand, in one list (issue 15)', () => {
  const s = suiteServer();
  const list = async (query: string, as = team) => s.call(`/api/v1/messages/by-hand?${query}`, { token: as });

  it('lists every letter and supporter message waiting, oldest first, with who, what it says and since when; pages; marks one sent; counts them', async () => {
    const give = async (text: string, reply: Record<string, string>, language = 'en-GB') => {
      const r = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', text, consentToPublish: false, reply, messages: { language } }, headers: { 'idempotency-key': key() } });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const status = await s.call(`/api/v1/feedback/${r.body.id}`, { method: 'PATCH', token: team, body: { status: 'considering' } });
      assert.equal(status.status, 200, JSON.stringify(status.body));
      return r.body as { id: string; reference: string };
    };
    const letter = await give('Nid oes lloches yn yr arhosfan.', { method: 'post', detail: '1 Stryd Fawr, Anytown AT1 1AA' }, 'cy');
    const supporter = await give('The lift at the library is broken.', { method: 'supporter', detail: 'My daughter Mair, 07700 900123' });

    const first = await list('reason=contact');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.total, 2);
    const items = first.body.items as ByHand[];
    assert.deepEqual(items.map((m) => [m.channel, m.to, m.status, m.subjectId]), [
      ['letter', '1 Stryd Fawr, Anytown AT1 1AA', 'manual', letter.id],
      ['supporter', 'My daughter Mair, 07700 900123', 'manual', supporter.id],
    ], 'oldest first, who in full');
    assert.ok(items[0]!.says!.includes(letter.reference) && /adborth/.test(items[0]!.says!), 'what it says, in Welsh');
    assert.equal(items[0]!.language, 'cy');
    assert.match(items[1]!.says!, /library/, 'what the supporter is to pass on');
    assert.ok(items.every((m) => Date.parse(m.createdAt) > 0), 'since when');

    const [audit] = await s.db.query<{ subject_ids: string[]; detail: { reason?: string } }>("SELECT subject_ids, detail FROM audit_log WHERE action = 'listMessagesByHand' ORDER BY id DESC LIMIT 1");
    assert.deepEqual([audit!.subject_ids, audit!.detail.reason], [items.map((m) => m.id), 'contact'], 'audited with its reason');

    const page1 = await list('reason=contact&limit=1');
    assert.deepEqual([page1.body.items.length, page1.body.total], [1, 2]);
    assert.ok(page1.body.nextCursor);
    const page2 = await list(`reason=contact&limit=1&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
    assert.deepEqual([page2.body.items[0].id, page2.body.nextCursor], [items[1]!.id, null], 'the next page');

    const summary = async () => (await s.call('/api/v1/staff/summary', { token: team })).body.byHand;
    assert.deepEqual(await summary(), { waiting: 2, overdue: 0, respondWithinDays: null }, 'counted in the workspace');
    const done = await s.call(`/api/v1/messages/${items[0]!.id}/done`, { method: 'POST', token: team, headers: { 'idempotency-key': key() } });
    assert.equal(done.status, 200);
    const after = await list('reason=contact');
    assert.deepEqual([after.body.total, after.body.items.map((m: ByHand) => m.id)], [1, [items[1]!.id]], 'sent by hand: off the list');
    assert.equal((await summary()).waiting, 1);
  });

  it('a message about a subject the viewer’s roles do not cover is left out of the list and the counts: feedback needs feedback, a claim finance, attendance attendance or finance; a reason is asked', async () => {
    assert.equal((await list('reason=contact', feedbackOnly)).status, 403, 'without the people role');
    assert.equal((await s.call('/api/v1/messages/by-hand?reason=contact')).status, 401);
    assert.equal((await list('')).status, 400, 'without a reason');
    assert.equal((await s.call('/api/v1/staff/summary', { token: feedbackOnly })).body.byHand, null, 'no count without the people role');

    // Letters about a claim (finance's question, an amount) and about attendance, as the pay routes write them.
    const about = { reference: 'CL-0042', opportunity: 'Carers strategy' };
    await sendMessage(s.db, { message: claimQueried.with({ ...about, question: 'Was the taxi £14 or £41?' }), about: { type: 'claim', id: 'claim-byhand-1' }, to: { method: 'post', detail: '7 Claim Row, Anytown AT1 7CR' }, language: 'en-GB' }, s.app.contactKeys);
    await sendMessage(s.db, { message: attendanceRecorded.with({ ...about, session: 'Tuesday 3 March', hours: '2', amount: '£40.00' }), about: { type: 'attendance', id: 'att-byhand-1' }, to: { method: 'phone', detail: '01632 960 777' }, language: 'en-GB' }, s.app.contactKeys);

    const seen = async (as: string) => {
      const r = await list('reason=contact', as);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const items = r.body.items as (ByHand & { event: string })[];
      assert.equal(r.body.total, items.length, 'the total counts only what is listed');
      const summary = (await s.call('/api/v1/staff/summary', { token: as })).body.byHand as { waiting: number };
      assert.equal(summary.waiting, items.length, 'the workspace counts only what is listed');
      return { events: items.map((m) => m.event).sort(), text: JSON.stringify(items) };
    };
    const people = await seen(peopleOnly);
    assert.deepEqual(people.events, [], 'the people role alone: no feedback, claim or attendance message');
    for (const secret of ['Mair', '07700 900123', 'taxi', '£40.00', 'Claim Row', '01632 960 777']) assert.ok(!people.text.includes(secret), `a people-only token never sees ${secret}`);
    const feedbackTeam = await seen(team);
    assert.deepEqual(feedbackTeam.events, ['feedback_status'], 'the feedback team: the supporter’s message, not the claim or attendance');
    assert.ok(feedbackTeam.text.includes('My daughter Mair, 07700 900123'));
    const financeTeam = await token({ sub: 'lead-12', roles: ['staff', 'people', 'finance'] });
    const finance = await seen(financeTeam);
    assert.deepEqual(finance.events, ['attendance_recorded', 'claim_queried'], 'finance: claims and attendance, not feedback');
    assert.ok(finance.text.includes('Was the taxi £14 or £41?') && finance.text.includes('7 Claim Row') && !finance.text.includes('Mair'));
    const attendanceTeam = await token({ sub: 'lead-13', roles: ['staff', 'people', 'attendance'] });
    const attendance = await seen(attendanceTeam);
    assert.deepEqual(attendance.events, ['attendance_recorded'], 'attendance: attendance, not a claim');

    // "Mark as sent by hand" takes the same rule, row by row: it answers with the row's contact, and
    // a message id got some other way must not let staff act on (or learn of) another team's letter.
    const idOf = async (as: string, event: string) => ((await list('reason=contact', as)).body.items as (ByHand & { event: string })[]).find((m) => m.event === event)!.id;
    const claimId = await idOf(financeTeam, 'claim_queried');
    const feedbackId = await idOf(team, 'feedback_status');
    const mark = (id: string, as: string) => s.call(`/api/v1/messages/${id}/done`, { method: 'POST', token: as, headers: { 'idempotency-key': key() } });
    assert.equal((await mark(claimId, feedbackOnly)).status, 403, 'without the people role');
    const refused = await mark(claimId, peopleOnly);
    assert.equal(refused.status, 404, 'people alone: a claim letter is not theirs to mark');
    assert.ok(!JSON.stringify(refused.body).includes('Claim Row'));
    assert.equal((await mark(claimId, attendanceTeam)).status, 404, 'attendance: not a claim');
    assert.equal((await mark(feedbackId, financeTeam)).status, 404, 'finance: not a feedback giver’s message');
    const marked = await mark(claimId, financeTeam);
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.equal(marked.body.status, 'done');
    assert.equal((await mark(feedbackId, team)).status, 200, 'the feedback team marks the feedback one');
  });

  it('who was told, by person, takes a reason and audits it', async () => {
    const made = await s.call('/api/v1/profiles', {
      method: 'POST',
      body: { name: 'Iolo', contact: { method: 'email', detail: 'iolo@example.org' }, importantToMe: 'Buses.', experience: 'Carer.', consent: true, topics: ['carers'], skills: [], availability: { days: ['tue'], times: ['morning'], modes: ['online'] }, howToHelp: { needs: [] } },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const id = made.body.profile.id as string;
    const without = await s.call(`/api/v1/messages?profileId=${id}`, { token: team });
    assert.equal(without.status, 400);
    assert.equal(without.body.errors?.[0]?.field, 'reason');
    assert.equal((await s.call(`/api/v1/messages?profileId=${id}&reason=person-asked`, { token: team })).status, 200);
    const [audit] = await s.db.query<{ subject_ids: string[]; detail: { reason?: string } }>("SELECT subject_ids, detail FROM audit_log WHERE action = 'listMessages' ORDER BY id DESC LIMIT 1");
    assert.deepEqual([audit!.subject_ids[0], audit!.detail.reason], [id, 'person-asked']);
  });

  it('a person whose call is on the list sees that staff looked, in "who looked at my profile" (review SHOULD 8)', async () => {
    const profile = { name: 'Bryn', contact: { method: 'phone', detail: '01632 960 321' }, importantToMe: 'Trains.', experience: 'Carer.', consent: true, topics: ['carers'] };
    const made = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const id = made.body.profile.id as string;
    // Staff correct it on request: the person is told by a call, which waits on the list.
    const corrected = await s.call(`/api/v1/profiles/${id}?reason=person-asked`, { method: 'PUT', token: team, body: { ...profile, name: 'Bryn Hughes' } });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
    const listed = await list('reason=contact&limit=100');
    const call = (listed.body.items as (ByHand & { event: string })[]).find((m) => m.event === 'profile_changed_by_staff' && m.to.endsWith('1632960321'));
    assert.ok(call, `the call is on the list: ${JSON.stringify(listed.body.items.map((m: ByHand & { event: string }) => [m.event, m.to]))}`);
    const audits = await s.db.query<{ subject_ids: string[] }>("SELECT subject_ids FROM audit_log WHERE action = 'listMessagesByHand' ORDER BY id DESC LIMIT 2");
    assert.deepEqual(audits.map((a) => [a.subject_ids.includes(id), a.subject_ids.includes(call.id)]), [[true, false], [false, true]], 'audited with the person’s profile, in a row of its own');
    const me = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: id, key: made.body.editToken } });
    assert.equal(me.status, 201, JSON.stringify(me.body));
    const views = await s.call('/api/v1/me/profile-views', { token: me.body.token });
    assert.deepEqual(
      views.body.items.map((v: { what: string; reason: string | null }) => [v.what, v.reason]),
      [['looked', 'contact'], ['changed', 'person-asked']],
      'the list read, then the correction',
    );
  });

  it('the audit of a by-hand read never ties a profile to a message, and never names a feedback giver’s profile (review MUST-FIX 2)', async () => {
    const auditor = await token({ sub: 'auditor-7', roles: ['staff', 'auditor'] });
    const newProfile = async (name: string, contact: { method: string; detail: string }) => {
      const made = await s.call('/api/v1/profiles', { method: 'POST', body: { name, contact, importantToMe: 'Buses.', experience: 'Carer.', consent: true, topics: ['carers'] } });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body as { profile: { id: string }; editToken: string };
    };
    // Ffion has a profile and gives feedback, to be told by a call on the same number: the call waits by hand.
    const giver = await newProfile('Ffion', { method: 'phone', detail: '01632 960 777' });
    const gave = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', text: 'The 42 never comes.', consentToPublish: false, reply: { method: 'phone', detail: '01632 960 777' } }, headers: { 'idempotency-key': key() } });
    assert.equal(gave.status, 201, JSON.stringify(gave.body));
    assert.equal((await s.call(`/api/v1/feedback/${gave.body.id}`, { method: 'PATCH', token: team, body: { status: 'considering' } })).status, 200);
    // Gwen's profile is corrected on request: she is told by a letter, which waits by hand.
    const profile = { name: 'Gwen', contact: { method: 'post', detail: '3 Heol y Bont, Anytown AT1 3CC' }, importantToMe: 'Buses.', experience: 'Carer.', consent: true, topics: ['carers'] };
    const writer = await newProfile('Gwen', profile.contact);
    const corrected = await s.call(`/api/v1/profiles/${writer.profile.id}?reason=person-asked`, { method: 'PUT', token: team, body: { ...profile, name: 'Gwen Morgan' } });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));

    const listed = await list('reason=contact&limit=100');
    const waiting = listed.body.items as (ByHand & { event: string })[];
    const call = waiting.find((m) => m.event === 'feedback_status' && m.subjectId === gave.body.id);
    const letter = waiting.find((m) => m.event === 'profile_changed_by_staff' && m.channel === 'letter' && m.to.startsWith('3 Heol y Bont'));
    assert.ok(call && letter, `both wait by hand: ${JSON.stringify(waiting.map((m) => [m.event, m.channel]))}`);
    // The feedback team looks up who was told about the item (its message ids, named with the item).
    assert.equal((await s.call(`/api/v1/messages?feedbackId=${gave.body.id}`, { token: team })).status, 200);

    const trail = await s.call('/api/v1/audit-events?limit=500', { token: auditor });
    assert.equal(trail.status, 200, JSON.stringify(trail.body));
    const events = trail.body.items as { action: string; subjectIds: string[]; detail: { reason?: string } | null }[];
    const profileIds = new Set((await s.db.query<{ id: string }>('SELECT id FROM profiles')).map((r) => r.id));
    const messageIds = new Set((await s.db.query<{ id: string }>('SELECT id FROM messages')).map((r) => r.id));
    const reads = events.filter((e) => e.action === 'listMessagesByHand');
    assert.ok(reads.length > 0);
    const both = reads.filter((e) => e.subjectIds.some((id) => profileIds.has(id)) && e.subjectIds.some((id) => messageIds.has(id)));
    assert.deepEqual(both, [], 'no by-hand read names a profile beside a message');
    assert.deepEqual(events.filter((e) => e.subjectIds.includes(giver.profile.id) && e.subjectIds.some((id) => messageIds.has(id) || id === gave.body.id)), [], 'no row ties the giver’s profile to a message or the feedback');
    assert.deepEqual(reads.filter((e) => e.subjectIds.includes(giver.profile.id)), [], 'no by-hand read names the giver’s profile');
    assert.ok(reads.some((e) => e.subjectIds.includes(writer.profile.id) && e.detail?.reason === 'contact'), 'the letter’s person is among the read’s subjects, with its reason');

    const me = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: writer.profile.id, key: writer.editToken } });
    assert.equal(me.status, 201, JSON.stringify(me.body));
    const views = await s.call('/api/v1/me/profile-views', { token: me.body.token });
    assert.deepEqual(views.body.items.map((v: { what: string; reason: string | null }) => [v.what, v.reason]), [['looked', 'contact'], ['changed', 'person-asked']], 'the letter’s person still sees the read');
  });
});

describe('a letter or a call carries no link (review SHOULD 10)', () => {
  const phone = { phone: '01632 960 000', organisation: null };
  it('an evaluation invitation sent by hand says how to answer without one: ring the council on its number, in English, Welsh and easy read; the email keeps its link line', () => {
    for (const language of ['en-GB', 'cy'] as const) {
      for (const level of ['standard', 'easy-read'] as const) {
        for (const reminder of [false, true]) {
          const message = evaluationInvite.with({ opportunity: 'Carers strategy', ...(reminder && { reminder: true }) });
          const words = wordsByHand(message, language, level, phone);
          const reading = `${language} ${level}${reminder ? ' reminder' : ''}`;
          assert.ok(!/link|dolen/i.test(words), `no link to point to (${reading}): ${words}`);
          assert.match(words, language === 'cy' ? /ffoniwch ni ar 01632 960 000[\s\S]*ffurflen bapur/ : /ring us on 01632 960 000[\s\S]*paper form/, `how to answer, with the number (${reading})`);
          if (level === 'easy-read') assert.ok(words.split('\n').every((line) => line.length <= 60), `short lines (${reading})`);
          if (reminder) assert.match(words, language === 'cy' ? /atgoffa eto/ : /remind you again/);
        }
      }
    }
    const emailed = renderMessage(evaluationInvite.with({ opportunity: 'Carers strategy' }), 'en-GB', 'standard', { item: 'https://x.example/e/1', unsubscribe: 'https://x.example/u' });
    assert.ok(emailed.body.includes('The link below works once.') && emailed.body.includes('https://x.example/e/1'), 'the email keeps its link');
  });

  it('with no number set (COUNCIL_PHONE), it never says "ring us" with nothing after: write to the council (by name when set) at the address on the letter', () => {
    const message = evaluationInvite.with({ opportunity: 'Carers strategy' });
    for (const [organisation, en, cy] of [[null, 'write to us at the address on this letter', 'ysgrifennwch atom ni yn y cyfeiriad ar y llythyr hwn'], ['Anytown Council', 'write to Anytown Council at the address on this letter', 'ysgrifennwch at Anytown Council yn y cyfeiriad ar y llythyr hwn']] as const) {
      const council = { phone: null, organisation };
      const english = wordsByHand(message, 'en-GB', 'standard', council);
      const welsh = wordsByHand(message, 'cy', 'standard', council);
      assert.ok(english.includes(`To answer, ${en} and ask for a paper form`), english);
      assert.ok(welsh.includes(`I ateb, ${cy} a gofynnwch am ffurflen bapur`), welsh);
      for (const words of [english, welsh, wordsByHand(message, 'en-GB', 'easy-read', council), wordsByHand(message, 'cy', 'easy-read', council)]) {
        assert.ok(!/ring us|ffoniwch/i.test(words), `no call without a number: ${words}`);
      }
    }
    assert.deepEqual(wordsByHand(message, 'en-GB', 'easy-read', { phone: null, organisation: null }).split('\n').slice(-3), ['To answer, write to us.', 'Use the address on this letter.', 'Ask for a paper form.']);
    assert.deepEqual(wordsByHand(message, 'cy', 'easy-read', { phone: null, organisation: null }).split('\n').slice(-3), ['I ateb, ysgrifennwch atom ni.', 'Defnyddiwch y cyfeiriad ar y llythyr hwn.', 'Gofynnwch am ffurflen bapur.']);
  });

  it('on a call (staff read it out) it offers to take the answers there and then or post a paper form, never "write to us at the address on this letter"; the number for later when set (review N1)', () => {
    for (const reminder of [false, true]) {
      const message = evaluationInvite.with({ opportunity: 'Carers strategy', ...(reminder && { reminder: true }) });
      for (const council of [{ phone: null, organisation: null }, { phone: null, organisation: 'Anytown Council' }, { phone: '01632 960 000', organisation: null }]) {
        for (const language of ['en-GB', 'cy'] as const) {
          for (const level of ['standard', 'easy-read'] as const) {
            const words = wordsByHand(message, language, level, council, 'call');
            const reading = `${language} ${level}${reminder ? ' reminder' : ''}, number ${council.phone ?? 'unset'}`;
            assert.ok(!/letter|llythyr|write to|ysgrifennwch|link|dolen/i.test(words), `nothing of a letter or a link on a call (${reading}): ${words}`);
            assert.match(words, language === 'cy' ? /gymryd eich atebion nawr[\s\S]*ffurflen bapur/ : /take your answers now[\s\S]*paper form/, `take them now or post a form (${reading})`);
            assert.equal(/01632 960 000/.test(words), Boolean(council.phone), `the number only when set (${reading})`);
            if (level === 'easy-read') assert.ok(words.split('\n').every((line) => line.length <= 60), `short lines (${reading})`);
            if (reminder) assert.match(words, language === 'cy' ? /atgoffa eto/ : /remind you again/);
          }
        }
      }
    }
    const message = evaluationInvite.with({ opportunity: 'Carers strategy' });
    assert.deepEqual(wordsByHand(message, 'en-GB', 'easy-read', NO_NUMBER, 'call').split('\n').slice(-2), ['I can take your answers now, on the phone.', 'Or I can post you a paper form.']);
    assert.deepEqual(wordsByHand(message, 'cy', 'easy-read', NO_NUMBER, 'call').split('\n').slice(-2), ['Galla i gymryd eich atebion nawr, ar y ffôn.', 'Neu galla i anfon ffurflen bapur atoch chi.']);
    assert.ok(wordsByHand(message, 'en-GB', 'standard', NO_NUMBER).includes('write to us at the address on this letter'), 'a letter still says where to write');
  });
});
const NO_NUMBER = { phone: null, organisation: null };

describe('the by-hand list gives the council\'s number (COUNCIL_PHONE) in an evaluation letter (issue 17)', () => {
  const s = suiteServer({ messaging: { links: { publicBaseUrl: 'http://localhost:8080', itemUrl: '{base}/my-involvement.html?{type}={id}', secret: 'x'.repeat(32) }, council: { phone: '029 2087 2087', organisation: 'Anytown Council' } } });
  it('a letter and a call, in English and Welsh easy read, say "ring us on 029 2087 2087" (the call: for later, after offering to take the answers then)', async () => {
    const invite = evaluationInvite.with({ opportunity: 'Carers strategy', opportunityCy: 'Strategaeth gofalwyr' });
    await sendMessage(s.db, { message: invite, about: { type: 'interest', id: 'int-eval-letter' }, to: { method: 'post', detail: '3 Heol y Bont, Anytown AT1 3HB' }, language: 'en-GB' }, s.app.contactKeys);
    await sendMessage(s.db, { message: invite, about: { type: 'interest', id: 'int-eval-call' }, to: { method: 'phone', detail: '01632 960 555' }, language: 'cy', readingLevel: 'easy-read' }, s.app.contactKeys);
    const r = await s.call('/api/v1/messages/by-hand?reason=contact', { token: team });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const says = (r.body.items as ByHand[]).filter((m) => m.says?.includes('Carers') || m.says?.includes('gofalwyr')).map((m) => [m.channel, m.says]);
    assert.equal(says.length, 2, JSON.stringify(r.body.items));
    assert.match(says.find(([c]) => c === 'letter')![1]!, /To answer, ring us on 029 2087 2087 and ask for a paper form/);
    assert.match(says.find(([c]) => c === 'phone')![1]!, /Galla i gymryd eich atebion nawr, ar y ffôn\.\nNeu galla i anfon ffurflen bapur atoch chi\.\nNeu ffoniwch ni nes ymlaen ar 029 2087 2087\./);
  });
});
