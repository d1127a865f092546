/**
 * Staff sign-in with the council's OpenID provider (issue 20): the server accepts an access
 * token only from the configured issuer, for its audience, signed by a key the issuer
 * publishes, and not expired; roles come from the provider's groups through the configured
 * map. A stand-in provider (discovery document + JWKS on a local port) signs the tokens.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { mapRoles, parseRoleMap } from '../src/auth.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings } from '../src/settings.js';
import { staffSignInFromEnv } from '../src/staff-sign-in-settings.js';
import { startServer, token, type TestServer } from './harness.js';

const AUDIENCE = 'coprod-api';

async function fakeProvider(): Promise<{ issuer: string; privateKey: CryptoKey; close(): Promise<void> }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const server: Server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/.well-known/openid-configuration') response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    else if (request.url === '/jwks') response.end(JSON.stringify({ keys: [jwk] }));
    else response.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { issuer, privateKey, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('staff sign-in through an OpenID provider', () => {
  let provider: Awaited<ReturnType<typeof fakeProvider>>;
  let server: TestServer;
  let otherKey: CryptoKey;

  const accessToken = (options: { groups?: string[]; issuer?: string; audience?: string; expiresAt?: number | string; key?: CryptoKey; sub?: string } = {}) =>
    new SignJWT({ groups: options.groups ?? ['coprod-leads'], name: 'Robin Lead' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(options.issuer ?? provider.issuer)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject(options.sub ?? 'robin')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(options.expiresAt ?? '5m')
      .sign(options.key ?? provider.privateKey);

  before(async () => {
    provider = await fakeProvider();
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const { oidc } = staffSignInFromEnv(
      { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'coprod-leads=staff,attendance,finance,people,auditor,feedback; coprod-attendance=staff,attendance' },
    );
    // No development secret: an HS256 token must not get in.
    server = await startServer({ auth: { oidc: oidc! } });
  });
  after(async () => {
    await server?.close();
    await provider?.close();
  });

  const drafts = (bearer: string) => server.call('/api/v1/opportunities?status=draft&limit=1', { token: bearer });

  test("a token from the provider, for this API, is accepted and its groups give the mapped roles", async () => {
    assert.equal((await drafts(await accessToken())).status, 200);
    assert.equal((await server.call('/api/v1/claims', { token: await accessToken() })).status, 200, 'coprod-leads gives finance');
  });

  test('a group without finance is refused the claims queue (403), and a person in no mapped group is not staff', async () => {
    const register = await accessToken({ groups: ['coprod-attendance'], sub: 'sam' });
    assert.equal((await drafts(register)).status, 200, 'attendance workers are staff');
    const refused = await server.call('/api/v1/claims', { token: register });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    assert.equal((await drafts(await accessToken({ groups: ['everyone'] }))).status, 403);
  });

  for (const [what, make] of [
    ['another issuer', () => accessToken({ issuer: 'https://login.other-council.example' })],
    ['an expired token', () => accessToken({ expiresAt: Math.floor(Date.now() / 1000) - 120 })],
    ['a wrong audience', () => accessToken({ audience: 'some-other-api' })],
    ['a key the issuer does not publish', () => accessToken({ key: otherKey })],
    ['a development (HS256) token when no development secret is set', () => token({ sub: 'dev-staff', roles: ['staff'] }, 'x'.repeat(40))],
  ] as const) {
    test(`${what} is refused with a 401 problem`, async () => {
      const response = await drafts(await make());
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/problem+json');
      assert.equal(response.body.status, 401);
      assert.match(response.body.detail, /Sign in again/);
    });
  }
});

describe('role mapping settings', () => {
  test('groups map to staff roles through OIDC_ROLE_MAP; without a map, only names of roles count', () => {
    const map = parseRoleMap('leads=staff,finance;workers=staff,attendance');
    assert.deepEqual(mapRoles(['workers', 'leads', 'unknown'], map), ['staff', 'attendance', 'finance']);
    assert.deepEqual(mapRoles('staff auditor admin', undefined), ['staff', 'auditor']);
    assert.deepEqual(mapRoles(undefined, map), []);
  });

  test('a typo in the map or an issuer without an audience stop the start, naming the setting; with a provider there is no development token unless asked for', () => {
    assert.throws(() => staffSignInFromEnv({ OIDC_ISSUER: 'https://x.example', OIDC_AUDIENCE: 'a', OIDC_ROLE_MAP: 'leads=staf' }), /OIDC_ROLE_MAP: "staf" is not a staff role/);
    assert.throws(() => staffSignInFromEnv({ OIDC_ISSUER: 'https://x.example' }), /OIDC_AUDIENCE/);
    const dataDir = mkdtempSync(join(tmpdir(), 'coprod-oidc-settings-'));
    try {
      assert.equal(readSettings({ DATA_DIR: dataDir, OIDC_ISSUER: 'https://x.example', OIDC_AUDIENCE: 'a' }).devToken, false);
      assert.equal(readSettings({ DATA_DIR: dataDir }).devToken, true, 'without a provider, development keeps its token');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
