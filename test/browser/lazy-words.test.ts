/**
 * Words that load on first use (the built bundles keep Welsh and easy read out of the first
 * download): a widget shows its skeleton, without a word of English, until its own words in the
 * reader's language are here. Once it has drawn its content in that language, words that start
 * loading later (a part opened on first use, another widget arriving on the page) do not swap it
 * back to the skeleton: that would take the reader's place and focus away.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { CoprodElement } from '../../src/core/coprod-element.js';
import { defineMessages, readingsReady } from '../../src/core/i18n.js';

class LazyWordsProbe extends CoprodElement {
  static override messages = defineMessages({ 'en-GB': { go: 'Go' }, cy: { go: 'Ewch' } });
  protected renderContent() {
    return template`<button type="button">${this.t('go')}</button>`;
  }
}
customElements.define('coprod-lazy-words-probe', LazyWordsProbe);

/** A catalog as scripts/lazy-readings.mjs writes it into dist/: English here, the rest on request. */
function lateCatalog() {
  let arrive!: () => void;
  const here = new Promise<void>((resolve) => (arrive = resolve));
  defineMessages({
    'en-GB': { later: 'Later' },
    readings: {
      cy: () => here.then(() => ({ cy: { later: 'Wedyn' } })),
      easy: () => here.then(() => ({ easyRead: { 'en-GB': {} } })),
    },
  } as unknown as Parameters<typeof defineMessages<{ later: string }>>[0]);
  return arrive;
}

const inside = (element: Element) => element.shadowRoot!;

describe('words that load on first use', () => {
  it('keep a drawn widget, its place and its focus, while a part’s words arrive; a widget drawn for the first time waits in its skeleton', async () => {
    const api = new InMemoryApi();
    const drawn = await fixture<LazyWordsProbe>(html`<coprod-lazy-words-probe locale="cy" .adapter=${api}></coprod-lazy-words-probe>`);
    await readingsReady('cy', 'standard');
    await drawn.updateComplete;
    const button = inside(drawn).querySelector('button')!;
    expect(button.textContent).to.equal('Ewch');
    button.focus();

    const arrive = lateCatalog();
    try {
      expect(readingsReady('cy', 'standard') !== undefined, 'a part’s Welsh words are on their way').to.equal(true);
      drawn.requestUpdate();
      await drawn.updateComplete;
      // (Booleans, not elements: a failure message then holds no DOM node to serialise.)
      expect(inside(drawn).querySelector('[part="loading"]') === null, 'no skeleton over what the reader was reading').to.equal(true);
      expect(inside(drawn).querySelector('button') === button, 'the same button').to.equal(true);
      expect(inside(drawn).activeElement === button, 'the focus stays').to.equal(true);

      // Another widget arriving now has not drawn anything in Welsh yet: its skeleton, no English.
      const fresh = await fixture<LazyWordsProbe>(html`<coprod-lazy-words-probe locale="cy" .adapter=${api}></coprod-lazy-words-probe>`);
      expect(inside(fresh).querySelector('[part="loading"]') !== null, 'the new widget waits').to.equal(true);
      expect(inside(fresh).querySelector('button') === null, 'no English button meanwhile').to.equal(true);

      arrive();
      await readingsReady('cy', 'standard');
      await fresh.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await fresh.updateComplete;
      expect(inside(fresh).querySelector('button')?.textContent).to.equal('Ewch');
      expect(inside(drawn).activeElement === button, 'the focus is still there').to.equal(true);
    } finally {
      // Never left pending, whatever failed: nothing else may wait for these words.
      arrive();
    }
  });
});
