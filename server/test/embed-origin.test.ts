import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startServer, type TestServer } from './harness.js';
import { readSettings, SettingsError } from '../src/settings.js';

/**
 * The server-rendered embeds (issue 19) carry the API's and their styles' addresses. With
 * PUBLIC_BASE_URL unset they are the origin the page was asked at, so a page opened at
 * 127.0.0.1, or by another name, calls its own origin (which its CSP, `connect-src 'self'`,
 * allows) instead of the default http://localhost:PORT (which it blocks). With it set, they are
 * always it, whatever the request says. In production it must be set: the server refuses to start
 * without it, so a forged Host (or X-Forwarded-Host) never reaches an answer a cache keeps for everyone.
 */
const widgets = fileURLToPath(new URL('../../dist/', import.meta.url));
const demo = fileURLToPath(new URL('../../demo/', import.meta.url));
const built = existsSync(`${widgets}coprod-widgets.js`);

/** A GET with any Host and headers (fetch may not set Host). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(`${base}${path}`, { headers }, (response) => {
      let body = '';
      response
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    call.on('error', reject).end();
  });
}

const addresses = (html: string) => ({
  apiBase: [...html.matchAll(/api-base="([^"]*)"/g)].map((m) => m[1]),
  styles: [...html.matchAll(/<link rel="stylesheet" href="([^"]*\/embed\/styles\/[^"]*)"/g)].map((m) => m[1]),
});

describe('server-rendered embeds: the addresses in the HTML', { skip: built ? false : 'dist/ is not built (node scripts/build.mjs)' }, () => {
  describe('without PUBLIC_BASE_URL', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ staticDirs: { widgets, demo } });
    });
    after(() => server.close());

    it('are the origin the page was opened at: 127.0.0.1, or another name', async () => {
      const byIp = await get(server.base, '/embed/opportunity-list?limit=1');
      assert.equal(byIp.status, 200);
      assert.deepEqual(addresses(byIp.body), { apiBase: [`${server.base}/api/v1`], styles: [`${server.base}/embed/styles/coprod-opportunity-list.css`] });
      assert.doesNotMatch(byIp.body, /localhost/);
      assert.match(String(byIp.headers.vary), /\bHost\b/, 'a cache in front keeps one answer per name');
      assert.match(String(byIp.headers.vary), /\bOrigin\b/, "CORS's Vary is kept");

      const byName = await get(server.base, '/embed/feedback-loop?page-size=1', { host: 'involve.anytown.test:8080' });
      assert.equal(byName.status, 200);
      assert.deepEqual(addresses(byName.body), { apiBase: ['http://involve.anytown.test:8080/api/v1'], styles: ['http://involve.anytown.test:8080/embed/styles/coprod-feedback-loop.css'] });
      assert.doesNotMatch(byName.body, /127\.0\.0\.1|localhost/);
    });

    it('the council page opened by another name calls that name, which its own CSP allows', async () => {
      const page = await get(server.base, '/council-ssr.html', { host: 'council.test' });
      assert.equal(page.status, 200);
      const found = addresses(page.body);
      assert.deepEqual(found.apiBase, ['http://council.test/api/v1', 'http://council.test/api/v1'], 'the list and the board');
      assert.deepEqual(found.styles, ['http://council.test/embed/styles/coprod-opportunity-list.css', 'http://council.test/embed/styles/coprod-feedback-loop.css']);
      assert.match(String(page.headers['content-security-policy']), /connect-src 'self'/);
    });

    it('takes no X-Forwarded-Host or -Proto unless TRUST_PROXY says a proxy sets them', async () => {
      const forged = await get(server.base, '/embed/opportunity-list?limit=1', { 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'https' });
      assert.doesNotMatch(forged.body, /attacker\.example|https:/);
      assert.deepEqual(addresses(forged.body).apiBase, [`${server.base}/api/v1`]);
    });

    it('refuses a Host that is not a host name, so nothing else reaches the page', async () => {
      const bad = await get(server.base, '/embed/opportunity-list?limit=1', { host: 'council.test"><script>' });
      assert.equal(bad.status, 400);
      assert.doesNotMatch(bad.body, /<script>/);
    });
  });

  describe('behind a proxy (TRUST_PROXY) without PUBLIC_BASE_URL', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ staticDirs: { widgets, demo: false }, trustProxy: true });
    });
    after(() => server.close());

    it('are the origin the proxy was asked at', async () => {
      const proxied = await get(server.base, '/embed/opportunity-list?limit=1', { 'x-forwarded-host': 'involve.anytown.test', 'x-forwarded-proto': 'https' });
      assert.deepEqual(addresses(proxied.body).apiBase, ['https://involve.anytown.test/api/v1']);
    });
  });

  describe('in production', () => {
    /** Production settings that are safe apart from what each test changes. */
    const production = (env: Record<string, string | undefined>) =>
      readSettings({
        NODE_ENV: 'production',
        DATA_DIR: '/nonexistent/coprod-embed-origin',
        JWT_SECRET: 'embed-origin-test-jwt-secret-0123456789abcdef',
        CONTACT_KEY: 'embed-origin-test-contact-key-0123456789abcdef',
        CONTACT_ENCRYPTION_KEY: Buffer.from('embed-origin-test-encryption-k!!').toString('base64'),
        CORS_ORIGINS: 'https://www.anytown.gov.uk',
        TRUST_PROXY: 'true',
        ...env,
      });

    it('refuses to start without PUBLIC_BASE_URL, and names it', () => {
      let error: unknown;
      try {
        production({});
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof SettingsError, 'production settings without PUBLIC_BASE_URL were accepted');
      assert.deepEqual(error.problems.filter((p) => /PUBLIC_BASE_URL/.test(p)).length, 1, error.problems.join('\n'));
    });

    describe('with PUBLIC_BASE_URL set (and TRUST_PROXY)', () => {
      let server: TestServer;
      before(async () => {
        const settings = production({ PUBLIC_BASE_URL: 'https://involve.anytown.gov.uk' });
        // As main.ts hands them to the app.
        server = await startServer({ staticDirs: { widgets, demo }, embedBaseUrl: settings.embedBaseUrl, trustProxy: settings.trustProxy });
      });
      after(() => server.close());

      it('a forged Host or X-Forwarded-Host never appears in the HTML', async () => {
        for (const path of ['/embed/opportunity-list?limit=1', '/embed/feedback-loop?page-size=1', '/council-ssr.html']) {
          for (const headers of [{ host: 'attacker.example' }, { 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'http' }, { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' }] as Record<string, string>[]) {
            const answer = await get(server.base, path, headers);
            assert.equal(answer.status, 200, path);
            assert.doesNotMatch(answer.body, /attacker\.example/, `${path} ${JSON.stringify(headers)}`);
            assert.ok(addresses(answer.body).apiBase.length > 0, path);
            assert.ok(addresses(answer.body).apiBase.every((a) => a === 'https://involve.anytown.gov.uk/api/v1'), path);
          }
        }
      });
    });
  });

  describe('with PUBLIC_BASE_URL', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ staticDirs: { widgets, demo: false }, embedBaseUrl: 'https://involve.anytown.gov.uk/' });
    });
    after(() => server.close());

    it('are always it, whatever Host the request claims', async () => {
      for (const host of [undefined, 'attacker.example']) {
        const answer = await get(server.base, '/embed/opportunity-list?limit=1', host ? { host, 'x-forwarded-host': host } : {});
        assert.deepEqual(addresses(answer.body), { apiBase: ['https://involve.anytown.gov.uk/api/v1'], styles: ['https://involve.anytown.gov.uk/embed/styles/coprod-opportunity-list.css'] });
        assert.doesNotMatch(answer.body, /attacker\.example/);
        assert.doesNotMatch(String(answer.headers.vary), /Host/);
      }
    });
  });
});
