import { expect, fixture, html } from '@open-wc/testing';
import { wcag22Rules } from '../helpers/axe-wcag22.js';
import { componentAxeOptions } from '../helpers/state-sweep.js';

describe('axe checks WCAG 2.2 in every run', () => {
  it('has target-size (2.5.8) among the rules it turned on', () => {
    expect(wcag22Rules).to.include('target-size');
  });

  it('fails two 12 px buttons side by side (target-size), and passes them at 24 px', async () => {
    const small = await fixture(html`<div>
      <button style="width: 12px; height: 12px; padding: 0; margin: 0" aria-label="Previous"></button><button style="width: 12px; height: 12px; padding: 0; margin: 0" aria-label="Next"></button>
    </div>`);
    await expect(small).not.to.be.accessible(componentAxeOptions);
    const large = await fixture(html`<div>
      <button style="width: 24px; height: 24px; padding: 0; margin: 0" aria-label="Previous"></button><button style="width: 24px; height: 24px; padding: 0; margin: 0" aria-label="Next"></button>
    </div>`);
    await expect(large).to.be.accessible(componentAxeOptions);
  });
});
