import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { enforceRetention } from '../src/me/retention.js';
import { renderMessage } from '../src/messages/catalog.js';
import { linkOf } from '../src/messages/links.js';
import { signToken } from '../src/messages/tokens.js';
import { safeError } from '../src/plugins/app/problem-details.js';
import { key, SECRET, staff, suiteServer, token } from './harness.js';

const profile = {
  name: 'Kit',
  importantToMe: 'Being listened to, and my cat.',
  experience: 'I use a wheelchair and live in council housing.',
  networks: 'Riverside tenants group',
  howToHelp: { needs: ['step_free', 'papers_in_advance'], details: 'Send papers a week before.' },
  contact: { method: 'phone', detail: '01632 960123' },
  topics: ['housing'],
  skills: ['Public speaking', 'Spreadsheets'],
  availability: { days: ['mon', 'wed'], times: ['morning'], modes: ['online'] },
  consent: true,
};
// A tiny valid PNG, repeated to make a realistic picture size.
const picture = (bytes: number) => ({ dataUrl: `data:image/png;base64,${'A'.repeat(Math.ceil(bytes / 4) * 4)}`, description: 'Me smiling in the park' });

describe('profiles', () => {
  const s = suiteServer();

  it('creates a profile anonymously and hands back an edit token stored only as a hash', async () => {
    const r = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, picture: picture(200_000) }, headers: { 'idempotency-key': key() } });
    assert.equal(r.status, 201);
    assert.match(r.body.editToken, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(r.body.profile.name, 'Kit');
    const [row] = await s.db.query<{ edit_token_hash: string; doc: unknown }>('SELECT edit_token_hash, doc FROM profiles WHERE id = $1', [r.body.profile.id]);
    assert.notEqual(row!.edit_token_hash, r.body.editToken);
    assert.ok(!JSON.stringify(row).includes(r.body.editToken));
  });

  it('reads, corrects and deletes with the edit token; 401 without, 403 with the wrong one', async () => {
    const { body } = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    const path = `/api/v1/profiles/${body.profile.id}`;
    assert.equal((await s.call(path)).status, 401);
    assert.equal((await s.call(path, { token: 'A'.repeat(43) })).status, 403);
    const read = await s.call(path, { token: body.editToken });
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, body.profile);
    const etag = read.headers.get('etag')!;
    const fixed = await s.call(path, { method: 'PUT', token: body.editToken, body: { ...profile, name: 'Kit M' }, headers: { 'if-match': etag } });
    assert.equal(fixed.status, 200);
    assert.equal(fixed.body.name, 'Kit M');
    assert.equal((await s.call(path, { method: 'PUT', token: body.editToken, body: profile, headers: { 'if-match': etag } })).status, 412);
    // The change's answer carries the new version, so the next change can be made from it.
    const next = fixed.headers.get('etag')!;
    assert.equal(next, (await s.call(path, { token: body.editToken })).headers.get('etag'));
    assert.equal((await s.call(path, { method: 'PUT', token: body.editToken, body: { ...profile, name: 'Kit Morgan' }, headers: { 'if-match': next } })).status, 200);
    assert.equal((await s.call(path, { method: 'DELETE' })).status, 401);
    assert.equal((await s.call(path, { method: 'DELETE', token: await token({ sub: 'resident-9' }) })).status, 403);
    assert.equal((await s.call(path, { method: 'DELETE', token: body.editToken })).status, 204);
    assert.equal((await s.call(path, { token: body.editToken })).status, 404);
  });

  it('belongs to the host sign-in subject that created it', async () => {
    const owner = await token({ sub: 'resident-42' });
    const { body } = await s.call('/api/v1/profiles', { method: 'POST', body: profile, token: owner });
    const path = `/api/v1/profiles/${body.profile.id}`;
    assert.equal((await s.call(path, { token: owner })).status, 200);
    assert.equal((await s.call(path, { token: await token({ sub: 'resident-43' }) })).status, 403);
    assert.equal((await s.call(path, { method: 'PUT', token: owner, body: { ...profile, name: 'Kitty' } })).body.name, 'Kitty');
  });

  it('lets staff read one profile and the pool, and audits both', async () => {
    const one = await s.call('/api/v1/profiles/profile-seed', { token: staff });
    assert.equal(one.status, 200);
    assert.equal(one.body.name, 'Jo');
    assert.equal((await s.call('/api/v1/profiles')).status, 401);
    assert.equal((await s.call('/api/v1/profiles', { token: await token() })).status, 403);
    const carers = await s.call('/api/v1/profiles?topic=carers', { token: staff });
    assert.deepEqual(carers.body.items.map((p: { id: string }) => p.id), ['profile-seed']);
    const welsh = await s.call('/api/v1/profiles?skill=welsh', { token: staff });
    assert.deepEqual(welsh.body.items.map((p: { id: string }) => p.id), ['profile-seed']);
    assert.equal((await s.call('/api/v1/profiles?skill=%25', { token: staff })).body.total, 0);
    const all = await s.call('/api/v1/profiles?limit=1', { token: staff });
    assert.ok(all.body.total >= 2);
    assert.ok(all.body.nextCursor);
    const actions = (await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE actor = 'staff-1' ORDER BY id`)).map((r) => r.action);
    assert.deepEqual(actions, ['getProfile', 'listProfiles', 'listProfiles', 'listProfiles', 'listProfiles']);
  });

  it('lets staff correct or delete a profile on the person\'s request, and audits both', async () => {
    const { body } = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    const path = `/api/v1/profiles/${body.profile.id}`;
    assert.equal((await s.call(path, { method: 'PUT', token: await token({ sub: 'resident-7' }), body: profile })).status, 403);
    assert.equal((await s.call(`${path}?reason=because`, { method: 'PUT', token: staff, body: profile })).status, 400, 'a reason from the list');
    for (const method of ['PUT', 'DELETE']) {
      const unsaid = await s.call(path, { method, token: staff, ...(method === 'PUT' ? { body: { ...profile, name: 'Kit Morgan' } } : {}) });
      assert.deepEqual([unsaid.status, unsaid.body.errors?.[0]?.field, unsaid.body.errors?.[0]?.code], [422, 'reason', 'required'], `staff say why (${method})`);
    }
    assert.equal((await s.call(path, { token: body.editToken })).body.name, 'Kit', 'nothing changed without a reason');
    // Staff read the profile in the pool (GET /people/{id}): its updatedAt, in quotes, is the version they send.
    const read = await s.call(`/api/v1/people/${body.profile.id}?reason=person-asked`, { token: await token({ roles: ['staff', 'people'] }) });
    const version = `"${read.body.profile.updatedAt}"`;
    assert.equal((await s.call(`${path}?reason=person-asked`, { method: 'PUT', token: staff, body: profile, headers: { 'if-match': '"2001-01-01T00:00:00.000Z"' } })).status, 412, 'a stale version is refused');
    const corrected = await s.call(`${path}?reason=person-asked`, { method: 'PUT', token: staff, body: { ...profile, name: 'Kit Morgan', skills: ['Public speaking'] }, headers: { 'if-match': version } });
    assert.equal(corrected.status, 200);
    assert.equal(corrected.body.name, 'Kit Morgan');
    assert.equal((await s.call(`${path}?reason=duplicate`, { method: 'DELETE', token: staff })).status, 204);
    assert.equal((await s.call(path, { token: body.editToken })).status, 404);
    const actions = await s.db.query<{ action: string; subject_ids: string[]; detail: unknown }>(`SELECT action, subject_ids, detail FROM audit_log WHERE action IN ('updateProfile', 'deleteProfile') ORDER BY id`);
    assert.deepEqual(actions, [
      { action: 'updateProfile', subject_ids: [body.profile.id], detail: { reason: 'person-asked', parts: ['name', 'skills'] } },
      { action: 'deleteProfile', subject_ids: [body.profile.id], detail: { reason: 'duplicate' } },
    ]);
    // The person is told, through the outbox, what changed and why: by hand here, since they gave a phone number to call.
    const told = await s.db.query<{ event: string; data: Record<string, unknown>; channel: string; status: string }>(
      `SELECT event, data, channel, status FROM messages WHERE subject_type = 'profile' AND subject_id = $1 ORDER BY created_at, id`, [body.profile.id]);
    assert.deepEqual(told.map((m) => [m.event, m.data.change, m.data.reason, m.data.parts ?? null, m.channel, m.status]), [
      ['profile_changed_by_staff', 'corrected', 'person-asked', ['name', 'skills'], 'phone', 'manual'],
      ['profile_changed_by_staff', 'deleted', 'duplicate', null, 'phone', 'manual'],
    ]);
    assert.ok(!JSON.stringify(told).includes('Kit Morgan'), 'the message holds which parts changed, never what the person wrote');
    const words = renderMessage({ event: 'profile_changed_by_staff', data: told[0]!.data }, 'cy', 'standard', { item: 'https://x.example/me', unsubscribe: 'https://x.example/u' });
    assert.equal(words.subject, 'Rydym wedi newid eich proffil un dudalen');
    assert.ok(words.body.includes('Beth wnaethom ei newid: eich enw, eich sgiliau.') && words.body.includes('Gofynnoch chi i ni wneud hynny.'), words.body);
  });

  it('writes to a person in the language they act in, never keeping a guess as their choice; a deleted profile\'s address goes once its message has gone (issue 15)', async () => {
    const email = { method: 'email', detail: 'gwen@example.org' };
    const made = (await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact: email } })).body.profile;
    const path = `/api/v1/profiles/${made.id}`;
    assert.equal((await s.call(`${path}?reason=records`, { method: 'PUT', token: staff, body: { ...profile, contact: email, name: 'Gwen' } })).status, 200);
    const prefsOf = (id: string) => s.db.query<{ language: string; language_chosen: boolean; forget_when_sent: boolean }>(
      `SELECT DISTINCT p.language, p.language_chosen, p.forget_when_sent FROM preferences p JOIN messages m ON m.person_key = p.person_key WHERE m.subject_id = $1`, [id]);
    assert.deepEqual(await prefsOf(made.id), [{ language: 'en-GB', language_chosen: false, forget_when_sent: false }], 'English was a guess, not her choice');
    // She then gives feedback from a Welsh page and asks to hear back: the guess gives way.
    const fb = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'transport', consentToPublish: true, text: 'Mae angen bws.', reply: email }, headers: { 'idempotency-key': key(), 'accept-language': 'cy' } });
    assert.equal(fb.status, 201, JSON.stringify(fb.body));
    assert.deepEqual(await prefsOf(made.id), [{ language: 'cy', language_chosen: false, forget_when_sent: false }]);
    assert.equal((await s.call(`${path}?reason=person-asked`, { method: 'PUT', token: staff, body: { ...profile, contact: email, name: 'Gwen Ellis' } })).status, 200);
    const languages = await s.db.query<{ language: string }>(`SELECT language FROM messages WHERE subject_id = $1 ORDER BY created_at, id`, [made.id]);
    assert.deepEqual(languages.map((m) => m.language), ['en-GB', 'cy'], 'the next message from staff is in Welsh');

    // Someone we never wrote to: their profile is deleted. The message links to their page, not the deleted profile,
    // and the address kept to send it goes at the next retention run after it has gone.
    const once = (await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact: { method: 'email', detail: 'once@example.org' } } })).body.profile;
    assert.equal((await s.call(`/api/v1/profiles/${once.id}?reason=person-asked`, { method: 'DELETE', token: staff })).status, 204);
    const [last] = await s.db.query<{ link: string; person_key: string }>(`SELECT link, person_key FROM messages WHERE subject_id = $1`, [once.id]);
    const links = { publicBaseUrl: 'https://council.example', itemUrl: '{base}/me.html#{type}/{id}', secret: 's' };
    assert.equal(linkOf(links, last!.link, 'profile', once.id), 'https://council.example/me.html#all/all');
    assert.deepEqual(await prefsOf(once.id), [{ language: 'en-GB', language_chosen: false, forget_when_sent: true }]);
    await enforceRetention(s.db, 12);
    assert.equal((await prefsOf(once.id)).length, 1, 'kept while the message waits to go');
    await s.db.query(`UPDATE messages SET status = 'sent', sent_at = now() WHERE person_key = $1`, [last!.person_key]);
    // RETENTION_MONTHS=0 keeps feedback contacts for good, not an address kept only for one last message.
    await enforceRetention(s.db, false);
    assert.deepEqual(await s.db.query(`SELECT 1 FROM preferences WHERE person_key = $1`, [last!.person_key]), [], 'the address is gone');
    assert.equal((await prefsOf(made.id)).length, 1, 'Gwen, who follows her feedback, keeps hers');
  });

  it('writes to someone we never wrote to in the language their profile asked for, not English (issue 15)', async () => {
    const created = (await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact: { method: 'email', detail: 'elin@example.org' }, messages: { language: 'cy', readingLevel: 'easy-read' } } })).body;
    const made = created.profile;
    assert.equal((await s.call(`/api/v1/profiles/${made.id}?reason=records`, { method: 'PUT', token: staff, body: { ...profile, contact: made.contact, messages: made.messages, name: 'Elin' } })).status, 200);
    const told = await s.db.query<{ language: string; reading_level: string }>(`SELECT language, reading_level FROM messages WHERE subject_id = $1`, [made.id]);
    assert.deepEqual(told, [{ language: 'cy', reading_level: 'easy-read' }]);

    // The form sends the page's language with every save: saving the profile after an unsubscribe does not undo it.
    await s.db.query(`UPDATE preferences SET unsubscribed_at = now() WHERE person_key = (SELECT person_key FROM messages WHERE subject_id = $1)`, [made.id]);
    const saved = await s.call(`/api/v1/profiles/${made.id}`, { method: 'PUT', token: created.editToken, body: { ...profile, contact: made.contact, messages: { language: 'cy', readingLevel: 'standard' }, name: 'Elin Puw' } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const [after] = await s.db.query<{ unsubscribed: boolean; reading_level: string }>(
      `SELECT unsubscribed_at IS NOT NULL AS unsubscribed, reading_level FROM preferences WHERE person_key = (SELECT person_key FROM messages WHERE subject_id = $1)`, [made.id]);
    assert.deepEqual(after, { unsubscribed: true, reading_level: 'easy-read' }, 'still unsubscribed; a page\'s reading level is only a guess, not a change');
  });

  it('keeps what a person chose on their preferences page, and their unsubscribe, when they save their profile on an English page (issue 15)', async () => {
    const contact = { method: 'email', detail: 'rhys@example.org' };
    // Made through the API asking for email: the stored profile's messages say channel email.
    const created = (await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact, messages: { language: 'en-GB', readingLevel: 'standard', channel: 'email' } }, headers: { 'idempotency-key': key() } })).body;
    const [row] = await s.db.query<{ person_key: string }>('SELECT person_key FROM preferences ORDER BY updated_at DESC LIMIT 1');
    const personKey = row!.person_key;
    const prefs = signToken(SECRET, 'preferences', personKey);
    const chose = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: prefs, body: { language: 'cy', readingLevel: 'easy-read' } });
    assert.deepEqual([chose.status, chose.body.language, chose.body.readingLevel], [200, 'cy', 'easy-read']);
    const save = async (messages: object, name: string) => {
      const r = await s.call(`/api/v1/profiles/${created.profile.id}`, { method: 'PUT', token: created.editToken, body: { ...profile, contact, messages, name } });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return (await s.call('/api/v1/message-preferences', { token: prefs })).body;
    };
    const now = await save({ language: 'en-GB', readingLevel: 'standard' }, 'Rhys');
    assert.deepEqual([now.language, now.readingLevel, now.unsubscribed], ['cy', 'easy-read', false], 'her Welsh and easy read stay');

    assert.equal((await s.call(`/unsubscribe?token=${encodeURIComponent(signToken(SECRET, 'unsubscribe', personKey))}`, { method: 'POST' })).status, 200);
    const later = await save({ language: 'en-GB', readingLevel: 'standard', channel: 'email' }, 'Rhys Jones');
    assert.deepEqual([later.unsubscribed, later.channel, later.language], [true, 'none', 'cy'], 'a profile saved with its stored channel does not undo the unsubscribe');
    const again = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact, messages: { language: 'en-GB', channel: 'email' } }, headers: { 'idempotency-key': key() } });
    assert.equal(again.status, 201);
    assert.equal((await s.call('/api/v1/message-preferences', { token: prefs })).body.unsubscribed, true, 'nor does another profile made with the same address');
  });

  it('never tells a stranger how someone at an address hears from us: a profile made, or opened with its edit token, with their address shows only what that profile chose (review M1)', async () => {
    const victim = { method: 'email', detail: 'victim@example.org' };
    const interest = await s.call('/api/v1/opportunities/opp-carers/interests', { method: 'POST', body: { name: 'Vic', contact: victim, consent: true, messages: { channel: 'email', language: 'cy', readingLevel: 'easy-read', frequency: 'weekly' } }, headers: { 'idempotency-key': key() } });
    assert.equal(interest.status, 201, JSON.stringify(interest.body));
    const [chosen] = await s.db.query<{ language: string; reading_level: string; frequency: string }>(
      'SELECT p.language, p.reading_level, p.frequency FROM preferences p JOIN interests i ON i.contact_hash = p.contact_hash WHERE i.id = $1', [interest.body.id]);
    assert.deepEqual(chosen, { language: 'cy', reading_level: 'easy-read', frequency: 'weekly' }, 'the victim\'s choice is stored');

    const made = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact: victim }, headers: { 'idempotency-key': key() } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const leaks = (body: unknown) => /"cy"|easy-read|weekly/.test(JSON.stringify(body));
    assert.equal(leaks(made.body), false, `the 201 says nothing of the victim's choice: ${JSON.stringify(made.body.profile.messages)}`);
    const path = `/api/v1/profiles/${made.body.profile.id}`;
    assert.equal(leaks((await s.call(path, { token: made.body.editToken })).body), false, 'nor a read with the edit token');
    const saved = await s.call(path, { method: 'PUT', token: made.body.editToken, body: { ...profile, contact: victim, name: 'Not Vic' } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(leaks(saved.body), false, 'nor a save with it');
    const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: made.body.profile.id, key: made.body.editToken } });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    assert.equal(leaks((await s.call('/api/v1/me', { token: started.body.token })).body.profiles), false, 'nor /me from the edit token');
  });

  it('asks how often where the person acts: the frequency saved with a profile is theirs, shown on their own reads and page (not staff\'s), and news for that address waits for the weekly summary (issue 15)', async () => {
    const contact = { method: 'email', detail: 'ffion.often@example.org' };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact, messages: { language: 'en-GB', readingLevel: 'standard', frequency: 'weekly' } }, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { editToken } = created.body;
    const path = `/api/v1/profiles/${created.body.profile.id}`;
    assert.deepEqual(created.body.profile.messages, { language: 'en-GB', readingLevel: 'standard', frequency: 'weekly' });
    // A reload (the person's read with the edit token) shows it again; a save from that read is not refused.
    const read = await s.call(path, { token: editToken });
    assert.equal(read.body.messages.frequency, 'weekly');
    const changed = await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages: { language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' } }, headers: { 'if-match': read.headers.get('etag')! } });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.messages.frequency, 'each_time');
    const again = await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages: { language: 'en-GB', readingLevel: 'standard', frequency: 'weekly' } }, headers: { 'if-match': changed.headers.get('etag')! } });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal((await s.call(path, { token: editToken })).body.messages.frequency, 'weekly');
    assert.equal((await s.call(path, { token: staff })).body.messages, undefined, 'staff read the profile, not how the person hears from us');

    // The same choice on their preferences page (from any message's link) and with the profile on their page.
    const [row] = await s.db.query<{ person_key: string }>('SELECT person_key FROM preferences WHERE contact_hash = (SELECT contact_hash FROM profiles WHERE id = $1)', [created.body.profile.id]);
    const prefs = signToken(SECRET, 'preferences', row!.person_key);
    assert.equal((await s.call('/api/v1/message-preferences', { token: prefs })).body.frequency, 'weekly');
    const started = await s.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: editToken } });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const meToken = started.body.token as string;
    assert.equal((await s.call('/api/v1/me', { token: meToken })).body.profiles[0].messages.frequency, 'weekly');

    // Honoured: news about feedback from that address waits for the summary; a decision goes at once.
    const given = await s.call('/api/v1/feedback', { method: 'POST', body: { topic: 'housing', text: 'The stairs at the library.', consentToPublish: true, reply: contact }, headers: { 'idempotency-key': key() } });
    assert.equal(given.status, 201, JSON.stringify(given.body));
    await s.call(`/api/v1/feedback/${given.body.id}/updates`, { method: 'POST', token: staff, body: { kind: 'heard', text: 'We have asked the library.' }, headers: { 'idempotency-key': key() } });
    await s.call(`/api/v1/feedback/${given.body.id}`, { method: 'PATCH', token: staff, body: { status: 'considering' } });
    const sent = await s.db.query<{ event: string; status: string }>(`SELECT event, status FROM messages WHERE subject_id = $1 ORDER BY created_at, id`, [given.body.id]);
    assert.deepEqual(sent, [{ event: 'feedback_update', status: 'digest' }, { event: 'feedback_status', status: 'queued' }]);

    // Saved from their page, the choice is kept too.
    const mine = await s.call(`/api/v1/me/profiles/${created.body.profile.id}`, { method: 'PUT', token: meToken, body: { ...profile, contact, messages: { language: 'en-GB', frequency: 'each_time' } } });
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.equal(mine.body.messages.frequency, 'each_time');
    assert.equal((await s.call('/api/v1/message-preferences', { token: prefs })).body.frequency, 'each_time');
  });

  it('a change of how often made on the preferences page neither refuses the next profile save (no 412) nor is undone by it; a real change elsewhere still is a 412 (review N9)', async () => {
    const contact = { method: 'email', detail: 'nia.often@example.org' };
    const messages = { language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' };
    const created = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, contact, messages }, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { editToken } = created.body;
    const path = `/api/v1/profiles/${created.body.profile.id}`;
    const read = await s.call(path, { token: editToken });
    const [row] = await s.db.query<{ person_key: string }>('SELECT person_key FROM preferences WHERE contact_hash = (SELECT contact_hash FROM profiles WHERE id = $1)', [created.body.profile.id]);
    const prefs = signToken(SECRET, 'preferences', row!.person_key);
    // Elsewhere (a message's link to their preferences page) she asks for a weekly summary.
    assert.equal((await s.call('/api/v1/message-preferences', { method: 'PATCH', token: prefs, body: { frequency: 'weekly' } })).status, 200);
    const reread = await s.call(path, { token: editToken });
    assert.equal(reread.headers.get('etag'), read.headers.get('etag'), 'the profile she opened is the profile as it is: its version does not follow the preferences row');
    // The form she opened before sends what it read (each time, untouched) with her new name: saved, not "changed somewhere else".
    const saved = await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages, name: 'Nia' }, headers: { 'if-match': read.headers.get('etag')! } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal((await s.call('/api/v1/message-preferences', { token: prefs })).body.frequency, 'weekly', 'her weekly choice stays: the form did not change how often');
    // She changes how often on the form itself: kept as this profile's (its read shows it), but the edit token proves nothing
    // about the address, and the weekly summary was chosen where the address was proved, so that stays (session 16, prefs).
    const chose = await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages: { ...messages, frequency: 'weekly' }, name: 'Nia' }, headers: { 'if-match': saved.headers.get('etag')! } });
    assert.equal(chose.status, 200, JSON.stringify(chose.body));
    const back = await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages, name: 'Nia' }, headers: { 'if-match': chose.headers.get('etag')! } });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.messages?.frequency, 'each_time', 'changed on the form, the profile keeps it');
    assert.equal((await s.call('/api/v1/message-preferences', { token: prefs })).body.frequency, 'weekly', 'the choice made with proof of the address stays');
    // A real change to the profile elsewhere (another tab) still refuses a save from the older read.
    assert.equal((await s.call(path, { method: 'PUT', token: editToken, body: { ...profile, contact, messages, name: 'Nia J' }, headers: { 'if-match': saved.headers.get('etag')! } })).status, 412);
  });

  it('tells nobody when staff save a profile unchanged, and records an erasure\'s reason', async () => {
    const { body } = await s.call('/api/v1/profiles', { method: 'POST', body: profile });
    assert.equal((await s.call(`/api/v1/profiles/${body.profile.id}?reason=records`, { method: 'PUT', token: staff, body: profile })).status, 200);
    assert.deepEqual(await s.db.query(`SELECT id FROM messages WHERE subject_id = $1`, [body.profile.id]), []);
    const erased = await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId: body.profile.id, reason: 'person-asked' }, headers: { 'idempotency-key': key() } });
    assert.equal(erased.status, 200);
    const [audited] = await s.db.query<{ detail: { reason?: string } }>(`SELECT detail FROM audit_log WHERE action = 'erasePerson' ORDER BY id DESC LIMIT 1`);
    assert.equal(audited!.detail.reason, 'person-asked');
    assert.equal((await s.call('/api/v1/erasures', { method: 'POST', token: staff, body: { profileId: body.profile.id, reason: 'whim' }, headers: { 'idempotency-key': key() } })).status, 422);
  });

  it('answers 413 for a body over 2 MB and 422 for an over-long field or a bad picture', async () => {
    const huge = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, picture: picture(2_500_000) } });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.status, 413);
    const long = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, importantToMe: 'x'.repeat(3001), picture: { dataUrl: 'data:text/html;base64,AAAA', description: '' } } });
    assert.equal(long.status, 422);
    assert.deepEqual(long.body.errors.map((e: { field: string }) => e.field).sort(), ['importantToMe', 'picture.dataUrl', 'picture.description']);
    const days = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, availability: { days: ['mon', 'mon', 'funday'] } } });
    assert.deepEqual(days.body.errors.map((e: { field: string }) => e.field).sort(), ['availability.days', 'availability.days.2']);
  });
});

describe('profiles: bad characters', () => {
  const lines: string[] = [];
  const s = suiteServer({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });

  it('answers a NUL character in a name with a 422 naming the field, and logs no part of the name', async () => {
    const r = await s.call('/api/v1/profiles', { method: 'POST', body: { ...profile, name: 'Zebedee\u0000Quistorp' } });
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`), ['name:invalid-format']);
    assert.ok(!lines.join('').includes('Zebedee'), 'the name is not in the log');
  });
});

it('logs an unexpected error by its kind and code, never its message or detail', () => {
  const error = Object.assign(new Error('invalid input syntax: "Zebedee"'), { code: '22P02', detail: 'Key (name)=(Zebedee)' });
  const logged = JSON.stringify(safeError(error));
  assert.ok(logged.includes('22P02'));
  assert.ok(!logged.includes('Zebedee'));
});
