/**
 * The page an invitation's answer link opens when the link does not work (cut short, withdrawn,
 * or another council's). It names no one, so no one's language is known: a Welsh council's page
 * says it in Welsh and English, in the order the council set (PAGE_LANGUAGES), as the unsubscribe
 * page does; any other says it in English, or in Welsh to a browser that asks for Welsh first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkPageServer, pageAt } from './link-page-support.js';

const BROKEN = '/invitation?token=not-a-real-token&answer=interested';

const WELSH = [
  'cy: Nid yw’r ddolen wahoddiad hon yn gweithio',
  'cy: Efallai ei bod wedi’i thynnu’n ôl. Ni newidiwyd dim. Cysylltwch â’r cyngor os hoffech gymryd rhan.',
];
const ENGLISH = [
  'en-GB: This invitation link does not work',
  'en-GB: It may have been withdrawn. Nothing was changed. Contact the council if you would like to take part.',
];

describe('the page of an invitation link that does not work', () => {
  describe('a Welsh council (PAGE_LANGUAGES=cy,en)', () => {
    const s = linkPageServer('answer-page-secret', ['cy', 'en-GB']);

    it('says it in Welsh, then in English, each marked with its language, whether opened or answered', async () => {
      for (const method of ['GET', 'POST']) {
        assert.deepEqual(await pageAt(s, BROKEN, { method }), { status: 404, lang: 'cy', title: 'Eich gwahoddiad / Your invitation', said: [...WELSH, ...ENGLISH] }, method);
      }
    });
  });

  describe('a council that puts English first (PAGE_LANGUAGES=en,cy)', () => {
    const s = linkPageServer('answer-page-secret', ['en-GB', 'cy']);

    it('says it in English, then in Welsh', async () => {
      const page = await pageAt(s, BROKEN, { headers: { 'accept-language': 'cy' } });
      assert.deepEqual(page, { status: 404, lang: 'en-GB', title: 'Your invitation / Eich gwahoddiad', said: [...ENGLISH, ...WELSH] });
    });
  });

  describe('a council that set no page languages', () => {
    const s = linkPageServer('answer-page-secret');

    it('says it in English, or in Welsh to a browser that asks for Welsh first', async () => {
      assert.deepEqual(await pageAt(s, BROKEN), { status: 404, lang: 'en-GB', title: 'Your invitation', said: ENGLISH });
      const welsh = await pageAt(s, BROKEN, { method: 'POST', headers: { 'accept-language': 'cy, en-GB;q=0.8' } });
      assert.deepEqual(welsh, { status: 404, lang: 'cy', title: 'Eich gwahoddiad', said: WELSH });
    });
  });
});

describe('the page of an invitation link that works, for a Welsh reader', () => {
  /** The page answerPage sends, caught from a stand-in for fastify's reply (it only chains code, header, type and send). */
  const sent = async (view: Parameters<typeof import('../src/people/answer-page.js').answerPage>[2]): Promise<string> => {
    const { answerPage } = await import('../src/people/answer-page.js');
    let page = '';
    const reply = { code: () => reply, header: () => reply, type: () => reply, send: (body: string) => ((page = body), reply) };
    answerPage(reply as never, 200, view);
    return page;
  };

  it('shows the council’s Welsh title where it wrote one, and its English title marked lang="en-GB" where it did not', async () => {
    const english = { en: 'Carers week <planning>' };
    assert.match(await sent({ kind: 'ask', answer: 'interested', title: english, cy: true, action: '/x' }), /<h1>Dweud bod gennych ddiddordeb yn “<span lang="en-GB">Carers week &#60;planning&#62;<\/span>”\?<\/h1>/);
    assert.match(await sent({ kind: 'done', answer: 'interested', title: { en: 'Carers week', cy: '' }, cy: true }), /<p><span lang="en-GB">Carers week<\/span><\/p>/);
    assert.match(await sent({ kind: 'closed', title: { en: 'Carers week', cy: 'Wythnos Gofalwyr' }, cy: true }), /<p>Wythnos Gofalwyr<\/p>/);
    // An English reader: the English title, with nothing to mark.
    assert.match(await sent({ kind: 'ask', answer: 'not_this_time', title: { en: 'Carers week', cy: 'Wythnos Gofalwyr' }, cy: false, action: '/x' }), /<h1>Say “not this time” to “Carers week”\?<\/h1>/);
  });
});
