/**
 * The page an invitation's answer link opens when the link does not work (cut short, withdrawn,
 * or another council's). It names no one, so no one's language is known: a Welsh council's page
 * says it in Welsh and English, in the order the council set (PAGE_LANGUAGES), as the unsubscribe
 * page does; any other says it in English, or in Welsh to a browser that asks for Welsh first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Links } from '../src/messages/links.js';
import { startServer, type TestServer } from './harness.js';

const links: Links = { publicBaseUrl: 'http://localhost', itemUrl: '{base}/me.html#{type}/{id}', secret: 'answer-page-secret' };
const BROKEN = '/invitation?token=not-a-real-token&answer=interested';

/** The page's language, its title, and its headings and paragraphs in order, each with the language it is in. */
async function read(response: Response): Promise<{ status: number; lang: string | undefined; title: string | undefined; said: string[] }> {
  const html = await response.text();
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const said = [...html.matchAll(/<section lang="([^"]+)">(.*?)<\/section>|<(h[12]|p)>(.*?)<\/\3>/g)].flatMap((m) =>
    m[1] ? [...m[2]!.matchAll(/<(h[12]|p)>(.*?)<\/\1>/g)].map((inner) => `${m[1]}: ${inner[2]}`) : [`${lang}: ${m[4]}`],
  );
  return { status: response.status, lang, title: /<title>(.*?)<\/title>/.exec(html)?.[1], said };
}

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
    let s: TestServer;
    before(async () => {
      s = await startServer({ messaging: { links, council: { phone: null, organisation: null, pageLanguages: ['cy', 'en-GB'] } } });
    });
    after(() => s.close());

    it('says it in Welsh, then in English, each marked with its language, whether opened or answered', async () => {
      for (const method of ['GET', 'POST']) {
        const page = await read(await fetch(`${s.base}${BROKEN}`, { method }));
        assert.equal(page.status, 404, method);
        assert.equal(page.lang, 'cy', `${method}: the page is Welsh first`);
        assert.equal(page.title, 'Eich gwahoddiad / Your invitation');
        assert.deepEqual(page.said, [...WELSH, ...ENGLISH], method);
      }
    });
  });

  describe('a council that puts English first (PAGE_LANGUAGES=en,cy)', () => {
    let s: TestServer;
    before(async () => {
      s = await startServer({ messaging: { links, council: { phone: null, organisation: null, pageLanguages: ['en-GB', 'cy'] } } });
    });
    after(() => s.close());

    it('says it in English, then in Welsh', async () => {
      const page = await read(await fetch(`${s.base}${BROKEN}`, { headers: { 'accept-language': 'cy' } }));
      assert.equal(page.lang, 'en-GB');
      assert.equal(page.title, 'Your invitation / Eich gwahoddiad');
      assert.deepEqual(page.said, [...ENGLISH, ...WELSH]);
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
      assert.equal(english.status, 404);
      assert.equal(english.lang, 'en-GB');
      assert.equal(english.title, 'Your invitation');
      assert.deepEqual(english.said, ENGLISH);
      const welsh = await read(await fetch(`${s.base}${BROKEN}`, { method: 'POST', headers: { 'accept-language': 'cy, en-GB;q=0.8' } }));
      assert.equal(welsh.status, 404);
      assert.equal(welsh.lang, 'cy');
      assert.equal(welsh.title, 'Eich gwahoddiad');
      assert.deepEqual(welsh.said, WELSH);
    });
  });
});
