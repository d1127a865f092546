import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AddressController, addressWith } from './address-controller.js';

/** A widget as small as can be: one thing open, kept in the address under `?thing=<id>`. */
class AddressHost extends LitElement {
  noUrl = false;
  popped: (string | undefined)[] = [];
  readonly address = new AddressController(this, {
    param: 'thing',
    off: () => this.noUrl,
    onPop: (linked) => this.popped.push(linked),
  });
}
customElements.define('address-test-host', AddressHost);

const start = `${location.pathname}${location.search}`;
const param = (): string | null => new URLSearchParams(location.search).get('thing');
/** Back, and the popstate it fires. */
const back = (): Promise<void> => new Promise((resolve) => {
  window.addEventListener('popstate', () => resolve(), { once: true });
  history.back();
});

describe('AddressController', () => {
  afterEach(() => history.replaceState(null, '', start));

  it('reads what a shared link opens, and ignores what does not look like an id', async () => {
    history.replaceState(null, '', addressWith('thing', 'item-7'));
    const host = await fixture<AddressHost>(html`<address-test-host></address-test-host>`);
    expect(host.address.linked).to.equal('item-7');
    history.replaceState(null, '', `${location.pathname}?thing=${encodeURIComponent('<b>x</b>')}`);
    expect(host.address.linked).to.equal(undefined);
  });

  it('opening adds a history entry Back returns from, and Back tells the widget what is open now', async () => {
    // history.length is no measure here: the test runner reuses its page, and Chromium keeps at
    // most 50 entries (a CI run found it already at 50), so the entries are counted by going Back.
    const host = await fixture<AddressHost>(html`<address-test-host></address-test-host>`);
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    host.address.write('item-7');
    expect(param()).to.equal('item-7');
    expect(location.hash, 'a link to an item drops the page part').to.equal('');
    host.address.write('item-7');
    await back();
    expect(param(), 'one Back closes it: the same address again added no entry').to.equal(null);
    expect(location.hash, 'and returns to the page as it was').to.equal('#top');
    expect(host.popped).to.deep.equal([undefined]);
  });

  it('replace changes the address in place; closing removes the parameter', async () => {
    const host = await fixture<AddressHost>(html`<address-test-host></address-test-host>`);
    history.pushState(null, '', `${location.pathname}?marker=1`);
    host.address.write('item-8', 'replace');
    expect(param()).to.equal('item-8');
    host.address.write(undefined, 'replace');
    expect(param()).to.equal(null);
    expect(new URLSearchParams(location.search).get('marker')).to.equal('1');
    await back();
    expect(new URLSearchParams(location.search).get('marker'), 'Back leaves the entry replace wrote in place').to.equal(null);
  });

  it('no-url: nothing is written and Back is not followed, while a link still opens', async () => {
    history.replaceState(null, '', addressWith('thing', 'item-9'));
    const host = await fixture<AddressHost>(html`<address-test-host></address-test-host>`);
    host.noUrl = true;
    expect(host.address.linked).to.equal('item-9');
    host.address.write(undefined);
    expect(param()).to.equal('item-9');
    history.pushState(null, '', addressWith('thing', 'item-10'));
    await back();
    expect(host.popped).to.deep.equal([]);
  });

  it('stops following Back once the widget leaves the page', async () => {
    const host = await fixture<AddressHost>(html`<address-test-host></address-test-host>`);
    host.remove();
    history.pushState(null, '', addressWith('thing', 'item-11'));
    await back();
    expect(host.popped).to.deep.equal([]);
  });
});
