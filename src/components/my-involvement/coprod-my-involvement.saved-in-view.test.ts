/**
 * "Save my choices" at 320 px (session 27's keyboard walk of /my-involvement.html): the
 * "We saved your choices" line appeared above the button, so the button the reader had just
 * pressed, at the bottom of the screen as a keyboard reader's browser scrolls it, went below it.
 * The line now comes after the button: the pressed button stays where it was.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { shadow, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import type { CoprodMyInvolvement } from './coprod-my-involvement.component.js';
import './coprod-my-involvement.js';

describe('<coprod-my-involvement> saving how you hear back, at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the pressed "Save my choices" button where it was once "saved" shows', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<CoprodMyInvolvement>(html`<coprod-my-involvement .adapter=${new MeFixtureApi()} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    // The whole form, "Invitations to take part" included (it loads with the person's profiles).
    const button = await until(() => {
      const form = shadow(element).querySelector('form.preferences');
      return form && form.querySelectorAll(':scope > .form-group').length === 5 ? form.querySelector<HTMLButtonElement>(':scope > button[type="submit"]') : null;
    }, 'the preferences form with the invitations');
    button.focus();
    window.scrollBy(0, button.getBoundingClientRect().bottom - innerHeight + 2);
    const before = button.getBoundingClientRect().top;
    await sendKeys({ press: 'Enter' });
    const saved = await until(() => shadow(element).querySelector<HTMLElement>('[data-preferences="saved"]'), 'saved');
    await element.updateComplete;
    expect(shadow(element).activeElement, 'the focus stays on the button').to.equal(button);
    expect(Math.round(button.getBoundingClientRect().top), 'the button did not move').to.equal(Math.round(before));
    expect(button.getBoundingClientRect().bottom, 'the button is in sight').to.be.at.most(innerHeight);
    expect(saved.getBoundingClientRect().top, '"saved" comes after the button').to.be.at.least(button.getBoundingClientRect().bottom);
  });
});
