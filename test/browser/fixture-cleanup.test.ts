/**
 * Each test starts on an empty page: @open-wc/testing removes a test's fixtures after it (an afterEach it registers
 * when it is first evaluated, if mocha's globals are there by then). test/helpers/readable-failures.ts, loaded before
 * mocha, once imported @open-wc/testing and so evaluated it too early: no test file cleaned up, and one staff file
 * ended with 39 lists on its page, where Tab never reached the one under test.
 */
import { expect, fixture, html } from '@open-wc/testing';

describe('the test page', () => {
  it('holds a test’s fixture while the test runs', async () => {
    await fixture(html`<p id="left-behind">A fixture</p>`);
    expect(document.getElementById('left-behind') !== null).to.equal(true);
  });

  it('starts the next test without it', () => {
    expect(document.getElementById('left-behind') === null, 'the fixture of the test before is still on the page').to.equal(true);
  });
});
