import { expect } from '@open-wc/testing';

/**
 * What a council web editor does: paste the script tag (maybe twice: once in a CMS block,
 * once in the theme), a provider around an element, and a CMS-safe placeholder.
 */
describe('embedding the all-in-one module', () => {
  it('loads twice without an error, defines the elements and upgrades placeholders', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.error ?? event.message);
    };
    window.addEventListener('error', onError);
    const originalConsoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = document.createElement('div');
      host.innerHTML = `<coprod-provider api-base="/api/v1" locale="cy"><div data-coprod="provider" data-locale="en-GB"></div></coprod-provider>`;
      document.body.append(host);
      await import('../../src/index.js');
      // A second copy of the bundle, as a different module URL, the way two script tags load it.
      await import(/* @vite-ignore */ `../../src/index.ts?copy=${Date.now()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(customElements.get('coprod-provider')).to.not.equal(undefined);
      const upgraded = host.querySelector('[data-coprod] > coprod-provider');
      expect(upgraded, 'placeholder upgraded').to.not.equal(null);
      expect(upgraded!.getAttribute('locale')).to.equal('en-GB');
      // A placeholder added later (an AJAX section of the page) is upgraded too.
      const later = document.createElement('div');
      later.dataset['coprod'] = 'provider';
      host.append(later);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(later.querySelector('coprod-provider')).to.not.equal(null);
      // Staff elements and the opportunity page (the detail view with its interest form) are not in
      // the module itself: they load the first time their tag appears.
      for (const tag of ['coprod-staff-interest', 'coprod-opportunity']) {
        expect(customElements.get(tag) !== undefined, `${tag} defined before its tag appears`).to.equal(false);
        host.append(document.createElement(tag));
        await Promise.race([
          customElements.whenDefined(tag),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not loaded on demand`)), 5000)),
        ]);
      }
      host.remove();
    } finally {
      window.removeEventListener('error', onError);
      console.error = originalConsoleError;
    }
    expect(errors).to.deep.equal([]);
  });
});
