import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { fillBrief, openCarersEdit, openCreate } from './coprod-staff-opportunities.states.js';
import '../provider/coprod-provider.js';
import './coprod-staff-opportunities.js';

type Element_ = HTMLElement & { updateComplete: Promise<unknown> };
const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const kept = () => Object.keys(sessionStorage).filter((key) => key.startsWith('coprod-staff-brief-draft:'));

async function render(api: CoprodApi): Promise<Element_> {
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}>
    <coprod-staff-opportunities id="briefs" organisation="anytown-council" sign-in-href="/sign-in" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<Element_>('coprod-staff-opportunities')!;
  await until(() => shadow(element).querySelector('.tabs, [part="error"]'), 'the list to load');
  return element;
}

/** A reload: the page is hidden (no time for the typing pause), then everything is made again. */
async function reload(element: Element_, api: CoprodApi): Promise<Element_> {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  element.closest('coprod-provider')!.remove();
  return render(api);
}

describe('<coprod-staff-opportunities> drafts', () => {
  beforeEach(() => {
    forgetDrafts('staff-brief');
    history.replaceState(null, '', location.pathname);
  });

  it('keeps a new brief being written through a reload, brings it back with a notice, and forgets it once saved', async () => {
    const api = staffApi();
    const first = await render(api);
    await openCreate(first);
    await fillBrief(first);
    typeInto(first, '#field-title', 'Test the new direct payments letter, again');
    const again = await reload(first, api);
    expect(kept()).to.have.length(1);
    const notice = await until(() => shadow(again).querySelector('[part="draft-notice"]'), 'the draft notice');
    expect(words(notice)).to.contain('We have kept what you typed');
    expect(shadow(again).querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Test the new direct payments letter, again');
    expect(shadow(again).querySelector<HTMLTextAreaElement>('#field-description')!.value).to.contain('We have rewritten the letter');
    await until(() => currentAnnouncement() === 'We have kept what you typed', 'the announcement');
    shadow(again).querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
    await until(() => !shadow(again).querySelector('form[part="form"]'), 'back to the list after saving');
    expect(kept()).to.deep.equal([]);
    const saved = await api.listOpportunities({ status: ['draft'], q: 'direct payments letter', limit: 100 });
    expect(saved.items.map((o) => o.title)).to.include('Test the new direct payments letter, again');
  });

  it('keeps an edit through a reload, still laid over the brief as opened, and "Start again" brings back the brief', async () => {
    const api = staffApi();
    const first = await render(api);
    await openCarersEdit(first);
    const opened = shadow(first).querySelector<HTMLInputElement>('#field-title')!.value;
    typeInto(first, '#field-title', 'Write the carers’ strategy with us (changed)');
    const again = await reload(first, api);
    await until(() => shadow(again).querySelector('[part="draft-notice"]'), 'the draft notice');
    expect(shadow(again).querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Write the carers’ strategy with us (changed)');
    // The sessions of the brief as opened are on the form too.
    expect(shadow(again).querySelector('[data-session="3"]')).to.not.equal(null);
    [...shadow(again).querySelectorAll<HTMLButtonElement>('[part="draft-notice"] button')].find((b) => words(b) === 'Start again')!.click();
    await until(() => !shadow(again).querySelector('[part="draft-notice"]'), 'the notice to go');
    expect(shadow(again).querySelector<HTMLInputElement>('#field-title')!.value).to.equal(opened);
    expect(kept()).to.deep.equal([]);
  });
});
