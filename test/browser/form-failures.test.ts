import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../src/api/api.js';
import { ApiError, type ApiErrorKind } from '../../src/api/errors.js';
import { forgetDrafts } from '../../src/core/controllers/draft-controller.js';
import { shadow, until } from '../helpers/dom.js';
import { fillForm, publicApi, withOverrides } from '../../src/components/feedback-loop/coprod-feedback-loop.states.js';
import { fillRequired, freshStart, newApi, submit } from '../../src/components/profile-form/coprod-profile-form.states.js';
import '../../src/components/feedback-loop/coprod-feedback-loop.js';
import '../../src/components/profile-form/coprod-profile-form.js';
import '../../src/components/provider/coprod-provider.js';

/**
 * Every public form fails the same way: "Sending…" (or "Saving…") is said first, then the
 * failure, in the reader's words, once; the failure panel is a focused role=alert.
 */

/** Everything the page's live region said, in order (cleared text is not counted). */
function listenToLiveRegion(): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = document.querySelector('[data-coprod-live-region]')?.textContent?.trim() ?? '';
    if (text && said.at(-1) !== text) said.push(text);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

function failWith(kind: ApiErrorKind, status: number, retryAfter?: number): () => Promise<never> {
  return () => Promise.reject(new ApiError(kind, `HTTP ${status}`, { status, ...(retryAfter !== undefined ? { retryAfter } : {}) }));
}

const flat = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function sendFeedback(createFeedback: CoprodApi['createFeedback']): Promise<{ panel: HTMLElement; element: HTMLElement; said: string[] }> {
  const element = await fixture<HTMLElement>(html`<coprod-feedback-loop mode="form" .adapter=${withOverrides(publicApi(), { createFeedback })}></coprod-feedback-loop>`);
  await fillForm(element);
  const live = listenToLiveRegion();
  shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const panel = await until(() => shadow(element).querySelector<HTMLElement>('[data-form-failure]'), 'the failure');
  const words = flat(panel.querySelector('p'));
  await until(() => live.said.includes(words), 'the failure in the live region');
  await new Promise((resolve) => setTimeout(resolve, 400));
  live.stop();
  return { panel, element, said: live.said };
}

describe('a form that cannot send', () => {
  beforeEach(() => forgetDrafts('feedback'));

  it('feedback: says "Sending…", then the failure once, as a focused alert', async () => {
    const { panel, element, said } = await sendFeedback(failWith('network', 0));
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(shadow(element).activeElement).to.equal(panel);
    const failure = 'We could not reach the service. Check your internet connection and try again.';
    expect(flat(panel)).to.contain(failure).and.contain('We have kept what you typed');
    expect(said).to.deep.equal(['Sending…', failure]);
  });

  it('feedback: a 401 or 403 says what happened and what to do, never "sign in" or "co-production lead"', async () => {
    for (const [kind, status] of [['unauthorized', 401], ['forbidden', 403]] as const) {
      const { panel, said } = await sendFeedback(failWith(kind, status));
      const words = flat(panel);
      expect(words).not.to.match(/sign in|co-production lead|permission/i);
      expect(words).to.contain('contact the council');
      expect(said.at(-1)).to.contain('contact the council');
    }
  });

  it('feedback: a 429 with Retry-After: 20 says to wait 20 seconds, not a minute', async () => {
    const { panel, said } = await sendFeedback(failWith('rate-limited', 429, 20));
    expect(flat(panel)).to.contain('Wait 20 seconds, then try again').and.not.contain('minute');
    expect(said.at(-1)).to.contain('Wait 20 seconds');
  });

  it('profile: a save that fails at once says "Saving…" before the error, not after', async () => {
    freshStart('heard-profile');
    const api = withOverrides(newApi(), { createProfile: failWith('server', 500) });
    const root = await fixture<HTMLElement>(html`<coprod-provider .adapter=${api} locale="en-GB"><coprod-profile-form id="heard-profile"></coprod-profile-form></coprod-provider>`);
    const element = root.querySelector<HTMLElement>('coprod-profile-form')!;
    await fillRequired(element);
    const live = listenToLiveRegion();
    await submit(element);
    const panel = await until(() => shadow(element).querySelector<HTMLElement>('[data-form-failure]'), 'the failure');
    await until(() => live.said.some((text) => text.startsWith('Something went wrong')), 'the failure in the live region');
    await new Promise((resolve) => setTimeout(resolve, 400));
    live.stop();
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(live.said).to.deep.equal(['Saving…', 'Something went wrong on our side. Try again later.']);
  });
});
