/**
 * The reading switch's buttons (`show-reading-switch` on a widget or on `<coprod-provider>`):
 * "Cymraeg" / "English" and "Easy read" / "Standard words". Each button names what it gives;
 * the choice is kept for the tab (see `reader-choice.ts`) and announced in the new language.
 * Loaded by reading-switch.ts the first time a switch is shown: few pages turn it on.
 */
import { html, type TemplateResult } from 'lit';
import type { announce as Announce } from './announcer.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages, type translator as Translator } from './i18n.js';
import { chooseReading } from './reader-choice.js';

const switchMessages = defineMessages({
  'en-GB': {
    label: 'Language and reading',
    easyRead: 'Easy read',
    standard: 'Standard words',
    nowWelsh: 'Yn Gymraeg nawr',
    nowEnglish: 'Now in English',
    nowEasyRead: 'Now in easy read',
    nowStandard: 'Now in standard words',
  },
  cy: {
    label: 'Iaith a darllen',
    easyRead: 'Hawdd ei ddeall',
    standard: 'Geiriau safonol',
    nowWelsh: 'Yn Gymraeg nawr',
    nowEnglish: 'Now in English',
    nowEasyRead: 'Hawdd ei ddeall nawr',
    nowStandard: 'Geiriau safonol nawr',
  },
});

/**
 * The two buttons, for a reader currently in `locale` at `readingLevel`. `translator` and
 * `announce` come from reading-switch.ts: the provider, which draws a switch and no widget of its
 * own, then keeps them in the chunk every element shares (imported here, they were one more chunk
 * on every page: +0.1 KB gzip).
 */
export function readingSwitch(locale: Locale, readingLevel: ReadingLevel, translator: typeof Translator, announce: typeof Announce): TemplateResult {
  const t = translator(switchMessages, locale, 'standard');
  const welsh = locale === 'cy';
  const easy = readingLevel === 'easy-read';
  // While the new words load, the switch's row stands empty (reading-switch.ts) and the pressed
  // button leaves the page: the focus comes back to its successor, unless the reader has moved on.
  const keepFocus = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    const root = button.getRootNode() as ParentNode;
    const look = (tries: number): unknown =>
      setTimeout(() => {
        // Still on the page: drawn again in place (the words were loaded), so it kept the focus.
        if (button.isConnected) return;
        const again = root.querySelector<HTMLElement>(`[data-switch=${button.dataset.switch}]`);
        if (!again) return tries && look(tries - 1);
        if (document.activeElement === document.body) again.focus();
      }, 100);
    look(100);
  };
  const toLanguage = (): void => {
    const next: Locale = welsh ? 'en-GB' : 'cy';
    chooseReading({ locale: next });
    announce(translator(switchMessages, next, 'standard')(next === 'cy' ? 'nowWelsh' : 'nowEnglish'));
  };
  const toLevel = (): void => {
    chooseReading({ readingLevel: easy ? 'standard' : 'easy-read' });
    announce(t(easy ? 'nowStandard' : 'nowEasyRead'));
  };
  return html`<div class="reading-switch" part="reading-switch" role="group" aria-label=${t('label')}>
    <button type="button" class="button link" data-switch="language" lang=${welsh ? 'en-GB' : 'cy'} @click=${(event: Event) => (toLanguage(), keepFocus(event))}>${welsh ? 'English' : 'Cymraeg'}</button>
    <button type="button" class="button link" data-switch="reading" @click=${(event: Event) => (toLevel(), keepFocus(event))}>${easy ? t('standard') : t('easyRead')}</button>
  </div>`;
}
