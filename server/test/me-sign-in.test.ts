import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { key, suiteServer, token } from './harness.js';
import { capturingSender, linkToken, meOptions, PAGE, signInByEmail } from './me-helpers.js';

const FAILED = /expired, has been used already, or is not right/;
const ask = (channel: 'email' | 'text', address: string, extra: Record<string, unknown> = {}) => ({
  method: 'POST',
  body: { channel, address, ...extra },
  headers: { 'idempotency-key': key() },
});
const feedback = (reply: { method: string; detail: string }) => ({ method: 'POST', body: { topic: 'housing', text: 'The lift is broken again.', consentToPublish: false, reply } });

describe('sign-in links and codes', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: meOptions(sender, { perAddress: 3 }) });

  it('a link by email opens the page once; the same link again, a guessed one and an expired one all get one clear answer', async () => {
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: 'Robin@Example.org' }));
    const asked = await s.call('/api/v1/me/sign-in-requests', ask('email', ' robin@example.org '));
    assert.equal(asked.status, 202);
    assert.deepEqual(asked.body, { channel: 'email', expiresInMinutes: 15 });
    const message = await sender.next('robin@example.org');
    assert.ok(message.link!.startsWith(`${PAGE}#coprod-sign-in=`), 'the link opens the council page, the token in its fragment');
    const link = linkToken(message);

    const first = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link } });
    assert.equal(first.status, 201);
    assert.equal(first.body.signedInWith, 'email');
    const minutes = (Date.parse(first.body.expiresAt) - Date.now()) / 60000;
    assert.ok(minutes > 25 && minutes <= 30, 'the session is short-lived');
    const page = await s.call('/api/v1/me', { token: first.body.token });
    assert.equal(page.status, 200);
    assert.equal(page.body.feedback.length, 1);
    assert.equal(page.body.feedback[0].text, 'The lift is broken again.');

    const replayed = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link } });
    const guessed = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: 'A'.repeat(43) } });
    assert.equal(replayed.status, 401);
    assert.equal(guessed.status, 401);
    assert.match(replayed.body.detail, FAILED);
    assert.equal(guessed.body.detail, replayed.body.detail);

    await s.call('/api/v1/me/sign-in-requests', ask('email', 'robin@example.org'));
    const second = linkToken(await sender.next('robin@example.org'));
    assert.notEqual(second, link);
    await s.db.query(`UPDATE sign_in_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const expired = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: second } });
    assert.equal(expired.status, 401);
    assert.equal(expired.body.detail, replayed.body.detail);
  });

  it('a link asked for from a page in Welsh easy read opens the page in Welsh easy read, and still signs in', async () => {
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: 'nia@example.org' }));
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'nia@example.org', { locale: 'cy', readingLevel: 'easy-read' }))).status, 202);
    const message = await sender.next('nia@example.org');
    assert.match(message.link!, /#coprod-sign-in=[A-Za-z0-9_-]+&coprod-lang=cy&coprod-reading=easy-read$/);
    const opened = await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: linkToken(message) } });
    assert.equal(opened.status, 201);
  });

  it('a link asked for from a link to one feedback item opens the page at that item (?feedback=<id>), in Welsh too; a bad item is refused, naming the field', async () => {
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: 'ifan@example.org' }));
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'ifan@example.org', { item: 'fb_12-AB' }))).status, 202);
    const message = await sender.next('ifan@example.org');
    assert.ok(message.link!.startsWith(`${PAGE}?feedback=fb_12-AB#coprod-sign-in=`), message.link!.replace(/sign-in=.*/, 'sign-in=…'));
    assert.equal((await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: linkToken(message) } })).status, 201);
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'ifan@example.org', { item: 'fb-2', locale: 'cy', readingLevel: 'easy-read' }))).status, 202);
    assert.match((await sender.next('ifan@example.org')).link!, /\?feedback=fb-2#coprod-sign-in=[A-Za-z0-9_-]+&coprod-lang=cy&coprod-reading=easy-read$/);
    for (const item of ['a/b?c=d', '', 'x'.repeat(65)]) {
      const bad = await s.call('/api/v1/me/sign-in-requests', ask('email', 'ifan@example.org', { item }));
      assert.equal(bad.status, 422, `item ${JSON.stringify(item)}`);
      assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field), ['item']);
    }
  });

  it('a link asked for from the "thank you for taking part" message opens the page at that attendance (?attendance=<id>), with ?feedback= too; a bad one is refused, naming the field', async () => {
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: 'osian@example.org' }));
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'osian@example.org', { attendance: 'att_7-Q' }))).status, 202);
    const message = await sender.next('osian@example.org');
    assert.ok(message.link!.startsWith(`${PAGE}?attendance=att_7-Q#coprod-sign-in=`), message.link!.replace(/sign-in=.*/, 'sign-in=…'));
    assert.equal((await s.call('/api/v1/me/sessions', { method: 'POST', body: { link: linkToken(message) } })).status, 201);
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'osian@example.org', { item: 'fb-2', attendance: 'att-3', locale: 'cy', readingLevel: 'easy-read' }))).status, 202);
    assert.match((await sender.next('osian@example.org')).link!, /\?feedback=fb-2&attendance=att-3#coprod-sign-in=[A-Za-z0-9_-]+&coprod-lang=cy&coprod-reading=easy-read$/);
    for (const attendance of ['a/b?c=d', '', 'x'.repeat(65)]) {
      const bad = await s.call('/api/v1/me/sign-in-requests', ask('email', 'osian@example.org', { attendance }));
      assert.equal(bad.status, 422, `attendance ${JSON.stringify(attendance)}`);
      assert.deepEqual(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code !== undefined]), [['attendance', true]]);
    }
  });

  it('a link expires after 15 minutes', async () => {
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: 'kim@example.org' }));
    await s.call('/api/v1/me/sign-in-requests', ask('email', 'kim@example.org'));
    const link = linkToken(await sender.next('kim@example.org'));
    const [row] = await s.db.query<{ minutes: number }>(`SELECT extract(epoch FROM expires_at - created_at)::int / 60 AS minutes FROM sign_in_codes ORDER BY created_at DESC LIMIT 1`);
    assert.equal(row!.minutes, 15);
    await s.db.query(`UPDATE sign_in_codes SET created_at = created_at - interval '16 minutes', expires_at = expires_at - interval '16 minutes'`);
    assert.equal((await s.call('/api/v1/me/sessions', { method: 'POST', body: { link } })).status, 401);
  });

  it('a six-digit code by text, for the number in any form; five wrong guesses use the code up', async () => {
    await s.call('/api/v1/opportunities/opp-housing/interests', {
      method: 'POST',
      body: { name: 'Ash', contact: { method: 'text', detail: '07700 900123' }, consent: true },
    });
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('text', '+44 7700 900123'))).status, 202);
    const { code } = await sender.next('+447700900123');
    assert.match(code!, /^\d{6}$/);
    const wrong = code === '000000' ? '000001' : '000000';
    const guess = await s.call('/api/v1/me/sessions', { method: 'POST', body: { address: '07700900123', code: wrong } });
    assert.equal(guess.status, 401);
    assert.match(guess.body.detail, FAILED);
    const right = await s.call('/api/v1/me/sessions', { method: 'POST', body: { address: '07700 900 123', code } });
    assert.equal(right.status, 201);
    const page = await s.call('/api/v1/me', { token: right.body.token });
    assert.deepEqual(page.body.interests.map((i: { name: string; opportunityTitle: { en: string } }) => [i.name, i.opportunityTitle.en]), [['Ash', 'Housing strategy panel']]);
    assert.equal((await s.call('/api/v1/me/sessions', { method: 'POST', body: { address: '07700900123', code } })).status, 401, 'used once');

    await s.call('/api/v1/me/sign-in-requests', ask('text', '07700900123'));
    const fresh = (await sender.next('+447700900123')).code!;
    for (let i = 0; i < 5; i++) await s.call('/api/v1/me/sessions', { method: 'POST', body: { address: '07700900123', code: fresh === '999999' ? '999998' : '999999' } });
    assert.equal((await s.call('/api/v1/me/sessions', { method: 'POST', body: { address: '07700900123', code: fresh } })).status, 401, 'burnt after five wrong guesses');
  });

  it('an unknown address gets the same answer and no message, and the same per-address limit', async () => {
    const before = sender.sent.length;
    const known = 'lee@example.org';
    await s.call('/api/v1/feedback', feedback({ method: 'email', detail: known }));
    const unknown = await s.call('/api/v1/me/sign-in-requests', ask('email', 'nobody@example.org'));
    const knownAnswer = await s.call('/api/v1/me/sign-in-requests', ask('email', known));
    assert.equal(unknown.status, knownAnswer.status);
    assert.deepEqual(unknown.body, knownAnswer.body);
    await sender.next(known);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(sender.sent.length, before + 1, 'only the known address got a message');
    for (const address of [known, 'nobody@example.org']) {
      await s.call('/api/v1/me/sign-in-requests', ask('email', address));
      await s.call('/api/v1/me/sign-in-requests', ask('email', address));
      const limited = await s.call('/api/v1/me/sign-in-requests', ask('email', address));
      assert.equal(limited.status, 429, `the fourth request for ${address} in 15 minutes is refused`);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    }
  });

  it('takes about as long for an unknown address as for a known one', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 12; i++) {
      const address = `timing-${i}@example.org`;
      await s.call('/api/v1/feedback', feedback({ method: 'email', detail: address }));
      for (const [list, to] of [[known, address], [unknown, `nobody-${i}@example.org`]] as const) {
        const started = performance.now();
        assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', to))).status, 202);
        list.push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [k, u] = [median(known), median(unknown)];
    assert.ok(Math.abs(k - u) < Math.max(15, 0.5 * Math.max(k, u)), `medians ${k.toFixed(1)} ms (known) and ${u.toFixed(1)} ms (unknown) are close`);
  });

  it('refuses addresses that are not in the right form for the channel, naming the field', async () => {
    const bad = await s.call('/api/v1/me/sign-in-requests', ask('text', 'robin@example.org'));
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['address', 'invalid-phone']]);
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'not-an-address'))).status, 422);
  });

  it('the profile number with its private key opens the profile only; a wrong key is refused', async () => {
    const created = await s.call('/api/v1/profiles', {
      method: 'POST',
      body: { name: 'Dee', importantToMe: 'My garden.', experience: 'Carer.', contact: { method: 'email', detail: 'robin@example.org' }, consent: true },
    });
    const wrong = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: 'x'.repeat(43) } });
    assert.equal(wrong.status, 401);
    const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: created.body.editToken } });
    assert.equal(started.status, 201);
    assert.equal(started.body.signedInWith, 'profile');
    const page = await s.call('/api/v1/me', { token: started.body.token });
    assert.deepEqual(page.body.profiles.map((p: { name: string }) => p.name), ['Dee']);
    assert.deepEqual(page.body.feedback, [], 'a key to the profile is not proof of the email address it names');
  });

  it('a session ends: signing out, or after its time', async () => {
    const token = await signInByEmail(s, sender, 'robin@example.org');
    assert.equal((await s.call('/api/v1/me', { token })).status, 200);
    assert.equal((await s.call('/api/v1/me/sessions/current', { method: 'DELETE', token })).status, 204);
    assert.equal((await s.call('/api/v1/me', { token })).status, 401);
    const again = await signInByEmail(s, sender, 'robin@example.org');
    await s.db.query(`UPDATE me_sessions SET expires_at = now() - interval '1 second'`);
    const ended = await s.call('/api/v1/me', { token: again });
    assert.equal(ended.status, 401);
    assert.match(ended.body.detail, /sign-in has ended/);
    assert.equal((await s.call('/api/v1/me')).status, 401);
  });

  it('"may suit you" (issue 18): 401 without a sign-in; signed in, open opportunities that fit on a topic, with no staff-only reasons', async () => {
    assert.equal((await s.call('/api/v1/me/suggestions')).status, 401);
    const profile = { importantToMe: 'Being listened to.', experience: 'Caring for my dad.', consent: true, name: 'Kit', contact: { method: 'email', detail: 'kit@example.org' }, topics: ['carers'], availability: { days: ['tue'], times: ['morning'], modes: ['online'] } };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(created.status, 201);
    const token = await signInByEmail(s, sender, 'kit@example.org');
    const mine = await s.call('/api/v1/me/suggestions', { token });
    assert.equal(mine.status, 200);
    const items = mine.body.items as { opportunity: { status: string; topics: string[] }; reasons: { code: string }[] }[];
    assert.ok(items.length > 0 && items.length <= 5, `up to five suggestions (got ${items.length})`);
    assert.ok(items.every((i) => i.opportunity.status === 'open' && i.reasons.some((r) => r.code === 'topic' || r.code === 'skill')));
    assert.ok(items.every((i) => i.reasons.every((r) => r.code !== 'new-voice')), 'how often a person was asked is for staff only');
    assert.ok(items.some((i) => i.opportunity.topics.includes('carers')));
    // Kit said "not this time" to an invitation to the first one: it is not offered again.
    const first = (items[0] as unknown as { opportunity: { id: string } }).opportunity.id;
    await s.db.query("INSERT INTO invitations (id, opportunity_id, profile_id, invited_by, status, answered_at) VALUES ('inv-kit-declined', $1, $2, 'staff-1', 'not_this_time', now())", [first, created.body.profile.id]);
    const again = await s.call('/api/v1/me/suggestions', { token });
    assert.ok(!(again.body.items as { opportunity: { id: string } }[]).some((i) => i.opportunity.id === first), 'not what Kit declined');
  });

  it('"no invitations" (issue 18): staff are not offered the person as a suggestion, but the person still sees what may suit them, and staff still find them on the pool', async () => {
    const profile = { importantToMe: 'Being asked less.', experience: 'Caring for my mum.', consent: true, name: 'Noor', contact: { method: 'email', detail: 'noor@example.org' }, topics: ['carers'], availability: { days: ['tue'], times: ['morning'], modes: ['online'] }, invitations: { wanted: 'none' } };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal(created.status, 201);
    const id = created.body.profile.id as string;
    const lead = await token({ sub: 'lead-18', roles: ['staff', 'people'] });
    const suggested = await s.call('/api/v1/opportunities/opp-carers/suggestions?limit=100', { token: lead });
    assert.equal(suggested.status, 200);
    assert.ok(suggested.body.items.length > 0, 'others are suggested');
    assert.ok(!suggested.body.items.some((i: { person: { id: string } }) => i.person.id === id), 'Noor asked for no invitations: not a suggestion');
    const pool = await s.call('/api/v1/people?reason=find-people&topic=carers&limit=100', { token: lead });
    assert.ok(pool.body.items.some((p: { id: string }) => p.id === id), 'still on the pool');
    const mine = await s.call('/api/v1/me/suggestions', { token: await signInByEmail(s, sender, 'noor@example.org') });
    assert.ok((mine.body.items as { opportunity: { id: string } }[]).some((i) => i.opportunity.id === 'opp-carers'), 'Noor still sees that carers week may suit her');
  });

  it('unanswered invitations (issue 15): a person lists and answers only their own, by the emailed link\'s rule; answered, it leaves the list and is an interest', async () => {
    assert.equal((await s.call('/api/v1/me/invitations')).status, 401);
    assert.equal((await s.call('/api/v1/me/invitations/x/answer', { method: 'POST', body: { answer: 'interested' } })).status, 401);
    const staff = await token({ sub: 'lead-7', roles: ['staff', 'people'], title: 'Co-production lead' });
    const person = (name: string) => ({ importantToMe: 'Being listened to.', experience: 'Caring for my dad.', consent: true, name, contact: { method: 'email', detail: `${name.toLowerCase()}@example.org` }, topics: ['carers'], skills: ['Listening'] });
    const lou = (await s.call('/api/v1/profiles', { method: 'POST', body: person('Lou') })).body.profile.id as string;
    const max = (await s.call('/api/v1/profiles', { method: 'POST', body: person('Max') })).body.profile.id as string;
    const invite = async (opportunityId: string, profileIds: string[]) => {
      const r = await s.call(`/api/v1/opportunities/${opportunityId}/invitations`, { method: 'POST', token: staff, body: { profileIds }, headers: { 'idempotency-key': key() } });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.invited as { id: string; profileId: string }[];
    };
    const carers = await invite('opp-carers', [lou, max]);
    const housing = await invite('opp-housing', [lou]);
    const louInvitation = carers.find((i) => i.profileId === lou)!.id;
    const maxInvitation = carers.find((i) => i.profileId === max)!.id;

    const token_ = await signInByEmail(s, sender, 'lou@example.org');
    const listed = await s.call('/api/v1/me/invitations', { token: token_ });
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('cache-control'), 'no-store');
    const items = listed.body.items as { id: string; opportunity: { title: string; closingDate: string | null }; reasons: { code: string; values?: string[] }[] }[];
    assert.deepEqual(items.map((i) => i.id), [housing[0]!.id, louInvitation], 'Lou\'s two, newest first, and never Max\'s');
    const carersItem = items[1]!;
    assert.equal(carersItem.opportunity.title, 'Carers week planning');
    assert.deepEqual(carersItem.reasons.find((r) => r.code === 'topic')?.values, ['carers'], 'why she was asked');
    assert.ok(items[0]!.opportunity.closingDate, 'by when');
    assert.ok(items.every((i) => !('interestCount' in i.opportunity)), 'how many said they are interested is for staff only');
    const suits = (await s.call('/api/v1/me/suggestions', { token: token_ })).body.items as { opportunity: { id: string } }[];
    assert.ok(!suits.some((i) => i.opportunity.id === 'opp-carers' || i.opportunity.id === 'opp-housing'), 'what she is invited to is not also under "may suit you" (carers week was, before)');

    const notHers = await s.call(`/api/v1/me/invitations/${maxInvitation}/answer`, { method: 'POST', token: token_, body: { answer: 'not_this_time' }, headers: { 'idempotency-key': key() } });
    assert.equal(notHers.status, 404, 'another person\'s invitation is not found');
    assert.match(notHers.headers.get('content-type') ?? '', /problem\+json/);
    const bad = await s.call(`/api/v1/me/invitations/${louInvitation}/answer`, { method: 'POST', token: token_, body: { answer: 'maybe' }, headers: { 'idempotency-key': key() } });
    assert.ok(bad.status === 422 || bad.status === 400, `a wrong answer is refused (${bad.status})`);
    const before = (await s.call('/api/v1/opportunities/opp-carers/invitations', { token: staff })).body.items as { id: string; status: string }[];
    assert.deepEqual(before.filter((i) => i.id === louInvitation || i.id === maxInvitation).map((i) => i.status), ['invited', 'invited'], 'nothing changed for Max or Lou');

    const yes = await s.call(`/api/v1/me/invitations/${louInvitation}/answer`, { method: 'POST', token: token_, body: { answer: 'interested' }, headers: { 'idempotency-key': key() } });
    assert.equal(yes.status, 200, JSON.stringify(yes.body));
    assert.equal(yes.body.answer, 'interested');
    assert.match(yes.body.reference, /^INT-/);
    const [made] = await s.db.query<{ reference: string }>('SELECT i.reference FROM interests i JOIN invitations v ON v.interest_id = i.id WHERE v.id = $1', [louInvitation]);
    assert.equal(made?.reference, yes.body.reference, 'the interest notes the invitation, as from the emailed link');
    const after = (await s.call('/api/v1/me/invitations', { token: token_ })).body.items as { id: string }[];
    assert.deepEqual(after.map((i) => i.id), [housing[0]!.id], 'answered, it leaves the list');
    // Past its closing date (a UK date) it can no longer be answered, so it is not listed, as on the public list.
    await s.db.query("UPDATE opportunities SET closing_date = (now() AT TIME ZONE 'Europe/London')::date - 1, doc = jsonb_set(doc, '{closingDate}', to_jsonb(((now() AT TIME ZONE 'Europe/London')::date - 1)::text)) WHERE id = 'opp-housing'");
    assert.deepEqual((await s.call('/api/v1/me/invitations', { token: token_ })).body.items, [], 'closed yesterday: not listed');
    assert.ok(((await s.call('/api/v1/me', { token: token_ })).body.interests as { reference: string }[]).some((i) => i.reference === yes.body.reference), 'and shows among her interests');
    const twice = await s.call(`/api/v1/me/invitations/${louInvitation}/answer`, { method: 'POST', token: token_, body: { answer: 'not_this_time' }, headers: { 'idempotency-key': key() } });
    assert.deepEqual([twice.status, twice.body.answer], [200, 'interested'], 'a second answer changes nothing and reports the first');

    const maxToken = await signInByEmail(s, sender, 'max@example.org');
    assert.deepEqual(((await s.call('/api/v1/me/invitations', { token: maxToken })).body.items as { id: string }[]).map((i) => i.id), [maxInvitation]);
    const no = await s.call(`/api/v1/me/invitations/${maxInvitation}/answer`, { method: 'POST', token: maxToken, body: { answer: 'not_this_time' }, headers: { 'idempotency-key': key() } });
    assert.deepEqual([no.status, no.body.answer, no.body.reference], [200, 'not_this_time', null]);
    assert.deepEqual((await s.call('/api/v1/me/invitations', { token: maxToken })).body.items, []);
  });
});

describe('sign-in requests per client IP', () => {
  const sender = capturingSender();
  const s = suiteServer({ me: meOptions(sender, { perIp: 2 }) });

  it('limits how often one client asks, whatever the address', async () => {
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'a@example.org'))).status, 202);
    assert.equal((await s.call('/api/v1/me/sign-in-requests', ask('email', 'b@example.org'))).status, 202);
    const third = await s.call('/api/v1/me/sign-in-requests', ask('email', 'c@example.org'));
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get('retry-after')) > 0);
  });
});
