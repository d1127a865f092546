/**
 * The reading switch keeps the reader's place: after "Easy read" (or "Cymraeg"), the focus is on
 * the switch again once the new words are here. In the built bundles those words load on first
 * use, and meanwhile the switch's row stood empty, so the pressed button left the page and the
 * focus fell to the body (seen by keyboard at 320 px on the demo council page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryApi } from '../../api/in-memory.js';
import { readingsReady } from '../../core/i18n.js';
import { forgetReaderChoice } from '../../core/reader-choice.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { lateCatalog } from '../../../test/helpers/late-catalog.js';
import './coprod-provider.js';

describe('<coprod-provider show-reading-switch>', () => {
  afterEach(() => forgetReaderChoice());

  it('keeps the focus on the switch while the easy-read words load', async () => {
    const provider = await fixture<HTMLElement>(html`<coprod-provider show-reading-switch .adapter=${new InMemoryApi()}></coprod-provider>`);
    const button = await until(() => shadow(provider).querySelector<HTMLButtonElement>('[data-switch="reading"]'), 'the switch');
    const arrive = lateCatalog();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    arrive();
    await readingsReady('en-GB', 'easy-read');
    await until(() => shadow(provider).activeElement?.matches('[data-switch="reading"]') === true, 'the focus on the switch again');
    expect(shadow(provider).activeElement!.textContent!.trim()).to.equal('Standard words');
  });
});
