import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MySuggestion } from '../../api/types.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { GOOD_KEY, GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import { states } from './coprod-my-involvement.person.states.js';
import './coprod-my-involvement.js';

describeStates(states);

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function page(options: MeFixtureOptions = {}, attributes: { locale?: string; readingLevel?: string; opportunityHref?: string } = {}) {
  const element = await fixture<HTMLElement>(
    html`<coprod-my-involvement .adapter=${new MeFixtureApi(options)} locale=${attributes.locale ?? 'en-GB'} reading-level=${attributes.readingLevel ?? 'standard'} opportunity-href=${ifDefined(attributes.opportunityHref)} .signInLink=${GOOD_LINK}></coprod-my-involvement>`,
  );
  await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
  return element;
}

const section = (element: HTMLElement) => until(() => shadow(element).querySelector('[data-looked]:not(:has([aria-busy]))'), 'who looked');

describe('<coprod-my-involvement>: who looked at your profile', () => {
  it('says, newest first, when the council looked or corrected, with the reason, and never who', async () => {
    const element = await page();
    const looked = await section(element);
    await until(() => looked.querySelector('[data-looked-item]'), 'the list');
    const items = [...looked.querySelectorAll('[data-looked-item]')].map(words);
    expect(items).to.deep.equal([
      'Anytown Council looked at your profile on 9 March 2026. Why: to contact you.',
      'Anytown Council corrected your profile on 1 March 2026. Why: you asked us to.',
      'Anytown Council looked at your profile on 26 February 2026. Why: to find people to invite.',
    ]);
    expect(words(looked.querySelector('h3'))).to.equal('Who looked at your profile');
    expect(words(looked)).to.contain('We do not name the person');
  });

  it('shows a deletion by staff after the profile has gone, on a page that holds nothing else', async () => {
    const element = await page({ holds: 'empty', views: 'deleted' });
    const looked = await section(element);
    await until(() => looked.querySelector('[data-looked-item="deleted"]'), 'the deletion');
    expect(words(looked.querySelector('[data-looked-item="deleted"]'))).to.equal('Anytown Council deleted your profile on 8 March 2026. Why: you had two profiles with us, and this was the second copy.');
  });

  it('says nobody has looked yet; with no profile and nothing to show, the section is left out', async () => {
    const nobody = await page({ views: 'none' });
    expect(words(await until(() => shadow(nobody).querySelector('[data-looked] [part="empty"]'), 'nobody'))).to.contain('Nobody at Anytown Council has opened your profile yet.');
    const empty = await page({ holds: 'empty' });
    await until(() => shadow(empty).querySelector('[part="empty"]'), 'the page');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Boolean(shadow(empty).querySelector('[data-looked]'))).to.equal(false);
  });

  it('says "Staff" without an organisation name, and words it in Welsh and in easy read', async () => {
    const staff = await page({ organisation: null });
    expect(words(await until(() => shadow(staff).querySelector('[data-looked-item]'), 'the list'))).to.match(/^Staff looked at your profile on 9 March 2026\./);
    const welsh = await page({}, { locale: 'cy' });
    expect(words(await until(() => shadow(welsh).querySelector('[data-looked-item]'), 'the Welsh list'))).to.match(/^Edrychodd Anytown Council ar eich proffil ar 9 Mawrth 2026\./);
    const easy = await page({}, { readingLevel: 'easy-read' });
    expect(words(await until(() => shadow(easy).querySelector('[data-looked-item]'), 'the easy read list'))).to.match(/^Anytown Council looked at your profile\. ?The date was 9 March 2026\./);
  });

  it('offers to try again when the list fails, and shows it when it then loads', async () => {
    const options: MeFixtureOptions = { views: 'fails' };
    const api = new MeFixtureApi(options);
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} locale="en-GB" .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const retry = await until(() => shadow(element).querySelector<HTMLButtonElement>('[data-looked] [part="error"] button'), 'the error');
    expect(words(shadow(element).querySelector('[data-looked] [part="error"]'))).to.contain('We could not show who looked at your profile');
    options.views = 'some';
    retry.click();
    await until(() => shadow(element).querySelector('[data-looked-item]'), 'the list after trying again');
  });
});

describe('<coprod-my-involvement>: opportunities that may suit you', () => {
  const first = (element: HTMLElement) => until(() => shadow(element).querySelector('[data-suits-item]'), 'may suit you');

  it('lists open opportunities that match the profile, not one already answered, each saying why and what would be arranged', async () => {
    const element = await page();
    const card = await first(element);
    expect(words(card.querySelector('.card-title'))).to.equal('Carers Week planning group');
    expect([...card.querySelectorAll('[data-reasons] li')].map(words)).to.deep.equal(['You care about Carers']);
    // Each need's sentence once per card made the card four screens long at 320 px: one line for what is not offered yet.
    expect([...card.querySelectorAll('[data-arrange] li')].map(words)).to.deep.equal([
      'Papers sent in advance and Regular breaks: not offered yet. Tell us when you say you are interested, and we will arrange them.',
    ]);
    const shown = [...shadow(element).querySelectorAll('[data-suits-item]')].map((item) => item.getAttribute('data-suits-item'));
    expect(shown).to.have.length.within(1, 5);
    expect(shown, 'already said they are interested').not.to.include('opp-carers-strategy');
  });

  it('says when nothing matches, and shows no section to someone with no profile to match', async () => {
    const none = await page({ suits: 'none' });
    expect(words(await until(() => shadow(none).querySelector('[data-suits] [part="empty"]'), 'nothing matches'))).to.contain('Nothing matches your profile just now');
    const empty = await page({ holds: 'empty' });
    await until(() => shadow(empty).querySelector('[part="empty"]'), 'the page');
    expect(Boolean(shadow(empty).querySelector('[data-suits]'))).to.equal(false);
  });

  it('says why in Welsh and in easy read', async () => {
    const welsh = await page({}, { locale: 'cy' });
    expect(words((await first(welsh)).querySelector('[data-reasons] li'))).to.match(/^Mae gennych ddiddordeb mewn /);
    const easy = await page({}, { readingLevel: 'easy-read' });
    expect(words(shadow(easy).querySelector('[data-suits] h3'))).to.equal('Things you might like to help with');
  });

  // As the invitations do: where the council wrote no Welsh, a Welsh reader's screen reader says the English as English.
  it('marks an English-only title, summary and when lang="en-GB" on a Welsh page, and nothing on an English one', async () => {
    const welsh = await page({}, { locale: 'cy' });
    await first(welsh);
    const seed = new MeFixtureApi();
    const cards = [...shadow(welsh).querySelectorAll<HTMLElement>('[data-suits-item]')];
    let english = 0;
    for (const card of cards) {
      const opportunity = await seed.getOpportunity(card.getAttribute('data-suits-item')!);
      const cy = opportunity.translations?.cy;
      const id = card.getAttribute('data-suits-item');
      // No Welsh "when" but sessions given: the sessions in Welsh (as the list's cards and the invitations say them), no lang.
      const fromSessions = !cy?.when && !!opportunity.when.sessions?.length;
      expect(card.querySelector('.card-title [lang]')?.getAttribute('lang') ?? null, `${id} title`).to.equal(cy?.title ? null : 'en-GB');
      expect(card.querySelector(':scope > p:not(.meta)')?.getAttribute('lang') ?? null, `${id} summary`).to.equal(cy?.summary ? null : 'en-GB');
      expect(card.querySelector('.meta [lang]')?.getAttribute('lang') ?? null, `${id} when`).to.equal(cy?.when || fromSessions ? null : 'en-GB');
      if (fromSessions) expect(words(card.querySelector('.meta')), `${id} when`).to.match(/^Pryd: Dydd\s/);
      if (!cy?.title) english += 1;
    }
    expect(english, 'the seed has an English-only opportunity among those that may suit').to.be.greaterThan(0);
    const plain = await page();
    await first(plain);
    expect(shadow(plain).querySelector('[data-suits] [lang]')).to.equal(null);
  });

  it('marks the place in "Ble" lang="en-GB" on a Welsh page where its area has no Welsh name, and leaves a Welsh area unmarked (plain-words.ts whereInWords)', async () => {
    const api = new MeFixtureApi();
    // The first suggestion's area (in person) loses its Welsh name; the other areas keep theirs.
    const suggest = api.listMySuggestions;
    let englishArea: string | undefined;
    const suggested = new Map<string, MySuggestion['opportunity']>();
    Object.assign(api, {
      listMySuggestions: async (...args: Parameters<typeof suggest>) => {
        const page = structuredClone(await suggest(...args));
        for (const { opportunity: o } of page.items) {
          suggested.set(o.id, o);
          if (!o.area || !o.where.modes.includes('in_person')) continue;
          englishArea ??= o.area.id;
          if (o.area.id === englishArea) o.area.name.cy = '';
        }
        return page;
      },
    });
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} locale="cy" .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    await first(element);
    const seen = { english: 0, welsh: 0 };
    for (const card of shadow(element).querySelectorAll<HTMLElement>('[data-suits-item]')) {
      const o = suggested.get(card.getAttribute('data-suits-item')!)!;
      if (!o.area || !o.where.modes.includes('in_person')) continue;
      const meta = card.querySelector('.meta')!;
      const marked = [...meta.querySelectorAll('[lang="en-GB"]')].map((span) => span.textContent);
      if (o.area.id === englishArea) {
        expect(marked, `${o.id}: "${words(meta)}"`).to.include(o.area.name.en);
        seen.english += 1;
      } else {
        expect(words(meta), `${o.id}: names its Welsh area`).to.contain(`, ${o.area.name.cy}`);
        expect(marked, `${o.id}: "${words(meta)}"`).not.to.include(o.area.name.cy);
        seen.welsh += 1;
      }
    }
    expect(seen.english, 'a suggestion in the English-only area').to.be.greaterThan(0);
  });

  it('links each title to the opportunity on the page named by opportunity-href, and the interests too', async () => {
    const plain = await page();
    expect(Boolean((await first(plain)).querySelector('.card-title a')), 'no link without opportunity-href').to.equal(false);
    const element = await page({}, { opportunityHref: '/get-involved/' });
    const link = (await first(element)).querySelector<HTMLAnchorElement>('.card-title a');
    expect(link?.getAttribute('href')).to.equal('/get-involved/?opportunity=' + encodeURIComponent((await first(element)).getAttribute('data-suits-item')!));
    expect(words(link)).to.equal('Carers Week planning group');
    const interest = shadow(element).querySelector<HTMLAnchorElement>('.interests .card-title a');
    expect(interest?.getAttribute('href')).to.equal('/get-involved/?opportunity=opp-carers-strategy');
    element.setAttribute('opportunity-href', '/opportunities/{id}.html');
    await until(() => shadow(element).querySelector('.interests .card-title a[href="/opportunities/opp-carers-strategy.html"]'), 'the interest linked to the new address');
  });

  it('offers to try again when the search fails', async () => {
    const options: MeFixtureOptions = { suits: 'fails' };
    const element = await page(options);
    const retry = await until(() => shadow(element).querySelector<HTMLButtonElement>('[data-suits] [part="error"] button'), 'the error');
    options.suits = 'ranked';
    retry.click();
    await first(element);
  });
});

describe('<coprod-my-involvement>: signed in', () => {
  it('"Sign out" stands apart from the notice under it, at 320 px and 1280 px, in English and Welsh (s19 look defect 4)', async () => {
    for (const [width, locale, readingLevel] of [[320, 'en-GB', 'standard'], [320, 'cy', 'standard'], [320, 'en-GB', 'easy-read'], [1280, 'cy', 'standard']] as const) {
      const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><coprod-my-involvement .adapter=${new MeFixtureApi()} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement></div>`);
      const element = box.firstElementChild as HTMLElement;
      const details = await until(() => shadow(element).querySelector<HTMLDetailsElement>('details'), 'the profile key form');
      details.open = true;
      typeInto(element, '#field-profileId', 'prof-rhian');
      typeInto(element, '#field-key', GOOD_KEY);
      clickOn(element, 'details button[type="submit"]');
      const signOut = await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
      const notice = await until(() => shadow(element).querySelector('.signed-in + .panel.notice'), 'the profile key notice under it');
      const gap = notice.getBoundingClientRect().top - signOut.getBoundingClientRect().bottom;
      expect(gap, `${width} px, ${locale}, ${readingLevel}: the space between "Sign out" and the notice`).to.be.at.least(12);
      // Easy read says it a sentence a line, as its words are written.
      if (readingLevel === 'easy-read') expect(getComputedStyle(notice).whiteSpace, 'easy read: one sentence a line').to.equal('pre-line');
    }
  });
});
