/**
 * Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml).
 *
 * A failed expectation whose actual or expected value is a DOM node, such as
 * `expect(shadow(element).activeElement).to.equal(summary)`, did not fail: it hung the whole run. The runner sends
 * both values to Node with `structuredClone`, which throws on a node (DataCloneError; modernweb-dev/web#2967), so the
 * file never reported and the run waited for its 30-minute limit with "0 passed, 0 failed". Here such a value is sent
 * as chai's own words for it (`null`, `<div class="error-summary" …>`), so the failure and its message come at once.
 */
// chai alone, not @open-wc/testing: evaluated here, before mocha's globals exist, @open-wc/testing would never register
// its afterEach(fixtureCleanup), and every fixture of a file would stay on the page (39 staff lists at once).
import { use } from '@esm-bundle/chai';

const sendable = (value: unknown): boolean => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

use(({ Assertion, AssertionError, util }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failure = error as unknown as { actual?: unknown; expected?: unknown };
        if (!sendable(failure.actual)) failure.actual = util.inspect(failure.actual);
        if (!sendable(failure.expected)) failure.expected = util.inspect(failure.expected);
      }
      throw error;
    }
  };
});
