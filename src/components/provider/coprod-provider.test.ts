import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { configure, resetConfiguration } from '../../core/config.js';
import { coreMessages } from '../../core/messages.js';
import { upgradePlaceholders } from '../../core/placeholders.js';
import { componentAxeOptions } from '../../../test/helpers/state-sweep.js';
import { InMemoryApi } from '../../api/in-memory.js';
import './coprod-provider.js';

/** A minimal widget that shows what configuration reached it. */
@customElement('coprod-config-probe')
class ConfigProbe extends CoprodElement {
  static override messages = coreMessages;
  /** It shows its configuration, so it works without an API. */
  protected override get configured(): boolean {
    return true;
  }
  /** The API the widget would talk to (`api` itself is protected). */
  get usedApi(): unknown {
    return this.api;
  }
  protected override renderContent(): unknown {
    const { apiBase, locale, readingLevel } = this.config;
    return html`<p>${this.t('loading')}</p>
      <dl>
        <dt>API</dt>
        <dd class="api">${apiBase ?? 'none'}</dd>
        <dt>Locale</dt>
        <dd class="locale">${locale}</dd>
        <dt>Reading level</dt>
        <dd class="level">${readingLevel}</dd>
      </dl>`;
  }
}

const read = (probe: Element, field: string): string => probe.shadowRoot!.querySelector(`.${field}`)!.textContent!.trim();

describe('<coprod-provider>', () => {
  afterEach(() => resetConfiguration());

  it('hands api-base, locale and reading level to the widgets inside it', async () => {
    const root = await fixture(html`<coprod-provider api-base="https://council.example/api/v1" locale="cy" reading-level="easy-read">
      <section><coprod-config-probe></coprod-config-probe></section>
    </coprod-provider>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    await probe.updateComplete;
    expect(read(probe, 'api')).to.equal('https://council.example/api/v1');
    expect(read(probe, 'locale')).to.equal('cy');
    expect(read(probe, 'level')).to.equal('easy-read');
    // Welsh easy-read wording reaches the widget, and the language is marked for screen readers.
    expect(probe.shadowRoot!.querySelector('p')!.textContent).to.equal('Arhoswch os gwelwch yn dda.');
    expect(probe.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('cy');
  });

  it("lets the element's own attributes win", async () => {
    const root = await fixture(html`<coprod-provider api-base="/from-provider" locale="cy">
      <coprod-config-probe api-base="/own" locale="en-GB"></coprod-config-probe>
    </coprod-provider>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    await probe.updateComplete;
    expect(read(probe, 'api')).to.equal('/own');
    expect(read(probe, 'locale')).to.equal('en-GB');
  });

  it('passes later changes on to the widgets', async () => {
    const root = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<coprod-provider locale="en-GB"><coprod-config-probe></coprod-config-probe></coprod-provider>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    root.setAttribute('locale', 'cy');
    await root.updateComplete;
    await probe.updateComplete;
    expect(read(probe, 'locale')).to.equal('cy');
  });

  it('lets an inner provider inherit what it does not set', async () => {
    const root = await fixture(html`<coprod-provider api-base="/outer" locale="cy">
      <coprod-provider reading-level="easy-read"><coprod-config-probe></coprod-config-probe></coprod-provider>
    </coprod-provider>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    await probe.updateComplete;
    expect(read(probe, 'api')).to.equal('/outer');
    expect(read(probe, 'locale')).to.equal('cy');
    expect(read(probe, 'level')).to.equal('easy-read');
  });

  it('falls back to configure() defaults, then the page language', async () => {
    configure({ apiBase: '/page-wide' });
    const root = await fixture(html`<div lang="cy"><coprod-config-probe></coprod-config-probe></div>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    await probe.updateComplete;
    expect(read(probe, 'api')).to.equal('/page-wide');
    expect(read(probe, 'locale')).to.equal('cy');
    root.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await probe.updateComplete;
    expect(read(probe, 'locale')).to.equal('en-GB');
  });

  it('gives the widget the configured adapter as its API', async () => {
    const adapter = new InMemoryApi();
    const root = await fixture(html`<coprod-provider .adapter=${adapter}><coprod-config-probe></coprod-config-probe></coprod-provider>`);
    const probe = root.querySelector<ConfigProbe>('coprod-config-probe')!;
    await probe.updateComplete;
    expect(probe.usedApi).to.equal(adapter);
  });

  it('upgrades a data-coprod placeholder inside a provider, which then configures it', async () => {
    const root = await fixture(html`<coprod-provider locale="cy" api-base="/api/v1">
      <div data-coprod="config-probe" data-reading-level="easy-read"><a href="/fallback">Opportunities</a></div>
    </coprod-provider>`);
    const [upgraded] = upgradePlaceholders(root);
    expect(upgraded?.localName).to.equal('coprod-config-probe');
    const probe = upgraded as ConfigProbe;
    await probe.updateComplete;
    expect(read(probe, 'locale')).to.equal('cy');
    expect(read(probe, 'api')).to.equal('/api/v1');
    expect(read(probe, 'level')).to.equal('easy-read');
    expect(root.querySelector('a[href="/fallback"]')).to.equal(null);
  });

  it('ignores placeholders that do not name a widget', async () => {
    const root = await fixture(html`<div><div data-coprod="../../evil"></div><div data-coprod="Config Probe"></div></div>`);
    expect(upgradePlaceholders(root)).to.have.length(0);
  });

  it('is accessible around a widget', async () => {
    const root = await fixture(html`<coprod-provider locale="cy"><coprod-config-probe></coprod-config-probe></coprod-provider>`);
    await root.querySelector<ConfigProbe>('coprod-config-probe')!.updateComplete;
    await expect(root).to.be.accessible(componentAxeOptions);
  });
});
