import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { dropFile, shadow, until } from '../../../test/helpers/dom.js';
import { payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import { addExpense, chooseReceipt } from './coprod-claim.states.js';
import type { CoprodClaim } from './coprod-claim.component.js';
import './coprod-claim.js';

/**
 * The receipt's file control (core/forms fileField) as claim uses it: what it says and does while a file is checked,
 * what "Remove the receipt" is described by, and a file dropped on it (s21 review NOTEs on ae8bae4 and ee9d546).
 */
const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const JPEG = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'bus.jpg', { type: 'image/jpeg' });

/** The pay world with its upload held until `release()`; `uploads` counts the files sent. */
function heldUpload(): { api: CoprodApi; uploads: unknown[]; release: () => void } {
  const inner = payApi('attended').api;
  const uploads: unknown[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const api = new Proxy(inner, {
    get: (target, key) =>
      key === 'uploadReceipt'
        ? async (...args: Parameters<NonNullable<CoprodApi['uploadReceipt']>>) => {
            uploads.push(args[0]);
            await held;
            return target.uploadReceipt!(...args);
          }
        : Reflect.get(target, key),
  });
  return { api, uploads, release: () => release() };
}

async function render(api: CoprodApi, locale = 'en-GB'): Promise<CoprodClaim> {
  sessionStorage.clear();
  return fixture<CoprodClaim>(html`<coprod-claim .adapter=${api} .meToken=${ROSA} locale=${locale}></coprod-claim>`);
}

describe('<coprod-claim> receipt control', () => {
  it('while a chosen file is checked it says so (not “No file chosen”), is aria-disabled and takes no second file; then the receipt is attached', async () => {
    const { api, uploads, release } = heldUpload();
    const element = await render(api);
    await addExpense(element);
    const root = shadow(element);
    const control = root.querySelector<HTMLButtonElement>('#field-expenses-0-receipt')!;
    const input = root.querySelector<HTMLInputElement>('#field-expenses-0-receipt-input')!;
    let picker = 0;
    input.addEventListener('click', (event) => {
      picker += 1;
      event.preventDefault();
    });
    await chooseReceipt(element, JPEG());
    await until(() => control.getAttribute('aria-disabled') === 'true', 'the control waits');
    await until(() => uploads.length === 1, 'the file sent (after the page’s own check)');
    expect(words(control)).to.equal('Choose a file Checking your receipt…');
    expect(words(root.querySelector('[data-expense] [role="status"]')), 'said aloud once').to.equal('Checking your receipt…');
    control.click();
    expect(picker, 'pressing it now opens no picker').to.equal(0);
    await chooseReceipt(element, JPEG());
    dropFile(control, JPEG());
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await until(() => root.querySelector('[data-receipt]'), 'the attached receipt');
    expect(uploads.length, 'one file sent, not three').to.equal(1);
    expect(words(root.querySelector('[data-expense] [role="status"]')), 'the live line empties').to.equal('');
  });

  it('Welsh: while checking, the control says “Yn gwirio eich derbynneb…”', async () => {
    const { api, release } = heldUpload();
    const element = await render(api, 'cy');
    await addExpense(element);
    const control = shadow(element).querySelector<HTMLButtonElement>('#field-expenses-0-receipt')!;
    expect(words(control)).to.equal('Dewiswch ffeil Dim ffeil wedi’i dewis');
    await chooseReceipt(element, JPEG());
    await until(() => control.getAttribute('aria-disabled') === 'true', 'the control waits');
    expect(words(control)).to.equal('Dewiswch ffeil Yn gwirio eich derbynneb…');
    release();
  });

  it('“Remove the receipt” is described by the line saying what is attached (focus lands on it after attaching)', async () => {
    const element = await render(payApi('attended').api);
    await addExpense(element);
    await chooseReceipt(element, JPEG());
    const root = shadow(element);
    const remove = await until(() => root.querySelector<HTMLButtonElement>('[data-remove-receipt]'), 'the Remove button');
    const described = remove.getAttribute('aria-describedby')!.split(' ').map((id) => words(root.getElementById(id)));
    expect(described).to.deep.equal(['Receipt attached: bus.jpg']);
  });

  it('a file dropped on the receipt field is taken as if chosen (the browser does not open it; the outline and the rest: core/forms/file-field.test.ts)', async () => {
    const element = await render(payApi('attended').api);
    await addExpense(element);
    const root = shadow(element);
    expect(dropFile(root.querySelector('#field-expenses-0-receipt-label')!, JPEG()).defaultPrevented, 'the browser does not leave the page to show the file').to.equal(true);
    await until(() => root.querySelector('[data-receipt]'), 'the dropped file attached');
    expect(words(root.querySelector('[data-receipt]'))).to.equal('Receipt attached: bus.jpg');
    expect(dropFile(root.querySelector('[data-receipt]')!, JPEG()).defaultPrevented, 'a second file dropped on the attached line is not opened either').to.equal(true);
  });

  it('a dropped file is checked like a chosen one: a page that is not a receipt is refused at the control', async () => {
    const element = await render(payApi('attended').api);
    await addExpense(element);
    const control = shadow(element).querySelector<HTMLButtonElement>('#field-expenses-0-receipt')!;
    dropFile(control, new File(['<html></html>'], 'page.html', { type: 'text/html' }));
    await until(() => shadow(element).querySelector('#field-expenses-0-receipt-error'), 'the message');
    expect(words(shadow(element).querySelector('#field-expenses-0-receipt-error'))).to.contain('not a photo (JPEG or PNG) or a PDF');
  });
});
