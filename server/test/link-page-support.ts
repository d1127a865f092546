/**
 * For the pages a message link opens when the link does not work (an invitation's answer, an
 * unsubscribe): they name no one, so what matters is the council's page languages and the
 * browser's. Shared by answer-page.test.ts and unsubscribe-page.test.ts.
 */
import type { Links } from '../src/messages/links.js';
import { suiteServer, type TestServer } from './harness.js';

/**
 * A server for one describe block whose messages' links are signed with `secret`, for a council
 * that set these page languages (PAGE_LANGUAGES, in its order), or none.
 */
export function linkPageServer(secret: string, pageLanguages?: ('cy' | 'en-GB')[]): TestServer {
  const links: Links = { publicBaseUrl: 'http://localhost', itemUrl: '{base}/me.html#{type}/{id}', secret };
  return suiteServer({ messaging: { links, ...(pageLanguages ? { council: { phone: null, organisation: null, pageLanguages } } : {}) } });
}

/** The page at `path`: its status, its language, its title, and its headings and paragraphs in order, each with the language it is in. */
export async function pageAt(s: TestServer, path: string, init: RequestInit = {}): Promise<{ status: number; lang: string | undefined; title: string | undefined; said: string[] }> {
  const response = await fetch(`${s.base}${path}`, init);
  const html = await response.text();
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const said = [...html.matchAll(/<section lang="([^"]+)">(.*?)<\/section>|<(h[12]|p)>(.*?)<\/\3>/g)].flatMap((m) =>
    m[1] ? [...m[2]!.matchAll(/<(h[12]|p)>(.*?)<\/\1>/g)].map((inner) => `${m[1]}: ${inner[2]}`) : [`${lang}: ${m[4]}`],
  );
  return { status: response.status, lang, title: /<title>(.*?)<\/title>/.exec(html)?.[1], said };
}
