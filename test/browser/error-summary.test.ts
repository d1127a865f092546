/**
 * The error summary with several forms on one element (rows of a list, items of a board): each
 * form's summary has a title id of its own, and is named by its own title, never by another
 * form's (one hard-coded `error-summary-title` made two summaries on one page share a name).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { errorSummary, FormController, type FieldErrors } from '../../src/core/forms/index.js';
import { fieldStyles } from '../../src/core/forms/field-styles.js';
import { textField } from '../../src/core/forms/fields.js';

class TwoForms extends LitElement {
  readonly first = new FormController<{ name: string }>(this, { initial: { name: '' }, validate: (v): FieldErrors => (v.name ? {} : { name: 'Enter your name' }), word: (p) => p.code, fieldOrder: ['name'] });
  readonly second = new FormController<{ note: string }>(this, { id: 'row-2', initial: { note: '' }, validate: (v): FieldErrors => (v.note ? {} : { note: 'Enter a note' }), word: (p) => p.code, fieldOrder: ['note'] });

  override render() {
    return html`<form>${errorSummary('First form’s problems', this.first)}<input id="field-name" /></form>
      <form>${errorSummary('Second form’s problems', this.second)}<input id="field-note" /></form>`;
  }
}
customElements.define('test-two-forms', TwoForms);

describe('error summary', () => {
  it('gives two forms showing errors at once their own title ids, each summary named by its own title', async () => {
    const element = await fixture<TwoForms>(html`<test-two-forms></test-two-forms>`);
    await element.first.submit(async () => 'sent');
    await element.second.submit(async () => 'sent');
    await element.updateComplete;
    const root = element.shadowRoot!;
    const summaries = [...root.querySelectorAll('.error-summary')];
    expect(summaries.length).to.equal(2);
    const titles = summaries.map((summary) => summary.querySelector('h2, h3, h4, h5, h6, [role=heading]')!);
    const ids = titles.map((title) => title.id);
    expect(ids[0], 'the first title has an id').to.not.equal('');
    expect(ids[0], 'two titles, two ids').to.not.equal(ids[1]);
    expect(ids[1]).to.equal('row-2-summary-title');
    expect(root.querySelectorAll(`[id="${ids[0]}"]`).length, 'the id is unique in the shadow root').to.equal(1);
    summaries.forEach((summary, index) => {
      const named = root.getElementById(summary.getAttribute('aria-labelledby')!);
      expect(named, `summary ${index + 1} is named by its own title`).to.equal(titles[index]);
    });
    expect(titles.map((title) => title.textContent?.trim())).to.deep.equal(['First form’s problems', 'Second form’s problems']);
  });
});

/** A field's own error, as every form draws it (textField), with the styles every form carries (fieldStyles). */
class FieldWithError extends LitElement {
  static override styles = [fieldStyles];
  override render() {
    const field = (id: string, error: string) => textField({ id, label: 'Your name', errorPrefix: 'Error:', error, value: '', onInput: () => {} });
    return html`${field('field-lines', 'This is too long.\nUse 200 letters or fewer.')}${field('field-line', 'This is too long. Use 200 letters or fewer.')}`;
  }
}
customElements.define('test-field-with-error', FieldWithError);

describe('a field’s error', () => {
  it('keeps an easy-read message one idea a line, as the summary does (it ran the lines together: evaluation, claim, profile)', async () => {
    const element = await fixture<FieldWithError>(html`<test-field-with-error style="display:block;width:40em"></test-field-with-error>`);
    const [message, oneLine] = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.error-message')];
    expect(getComputedStyle(message!).whiteSpace).to.equal('pre-line');
    const ratio = message!.getBoundingClientRect().height / oneLine!.getBoundingClientRect().height;
    expect(ratio, 'drawn two lines high, where the same words without the line break take one').to.be.within(1.6, 2.4);
  });
});
