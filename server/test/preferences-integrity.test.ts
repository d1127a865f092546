/**
 * How often a person hears from us ("each time" or "a weekly summary") is theirs: a client that
 * puts back what it read cannot undo it, and someone who has not proved the address cannot change
 * it (session 16, prefs; left from session 15's review M1). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { migrate } from '../src/db/migrate.js';
import { key, staff } from './harness.js';
import { withOwner, withPreferences, type Made, type Preferences } from './owner-support.js';

/**
 * A profile's edit token (a save without proof) changes how often `address` hears from us, until its owner
 * chooses where they proved it; then the proved choice stays.
 */
async function takenUntilProved(t: Preferences, made: Made, address: string): Promise<void> {
  await t.editWithToken(made, 'each_time');
  const token = await t.signIn(address);
  assert.equal(await t.howOften(token), 'each_time', 'the profile that chose it may change it');
  await t.choose(token, 'weekly');
  await t.editWithToken(made, 'each_time');
  assert.equal(await t.howOften(token), 'weekly', 'the proved choice stays');
}

describe('how often a person hears from us', () => {
  it('a client that puts back the whole GET /me profile (an old bundle, another client) does not undo a weekly summary chosen on the preferences (PUT /me/profiles/{id})', () =>
    withOwner('rhi.stale@example.org', 'each_time', async (owner) => {
      const shown = await owner.shown();
      assert.equal(shown.messages?.frequency, 'each_time');
      assert.equal(await owner.choose(owner.token, 'weekly'), 'weekly');
      // The old page: GET /me's profile put back whole, `messages` as read (each time), with a new wish.
      const saved = await owner.saveMine(shown, (sent) => ({ ...sent, invitations: { wanted: 'none' } }));
      assert.equal(await owner.howOften(owner.token), 'weekly', 'the weekly summary stays');
      assert.equal(saved.messages?.frequency, 'weekly', 'and the answer shows it');
      // Nor does a frequency sent on its own there: on the person's page how often changes through /message-preferences.
      await owner.saveMine(saved, ({ messages: _m, ...now }) => ({ ...now, messages: { frequency: 'each_time' } }));
      assert.equal(await owner.howOften(owner.token), 'weekly', 'only /message-preferences changes it on the person’s page');
    }));

  it('someone who makes a profile with another person’s address, or changes how often on it with its edit token, does not change that address’s choice; a new address takes it, and that profile may change it again until the owner chooses', () =>
    withOwner('owner.often@example.org', 'each_time', async (owner) => {
      // The owner made a profile (each time), then chose each time again on the preferences page.
      await owner.choose(owner.token, 'each_time');

      // A stranger makes a profile with the owner's address and "a weekly summary".
      const stranger = await owner.make(owner.address, 'weekly', 'Stranger');
      assert.equal(await owner.howOften(owner.token), 'each_time', 'a new profile does not override the address’s choice');
      // …and then changes how often on it with its edit token (weekly -> each time -> weekly).
      for (const frequency of ['each_time', 'weekly'] as const) {
        const put = await owner.editWithToken(stranger, frequency);
        assert.equal(put.messages?.frequency, frequency, 'the stranger’s profile keeps what it asked');
      }
      assert.equal(await owner.howOften(owner.token), 'each_time', 'nor does an edit-token save');

      // A new address: the profile's choice is the address's, and the same profile may change it.
      await takenUntilProved(owner, await owner.make('new.often@example.org', 'weekly', 'New'), 'new.often@example.org');
    }));

  it('the answer to a save without proof says nothing about how often the address hears from us (whether its owner chose, or what): a stranger cannot learn that an address is known (session 16, lead)', () =>
    withOwner('kept.quiet@example.org', 'each_time', async (owner) => {
      await owner.choose(owner.token, 'each_time');
      const made = await owner.make(owner.address, 'weekly', 'Stranger');
      assert.ok(!JSON.stringify(made.profile).includes('each_time'), `a new profile's answer names the owner's choice: ${JSON.stringify(made.profile)}`);
      const put = await owner.editWithToken(made, 'weekly');
      assert.ok(!JSON.stringify(put).includes('each_time'), `an edit-token save's answer names the owner's choice: ${JSON.stringify(put)}`);
      assert.equal(await owner.howOften(owner.token), 'each_time', 'and the owner’s proved choice stays');
    }));

  it('a stranger’s profile made first with someone’s address does not keep its how often over the owner’s own profile: a later save without proof replaces a value another save without proof set (review P1 a, session 16)', () =>
    withPreferences(async (t) => {
      await t.make('rhian.first@example.org', 'weekly', 'Stranger');
      const own = await t.make('rhian.first@example.org', 'each_time', 'Rhian');
      const mine = await t.s.call(`/api/v1/profiles/${own.profile.id}`, { token: own.editToken });
      assert.equal(mine.body.messages?.frequency, 'each_time', 'her profile shows her choice');
      const token = await t.signIn('rhian.first@example.org');
      assert.equal(await t.howOften(token), 'each_time', 'and messages go as her profile says, not as the stranger’s');
    }));

  it('an interest, feedback or "tell me when this changes" form sent with someone’s address and a frequency does not change how often that address’s owner chose where they proved it; on an address nobody proved it is taken, and a later form may change it (session 17, prefs)', () =>
    withOwner('owner.forms@example.org', 'each_time', async (owner) => {
      await owner.choose(owner.token, 'each_time');
      const { s } = owner;
      const interest = (address: string, frequency: 'each_time' | 'weekly') =>
        s.call('/api/v1/opportunities/opp-carers/interests', {
          method: 'POST',
          body: { name: 'Stranger', contact: { method: 'email', detail: address }, consent: true, messages: { language: 'en-GB', readingLevel: 'standard', frequency } },
          headers: { 'idempotency-key': key() },
        });
      const feedback = (address: string, frequency: 'each_time' | 'weekly') =>
        s.call('/api/v1/feedback', {
          method: 'POST',
          body: { topic: 'housing', text: 'The lift is slow.', consentToPublish: true, reply: { method: 'email', detail: address }, messages: { frequency } },
          headers: { 'idempotency-key': key() },
        });

      const sent = await interest(owner.address, 'weekly');
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.ok(!JSON.stringify(sent.body).includes('each_time'), `the interest's answer names the owner's choice: ${JSON.stringify(sent.body)}`);
      assert.equal(await owner.howOften(owner.token), 'each_time', 'an interest form does not override the address’s choice');
      const given = await feedback(owner.address, 'weekly');
      assert.equal(given.status, 201, JSON.stringify(given.body));
      assert.ok(!JSON.stringify(given.body).includes('each_time'), `the feedback's answer names the owner's choice: ${JSON.stringify(given.body)}`);
      assert.equal(await owner.howOften(owner.token), 'each_time', 'nor a feedback form');
      const published = await s.call(`/api/v1/feedback/${given.body.id}`, { method: 'PATCH', token: staff, body: { published: true } });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const said = await s.call(`/api/v1/feedback/${given.body.id}/supporters`, {
        method: 'POST',
        body: { supporterKey: 'forms-supporter-key-01', reply: { method: 'email', detail: owner.address }, messages: { frequency: 'weekly' } },
      });
      assert.equal(said.status, 200, JSON.stringify(said.body));
      assert.equal(await owner.howOften(owner.token), 'each_time', 'nor "tell me when this changes"');

      // An address nobody proved: the form's choice is taken, and a later form (or profile) may change it.
      assert.equal((await interest('new.forms@example.org', 'weekly')).status, 201);
      const person = await owner.signIn('new.forms@example.org');
      assert.equal(await owner.howOften(person), 'weekly', 'a new address takes the form’s choice');
      assert.equal((await feedback('other.forms@example.org', 'weekly')).status, 201);
      assert.equal((await interest('other.forms@example.org', 'each_time')).status, 201);
      assert.equal(await owner.howOften(await owner.signIn('other.forms@example.org')), 'each_time', 'a later form replaces a choice no one proved');
    }));

  it('an interest, feedback or "tell me when this changes" form sent with someone’s address does not replace the language and reading level its owner chose where they proved it; an address nobody chose takes the form’s language, and a later form may change it (session 17, review M2)', () =>
    withOwner('owner.words@example.org', undefined, async (owner) => {
      const { s } = owner;
      const chosen = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner.token, body: { language: 'cy', readingLevel: 'easy-read' } });
      assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
      const words = async (token: string) => {
        const read = await s.call('/api/v1/message-preferences', { token });
        assert.equal(read.status, 200, JSON.stringify(read.body));
        return { language: read.body.language as string, readingLevel: read.body.readingLevel as string };
      };
      const english = { language: 'en-GB', readingLevel: 'standard' };
      const interest = (address: string, messages: object) =>
        s.call('/api/v1/opportunities/opp-carers/interests', {
          method: 'POST',
          body: { name: 'Stranger', contact: { method: 'email', detail: address }, consent: true, messages },
          headers: { 'idempotency-key': key() },
        });

      const sent = await interest(owner.address, english);
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.deepEqual(await words(owner.token), { language: 'cy', readingLevel: 'easy-read' }, 'an interest form does not replace a proved choice');
      const given = await s.call('/api/v1/feedback', {
        method: 'POST',
        body: { topic: 'housing', text: 'The lift is slow.', consentToPublish: true, reply: { method: 'email', detail: owner.address }, messages: english },
        headers: { 'idempotency-key': key() },
      });
      assert.equal(given.status, 201, JSON.stringify(given.body));
      assert.deepEqual(await words(owner.token), { language: 'cy', readingLevel: 'easy-read' }, 'nor a feedback form');
      const published = await s.call(`/api/v1/feedback/${given.body.id}`, { method: 'PATCH', token: staff, body: { published: true } });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const said = await s.call(`/api/v1/feedback/${given.body.id}/supporters`, {
        method: 'POST',
        body: { supporterKey: 'words-supporter-key-01', reply: { method: 'email', detail: owner.address }, messages: english },
      });
      assert.equal(said.status, 200, JSON.stringify(said.body));
      assert.deepEqual(await words(owner.token), { language: 'cy', readingLevel: 'easy-read' }, 'nor "tell me when this changes"');

      // An address nobody chose for: first contact in Welsh easy read gets Welsh easy read; a later form (no proof either) may change it.
      assert.equal((await interest('new.words@example.org', { language: 'cy', readingLevel: 'easy-read' })).status, 201);
      const person = await owner.signIn('new.words@example.org');
      assert.deepEqual(await words(person), { language: 'cy', readingLevel: 'easy-read' }, 'a new address takes the form’s language and reading level');
      assert.equal((await interest('new.words@example.org', english)).status, 201);
      assert.deepEqual(await words(person), english, 'a later form replaces what no one proved');
    }));

  it('how often set before migration 300 (any save could set it then) can still be changed on the person’s profile form with its edit token (review P1 b, session 16)', () =>
    withPreferences(async (t) => {
      const made = await t.make('before.300@example.org', 'weekly', 'Early');
      // The row as it was before migration 300 (no columns yet: they come NULL / false), then migration 301 runs.
      await t.s.db.query(`UPDATE preferences SET frequency_profile = NULL, frequency_guessed = false`);
      await t.s.db.query(`DELETE FROM schema_migrations WHERE name LIKE '301%'`);
      await migrate(t.s.db);
      await takenUntilProved(t, made, 'before.300@example.org');
    }));
});
