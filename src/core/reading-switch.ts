/**
 * The reading switch a council can turn on (`show-reading-switch` on a widget or on
 * `<coprod-provider>`): "Cymraeg" / "English" and "Easy read" / "Standard words". Each
 * button names what it gives; the choice is kept for the tab (see `reader-choice.ts`) and
 * announced in the new language.
 */
import { css, html, type TemplateResult } from 'lit';
import { announce } from './announcer.js';
import type { Locale, ReadingLevel } from './config.js';
import { defineMessages, translator } from './i18n.js';
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

/** The two buttons, for a reader currently in `locale` at `readingLevel`. */
export function readingSwitch(locale: Locale, readingLevel: ReadingLevel): TemplateResult {
  const t = translator(switchMessages, locale, 'standard');
  const welsh = locale === 'cy';
  const easy = readingLevel === 'easy-read';
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
    <button type="button" class="button link switch-language" lang=${welsh ? 'en-GB' : 'cy'} @click=${toLanguage}>${welsh ? 'English' : 'Cymraeg'}</button>
    <button type="button" class="button link switch-reading" @click=${toLevel}>${easy ? t('standard') : t('easyRead')}</button>
  </div>`;
}

/** Its layout: a row at the top, wrapping on a narrow screen. */
export const readingSwitchStyles = css`
  .reading-switch {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
  }
  .reading-switch .button.link {
    min-height: 2.75em;
    padding: 0.25em 0;
  }
`;
