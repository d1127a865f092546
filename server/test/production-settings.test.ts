/** The server refuses to start in production without the settings that keep people's data safe, and names each. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('production settings', () => {
  it('refuses to start in production without CONTACT_ENCRYPTION_KEY, and names the setting', () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CONTACT_KEY: 'y'.repeat(40), MESSAGES_SECRET: 'z'.repeat(40), PORT: '0' };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { env, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /set CONTACT_ENCRYPTION_KEY \(32 random bytes in base64/);
  });
});
