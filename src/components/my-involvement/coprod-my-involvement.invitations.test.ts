import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { ApiError } from '../../api/errors.js';
import { GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import { states } from './coprod-my-involvement.invitations.states.js';
import './coprod-my-involvement.js';

describeStates(states);

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function page(api: MeFixtureApi, attributes: { locale?: string; readingLevel?: string; opportunityHref?: string } = {}) {
  const element = await fixture<HTMLElement>(
    html`<coprod-my-involvement .adapter=${api} locale=${attributes.locale ?? 'en-GB'} reading-level=${attributes.readingLevel ?? 'standard'} opportunity-href=${ifDefined(attributes.opportunityHref)} .signInLink=${GOOD_LINK}></coprod-my-involvement>`,
  );
  await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
  return element;
}

const items = (element: HTMLElement) => until(() => { const found = shadow(element).querySelectorAll('[data-invitation]'); return found.length ? [...found] : undefined; }, 'the invitations');
const api = (options: MeFixtureOptions = {}) => new MeFixtureApi({ invitations: 'some', ...options });

describe('<coprod-my-involvement>: you are invited (issue 15)', () => {
  it('shows each unanswered invitation: the title linked to the opportunity, when we asked, by when, and why', async () => {
    const element = await page(api(), { opportunityHref: '/get-involved/{id}' });
    const [first, second] = await items(element);
    expect(words(shadow(element).querySelector('#invitations-title'))).to.equal('You are invited');
    expect(first!.querySelector('a')?.getAttribute('href')).to.equal('/get-involved/opp-carers-strategy');
    expect(words(first!.querySelector('a'))).to.equal('Help us write the new carers\' strategy');
    expect(words(first!.querySelector('[data-invited-on]'))).to.equal('We asked you on 9 March 2026. Please answer by 22 March 2026.');
    expect(words(first!.querySelector('[data-reasons]'))).to.match(/^You care about /);
    expect(second!.getAttribute('data-invitation')).to.equal('inv-r2');
    expect([...first!.querySelectorAll('[data-answer]')].map(words)).to.deep.equal(['Yes, I’m interested', 'No, thank you']);
  });

  it('a Welsh reader is told "When" from the sessions in Welsh, one a list item (s19 look defect 1); English stays the council\'s words', async () => {
    for (const readingLevel of ['standard', 'easy-read']) {
      const welsh = await page(api(), { locale: 'cy', readingLevel });
      const [first] = await items(welsh);
      const when = first!.querySelector('[data-invited-when]');
      expect(words(when), `${readingLevel}: no English left`).not.to.match(/Workshop|Tuesday|am to/);
      expect(words(when?.querySelector('.when-label')), readingLevel).to.equal('Pryd:');
      const sessions = [...(when?.querySelectorAll('.sessions > li') ?? [])].map(words);
      expect(sessions.length, `${readingLevel}: every session`).to.be.greaterThan(1);
      for (const session of sessions) expect(session, readingLevel).to.match(/^Dydd \S+ \d{1,2} \S+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2}$/);
      expect(when?.hasAttribute('lang'), 'Welsh, as the page').to.equal(false);
    }
    const english = await page(api());
    const [first] = await items(english);
    const when = first!.querySelector('[data-invited-when]');
    expect(words(when)).to.match(/^When: Workshop 1: what matters to carers: Tuesday /);
    expect(when?.querySelector('[lang]'), 'nothing marked on an English page').to.equal(null);
  });

  it('"Yes" says what happens next with the reference, takes focus there, and a reload shows only what still waits', async () => {
    const adapter = api();
    const element = await page(adapter);
    const [first] = await items(element);
    first!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
    const done = await until(() => first!.querySelector('[data-answered="interested"]'), 'the answer');
    expect(words(done)).to.contain('Your reference is INT-5RTW.');
    expect(words(done)).to.contain('What happens next: someone from the team will contact you');
    expect(Boolean(first!.querySelector('[data-answer]'))).to.equal(false, 'no buttons once answered');
    expect(shadow(element).activeElement === done).to.equal(true, 'focus moves to what happens next');
    const again = await page(adapter);
    const left = await items(again);
    expect(left.map((i) => i.getAttribute('data-invitation'))).to.deep.equal(['inv-r2']);
  });

  it('after "Yes" the opportunity is among the person\'s interests and out of "may suit you" without a reload, and the focus stays on what happens next', async () => {
    const element = await page(api());
    const [, second] = await items(element);
    const interests = () => [...shadow(element).querySelectorAll('.interests .card-title')].map(words);
    await until(() => shadow(element).querySelector('[data-suits-item]'), 'may suit you');
    expect(interests()).not.to.include('Carers Week planning group');
    expect(Boolean(shadow(element).querySelector('[data-suits-item="opp-carers-week-planning"]'))).to.equal(true, 'suggested before');
    second!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
    const done = await until(() => second!.querySelector('[data-answered="interested"]'), 'the answer');
    await until(() => interests().includes('Carers Week planning group') && !shadow(element).querySelector('[data-suits-item="opp-carers-week-planning"]'), 'the interests and "may suit you" refreshed');
    expect(second!.isConnected).to.equal(true, 'the page was not swapped for its loading view');
    expect(shadow(element).activeElement === done).to.equal(true, 'focus stays on what happens next');
  });

  it('"No, thank you" says we will not ask about this one again, and "may suit you" is asked again in place, as after "Yes"', async () => {
    const adapter = api();
    let asked = 0;
    const suggest = adapter.listMySuggestions.bind(adapter);
    Object.defineProperty(adapter, 'listMySuggestions', { value: (...args: Parameters<typeof suggest>) => (asked++, suggest(...args)) });
    const element = await page(adapter);
    const [, second] = await items(element);
    await until(() => shadow(element).querySelector('[data-suits-item]'), 'may suit you');
    const before = asked;
    second!.querySelector<HTMLButtonElement>('[data-answer="not_this_time"]')!.click();
    const done = await until(() => second!.querySelector('[data-answered="not_this_time"]'), 'the answer');
    expect(words(done)).to.contain('We will not ask you about this one again.');
    await until(() => asked > before, '"may suit you" asked again');
    await until(() => shadow(element).querySelector('[data-suits-item]'), 'may suit you, still shown');
    expect(second!.isConnected).to.equal(true, 'the page was not swapped for its loading view');
    expect(shadow(element).activeElement === done).to.equal(true, 'focus stays on the answer');
  });

  it('a failed answer keeps the item and its buttons and says so in the reader\'s language; trying again still says so', async () => {
    const adapter = api({ invitations: 'answer-fails' });
    const keys: (string | undefined)[] = [];
    const answerOnce = adapter.answerMyInvitation;
    (adapter as { answerMyInvitation: typeof answerOnce }).answerMyInvitation = (id, answer, options) => (keys.push(options.idempotencyKey), answerOnce(id, answer, options));
    const element = await page(adapter, { locale: 'cy' });
    const [first] = await items(element);
    first!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
    const failed = await until(() => first!.querySelector('[data-answer-failed]'), 'the failure');
    expect(words(failed)).to.equal('Nid oeddem yn gallu anfon eich ateb. Does dim wedi newid: rhowch gynnig arall arni.');
    expect(failed.getAttribute('role')).to.equal('alert');
    expect([...first!.querySelectorAll('[data-answer]')].map(words)).to.deep.equal(['Oes, mae gen i ddiddordeb', 'Na, dim diolch']);
    first!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
    // The second attempt is made (the first failure is still shown until it ends), with the same Idempotency-Key.
    await until(() => keys.length === 2 && first!.getAttribute('aria-busy') === 'false' && first!.querySelector('[data-answer-failed]'), 'the second failure');
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0], 'a retry reuses the Idempotency-Key');
    expect(Boolean(first!.querySelector('[data-answered]'))).to.equal(false);
  });

  it('a withdrawn invitation (404) or an ended sign-in (401) says so, not "please try again"', async () => {
    for (const [status, locale, said] of [
      [404, 'en-GB', 'This invitation is no longer open to you: it may have been withdrawn. Nothing has changed.'],
      [401, 'cy', 'Mae eich mewngofnodi wedi dod i ben, felly nid oeddem yn gallu anfon eich ateb. Does dim wedi newid: mewngofnodwch eto gyda dolen newydd.'],
    ] as const) {
      const adapter = api();
      (adapter as { answerMyInvitation: typeof adapter.answerMyInvitation }).answerMyInvitation = () => Promise.reject(new ApiError(status === 404 ? 'not-found' : 'unauthorized', 'No', { status }));
      const element = await page(adapter, { locale });
      const [first] = await items(element);
      first!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
      const failed = await until(() => first!.querySelector('[data-answer-failed]'), 'the failure');
      expect(words(failed)).to.equal(said);
      // Withdrawn: nothing to answer any more, so no buttons, and the focus is on the words. An ended sign-in keeps them.
      expect(first!.querySelectorAll('[data-answer]').length).to.equal(status === 404 ? 0 : 2);
      if (status === 404) expect(shadow(element).activeElement === failed).to.equal(true, 'focus on why');
    }
  });

  it('a closed opportunity is said plainly, in easy read too', async () => {
    const element = await page(api({ invitations: 'closed' }), { readingLevel: 'easy-read' });
    const [first] = await items(element);
    first!.querySelector<HTMLButtonElement>('[data-answer="interested"]')!.click();
    expect(words(await until(() => first!.querySelector('[data-answer-failed]'), 'the failure'))).to.equal('Sorry. This has closed. We could not add you.');
  });
});
