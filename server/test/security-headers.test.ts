/** Response headers reviewed against OWASP ASVS 5.0 V3.4 (server/SECURITY.md). */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffToken, suiteServer } from './harness.js';

describe('security headers', () => {
  const demo = mkdtempSync(join(tmpdir(), 'coprod-headers-'));
  writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Council</title>');
  after(() => rmSync(demo, { recursive: true, force: true }));
  const s = suiteServer({ hsts: true, staticDirs: { demo, widgets: false } });

  it('pages: strict CSP, framed only by this site, their own browsing context', async () => {
    const page = await fetch(`${s.base}/`);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
  });

  it('API answers (and errors): a CSP that loads nothing, no sniffing, no referrer, HSTS; personal answers not stored by caches', async () => {
    for (const path of ['/api/v1/opportunities', '/api/v1/nowhere']) {
      const r = await fetch(`${s.base}${path}`);
      assert.equal(r.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(r.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains');
    }
    const staff = await fetch(`${s.base}/api/v1/feedback?include=all`, { headers: { authorization: `Bearer ${await staffToken()}` } });
    assert.equal(staff.status, 200);
    assert.match(staff.headers.get('cache-control') ?? '', /private/);
  });
});
