/**
 * A browser without constructable stylesheets (Safari 15.4–16.3, Firefox 94–100: both in the
 * README's supported list). Lit then writes one <style> per rule set into each shadow root, so
 * the form rules the list's and the board's lazy parts bring (tick boxes, text areas, the error
 * summary: formMoreStyles) must reach a widget already on the page as a <style> too (review L1,
 * session 16). The patch runs before lit is first evaluated (test/helpers/before-lit.ts).
 */
import { patchBeforeLit, until } from '../helpers/before-lit.js';

/** The page's CSP nonce: every <style> written, Lit's and ours (src/core/forms/form-styles.ts nonceStyle), carries it. */
const NONCE = 'page-nonce-4f2a';

const { expect } = await patchBeforeLit(() => {
  delete (CSSStyleSheet.prototype as unknown as { replace?: unknown }).replace;
  (window as { litNonce?: string }).litNonce = NONCE;
});

describe('without constructable stylesheets (Safari < 16.4, Firefox < 101)', () => {
  it('the list\'s "More filters" tick boxes are drawn with their rules', async () => {
    const { CoprodOpportunityList } = await import('../../src/components/opportunity-list/coprod-opportunity-list.component.js');
    const { InMemoryApi } = await import('../../src/api/in-memory.js');
    const { NOW } = await import('../../src/components/opportunity-list/coprod-opportunity-list.states.js');
    expect('replace' in CSSStyleSheet.prototype, 'the patch is in place').to.equal(false);
    if (!customElements.get('coprod-opportunity-list')) customElements.define('coprod-opportunity-list', CoprodOpportunityList);
    const element = document.createElement('coprod-opportunity-list') as HTMLElement & { adapter: unknown; today: Date };
    element.setAttribute('area', 'riverside'); // "More filters" opens by itself with a filter set.
    element.adapter = new InMemoryApi({ now: NOW });
    element.today = NOW;
    document.body.append(element);
    try {
      const tick = await until(() => element.shadowRoot?.querySelector('.choice input'), 'a tick box in "More filters"');
      expect(element.shadowRoot!.querySelectorAll('style').length, 'Lit wrote <style> elements').to.be.greaterThan(0);
      expect(getComputedStyle(tick).position, 'the tick box is drawn by its rules').to.equal('absolute');
      expect([...element.shadowRoot!.querySelectorAll('style')].map((style) => style.nonce), 'each <style> with the page’s nonce').to.satisfy((nonces: string[]) => nonces.every((nonce) => nonce === NONCE));
    } finally {
      element.remove();
    }
  });

  it("the board's give-feedback form is drawn with its rules", async () => {
    await import('../../src/components/feedback-loop/coprod-feedback-loop.js');
    const { publicApi, waitForBoard } = await import('../../src/components/feedback-loop/coprod-feedback-loop.states.js');
    const element = document.createElement('coprod-feedback-loop') as HTMLElement & { adapter: unknown };
    element.setAttribute('collapse-form', '');
    element.adapter = publicApi();
    document.body.append(element);
    try {
      await waitForBoard(element);
      const open = await until(() => element.shadowRoot?.querySelector<HTMLButtonElement>('.give-feedback-button'), 'the "Give feedback" button');
      open.click();
      const area = await until(() => element.shadowRoot?.querySelector('textarea.textarea'), 'the form\'s text area');
      const tick = await until(() => element.shadowRoot?.querySelector('.choice input'), 'the form\'s choices');
      expect(getComputedStyle(area).resize, 'the text area is drawn by its rules').to.equal('vertical');
      expect(getComputedStyle(tick).position, 'a choice is drawn by its rules').to.equal('absolute');
    } finally {
      element.remove();
    }
  });

  it('"Print or save as PDF" still prints the widget alone: its rule goes in as a <style>, and comes out after', async () => {
    const { printAlone } = await import('../../src/core/print-alone.js');
    const outer = document.createElement('div');
    const other = Object.assign(document.createElement('p'), { textContent: 'The council’s header' });
    const inner = document.createElement('section');
    outer.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'The outer widget' }), inner);
    document.body.append(other, outer);
    const original = window.print;
    const seen: string[] = [];
    window.print = () => {
      const styles = [...document.head.querySelectorAll('style'), ...outer.shadowRoot!.querySelectorAll('style')].filter((style) => style.textContent!.includes('data-coprod-print-path'));
      seen.push(`${styles.length} rules, ${[outer, inner].map((element) => element.hasAttribute('data-coprod-print-path')).join(' ')}, nonce ${styles.map((style) => style.nonce === NONCE).join(' ')}`);
    };
    try {
      printAlone(inner);
      window.dispatchEvent(new Event('afterprint'));
      expect(seen).to.deep.equal(['2 rules, true true, nonce true true']);
      expect(document.querySelectorAll('style').length + outer.shadowRoot!.querySelectorAll('style').length, 'none left').to.equal(0);
      expect(inner.hasAttribute('data-coprod-printing') || outer.hasAttribute('data-coprod-print-path')).to.equal(false);
    } finally {
      window.print = original;
      other.remove();
      outer.remove();
    }
  });
});
