/**
 * The page a message's "stop all messages" link opens (server/src/messages/stop-page.ts): it asks, stops, and then
 * offers "Turn messages back on", a POST carrying the same signed proof the stop used; pressed once or twice, messages
 * are on again and the page says so. Every page in the person's language and reading level: English, Welsh, easy read
 * (review NIT 2, session 18: the stopped page had no easy read). Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signToken } from '../src/messages/tokens.js';
import { key, SECRET, staff, type TestServer } from './harness.js';
import { personKeyOf, stopTokenOf, withOwner, type Owner } from './owner-support.js';

interface Page {
  status: number;
  lang: string | undefined;
  title: string | undefined;
  /** The headings and paragraphs, in order. */
  said: string[];
  /** Each button, with where its form posts. */
  buttons: { action: string; label: string }[];
}

async function read(response: Response): Promise<Page> {
  const html = await response.text();
  return {
    status: response.status,
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    title: /<title>(.*?)<\/title>/.exec(html)?.[1],
    said: [...html.matchAll(/<(h1|p)>(.*?)<\/\1>/g)].map((m) => m[2]!),
    buttons: [...html.matchAll(/<form method="post" action="([^"]+)"><button type="submit">(.*?)<\/button><\/form>/g)].map((m) => ({ action: m[1]!.replaceAll('&amp;', '&'), label: m[2]! })),
  };
}

const open = (s: TestServer, path: string, method = 'GET') => fetch(`${s.base}${path}`, { method }).then(read);

async function unsubscribed(owner: Owner): Promise<boolean> {
  const read = await owner.s.call('/api/v1/message-preferences', { token: owner.token });
  assert.equal(read.status, 200, JSON.stringify(read.body));
  return read.body.unsubscribed as boolean;
}

/** What each reading's pages say: asked, stopped, back on, and the two buttons. */
const READINGS = {
  'en-GB/standard': {
    title: 'Stop messages',
    asked: 'Stop messages to this address?',
    stopped: [
      'You will not get any more messages',
      'We have stopped every message to this address, including any waiting to go. They stay off if you tell us something again, until you turn them on: with the button below, or from your own page on the council’s website.',
    ],
    on: [
      'Your messages are back on',
      'We will tell you again when something changes about what you told us or offered to do. Messages that were waiting when you stopped them will not be sent. You can stop them again at any time.',
    ],
    stop: 'Stop all messages',
    turnOn: 'Turn messages back on',
  },
  'cy/standard': {
    title: 'Atal negeseuon',
    asked: 'Atal negeseuon i’r cyfeiriad hwn?',
    stopped: [
      'Ni fyddwch yn cael rhagor o negeseuon',
      'Rydym wedi atal pob neges i’r cyfeiriad hwn, gan gynnwys unrhyw rai oedd yn aros i fynd. Maen nhw’n aros i ffwrdd os byddwch yn dweud rhywbeth wrthym eto, nes i chi eu troi ymlaen: gyda’r botwm isod, neu o’ch tudalen eich hun ar wefan y cyngor.',
    ],
    on: [
      'Mae eich negeseuon ymlaen eto',
      'Byddwn yn dweud wrthych eto pan fydd rhywbeth yn newid am yr hyn a ddywedoch wrthym neu’r hyn y gwnaethoch gynnig ei wneud. Ni fydd negeseuon oedd yn aros pan wnaethoch eu hatal yn cael eu hanfon. Gallwch eu hatal eto unrhyw bryd.',
    ],
    stop: 'Atal pob neges',
    turnOn: 'Troi negeseuon yn ôl ymlaen',
  },
  'en-GB/easy-read': {
    title: 'Stop messages',
    asked: 'Stop our messages?',
    stopped: [
      'We have stopped our messages',
      'We will not send you any more messages.',
      'They stay off if you tell us something again.',
      'To turn them on, press the button below.',
      'Or go to your page on the council’s website.',
    ],
    on: ['Your messages are back on', 'We will send you messages again.', 'Messages that were waiting when you stopped them will not come.', 'You can stop them again at any time.'],
    stop: 'Stop all messages',
    turnOn: 'Turn messages back on',
  },
  'cy/easy-read': {
    title: 'Atal negeseuon',
    asked: 'Atal ein negeseuon?',
    stopped: [
      'Rydyn ni wedi atal ein negeseuon',
      'Fyddwn ni ddim yn anfon rhagor o negeseuon atoch chi.',
      'Maen nhw’n aros wedi’u diffodd os byddwch chi’n dweud rhywbeth wrthon ni eto.',
      'I’w troi nhw ymlaen, pwyswch y botwm isod.',
      'Neu ewch i’ch tudalen ar wefan y cyngor.',
    ],
    on: ['Mae eich negeseuon ymlaen eto', 'Byddwn ni’n anfon negeseuon atoch chi eto.', 'Fydd negeseuon oedd yn aros pan wnaethoch chi eu hatal ddim yn dod.', 'Gallwch chi eu hatal nhw eto unrhyw bryd.'],
    stop: 'Atal pob neges',
    turnOn: 'Troi negeseuon yn ôl ymlaen',
  },
} as const;

describe('the page of a message’s stop link', () => {
  for (const [reading, words] of Object.entries(READINGS)) {
    const [language, readingLevel] = reading.split('/') as ['en-GB' | 'cy', 'standard' | 'easy-read'];
    it(`${reading}: asks, stops, says they stay off until turned on, and "${words.turnOn}" (the same signed proof) turns them on again, twice the same`, () =>
      withOwner(`stop.${language}.${readingLevel}@example.org`, 'each_time', async (owner) => {
        const { s } = owner;
        const chosen = await s.call('/api/v1/message-preferences', { method: 'PATCH', token: owner.token, body: { language, readingLevel } });
        assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
        const proof = `token=${encodeURIComponent(stopTokenOf(s, owner.address))}`;

        const asked = await open(s, `/unsubscribe?${proof}`);
        assert.deepEqual([asked.status, asked.lang, asked.title, asked.said[0]], [200, language, words.title, words.asked]);
        assert.deepEqual(asked.buttons, [{ action: `/unsubscribe?${proof}`, label: words.stop }]);

        const stopped = await open(s, `/unsubscribe?${proof}`, 'POST');
        assert.equal(stopped.status, 200);
        assert.equal(stopped.lang, language);
        assert.deepEqual(stopped.said, words.stopped, 'stopped: they stay off until turned on (review S0), in this reading');
        assert.deepEqual(stopped.buttons, [{ action: `/resubscribe?${proof}`, label: words.turnOn }], 'one button, carrying the same proof');
        assert.equal(await unsubscribed(owner), true);
        // Opened again from the message: it says they are stopped, with the same button.
        assert.deepEqual(await open(s, `/unsubscribe?${proof}`), stopped);

        const [before] = await s.db.query<{ updated_at: Date }>('SELECT updated_at FROM preferences WHERE person_key = $1', [personKeyOf(s, owner.address)]);
        const on = await open(s, `/resubscribe?${proof}`, 'POST');
        assert.deepEqual([on.status, on.lang, on.title], [200, language, words.title]);
        assert.deepEqual(on.said, words.on, 'back on, in this reading');
        assert.deepEqual(on.buttons, [{ action: `/unsubscribe?${proof}`, label: words.stop }], 'and they can stop them again');
        assert.equal(await unsubscribed(owner), false, 'turned on');
        const [after] = await s.db.query<{ updated_at: Date }>('SELECT updated_at FROM preferences WHERE person_key = $1', [personKeyOf(s, owner.address)]);
        assert.notEqual(after!.updated_at.getTime(), before!.updated_at.getTime());

        // Pressed again (a second tab, the browser's "send again"): the same page, nothing changes.
        assert.deepEqual(await open(s, `/resubscribe?${proof}`, 'POST'), on);
        const [again] = await s.db.query<{ updated_at: Date }>('SELECT updated_at FROM preferences WHERE person_key = $1', [personKeyOf(s, owner.address)]);
        assert.equal(again!.updated_at.getTime(), after!.updated_at.getTime(), 'idempotent: not even its time moves');
        assert.equal(await unsubscribed(owner), false);
        assert.deepEqual((await open(s, `/unsubscribe?${proof}`)).said[0], words.asked, 'the link asks again');
      }));
  }

  it('turned back on, what a stranger’s form followed while they were off is told to them from then on; what the stop cancelled stays cancelled', () =>
    withOwner('back.on.link@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      const personKey = personKeyOf(s, owner.address);
      // A message waiting to go when they stop (their own interest, answered by staff).
      const before = await s.call('/api/v1/opportunities/opp-carers/interests', {
        method: 'POST',
        body: { name: 'Owner', contact: { method: 'email', detail: owner.address }, consent: true, messages: { frequency: 'each_time' } },
        headers: { 'idempotency-key': key() },
      });
      assert.equal(before.status, 201, JSON.stringify(before.body));
      assert.equal((await s.call(`/api/v1/opportunities/opp-carers/interests/${before.body.id}`, { method: 'PATCH', token: staff, body: { status: 'contacted' } })).status, 200);
      const waiting = (await s.db.query<{ id: string }>(`SELECT id FROM messages WHERE person_key = $1 AND status IN ('queued', 'digest')`, [personKey])).map((r) => r.id);
      assert.ok(waiting.length >= 1, 'a message waits to go');
      await owner.stopByLink(owner.address);
      const sent = await s.call('/api/v1/opportunities/opp-carers/interests', {
        method: 'POST',
        body: { name: 'Stranger', contact: { method: 'email', detail: owner.address }, consent: true, messages: { frequency: 'each_time' } },
        headers: { 'idempotency-key': key() },
      });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(await unsubscribed(owner), true, 'the form did not turn them on');
      assert.equal((await open(s, `/resubscribe?token=${encodeURIComponent(stopTokenOf(s, owner.address))}`, 'POST')).status, 200);
      const still = await s.db.query<{ status: string }>(`SELECT status FROM messages WHERE id = ANY($1)`, [waiting]);
      assert.deepEqual([...new Set(still.map((r) => r.status))], ['cancelled'], 'what waited when they stopped is not sent once back on (as the page says)');
      const answered = await s.call(`/api/v1/opportunities/opp-carers/interests/${sent.body.id}`, { method: 'PATCH', token: staff, body: { status: 'contacted' } });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      const [queued] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE person_key = $1 AND status <> 'cancelled'`, [personKey]);
      assert.ok(queued!.n >= 1, 'the interest’s news is on its way');
    }));

  it('without the stop link’s own signed proof nothing is turned on: a changed token, or one signed for another use, is "this link does not work"', () =>
    withOwner('no.proof@example.org', 'each_time', async (owner) => {
      const { s } = owner;
      await owner.stopByLink(owner.address);
      const good = stopTokenOf(s, owner.address);
      for (const token of [`${good}x`, signToken(SECRET, 'preferences', personKeyOf(s, owner.address))]) {
        const page = await open(s, `/resubscribe?token=${encodeURIComponent(token)}`, 'POST');
        assert.equal(page.status, 400);
        assert.equal(page.said[0], 'This link does not work');
      }
      assert.equal((await open(s, '/resubscribe', 'POST')).status, 400, 'no token');
      assert.equal(await unsubscribed(owner), true, 'still off');
    }));
});
