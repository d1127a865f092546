/**
 * Opening an opportunity from the list moves the focus to its heading also on a page that holds a
 * <coprod-opportunity> of its own, not yet defined (per-element modules, or one further down loaded when
 * used). There, src/core/define.ts defines the tag a task after its module has run, so the list's opened
 * view is not yet upgraded when the import resolves (review N5, session 16). Its own file: the tag must
 * not be defined before the test.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import { NOW, untilLoaded } from './coprod-opportunity-list.states.js';

describe('<coprod-opportunity-list> beside a <coprod-opportunity> not yet defined', () => {
  it('opening a card focuses the opened opportunity’s heading', async () => {
    expect(customElements.get('coprod-opportunity'), 'the tag not defined before the test').to.equal(undefined);
    const element = await renderState(
      'coprod-opportunity-list',
      () => html`<div>
        <coprod-provider .adapter=${new InMemoryApi({ now: NOW })}><coprod-opportunity-list .today=${NOW} no-url></coprod-opportunity-list></coprod-provider>
        <coprod-opportunity hidden></coprod-opportunity>
      </div>`,
    );
    await untilLoaded(element);
    const root = shadow(element);
    const card = await until(() => root.querySelector<HTMLElement>('.cards .card'));
    card.querySelector<HTMLAnchorElement>('.card-title a')!.click();
    const detail = await until(() => root.querySelector<HTMLElement>('coprod-opportunity'), 'the opportunity open');
    await until(() => detail.shadowRoot?.activeElement?.classList.contains('title'), 'focus on its heading');
    expect(document.querySelector('coprod-opportunity')!.shadowRoot, 'the page’s own one upgraded too').to.not.equal(null);
  });
});
