/**
 * The page an unsubscribe link opens when the link does not work (changed, cut short, or from
 * another council's server). It names no one, so no one's language is known: a Welsh council's
 * page says it in Welsh and English, in the order the council set (PAGE_LANGUAGES); any other
 * says it in English, or in Welsh to a browser that asks for Welsh first.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkPageServer, pageAt } from './link-page-support.js';

const BROKEN = '/unsubscribe?token=not-a-real-token';

const WELSH = ['cy: Nid yw’r ddolen hon yn gweithio', 'cy: Ni newidiwyd dim. Defnyddiwch y ddolen yn eich neges ddiweddaraf, neu cysylltwch â’r cyngor.'];
const ENGLISH = ['en-GB: This link does not work', 'en-GB: Nothing was changed. Use the link in your latest message, or contact the council.'];

describe('the page of an unsubscribe link that does not work', () => {
  describe('a Welsh council (PAGE_LANGUAGES=cy,en)', () => {
    const s = linkPageServer('unsubscribe-page-secret', ['cy', 'en-GB']);

    it('says it in Welsh, then in English, each marked with its language, whether opened or one-click posted', async () => {
      for (const method of ['GET', 'POST']) {
        assert.deepEqual(await pageAt(s, BROKEN, { method }), { status: 400, lang: 'cy', title: 'Atal negeseuon / Stop messages', said: [...WELSH, ...ENGLISH] }, method);
      }
    });
  });

  describe('a council that set no page languages', () => {
    const s = linkPageServer('unsubscribe-page-secret');

    it('says it in English, or in Welsh to a browser that asks for Welsh first', async () => {
      assert.deepEqual(await pageAt(s, BROKEN), { status: 400, lang: 'en-GB', title: 'Stop messages', said: ENGLISH });
      const welsh = await pageAt(s, BROKEN, { method: 'POST', headers: { 'accept-language': 'cy, en-GB;q=0.8' } });
      assert.deepEqual(welsh, { status: 400, lang: 'cy', title: 'Atal negeseuon', said: WELSH });
    });
  });
});
