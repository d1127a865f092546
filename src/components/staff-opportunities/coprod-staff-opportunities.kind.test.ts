import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { STAFF_NOW, STAFF_TOKEN, staffApi } from '../../../test/helpers/staff-states.js';
import { openCarersEdit } from './coprod-staff-opportunities.states.js';
import '../provider/coprod-provider.js';
import '../opportunity/coprod-opportunity.js';
import './coprod-staff-opportunities.js';

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(adapter: CoprodApi) {
  history.replaceState(null, '', location.pathname);
  const root = await fixture(html`<coprod-provider .adapter=${adapter} token=${STAFF_TOKEN}>
    <coprod-staff-opportunities organisation="anytown-council" .now=${STAFF_NOW}></coprod-staff-opportunities>
  </coprod-provider>`);
  const element = root.querySelector<HTMLElement>('coprod-staff-opportunities')!;
  await until(() => shadow(element).querySelector('.tabs, [part="error"]'), 'the list to load');
  return element;
}

async function save(element: HTMLElement) {
  const saved = oneEvent(element, 'coprod-opportunity-saved');
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith('Save changes'))!.click();
  return (await saved).detail.opportunity;
}

// Issue 17 item 5: staff publish a training or support session as an opportunity of its own kind.
describe('<coprod-staff-opportunities> the kind of opportunity', () => {
  beforeEach(() => forgetDrafts('staff-brief'));

  it('asks what sort of opportunity it is, shows it in the preview, and saves it (and back to an activity)', async () => {
    const adapter = staffApi();
    const element = await render(adapter);
    await openCarersEdit(element);
    const group = shadow(element).querySelector('#field-kind')!.closest('fieldset')!;
    expect(text(group.querySelector('legend'))).to.equal('What sort of opportunity');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios[0]!.checked, 'an activity until staff say otherwise').to.equal(true);
    // Review SHOULD 8: "Offered first to those who asked" is said of training and support only.
    const first = 'Offered first to those who asked for training or support.';
    expect(radios.map((r) => text(r.labels?.[0]))).to.deep.equal(['Taking part in our work', `Training ${first}`, `A support session ${first}`]);

    radios[1]!.click();
    const preview = () => shadow(element).querySelector<HTMLElement>('.preview coprod-opportunity');
    await until(() => text(preview() && shadow(preview()!).querySelector('.fact-kind')).startsWith('What it is Training'), 'the preview to say it is training');
    const training = await save(element);
    expect(training.kind).to.equal('training');
    expect((await adapter.getOpportunity('opp-carers-strategy')).kind).to.equal('training');

    await openCarersEdit(element);
    const again = [...shadow(element).querySelector('#field-kind')!.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(again[1]!.checked, 'the saved kind comes back into the form').to.equal(true);
    again[0]!.click();
    const activity = await save(element);
    expect(activity.kind).to.equal(undefined);
  });
});
