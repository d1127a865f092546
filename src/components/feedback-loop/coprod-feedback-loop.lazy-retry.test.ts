import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../../../test/helpers/dom.js';
import type { CoprodFeedbackLoop } from './coprod-feedback-loop.component.js';
import { publicApi, waitForBoard } from './coprod-feedback-loop.states.js';
import { partCode } from './internal/part-code.js';
import './coprod-feedback-loop.js';

/**
 * The board's parts that load on first use (an opened item's timeline, the give-feedback form)
 * when their download fails: the part says so with "Try again" (never a skeleton for good), and
 * "Try again" loads it and puts focus where a keyboard user expects it: the item's heading, the
 * form's first field, or back on "Try again" if it failed again (session 15's review S2, checked
 * by hand only until now).
 *
 * How a download is made to fail: the board asks `partCode` (internal/part-code.ts) for a part's
 * code, so for the next `times` asks that part's answer is the TypeError a browser gives for a
 * lost module. Everything after that is the element's own code.
 */
function failDownloads(part: keyof typeof partCode, times: number): { failed: () => number; restore: () => void } {
  const code = partCode[part];
  let failed = 0;
  const lost = (): Promise<never> => (failed++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  Object.assign(partCode, { [part]: () => (failed < times ? lost() : code()) });
  return { failed: () => failed, restore: () => void Object.assign(partCode, { [part]: code }) };
}

type Loop = CoprodFeedbackLoop;
const $ = <E extends Element = HTMLElement>(element: Loop, selector: string): E | null => element.shadowRoot!.querySelector<E>(selector);
const focused = (element: Loop): Element | null => element.shadowRoot!.activeElement;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Presses Enter on a button, as a keyboard user does. */
async function press(button: HTMLElement | null): Promise<void> {
  expect(button, 'the button').to.not.equal(null);
  button!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<coprod-feedback-loop>: a part whose code fails to download, then "Try again"', () => {
  let undo: (() => void) | undefined;
  afterEach(() => {
    undo?.();
    undo = undefined;
  });

  it('an opened item: says it could not load, and "Try again" draws the timeline with focus on the item’s heading', async () => {
    const element = await fixture<Loop>(html`<coprod-feedback-loop mode="board" no-url .adapter=${publicApi()}></coprod-feedback-loop>`);
    await waitForBoard(element);
    const downloads = failDownloads('timeline', 1);
    undo = downloads.restore;
    await press($(element, '[data-item-link]'));
    await until(() => $(element, '.item-view .panel.error button'), 'the item’s failure with "Try again"');
    expect(downloads.failed(), 'the element’s own download was the one that failed').to.equal(1);
    expect($(element, '.item-view .panel.error #item-heading'), 'the failure has the item’s heading').to.not.equal(null);
    expect($(element, '.item-view [part="timeline"]'), 'no timeline yet').to.equal(null);

    await press($(element, '.item-view .panel.error button'));
    await until(() => $(element, '.item-view [part="timeline"]'), 'the timeline after "Try again"');
    await until(() => focused(element)?.id === 'item-heading', 'focus on the item’s heading');
    expect(focused(element)?.closest('[part="item-detail"]'), 'the item’s own heading, not the failure’s').to.not.equal(null);
    expect($(element, '.item-view .panel.error'), 'the failure gone').to.equal(null);
    expect(downloads.failed(), 'one failure only').to.equal(1);
  });

  it('an opened item that fails again: focus stays on the item’s heading over the failure, with "Try again" next', async () => {
    const element = await fixture<Loop>(html`<coprod-feedback-loop mode="board" no-url .adapter=${publicApi()}></coprod-feedback-loop>`);
    await waitForBoard(element);
    const downloads = failDownloads('timeline', 2);
    undo = downloads.restore;
    await press($(element, '[data-item-link]'));
    await until(() => $(element, '.item-view .panel.error button'), 'the first failure');
    await press($(element, '.item-view .panel.error button'));
    await until(() => downloads.failed() === 2 && $(element, '.item-view .panel.error button'), 'the second failure');
    await until(() => focused(element)?.id === 'item-heading', 'focus on the heading over the failure');
    expect(focused(element)?.closest('.panel.error'), 'the failure’s heading').to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(text(focused(element)), 'Tab reaches "Try again"').to.equal('Try again');
  });

  it('the give-feedback form: "Try again" that fails again leaves focus on "Try again"; the next one draws the form with focus on its first field', async () => {
    const downloads = failDownloads('form', 2);
    undo = downloads.restore;
    const element = await fixture<Loop>(html`<coprod-feedback-loop mode="form" .adapter=${publicApi()}></coprod-feedback-loop>`);
    const retry = () => $(element, '.give-feedback .panel.error button');
    await until(retry, 'the form’s failure with "Try again" (not the skeleton for good)');
    expect(downloads.failed()).to.equal(1);
    expect(text($(element, '.give-feedback .panel.error')), 'says the form could not load').to.contain('We could not load the form');

    await press(retry());
    await until(() => downloads.failed() === 2 && retry(), 'the second failure');
    await until(() => focused(element) === retry(), 'focus back on "Try again"');

    await press(retry());
    await until(() => $(element, '.give-feedback form'), 'the form after "Try again"');
    await until(() => focused(element)?.matches('.give-feedback :is(input, select, textarea)') ?? false, 'focus on the form’s first field');
    const fields = element.shadowRoot!.querySelectorAll('.give-feedback :is(input, select, textarea)');
    expect(focused(element), 'the first field').to.equal(fields[0]);
    expect(retry(), 'the failure gone').to.equal(null);
    expect(downloads.failed(), 'no third failure').to.equal(2);
  });
});
