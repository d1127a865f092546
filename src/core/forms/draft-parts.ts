import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../heading.js';
import { defineMessages } from '../i18n.js';
import { icon } from '../icons.js';

/**
 * Strings of the draft notice and the "remember on this device" choice, for every form
 * that keeps drafts through `DraftController`. A form may override any of them in its own
 * catalog (merged after this one), e.g. to name what it saves.
 */
export const draftMessages = defineMessages({
  'en-GB': {
    draftRestoredTitle: 'We have kept what you typed',
    draftRestoredBody: 'Check your answers, then send them.',
    startAgain: 'Start again',
    startedAgain: 'Your answers have been cleared. You can start again.',
    remember: 'Remember what I type on this device',
    rememberHint: 'Only tick this on your own phone or computer. What you type stays on this device until you send it. Untick to remove it.',
    rememberOn: 'What you type will be kept on this device until you send it.',
    rememberOff: 'What you typed has been removed from this device.',
  },
  cy: {
    draftRestoredTitle: 'Rydym wedi cadw’r hyn a deipiwyd gennych',
    draftRestoredBody: 'Gwiriwch eich atebion, yna anfonwch nhw.',
    startAgain: 'Dechrau eto',
    startedAgain: 'Mae eich atebion wedi’u clirio. Gallwch ddechrau eto.',
    remember: 'Cofio beth rydw i’n ei deipio ar y ddyfais hon',
    rememberHint: 'Ticiwch hwn ar eich ffôn neu eich cyfrifiadur eich hun yn unig. Mae’r hyn rydych chi’n ei deipio yn aros ar y ddyfais hon nes i chi ei anfon. Dad-diciwch i’w dynnu.',
    rememberOn: 'Bydd yr hyn rydych chi’n ei deipio yn cael ei gadw ar y ddyfais hon nes i chi ei anfon.',
    rememberOff: 'Mae’r hyn a deipiwyd gennych wedi’i dynnu oddi ar y ddyfais hon.',
  },
  easyRead: {
    'en-GB': {
      draftRestoredTitle: 'Your words are still here',
      draftRestoredBody: 'Check them.\nThen send them.',
      rememberHint: 'Only tick this on your own phone or computer.\nWe keep your words on this device until you send them.\nUntick it to remove them.',
    },
    cy: {
      draftRestoredTitle: 'Mae eich geiriau yma o hyd',
      draftRestoredBody: 'Gwiriwch nhw.\nYna anfonwch nhw.',
      rememberHint: 'Ticiwch hwn ar eich ffôn neu eich cyfrifiadur eich hun yn unig.\nRydym yn cadw eich geiriau ar y ddyfais hon nes i chi eu hanfon.\nDad-diciwch i’w tynnu.',
    },
  },
});

/** The strings the draft notice needs (from `draftMessages`, or a form's own words for them). */
export type DraftNoticeWords = (key: 'draftRestoredTitle' | 'draftRestoredBody' | 'startAgain') => string;

/**
 * "We have kept what you typed", shown above a form whose draft was restored, with "Start
 * again". `level` is the notice's heading level (one below the form's heading).
 */
export function draftNotice(t: DraftNoticeWords, level: number, onStartAgain: () => void): TemplateResult {
  return html`<div class="panel notice" part="draft-notice" id="draft-notice">
    ${heading(level, html`${icon('info')} ${t('draftRestoredTitle')}`, { className: 'panel-title' })}
    <p class="lines">${t('draftRestoredBody')}</p>
    <button type="button" class="button secondary" @click=${onStartAgain}>${t('startAgain')}</button>
  </div>`;
}

export interface RememberChoiceOptions {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The "remember what I type on this device" checkbox: off unless the person ticks it. */
export function rememberChoice({ label, hint, checked, onChange }: RememberChoiceOptions): TemplateResult {
  return html`<div class="form-group">
    <div class="choice">
      <input
        type="checkbox"
        id="remember-device"
        aria-describedby="remember-device-hint"
        .checked=${live(checked)}
        @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
      />
      <label for="remember-device">${label} <span class="hint lines" id="remember-device-hint">${hint}</span></label>
    </div>
  </div>`;
}
