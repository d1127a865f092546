/**
 * The page an unsubscribe link opens when the link does not work (changed, cut short, or from
 * another council's server). It names no one, so no one's language is known: a Welsh council's
 * page says it in Welsh and English, in the order the council set (PAGE_LANGUAGES); any other
 * says it in English, or in Welsh to a browser that asks for Welsh first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Links } from '../src/messages/links.js';
import { startServer, type TestServer } from './harness.js';

const links: Links = { publicBaseUrl: 'http://localhost', itemUrl: '{base}/me.html#{type}/{id}', secret: 'unsubscribe-page-secret' };
const BROKEN = '/unsubscribe?token=not-a-real-token';

/** The page's language, and its headings and paragraphs in order, each with the language it is in. */
async function read(response: Response): Promise<{ status: number; lang: string | undefined; title: string | undefined; said: string[] }> {
  const html = await response.text();
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const said = [...html.matchAll(/<section lang="([^"]+)">(.*?)<\/section>|<(h[12]|p)>(.*?)<\/\3>/g)].flatMap((m) =>
    m[1] ? [...m[2]!.matchAll(/<(h[12]|p)>(.*?)<\/\1>/g)].map((inner) => `${m[1]}: ${inner[2]}`) : [`${lang}: ${m[4]}`],
  );
  return { status: response.status, lang, title: /<title>(.*?)<\/title>/.exec(html)?.[1], said };
}

describe('the page of an unsubscribe link that does not work', () => {
  describe('a Welsh council (PAGE_LANGUAGES=cy,en)', () => {
    let s: TestServer;
    before(async () => {
      s = await startServer({ messaging: { links, council: { phone: null, organisation: null, pageLanguages: ['cy', 'en-GB'] } } });
    });
    after(() => s.close());

    it('says it in Welsh, then in English, each marked with its language, whether opened or one-click posted', async () => {
      for (const method of ['GET', 'POST']) {
        const page = await read(await fetch(`${s.base}${BROKEN}`, { method }));
        assert.equal(page.status, 400, method);
        assert.equal(page.lang, 'cy', `${method}: the page is Welsh first`);
        assert.equal(page.title, 'Atal negeseuon / Stop messages');
        assert.deepEqual(page.said, [
          'cy: Nid yw’r ddolen hon yn gweithio',
          'cy: Ni newidiwyd dim. Defnyddiwch y ddolen yn eich neges ddiweddaraf, neu cysylltwch â’r cyngor.',
          'en-GB: This link does not work',
          'en-GB: Nothing was changed. Use the link in your latest message, or contact the council.',
        ]);
      }
    });
  });

  describe('a council that set no page languages', () => {
    let s: TestServer;
    before(async () => {
      s = await startServer({ messaging: { links } });
    });
    after(() => s.close());

    it('says it in English, or in Welsh to a browser that asks for Welsh first', async () => {
      const english = await read(await fetch(`${s.base}${BROKEN}`));
      assert.equal(english.lang, 'en-GB');
      assert.deepEqual(english.said, ['en-GB: This link does not work', 'en-GB: Nothing was changed. Use the link in your latest message, or contact the council.']);
      const welsh = await read(await fetch(`${s.base}${BROKEN}`, { method: 'POST', headers: { 'accept-language': 'cy, en-GB;q=0.8' } }));
      assert.equal(welsh.status, 400);
      assert.equal(welsh.lang, 'cy');
      assert.equal(welsh.title, 'Atal negeseuon');
      assert.deepEqual(welsh.said, ['cy: Nid yw’r ddolen hon yn gweithio', 'cy: Ni newidiwyd dim. Defnyddiwch y ddolen yn eich neges ddiweddaraf, neu cysylltwch â’r cyngor.']);
    });
  });
});
