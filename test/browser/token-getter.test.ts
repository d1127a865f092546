import { expect, fixture, html } from '@open-wc/testing';
import { httpApiFor } from '../../src/api/http-clients.js';
import { until } from '../helpers/dom.js';
import '../../src/components/provider/coprod-provider.js';
import '../../src/components/opportunity-list/coprod-opportunity-list.js';

describe('a token getter, as the README recommends for a host sign-in', () => {
  it('gives a widget the same API client on every read', () => {
    const getter = (): string => 'token';
    expect(httpApiFor('/api/v1', getter, undefined)).to.equal(httpApiFor('/api/v1', getter, undefined));
    expect(httpApiFor('/api/v1', getter, undefined)).to.not.equal(httpApiFor('/api/v1', () => 'token', undefined));
    expect(httpApiFor('/api/v1', 'a', undefined)).to.equal(httpApiFor('/api/v1', 'a', undefined));
  });

  it('keeps only a few clients for string tokens that change (refreshed JWTs)', () => {
    const first = httpApiFor('/api/lru', 'token-0', undefined);
    for (let i = 1; i <= 10; i++) httpApiFor('/api/lru', `token-${i}`, undefined);
    expect(httpApiFor('/api/lru', 'token-0', undefined)).to.not.equal(first);
  });

  it('lets a list load once and settle, not refetch forever', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const root = await fixture<HTMLElement & { token?: unknown }>(
        html`<coprod-provider api-base="/no-such-api/v1" .token=${() => 'signed-in'}><coprod-opportunity-list></coprod-opportunity-list></coprod-provider>`,
      );
      const list = root.querySelector('coprod-opportunity-list')!;
      // No API answers here: the list must end in its error state and stay there.
      await until(() => list.shadowRoot?.querySelector('[part=error]'), 'the error state', 8000);
      const settled = requests.length;
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(requests.length, `requests: ${requests.join(', ')}`).to.equal(settled);
      expect(settled).to.be.below(10);
    } finally {
      window.fetch = realFetch;
    }
  });
});
