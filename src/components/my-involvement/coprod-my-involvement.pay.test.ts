import { expect, fixture, html } from '@open-wc/testing';
import { shadow, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import type { CoprodClaim } from '../claim/coprod-claim.component.js';
import './coprod-my-involvement.js';

describe('<coprod-my-involvement>: claims and the involvement record', () => {
  it('shows the person’s claims with their sign-in, and offers their record as CSV and JSON', async () => {
    const api = new MeFixtureApi();
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const claim = await until(() => shadow(element).querySelector<CoprodClaim>('coprod-claim'), 'the claims');
    expect(claim.meToken).to.match(/^me_/);
    await until(() => claim.shadowRoot?.querySelector('[part="benefits"]'), 'the claims to load');
    expect(shadow(element).querySelector('[data-record-csv]')).to.exist;
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (made.push(blob as Blob), 'blob:test');
    try {
      shadow(element).querySelector<HTMLButtonElement>('[data-record-json]')!.click();
      await until(() => made.length, 'the download');
    } finally {
      URL.createObjectURL = original;
    }
    const record = JSON.parse(await made[0]!.text()) as { activities: unknown[]; claims: unknown[] };
    expect(record).to.have.keys(['generatedAt', 'activities', 'claims', 'feedback', 'totals']);
  });
});
