/**
 * "Only what may suit me" on the list (issue 18): offered only with a sign-in (`meToken`), the
 * suggestions with their reasons in the person's words, a plain "sign in again" on 401, and the
 * choice kept in the address under `sync-url` as the other filters are.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { clickOn, shadow, until } from '../../../test/helpers/dom.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { formatDate } from '../../core/i18n.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import type { InMemoryApi } from '../../api/in-memory.js';
import type { CoprodOpportunityList } from './coprod-opportunity-list.component.js';
import { choose, NOW, signedIn, untilForMe, untilLoaded } from './coprod-opportunity-list.states.js';

type List = CoprodOpportunityList & HTMLElement;

interface Options {
  token?: string | undefined;
  forMe?: boolean;
  syncUrl?: boolean;
  locale?: string;
}

/** Counts the calls to GET /me/suggestions. */
function counted(api: InMemoryApi): { calls: number } {
  const seen = { calls: 0 };
  const real = api.listMySuggestions;
  Object.defineProperty(api, 'listMySuggestions', { value: (...args: Parameters<typeof real>) => ((seen.calls += 1), real(...args)) });
  return seen;
}

async function showList(api: InMemoryApi, o: Options = {}): Promise<List> {
  const element = (await renderState(
    'coprod-opportunity-list',
    () => html`<coprod-provider .adapter=${api} locale=${o.locale ?? 'en-GB'}>
      <coprod-opportunity-list .today=${NOW} .meToken=${o.token} ?for-me=${!!o.forMe} ?sync-url=${!!o.syncUrl} fallback-href="https://council.example/sign-in"></coprod-opportunity-list>
    </coprod-provider>`,
  )) as List;
  return element;
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toggle = (element: HTMLElement) => until(() => shadow(element).querySelector<HTMLInputElement>('#field-for-me'), 'Only what may suit me');
const suitsItems = (element: HTMLElement) => [...shadow(element).querySelectorAll('[data-suits-item]')].map((item) => item.getAttribute('data-suits-item'));

describe('<coprod-opportunity-list> only what may suit me', () => {
  it('a signed-in person ticks it: only their suggestions, each card saying why, the filters still there (best first: no sort); unticked, everything is back', async () => {
    const { api, token } = signedIn();
    // All that fit (the contract's most), not the first 5: the list used to stop at 5.
    const expected = (await api.listMySuggestions({ meToken: token, limit: 100 })).items.map((s) => s.opportunity.id);
    expect(expected.length).to.be.greaterThan(5);
    const element = await showList(api, { token });
    await untilLoaded(element);
    const box = await toggle(element);
    expect(words(shadow(element).querySelector('[data-for-me] label'))).to.equal('Only what may suit me');
    expect(box.checked).to.equal(false);
    box.click();
    await until(() => shadow(element).querySelector('[data-suits-item] [data-reasons] li'), 'the reasons');
    expect(suitsItems(element)).to.deep.equal(expected);
    expect(shadow(element).querySelector('form.filters #field-q'), 'the filters stay: they narrow what may suit').not.to.equal(null);
    expect(shadow(element).querySelector('#field-sort'), 'no sort: suggestions come best first').to.equal(null);
    const first = shadow(element).querySelector('[data-suits-item]')!;
    expect(words(first.querySelector('.subtitle'))).to.equal('Why it may suit you');
    expect(words(first.querySelector('[data-reasons]'))).to.match(/You care about Carers/);
    expect(words(shadow(element).querySelector('[data-for-me-results]'))).to.equal(`${expected.length} opportunities may suit you`);
    await until(() => currentAnnouncement() === `${expected.length} opportunities may suit you`, 'the count said, as the list says its own');
    await expect(element).shadowDom.to.be.accessible({ ignoredRules: ['region'] });

    (await toggle(element)).click();
    await until(() => shadow(element).querySelector('form.filters .card, form.filters') && !shadow(element).querySelector('[data-suits-item]'), 'the whole list');
    await untilLoaded(element);
    expect(shadow(element).querySelectorAll('.cards .card').length).to.be.greaterThan(0);
  });

  it('ticked, the other filters apply to what may suit the person (by the search\'s own rule), the count says how many, and "Clear filters" undoes them', async () => {
    const { api, token } = signedIn();
    const sent: unknown[] = [];
    const real = api.listMySuggestions.bind(api);
    Object.defineProperty(api, 'listMySuggestions', { value: (options: Parameters<typeof real>[0]) => (sent.push(options.filters), real(options)) });
    const everything = (await real({ meToken: token, limit: 100 })).items;
    const carers = everything.filter((s) => s.opportunity.topics.includes('carers')).map((s) => s.opportunity.id);
    expect(carers.length).to.be.greaterThan(1);
    expect(carers.length).to.be.lessThan(everything.length);
    const element = await showList(api, { token, forMe: true });
    await until(() => shadow(element).querySelectorAll('[data-suits-item]').length === everything.length, 'everything that may suit');
    (shadow(element).querySelector('details.more-filters') as HTMLDetailsElement).open = true;
    await until(() => shadow(element).querySelector('#field-topic option[value="carers"]'), 'the topics');
    choose(element, '#field-topic', 'carers');
    await until(() => suitsItems(element).join() === carers.join(), 'only the carers suggestions, best first');
    expect(sent.at(-1), 'the filters went with the call').to.deep.equal({ topic: ['carers'] });
    expect(words(shadow(element).querySelector('[data-for-me-results]'))).to.equal(`${carers.length} opportunities may suit you`);
    await until(() => currentAnnouncement() === `${carers.length} opportunities may suit you`, 'the new count said');

    // A keyword nothing that suits has: says the filters are why, and offers to clear them.
    const box = shadow(element).querySelector<HTMLInputElement>('#field-q')!;
    box.value = 'zzzunmatched';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => shadow(element).querySelector('[data-for-me-results] .panel-title'), 'nothing matches');
    expect(sent.at(-1)).to.deep.equal({ q: 'zzzunmatched', topic: ['carers'] });
    expect(words(shadow(element).querySelector('[data-for-me-results] .panel-title'))).to.equal('Nothing that may suit you matches your filters');
    // The announcement says the same as the panel (review MUST-FIX 4): the filters, not the person's profile.
    await until(() => currentAnnouncement() === 'Nothing that may suit you matches your filters', 'the filtered words said');
    await expect(element).shadowDom.to.be.accessible({ ignoredRules: ['region'] });
    clickOn(element, '[data-for-me-results] button');
    await until(() => shadow(element).querySelectorAll('[data-suits-item]').length === everything.length, 'everything that may suit, again');
    expect(sent.at(-1)).to.deep.equal({});
    expect(shadow(element).activeElement?.id, 'the focus in the keyword box').to.equal('field-q');
  });

  it('`for-me` starts it ticked', async () => {
    const { api, token } = signedIn();
    const element = await showList(api, { token, forMe: true });
    await until(() => shadow(element).querySelector('[data-suits-item]'), 'the suggestions');
    expect((await toggle(element)).checked).to.equal(true);
  });

  it('without a sign-in there is no such choice, and nothing asks for suggestions', async () => {
    const { api } = signedIn();
    const seen = counted(api);
    const element = await showList(api, { forMe: true });
    await untilLoaded(element);
    await element.updateComplete;
    expect(shadow(element).querySelector('#field-for-me, [data-for-me]')).to.equal(null);
    expect(shadow(element).querySelector('form.filters')).not.to.equal(null);
    expect(seen.calls).to.equal(0);
  });

  it('a sign-in the server no longer knows (401) says so, links to sign in again, tells the page, and "Show all opportunities" brings the list back', async () => {
    const { api } = signedIn({ token: 'unknown' });
    let signedOut: unknown;
    document.addEventListener('coprod-signed-out', (event) => (signedOut = (event as CustomEvent).detail), { once: true });
    const element = await showList(api, { token: 'me-ended-sign-in', forMe: true });
    await untilForMe(element);
    const panel = shadow(element).querySelector('[data-for-me-ended]');
    expect(words(panel?.querySelector('.panel-title'))).to.equal('Your sign-in has ended');
    expect(panel?.querySelector('a')?.getAttribute('href')).to.equal('https://council.example/sign-in');
    expect(words(panel?.querySelector('a'))).to.equal('Sign in again');
    expect(signedOut).to.deep.equal({ reason: 'ended' });
    await expect(element).shadowDom.to.be.accessible({ ignoredRules: ['region'] });
    clickOn(element, '[data-for-me-ended] button');
    await until(() => shadow(element).querySelector('form.filters') && shadow(element).querySelector('.cards .card'), 'the whole list');
    expect((await toggle(element)).checked).to.equal(false);
    expect(shadow(element).activeElement, 'the focus on the list, not dropped to the page').to.equal(shadow(element).querySelector('.list-heading'));
  });

  it('a failure says so with "Try again", which asks again', async () => {
    const { api, token } = signedIn();
    let fail = true;
    const real = api.listMySuggestions.bind(api);
    Object.defineProperty(api, 'listMySuggestions', { value: (options: Parameters<typeof real>[0]) => (fail ? Promise.reject(new Error('down')) : real(options)) });
    const errors: string[] = [];
    document.addEventListener('coprod-error', (event) => errors.push((event as CustomEvent).detail.action));
    const element = await showList(api, { token, forMe: true });
    await untilForMe(element);
    expect(words(shadow(element).querySelector('[part=error] .panel-title'))).to.contain('We could not look for opportunities that may suit you');
    expect(errors, 'the page is told, as for the list').to.deep.equal(['load']);
    fail = false;
    clickOn(element, '[part=error] button');
    await until(() => shadow(element).querySelector('[data-suits-item]'), 'the suggestions');
  });

  it('under sync-url the choice is in the address, so a reload keeps it (ticked, and unticked under for-me)', async () => {
    const start = location.href;
    try {
      const { api, token } = signedIn();
      const element = await showList(api, { token, syncUrl: true });
      (await toggle(element)).click();
      await until(() => new URLSearchParams(location.search).get('for-me') === 'true', 'for-me in the address');
      element.closest('coprod-provider')?.remove();
      const reloaded = await showList(api, { token, syncUrl: true });
      await until(() => shadow(reloaded).querySelector('[data-suits-item]'), 'the suggestions again');
      expect((await toggle(reloaded)).checked).to.equal(true);
      reloaded.closest('coprod-provider')?.remove();

      history.replaceState(null, '', start);
      const preset = await showList(api, { token, syncUrl: true, forMe: true });
      (await toggle(preset)).click();
      await until(() => new URLSearchParams(location.search).get('for-me') === 'false', 'unticked in the address');
      preset.closest('coprod-provider')?.remove();
      const again = await showList(api, { token, syncUrl: true, forMe: true });
      await untilLoaded(again);
      expect((await toggle(again)).checked).to.equal(false);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('speaks Welsh', async () => {
    const { api, token } = signedIn();
    const element = await showList(api, { token, forMe: true, locale: 'cy' });
    await until(() => shadow(element).querySelector('[data-suits-item] [data-reasons] li'), 'the reasons');
    expect(words(shadow(element).querySelector('[data-for-me] label'))).to.equal('Dim ond yr hyn a allai fod yn addas i mi');
    expect(words(shadow(element).querySelector('[data-suits-item] .subtitle'))).to.equal('Pam y gallai fod yn addas i chi');
  });

  it('a Welsh card says when from its sessions in Welsh, as the list\'s own cards do; an English one as the council wrote it', async () => {
    const { api, token } = signedIn();
    const suggested = (await api.listMySuggestions({ meToken: token, limit: 100 })).items.map((s) => s.opportunity);
    const dated = suggested.filter((opportunity) => opportunity.when.sessions?.length && !opportunity.translations?.cy?.when);
    expect(dated.length, 'suggestions with sessions and no Welsh "when"').to.be.greaterThan(0);
    const whenOf = (element: HTMLElement, id: string) => shadow(element).querySelector(`[data-suits-item="${id}"] .fact-when dd`)!;
    for (const locale of ['cy', 'en-GB']) {
      const element = await showList(api, { token, forMe: true, locale });
      await until(() => shadow(element).querySelector('[data-suits-item] [data-reasons] li'), 'the reasons');
      for (const opportunity of dated) {
        const [first] = opportunity.when.sessions!;
        const said = whenOf(element, opportunity.id).textContent!.replace(/\u00a0/g, ' ');
        if (locale === 'cy') {
          expect(said, opportunity.id).to.match(new RegExp(`^${formatDate('cy', first!.start, 'dateTime').replace(/\u00a0/g, ' ')}`));
          expect(said, `${opportunity.id}: not the English summary`).not.to.contain(opportunity.when.summary.replace(/\n/g, ''));
          expect(whenOf(element, opportunity.id).getAttribute('lang'), `${opportunity.id}: Welsh, not marked English`).to.equal(null);
        } else {
          expect(said, opportunity.id).to.equal(opportunity.when.summary.replace(/\n/g, ''));
        }
      }
    }
  });
});
