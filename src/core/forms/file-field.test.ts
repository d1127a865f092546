import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { dropFile, pickFile } from '../../../test/helpers/dom.js';
import type { Locale, ReadingLevel } from '../config.js';
import { translator } from '../i18n.js';
import { baseStyles } from '../styles.js';
import { fileField, fileFieldStyles, fileMessages, type FileFieldOptions } from './file-field.js';
import { formStyles } from './form-styles.js';

/**
 * The file control (core/forms fileField) once, for every widget that draws it (claim's receipt, the profile's
 * picture): its name and words in the reader's language, the picker, a drop anywhere on the field, the outline
 * while a file is held over it, while a file is checked, once one is attached, and at 320 px. The widgets' own
 * tests check only what they pass it (label, hint, types) and what they do with the file.
 */
const ID = 'field-file';
const PNG = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' });
const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

class FileFieldHost extends LitElement {
  static override styles = [baseStyles, formStyles, fileFieldStyles];
  options: Partial<FileFieldOptions> = {};
  locale: Locale = 'en-GB';
  level: ReadingLevel = 'standard';
  taken: File[] = [];
  set(options: Partial<FileFieldOptions>): Promise<boolean> {
    this.options = options;
    this.requestUpdate();
    return this.updateComplete;
  }
  override render() {
    return fileField({
      id: ID,
      label: 'Your picture',
      hint: 'A photo of you',
      errorPrefix: 'Error:',
      accept: 'image/png',
      t: translator(fileMessages, this.locale, this.level),
      onFile: (file) => this.taken.push(file),
      ...this.options,
    });
  }
}
customElements.define('x-file-field', FileFieldHost);

async function mount(options: Partial<FileFieldOptions> = {}, locale: Locale = 'en-GB', level: ReadingLevel = 'standard'): Promise<FileFieldHost> {
  const host = await fixture<FileFieldHost>(html`<x-file-field></x-file-field>`);
  host.locale = locale;
  host.level = level;
  await host.set(options);
  return host;
}
const part = <T extends Element = HTMLElement>(host: FileFieldHost, selector: string): T => host.shadowRoot!.querySelector<T>(selector)!;

describe('fileField', () => {
  it('is one button in the page’s words, named by the label then its own words, described by its hint and error; the browser’s control is hidden; it and its label open the picker', async () => {
    for (const [locale, level, said] of [
      ['en-GB', 'standard', 'Choose a file No file chosen'],
      ['cy', 'standard', 'Dewiswch ffeil Dim ffeil wedi’i dewis'],
      ['en-GB', 'easy-read', 'Choose a file No file yet'],
      ['cy', 'easy-read', 'Dewiswch ffeil Dim ffeil eto'],
    ] as const) {
      const reading = `${locale} ${level}`;
      const host = await mount({ error: 'The picture must be a PNG' }, locale, level);
      const control = part<HTMLButtonElement>(host, `#${ID}`);
      expect(control.localName, `${reading}: what the label and the error summary reach is a button`).to.equal('button');
      expect(words(control), reading).to.equal(said);
      const names = control.getAttribute('aria-labelledby')!.split(' ').map((id) => words(host.shadowRoot!.getElementById(id)));
      expect(names, `${reading}: named by the label, then its own words`).to.deep.equal(['Your picture', said]);
      expect(control.getAttribute('aria-describedby')).to.equal(`${ID}-hint ${ID}-error`);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      const input = part<HTMLInputElement>(host, `#${ID}-input`);
      expect(getComputedStyle(input).display, `${reading}: the browser's own control (its words in the browser's language) is not shown`).to.equal('none');
      expect(input.accept).to.equal('image/png');
      let picker = 0;
      input.addEventListener('click', (event) => {
        picker += 1;
        event.preventDefault();
      });
      control.click();
      expect(picker, `${reading}: the button opens the picker`).to.equal(1);
      part<HTMLLabelElement>(host, `#${ID}-label`).click();
      expect(picker, `${reading}: its label opens it too`).to.equal(2);
    }
  });

  it('a file chosen in the picker is taken, and the input emptied so the same file chosen again is a change again', async () => {
    const host = await mount();
    const input = part<HTMLInputElement>(host, `#${ID}-input`);
    pickFile(input, PNG());
    expect(host.taken.map((file) => file.name)).to.deep.equal(['me.png']);
    expect(input.value).to.equal('');
    await host.set({ chosen: 'me.png' });
    expect(words(part(host, '.file-status')), 'its name where “No file chosen” was').to.equal('me.png');
  });

  it('a file dropped anywhere on the field (label, hint, error line, button) is taken, never opened by the browser', async () => {
    for (const where of [`#${ID}-label`, `#${ID}-hint`, `#${ID}-error`, `#${ID}`, `#${ID} .file-status`, '.file-field']) {
      const host = await mount({ error: 'The picture must be a PNG' });
      const target = part(host, where);
      expect(dropFile(target, PNG(), 'dragover').defaultPrevented, `${where}: dragover taken, so a drop is allowed there`).to.equal(true);
      const drop = dropFile(target, PNG());
      expect(drop.defaultPrevented, `${where}: the browser does not leave the page to show the file`).to.equal(true);
      expect(host.taken.map((file) => file.name), where).to.deep.equal(['me.png']);
    }
  });

  it('while a file is held over it the whole field has a dashed outline, kept while moving over its own parts (no blink), gone when it leaves or the file is dropped', async () => {
    const host = await mount();
    const field = part(host, '.file-field');
    const button = part(host, `#${ID}`);
    dropFile(part(host, `#${ID}-hint`), PNG(), 'dragenter');
    expect(field.classList.contains('dragging')).to.equal(true);
    expect(getComputedStyle(field).outlineStyle, 'where to drop it').to.equal('dashed');
    // Off the hint onto the button's own words: a dragleave whose next place is inside the field.
    dropFile(part(host, `#${ID}-hint`), PNG(), 'dragleave', part(host, `#${ID} .button`));
    expect(field.classList.contains('dragging'), 'no blink when moving onto its own parts').to.equal(true);
    dropFile(button, PNG(), 'dragleave', document.body);
    expect(field.classList.contains('dragging'), 'gone when the file leaves the field').to.equal(false);
    dropFile(button, PNG(), 'dragover');
    expect(field.classList.contains('dragging')).to.equal(true);
    dropFile(button, PNG());
    expect(field.classList.contains('dragging'), 'gone once dropped').to.equal(false);
  });

  it('while a chosen file is checked it says so aloud, is aria-disabled, opens no picker and takes no second file (picked or dropped), without an outline', async () => {
    const host = await mount({ checking: 'Checking your picture…' });
    const control = part<HTMLButtonElement>(host, `#${ID}`);
    const input = part<HTMLInputElement>(host, `#${ID}-input`);
    expect(words(control)).to.equal('Choose a file Checking your picture…');
    expect(control.getAttribute('aria-disabled')).to.equal('true');
    expect(words(part(host, '[role="status"]')), 'said aloud').to.equal('Checking your picture…');
    let picker = 0;
    input.addEventListener('click', (event) => {
      picker += 1;
      event.preventDefault();
    });
    control.click();
    expect(picker, 'no picker').to.equal(0);
    pickFile(input, PNG());
    const over = dropFile(control, PNG(), 'dragover');
    expect(over.defaultPrevented, 'still not opened by the browser').to.equal(true);
    expect(over.dataTransfer!.dropEffect, '“no drop here”').to.equal('none');
    expect(part(host, '.file-field').classList.contains('dragging')).to.equal(false);
    expect(dropFile(control, PNG()).defaultPrevented).to.equal(true);
    expect(host.taken, 'no file taken while checking').to.deep.equal([]);
    await host.set({});
    expect(words(part(host, '[role="status"]')), 'the live line empties').to.equal('');
  });

  it('once a file is attached the widget’s lines stand in its place, the label points at nothing it cannot reach, and a file dropped there is neither taken nor opened by the browser', async () => {
    const host = await mount({ attached: html`<p data-attached>Picture attached: me.png</p><button type="button">Remove</button>` });
    expect(part(host, `#${ID}`), 'no control').to.equal(null);
    expect(words(part(host, '[data-attached]'))).to.equal('Picture attached: me.png');
    const label = part(host, `#${ID}-label`);
    expect(words(label), 'the field’s words stay').to.equal('Your picture');
    expect(label.localName, 'not a label for a control that is not there').not.to.equal('label');
    for (const element of host.shadowRoot!.querySelectorAll('label[for]')) expect(host.shadowRoot!.getElementById(element.getAttribute('for')!), `label for ${element.getAttribute('for')}`).not.to.equal(null);
    const drop = dropFile(part(host, '[data-attached]'), PNG());
    expect(drop.defaultPrevented, 'the browser does not leave the page').to.equal(true);
    expect(host.taken).to.deep.equal([]);
  });

  it('at 320 px the button is as wide as the column (GOV.UK on a phone), the file’s name below it', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // A short name: with a long one the button's own width reaches the column's anyway, and the check would prove nothing.
      const host = await mount({ chosen: 'me.png' });
      const field = part(host, '.file-field').getBoundingClientRect();
      const button = part(host, `#${ID} .button`).getBoundingClientRect();
      const name = part(host, `#${ID} .file-status`).getBoundingClientRect();
      expect(Math.round(button.width), 'as wide as the field').to.equal(Math.round(field.width));
      expect(name.top, 'the name below the button').to.be.at.least(button.bottom);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
