/**
 * The request log names paths and query parameters, never their values: an unsubscribe
 * link's token (which stops someone's messages) or a search never reaches it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startServer } from './harness.js';

describe('the request log', () => {
  it('keeps no query string value: unsubscribe tokens and searches are redacted', async () => {
    let logged = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    const s = await startServer({ logger: { level: 'info', stream } });
    try {
      const token = 'UnsubscribeTokenValue4417~SignaturePart4417';
      const page = await fetch(`${s.base}/unsubscribe?token=${encodeURIComponent(token)}`);
      assert.equal(page.status, 400, 'a token we did not sign');
      await s.call('/api/v1/feedback?q=Rhiannon%20Searched4417&topic=housing');
      assert.ok(logged.includes('"url":"/unsubscribe?token=~"'), 'the request is logged, without the value');
      assert.ok(logged.includes('"url":"/api/v1/feedback?q=~&topic=~"'));
      for (const secret of ['UnsubscribeTokenValue4417', 'SignaturePart4417', 'Searched4417']) assert.ok(!logged.includes(secret), `${secret} reached the log`);
    } finally {
      await s.close();
    }
  });
});
