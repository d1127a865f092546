/**
 * The reading switch a council can turn on (`show-reading-switch` on a widget or on
 * `<coprod-provider>`). Its buttons and their words (reading-switch-buttons.ts) load the first
 * time a switch is shown, alongside the widget's data: most pages never turn it on. Until they
 * and their words in the reader's language are here, the switch's row stands empty at its
 * height, so nothing below it moves and no English shows to a Welsh reader.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale, ReadingLevel } from './config.js';
import { announce } from './announcer.js';
import { readingsReady, translator } from './i18n.js';

let buttons: typeof import('./reading-switch-buttons.js').readingSwitch | undefined;
let loading: Promise<unknown> | undefined;

/** The switch for `host`, a reader in `locale` at `readingLevel`: its buttons, or their empty row while they load. */
export function readingSwitch(host: ReactiveControllerHost, locale: Locale, readingLevel: ReadingLevel): TemplateResult {
  const waiting = buttons ? readingsReady(locale, readingLevel) : (loading ??= import('./reading-switch-buttons.js').then((part) => (buttons = part.readingSwitch)));
  if (!waiting) return buttons!(locale, readingLevel, translator, announce);
  // Not fetched (a lost chunk): the row stays empty, and the next render tries again.
  waiting.then(
    () => host.requestUpdate(),
    () => (loading = undefined),
  );
  return html`<div class="reading-switch" part="reading-switch"></div>`;
}

/** Its layout: a row at the top, wrapping on a narrow screen; as high as its buttons while they load. */
export const readingSwitchStyles = css`
  .reading-switch {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
    min-height: 2.75em;
  }
  .reading-switch .button.link {
    min-height: 2.75em;
    padding: 0.25em 0;
  }
`;
