/**
 * The person's invitation wish (issue 18 item 3), as <coprod-my-involvement> saves it: the
 * profile from GET /me put back without id, createdAt and updatedAt, with only `invitations`
 * changed. The server keeps it as sent and shows it on the page again; staff suggestions honour
 * it (people.test, ranking-sql.test). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withOwner } from './owner-support.js';

describe("the person's invitation wish", () => {
  it('"only about these topics" and "no invitations", put back from the page, are kept as the contract says', () =>
    withOwner('rhi.wish@example.org', undefined, async (owner) => {
      for (const wish of [{ wanted: 'some', topics: ['carers', 'housing'] }, { wanted: 'none' }, { wanted: 'all' }]) {
        await owner.saveMine(await owner.shown(), (sent) => ({ ...sent, invitations: wish }));
        const again = await owner.shown();
        assert.deepEqual(again.invitations, wish);
        assert.deepEqual([again.name, again.topics], ['Rhi', ['carers']], 'the rest of the profile is as it was');
      }
      const refused = await owner.s.call(`/api/v1/me/profiles/${owner.made.profile.id}`, { method: 'PUT', token: owner.token, body: { name: 'Rhi', importantToMe: 'Family.', experience: 'Carer.', contact: { method: 'email', detail: owner.address }, consent: true, invitations: { wanted: 'maybe' } } });
      assert.ok(refused.status === 400 || refused.status === 422, `an unknown wish is refused: ${refused.status}`);
    }));

  it('a weekly summary chosen in the same Save as "no invitations" stays weekly, and so after a profile save from the page (review M1)', () =>
    withOwner('rhi.often@example.org', 'each_time', async (owner) => {
      const shown = await owner.shown();
      assert.equal(shown.messages?.frequency, 'each_time');
      // One press of Save under "How we contact you" (preferences-part.ts): the preferences, then the wish,
      // put back as wish-part.ts sends it: the profile read by GET /me without `messages`.
      assert.equal(await owner.choose(owner.token, 'weekly'), 'weekly');
      const saved = await owner.saveMine(shown, ({ messages: _m, ...sent }) => ({ ...sent, invitations: { wanted: 'none' } }));
      assert.equal(await owner.howOften(owner.token), 'weekly', 'the weekly chosen in the same Save stays');
      assert.equal(saved.messages?.frequency, 'weekly', 'and the page shows it');

      // "Change my profile" next, a new name only: the form sends the page's language and reading level, no frequency (not changed on it).
      const named = await owner.saveMine(saved, ({ messages: _m, ...now }) => ({ ...now, name: 'Rhian', messages: { language: 'en-GB', readingLevel: 'standard' } }));
      assert.equal(await owner.howOften(owner.token), 'weekly', 'a profile save that did not change how often leaves it');

      // A change of how often made on the form: on an address the sign-in proved the server takes it only through
      // /message-preferences (session 16: a frequency put back may be one read before a change there), which the page then calls.
      const changed = await owner.saveMine(named, ({ messages: _m, ...later }) => ({ ...later, messages: { language: 'en-GB', readingLevel: 'standard', frequency: 'each_time' } }));
      assert.equal(changed.messages?.frequency, 'weekly', 'the answer says the choice is still weekly, so the page sends the change to /message-preferences');
      await owner.choose(owner.token, 'each_time');
      assert.equal(await owner.howOften(owner.token), 'each_time', 'how often changed on the form is taken');
    }));
});
