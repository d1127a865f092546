/**
 * What the staff lists' search tests share (staff opportunities, staff feedback): a search that
 * fails keeps the search box, and its message is said again in Welsh when the page switches.
 * Browser tests only (it asserts), so the named states never import it.
 */
import { expect } from '@open-wc/testing';
import { shadow, typeInto, until } from './dom.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const panel = (element: HTMLElement) => words(shadow(element).querySelector('[part="error"]'));

/** Types `q` into the list's search box (`#<box>`) and presses Search. */
export function submitSearch(element: HTMLElement, box: string, q: string): void {
  typeInto(element, `#${box}`, q);
  shadow(element).querySelector<HTMLButtonElement>('.list-search button[type="submit"]')!.click();
}

/** A search that fails says so, keeps what was typed, and "Clear search" lists everything again. */
export async function expectFailedSearchKeepsTheBox(element: HTMLElement, box: string, q: string, count: () => string): Promise<void> {
  submitSearch(element, box, q);
  await until(() => shadow(element).querySelector('[part="error"]'), 'the failure');
  expect(panel(element)).to.contain('We could not load this');
  expect(shadow(element).querySelector<HTMLInputElement>(`#${box}`)!.value, 'the words are kept').to.equal(q);
  [...shadow(element).querySelectorAll<HTMLButtonElement>('.list-search button')].find((b) => words(b) === 'Clear search')!.click();
  await until(() => count().startsWith('Showing 1 to 10'), 'the whole list again');
}

/** In a page (`lang` on `page`), a failed search is said in English, then again in Welsh with no English left, keeping the words. */
export async function expectFailedSearchInWelsh(page: Element, element: HTMLElement, box: string): Promise<void> {
  await until(() => shadow(element).querySelector('.items'), 'the list to load', 20000);
  submitSearch(element, box, 'carers');
  await until(() => panel(element).includes('We could not load this'), 'the failure in English');
  page.setAttribute('lang', 'cy');
  await until(() => panel(element).includes('Nid oeddem yn gallu llwytho hwn'), 'the failure in Welsh');
  expect(panel(element), 'no English left in the panel').not.to.match(/could not|Try again/);
  expect(panel(element)).to.contain('Rhowch gynnig arall arni');
  expect(words(shadow(element).querySelector(`label[for="${box}"]`))).to.equal('Chwilio');
  expect(shadow(element).querySelector<HTMLInputElement>(`#${box}`)!.value, 'the words are kept').to.equal('carers');
}
