/**
 * Opening an opportunity from a Welsh (or easy-read) list: the opportunity's own words load on
 * first use (built bundles), so it first draws its skeleton. The focus still lands on its heading
 * once the words are here, never on the page's body (seen at 320 px on the demo page: a keyboard
 * reader pressed Enter on a card and the next Tab started again from the top of the list).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import { readingsReady } from '../../core/i18n.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { lateCatalog } from '../../../test/helpers/late-catalog.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import type { CoprodOpportunityList } from './coprod-opportunity-list.component.js';
import { NOW, untilLoaded } from './coprod-opportunity-list.states.js';

describe('<coprod-opportunity-list> in Welsh: opening an opportunity whose words load on first use', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  it('puts the focus on the opportunity’s heading once its words have arrived', async () => {
    const element = (await renderState(
      'coprod-opportunity-list',
      () => html`<coprod-provider locale="cy" .adapter=${new InMemoryApi({ now: NOW })}><coprod-opportunity-list .today=${NOW}></coprod-opportunity-list></coprod-provider>`,
    )) as CoprodOpportunityList & HTMLElement;
    await readingsReady('cy', 'standard');
    await untilLoaded(element);
    const link = await until(() => shadow(element).querySelector<HTMLAnchorElement>('.cards .card .card-title a'));
    const arrive = lateCatalog();
    link.focus();
    link.click();
    const detail = await until(() => shadow(element).querySelector('coprod-opportunity'), 'the opportunity open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    arrive();
    await until(() => detail.shadowRoot?.activeElement?.matches('.title') === true, 'the focus on the opportunity’s heading');
    expect(detail.shadowRoot!.activeElement!.textContent!.trim()).to.equal(link.textContent!.trim());
  });
});
