/**
 * test/helpers/readable-failures.ts, loaded before every browser test file: a failed check whose actual or expected
 * value is a DOM node must reach the runner as text naming the element, since the runner sends the failure with
 * `structuredClone`, which throws on a node (modernweb-dev/web#2967) and hung the whole run.
 *
 * Every check here is on a string, a boolean or a type name, never on the node or the failure's own fields: were the
 * helper broken, a check on a node would fail unsendably and hang the run instead of saying so.
 */
import { expect, fixture, html } from '@open-wc/testing';

interface Failure {
  actual?: unknown;
  expected?: unknown;
  message?: string;
}

/** The error a check throws; throws itself if the check passes. */
function failureOf(check: () => void): Failure {
  try {
    check();
  } catch (error) {
    return error as Failure;
  }
  throw new Error('the check was meant to fail');
}

/** Whether the runner can send `value` (what it does with each failure). */
function sendable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

describe('readable failures (test/helpers/readable-failures.ts)', () => {
  it('a failed check between two DOM nodes carries each as text naming its element, and can be sent', async () => {
    const summary = await fixture(html`<div class="error-summary" tabindex="-1"></div>`);
    const field = document.createElement('input');
    field.name = 'contact-email';
    const failure = failureOf(() => expect(field).to.equal(summary));
    const { actual, expected } = failure;
    expect(typeof actual, 'actual sent as text').to.equal('string');
    expect(typeof expected, 'expected sent as text').to.equal('string');
    expect(String(actual)).to.contain('<input').and.contain('contact-email');
    expect(String(expected)).to.contain('<div').and.contain('error-summary');
    expect(sendable({ ...failure }), 'the failure’s fields can be cloned').to.equal(true);
    expect(sendable({ actual, expected, message: failure.message }), 'actual, expected and message can be cloned').to.equal(true);
  });

  it('a node against nothing (the focus not where it should be): the node as text, null kept as null', async () => {
    const summary = await fixture(html`<div class="error-summary" tabindex="-1"></div>`);
    const failure = failureOf(() => expect(null).to.equal(summary));
    expect(failure.actual === null, 'null kept').to.equal(true);
    expect(typeof failure.expected).to.equal('string');
    expect(String(failure.expected)).to.contain('error-summary');
    expect(sendable({ ...failure })).to.equal(true);
  });

  it('leaves values the runner can already send as they were, for its diff', () => {
    const failure = failureOf(() => expect({ step: 1 }).to.deep.equal({ step: 2 }));
    expect(JSON.stringify(failure.actual)).to.equal('{"step":1}');
    expect(JSON.stringify(failure.expected)).to.equal('{"step":2}');
  });
});
