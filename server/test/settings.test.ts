/** One settings module reads every environment variable, and server/README.md's table lists exactly those. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings, SettingsError, VARIABLES } from '../src/settings.js';

const SERVER = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('settings', () => {
  it('are documented in one table in server/README.md, no more and no fewer', () => {
    const readme = readFileSync(join(SERVER, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Settings'), readme.indexOf('## Operational endpoints'));
    const documented = new Set([...table.matchAll(/^\| (.+?) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!)));
    assert.deepEqual([...VARIABLES].filter((name) => !documented.has(name)), [], 'read but not in the table');
    assert.deepEqual([...documented].filter((name) => !(VARIABLES as readonly string[]).includes(name)), [], 'in the table but never read');
  });

  it('are read from the environment only by src/settings.ts (main.ts hands it process.env)', () => {
    const readers = sources(join(SERVER, 'src'))
      .filter((file) => !file.endsWith('/settings.ts'))
      .filter((file) => readFileSync(file, 'utf8').replace(/readSettings\(process\.env\)/g, '').match(/process\.env|\benv\.[A-Z_]{3,}/));
    assert.deepEqual(readers.map((f) => f.slice(SERVER.length)), []);
  });

  it('in development, makes the secrets once and keeps them; in production, lists every unsafe setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coprod-settings-'));
    try {
      const first = readSettings({ DATA_DIR: dir });
      assert.equal(first.devToken, true);
      assert.equal(Buffer.from(first.contactEncryptionKey, 'base64').length, 32);
      assert.equal(readSettings({ DATA_DIR: dir }).contactKey, first.contactKey, 'the same key after a restart');
      assert.equal(readSettings({ DATA_DIR: dir, JWT_SECRET: 'x'.repeat(40) }).devToken, false, 'no development token once a real secret is set');
      assert.deepEqual([first.pay.retentionMonths, readSettings({ DATA_DIR: dir, PAY_RETENTION_MONTHS: '0' }).pay.retentionMonths], [72, false], 'PAY_RETENTION_MONTHS=0 turns the pay retention job off rather than removing every paid claim at once');
      assert.deepEqual([first.pay.payContact, readSettings({ DATA_DIR: dir, PAY_CONTACT: 'the involvement team, 01632 960 000' }).pay.payContact], [null, 'the involvement team, 01632 960 000'], 'PAY_CONTACT: who a person asks about a late claim');
      assert.deepEqual([first.retentionMonths, readSettings({ DATA_DIR: dir, RETENTION_MONTHS: '0' }).retentionMonths], [12, false], 'RETENTION_MONTHS=0 turns the feedback retention job off rather than removing every closed item\'s contact details at once');
      assert.deepEqual([first.evaluations.staffMinimum, first.evaluations.batch, first.evaluations.threshold], [2, { minimum: 5, days: 7 }, 5]);
      // Welsh sign-in links and messages open the Welsh page: the demo's takes ?lang=cy; a council's is its own unless named.
      const page = (env: Record<string, string>) => { const s = readSettings({ DATA_DIR: dir, PUBLIC_BASE_URL: 'https://api.example', ...env }); return [s.signIn.pageUrl, s.signIn.pageUrlCy, s.messages.links.itemUrl, s.messages.links.itemUrlCy]; };
      assert.deepEqual(page({}), ['https://api.example/my-involvement.html', 'https://api.example/my-involvement.html?lang=cy', 'https://api.example/my-involvement.html?{type}={id}', 'https://api.example/my-involvement.html?lang=cy&{type}={id}']);
      assert.deepEqual(page({ MY_INVOLVEMENT_URL: 'https://c.example/me' }), ['https://c.example/me', 'https://c.example/me', 'https://c.example/me?{type}={id}', 'https://c.example/me?{type}={id}']);
      assert.deepEqual(page({ MY_INVOLVEMENT_URL: 'https://c.example/me', MY_INVOLVEMENT_URL_CY: 'https://c.example/cy/fi' }).slice(1), ['https://c.example/cy/fi', 'https://c.example/me?{type}={id}', 'https://c.example/cy/fi?{type}={id}']);
      assert.equal(readSettings({ DATA_DIR: dir, EVALUATION_STAFF_MINIMUM: '4' }).evaluations.staffMinimum, 4);
      // One answer shown to staff is that person's answer; people who answered read the published results, where two would each read the other's (server/README.md threat model).
      assert.throws(() => readSettings({ DATA_DIR: dir, EVALUATION_STAFF_MINIMUM: '1' }), /EVALUATION_STAFF_MINIMUM must be 2 or more/, 'one answer shown to staff is that person’s');
      assert.throws(() => readSettings({ DATA_DIR: dir, EVALUATION_BATCH_MINIMUM: '1' }), /EVALUATION_BATCH_MINIMUM must be 2 or more/, 'a batch of one shows staff one answer by what changed');
      assert.throws(() => readSettings({ DATA_DIR: dir, EVALUATION_THRESHOLD: '2' }), /EVALUATION_THRESHOLD must be 3 or more/, 'two published answers give each other away to the two who gave them');
      assert.deepEqual([readSettings({ DATA_DIR: dir, EVALUATION_JOB_MS: '0' }).evaluations.everyMs, readSettings({ DATA_DIR: dir, EVALUATION_JOB_MS: '1000' }).evaluations.everyMs], [false, 1000], 'EVALUATION_JOB_MS: 0 is off');
      assert.throws(() => readSettings({ DATA_DIR: dir, EVALUATION_JOB_MS: '1' }), /EVALUATION_JOB_MS must be 1000 or more/, 'not a job every millisecond');
      // The number a letter inviting to evaluate gives (issue 17): given; the seeded demo's outside production; none in production or without the seed.
      assert.deepEqual(first.messages.council, { phone: '01632 960 000', organisation: null }, 'the demo council rings on a drama number');
      assert.deepEqual(readSettings({ DATA_DIR: dir, COUNCIL_PHONE: ' 029 2087 2087 ', ORGANISATION_NAME: 'Anytown Council' }).messages.council, { phone: '029 2087 2087', organisation: 'Anytown Council' });
      assert.equal(readSettings({ DATA_DIR: dir, SEED: 'false' }).messages.council.phone, null, 'no demo number without the demo council');
      assert.throws(() => readSettings({ DATA_DIR: dir, COUNCIL_PHONE: 'ring reception' }), /COUNCIL_PHONE must be a phone number/);
      // A Welsh council's page that cannot know its reader's language says it in Welsh, then English.
      assert.deepEqual(readSettings({ DATA_DIR: dir, PAGE_LANGUAGES: 'cy, en' }).messages.council.pageLanguages, ['cy', 'en-GB']);
      assert.throws(() => readSettings({ DATA_DIR: dir, PAGE_LANGUAGES: 'cy,fr' }), /PAGE_LANGUAGES lists the languages/);
      let error: unknown;
      try {
        readSettings({ NODE_ENV: 'production', DATA_DIR: dir, DEV_TOKEN: 'true', CORS_ORIGINS: 'https://a.example,*', JWT_SECRET: 'short', RATE_LIMIT_MAX: 'ten' });
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof SettingsError);
      const named = error.problems.map((p) => /[A-Z][A-Z_]{3,}/.exec(p)?.[0]);
      assert.deepEqual(named.sort(), ['CONTACT_ENCRYPTION_KEY', 'CONTACT_KEY', 'CORS_ORIGINS', 'DEV_TOKEN', 'JWT_SECRET', 'PUBLIC_BASE_URL', 'RATE_LIMIT_MAX'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
