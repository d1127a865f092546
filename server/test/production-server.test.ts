/**
 * The compiled server (`npm run build` -> server/dist/coprod-server.js) as a council runs it:
 * production settings, no tsx or TypeScript in the process, unsafe settings refused by name,
 * JSON logs with request ids and no personal data, metrics that move, a clean drain on SIGTERM.
 *
 * With DATABASE_URL (the server-postgres step) it runs on a fresh PostgreSQL database, as a council
 * would; without, on PGlite in a temporary folder (much slower: PGlite's migrations and seed).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createSeed } from '@coprod/seed';
import { token } from './harness.js';

const SERVER = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(SERVER, 'dist/coprod-server.js');
const START_TIMEOUT_MS = 240_000;
const DATABASE_URL = process.env.DATABASE_URL;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const secrets = {
  JWT_SECRET: 'production-test-jwt-secret-0123456789abcdef',
  CONTACT_KEY: 'production-test-contact-key-0123456789abcdef',
  CONTACT_ENCRYPTION_KEY: Buffer.from('production-test-encryption-key!!').toString('base64'),
  MESSAGES_SECRET: 'production-test-messages-secret-0123456789',
  METRICS_TOKEN: 'production-test-metrics-token-0123456789ab',
};
const production = (dataDir: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  CORS_ORIGINS: 'https://www.anytown.gov.uk',
  PUBLIC_BASE_URL: 'https://involve.anytown.gov.uk',
  ...secrets,
});

/** Every name, email address and phone number in the seed, and the people this test adds. */
function personalData(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (['name', 'detail', 'email', 'phone', 'address'].includes(key) && value.length > 3) found.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const seed = createSeed() as unknown as Record<string, unknown>;
  for (const part of ['interests', 'feedback', 'profiles']) walk(seed[part]);
  return [...found];
}

describe('the compiled server', () => {
  const dirs: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'coprod-prod-'));
    dirs.push(dir);
    return dir;
  };
  before(() => {
    const built = spawnSync(process.execPath, [join(SERVER, '../scripts/build-server.mjs')], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(built.status, 0, built.stderr);
  });
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses to start in production with an unsafe setting, and names it', async () => {
    // The five starts run side by side: each only reads its settings and exits.
    const refused = async (change: NodeJS.ProcessEnv) => {
      const env = { ...production(temp()), ...change };
      for (const [name, value] of Object.entries(change)) if (value === undefined) delete env[name];
      const child = spawn(process.execPath, [BIN], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      let out = '';
      let err = '';
      child.stdout!.on('data', (chunk) => (out += chunk));
      child.stderr!.on('data', (chunk) => (err += chunk));
      const status = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      assert.equal(status, 1, `it started: ${out}${err}`);
      return err;
    };
    const [noKey, devToken, wildcard, portWildcard, shortSecret] = await Promise.all([
      refused({ CONTACT_ENCRYPTION_KEY: undefined }),
      refused({ DEV_TOKEN: 'true' }),
      refused({ CORS_ORIGINS: '*' }),
      refused({ CORS_ORIGINS: 'https://*.example.org' }),
      refused({ JWT_SECRET: 'short' }),
    ]);
    assert.match(noKey, /set CONTACT_ENCRYPTION_KEY/);
    assert.match(devToken, /DEV_TOKEN is on/);
    assert.match(wildcard, /CORS_ORIGINS has a wildcard \(\*\)/);
    assert.match(portWildcard, /CORS_ORIGINS has a wildcard/);
    assert.match(shortSecret, /JWT_SECRET is shorter than 32/);
  });

  it('runs as JavaScript only, logs JSON with request ids and no personal data, counts requests, and drains on SIGTERM', { timeout: START_TIMEOUT_MS + 120_000 }, async (t) => {
    const dir = temp();
    const loaded = join(dir, 'loaded.txt');
    // Records every module the process loads and its own flags; it adds no loader of its own.
    const recorder = join(dir, 'record-loads.mjs');
    const hooks = join(dir, 'record-loads-hooks.mjs');
    writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(loaded)}, url + '\\n');\n  return next(url, context);\n}\n`);
    writeFileSync(
      recorder,
      `import { register } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nimport { pathToFileURL } from 'node:url';\nappendFileSync(${JSON.stringify(loaded)}, 'execArgv ' + JSON.stringify(process.execArgv) + '\\n');\nregister(pathToFileURL(${JSON.stringify(hooks)}));\n`,
    );
    let env: NodeJS.ProcessEnv = { ...production(join(dir, 'data')), LOADED: loaded };
    let database: string | undefined;
    if (DATABASE_URL) {
      database = `prod_test_${randomBytes(5).toString('hex')}`;
      await admin(`CREATE DATABASE ${database}`);
      // Dropped however the test ends, a failed migrate included (it used to be left behind then).
      const made = database;
      t.after(() => admin(`DROP DATABASE IF EXISTS ${made} WITH (FORCE)`));
      const url = new URL(DATABASE_URL);
      url.pathname = `/${database}`;
      env = { ...env, DATABASE_URL: url.toString() };
    }
    const migrated = spawnSync(process.execPath, [BIN, 'migrate'], { env, encoding: 'utf8', timeout: START_TIMEOUT_MS });
    assert.equal(migrated.status, 0, migrated.stderr);
    assert.match(migrated.stdout, /applied 001_initial\.sql/);

    let log = '';
    const child: ChildProcess = spawn(process.execPath, ['--import', recorder, BIN], { env: { ...env, MIGRATE_ON_START: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const started = Date.now();
      let base: string | undefined;
      while (!base && Date.now() - started < START_TIMEOUT_MS) {
        base = /coprod server on (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1];
        if (child.exitCode !== null) assert.fail(`the server stopped: ${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.ok(base, `the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${log}`);

      // No TypeScript anywhere: the flags are only our recorder's, and every module loaded is JavaScript.
      const lines = readFileSync(loaded, 'utf8').trim().split('\n');
      const flags = JSON.parse(lines.find((l) => l.startsWith('execArgv '))!.slice('execArgv '.length)) as string[];
      assert.deepEqual(flags, ['--import', recorder]);
      const modules = lines.filter((l) => !l.startsWith('execArgv '));
      assert.ok(modules.some((m) => m.endsWith('/server/dist/coprod-server.js')), 'the compiled server was loaded');
      assert.ok(modules.some((m) => m.includes('/node_modules/fastify/')), 'its packages were recorded too');
      assert.deepEqual(modules.filter((m) => /\.[mc]?tsx?$|\/node_modules\/(tsx|typescript|esbuild)\//.test(m)), [], 'TypeScript or tsx in the process');

      const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
      const metric = async (route: string) => {
        const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${secrets.METRICS_TOKEN}` } })).text();
        return [...text.matchAll(new RegExp(`^http_requests_total\\{[^}]*route="${route.replace(/[/:]/g, '\\$&')}"[^}]*\\} (\\d+)`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
      };
      const ready = await call('/readyz');
      assert.equal(ready.status, 200, await ready.text());
      const before = await metric('/api/v1/opportunities');

      // A realistic run: people say they are interested, give feedback, make a profile, ask to sign in; staff read it all.
      const people = { name: 'Persephone Quillfeather', email: 'persephone.q@example.org', phone: '07700 900 982' };
      const staff = await token({ sub: 'staff-prod', roles: ['staff'], title: 'Co-production lead' }, secrets.JWT_SECRET);
      const editTokens: string[] = [];
      let opportunity = '';
      for (let i = 0; i < 3; i++) {
        const list = await call('/api/v1/opportunities');
        assert.equal(list.status, 200);
        opportunity = ((await list.json()) as { items: { id: string; status: string }[] }).items.find((o) => o.status === 'open')!.id;
      }
      assert.equal((await call(`/api/v1/opportunities/${opportunity}/interests`, { method: 'POST', body: JSON.stringify({ name: people.name, contact: { method: 'email', detail: people.email }, accessNeeds: 'Step-free access', consent: true }), headers: { 'idempotency-key': 'prod-test-interest-1' } })).status, 201);
      assert.equal((await call('/api/v1/feedback', { method: 'POST', body: JSON.stringify({ topic: 'housing', text: 'Repairs take months.', name: people.name, reply: { method: 'text', detail: people.phone }, consentToPublish: true }) })).status, 201);
      const profile = await call('/api/v1/profiles', { method: 'POST', body: JSON.stringify({ name: people.name, importantToMe: 'Being heard', experience: 'Carer', networks: 'Tenants group', howToHelp: { needs: ['step_free'], details: 'Papers a week before.' }, contact: { method: 'email', detail: people.email }, topics: ['housing'], skills: ['Listening'], consent: true }) });
      assert.equal(profile.status, 201, await profile.clone().text());
      editTokens.push(((await profile.json()) as { editToken: string }).editToken);
      assert.equal((await call(`/api/v1/profiles/${'x'}`, { headers: { authorization: `Bearer ${editTokens[0]}` } })).status >= 400, true);
      assert.equal((await call('/api/v1/me/sign-in-requests', { method: 'POST', body: JSON.stringify({ channel: 'email', address: people.email }) })).status, 202);
      assert.equal((await call('/api/v1/feedback', { method: 'POST', body: JSON.stringify({ topic: 'housing', text: '', name: people.name, reply: { method: 'email', detail: 'not-an-address' } }) })).status, 422);
      assert.equal((await call(`/api/v1/opportunities/${opportunity}/interests`, { headers: { authorization: `Bearer ${staff}` } })).status, 200);
      assert.equal((await call('/api/v1/feedback?include=all', { headers: { authorization: `Bearer ${staff}` } })).status, 200);
      assert.equal((await call(`/api/v1/feedback?q=${encodeURIComponent(people.name)}`, { headers: { authorization: `Bearer ${staff}` } })).status, 200);
      assert.equal((await call(`/api/v1/opportunities/${opportunity}/interests`, { headers: { authorization: 'Bearer not.a.valid-token' } })).status, 401);

      assert.equal((await metric('/api/v1/opportunities')) - before, 3, 'the request counter moved by the three list requests');
      assert.ok((await metric('/api/v1/opportunities/:opportunityId/interests')) >= 3);

      child.kill('SIGTERM');
      assert.equal(await exited, 0, `a clean exit after draining:\n${log}`);

      // JSON lines with a request id on every request line; nothing personal and no token in any line.
      const json = log.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { reqId?: string; msg: string });
      const requestLines = json.filter((l) => l.msg === 'incoming request' || l.msg === 'request completed');
      assert.ok(requestLines.length >= 20, `request lines logged (${requestLines.length})`);
      assert.ok(requestLines.every((l) => typeof l.reqId === 'string' && l.reqId.length > 0), 'every request line has a request id');
      assert.ok(json.some((l) => l.msg.startsWith('closing')) && json.some((l) => l.msg === 'closed'), 'the drain is logged');
      const forbidden = [...personalData(), ...Object.values(people), people.email.split('@')[0]!, staff, ...editTokens, ...Object.values(secrets)];
      assert.ok(forbidden.length > 40, `seed personal data found (${forbidden.length})`);
      const leaks = forbidden.filter((value) => log.includes(value) || log.includes(encodeURIComponent(value)));
      assert.deepEqual(leaks, [], 'personal data or a token reached the log');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
