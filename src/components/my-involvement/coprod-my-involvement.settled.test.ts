import { expect, fixture, html } from '@open-wc/testing';
import type { MeCallOptions } from '../../api/api.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { stillLoading } from '../../../test/helpers/loaded.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import './coprod-my-involvement.js';

// First in its own file on purpose: the invitations part's module is fetched for the first time here (cold), as it was
// in live-attributes' my-involvement opportunity-href, which once judged the page settled while that module was on its way.
describe('<coprod-my-involvement>: loading', () => {
  it('shows it is still loading until every part has come, the invitations too (no quiet moment before them)', async () => {
    const api = new MeFixtureApi();
    const list = api.listMyInvitations;
    let asked = false;
    Object.defineProperty(api, 'listMyInvitations', {
      value: async (options: MeCallOptions) => {
        const found = await list(options);
        asked = true;
        return found;
      },
    });
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    // Each moment the signed-in page showed with nothing loading (no skeleton, nothing busy, no load on its way) before the invitations were asked.
    const quiet: number[] = [];
    await until(() => {
      const busy = stillLoading(element);
      if (!busy && !asked && shadow(element).querySelector('[data-sign-out]')) quiet.push(Math.round(performance.now()));
      return asked && !busy;
    }, 'the invitations asked and the page settled', 15_000);
    expect(quiet, 'moments the page looked settled with the invitations still to come').to.deep.equal([]);
  });
});
