import type { FieldProblem } from '../../../api/rules.js';
import { html, nothing, type TemplateResult } from 'lit';
import { choiceGroup, errorSummary, fieldId, textField, type FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import type { Translate } from '../../../core/i18n.js';
import type { MyInvolvementStrings } from '../coprod-my-involvement.messages.js';

export type Strings = Translate<MyInvolvementStrings>;

export interface AskValues {
  channel: 'email' | 'text';
  address: string;
}
export interface CodeValues {
  code: string;
}
export interface KeyValues {
  profileId: string;
  key: string;
}

/** Why the person is back at the start: shown above the form. */
export type Notice = 'failed' | 'key-failed' | 'ended' | 'signed-out' | undefined;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

export function validateAsk(values: AskValues, t: Strings): Record<string, string> {
  const address = values.address.trim();
  if (values.channel === 'email') {
    if (!address) return { address: t('enterEmail') };
    if (!EMAIL.test(address)) return { address: t('emailFormat') };
  } else {
    if (!address) return { address: t('enterPhone') };
    if (!PHONE.test(address)) return { address: t('phoneFormat') };
  }
  return {};
}

export function validateCode(values: CodeValues, t: Strings): Record<string, string> {
  const code = values.code.replace(/\s/g, '');
  if (!code) return { code: t('enterCode') };
  return /^\d{6}$/.test(code) ? {} : { code: t('codeFormat') };
}

export function validateKey(values: KeyValues, t: Strings): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.profileId.trim()) errors['profileId'] = t('enterProfileId');
  if (!values.key.trim()) errors['key'] = t('enterKey');
  return errors;
}

interface View {
  t: Strings;
  level: number;
}

/** A refused link, code or key is one plain message: it never says whether the address is known. */
function failure(view: View, form: FormController<object>, refused: string = view.t('linkFailed')): TemplateResult | typeof nothing {
  if (!form.failure) return nothing;
  const { kind } = form.failure;
  const message = kind === 'rate-limited' ? view.t('tooMany') : kind === 'unauthorized' ? refused : view.t('apiError', kind);
  return html`<div class="panel error" data-form-failure tabindex="-1" role="alert"><p>${icon('alert')} ${message}</p></div>`;
}

function noticeView(view: View, notice: Notice): TemplateResult | typeof nothing {
  const { t, level } = view;
  switch (notice) {
    case 'failed':
      return html`<div class="panel error notice-panel" role="alert" data-notice="failed">
        ${heading(level + 1, html`${icon('alert')} ${t('linkFailedTitle')}`, { className: 'panel-title' })}
        <p class="lines">${t('linkFailed')}</p>
      </div>`;
    case 'key-failed':
      return html`<div class="panel error notice-panel" role="alert" data-notice="key-failed"><p>${icon('alert')} ${t('keyFailed')}</p></div>`;
    case 'ended':
      return html`<div class="panel notice notice-panel" role="status" data-notice="ended">
        ${heading(level + 1, t('endedTitle'), { className: 'panel-title' })}
        <p class="lines">${t('ended')}</p>
      </div>`;
    case 'signed-out':
      return html`<div class="panel notice notice-panel" role="status" data-notice="signed-out">
        ${heading(level + 1, t('signedOutTitle'), { id: 'signed-out-title', className: 'panel-title', tabindex: '-1' })}
        <p>${t('signedOut')}</p>
      </div>`;
    default:
      return nothing;
  }
}

/** Ask for a link or a code; or open a profile with its number and private key. */
export function askView(view: View & { notice: Notice; ask: FormController<AskValues>; key: FormController<KeyValues>; onAsk: (e: Event) => void; onKey: (e: Event) => void }): TemplateResult {
  const { t, level, ask, key } = view;
  const email = ask.values.channel === 'email';
  const addressField = textField({
    id: fieldId('address'),
    label: email ? t('emailLabel') : t('phoneLabel'),
    hint: email ? t('emailHint') : t('phoneHint'),
    error: ask.error('address'),
    errorPrefix: t('errorPrefix'),
    value: ask.values.address,
    onInput: (address) => ask.update({ address }),
    type: email ? 'email' : 'tel',
    autocomplete: email ? 'email' : 'tel',
    inputmode: email ? 'email' : 'tel',
    spellcheck: false,
  });
  return html`${noticeView(view, view.notice)}
    <p class="lines intro">${t('intro')}</p>
    <form class="sign-in" novalidate @submit=${view.onAsk} aria-labelledby="ask-title">
      ${errorSummary(t('errorSummaryTitle'), ask, level + 1)}
      ${heading(level + 1, t('howLabel'), { id: 'ask-title', className: 'visually-hidden' })}
      ${choiceGroup({
        id: fieldId('channel'),
        label: t('howLabel'),
        errorPrefix: t('errorPrefix'),
        type: 'radio',
        choices: [
          { value: 'email', label: t('byEmail') },
          { value: 'text', label: t('byText') },
        ],
        selected: [ask.values.channel],
        onChange: ([channel]) => ask.update({ channel: (channel as AskValues['channel']) ?? 'email' }),
      })}
      ${addressField} ${failure(view, ask as FormController<object>)}
      <button class="button" type="submit" aria-disabled=${ask.submitting ? 'true' : 'false'}>${ask.submitting ? t('sending') : email ? t('sendLink') : t('sendCode')}</button>
    </form>
    <details class="key-sign-in" ?open=${view.notice === 'key-failed' || key.summary.length > 0}>
      <summary>${t('useKey')}</summary>
      <form novalidate @submit=${view.onKey} aria-label=${t('useKey')}>
        ${errorSummary(t('errorSummaryTitle'), key, level + 1)}
        ${textField({ id: fieldId('profileId'), label: t('profileIdLabel'), error: key.error('profileId'), errorPrefix: t('errorPrefix'), value: key.values.profileId, onInput: (profileId) => key.update({ profileId }), spellcheck: false, autocomplete: 'off' })}
        ${textField({ id: fieldId('key'), label: t('keyLabel'), hint: t('keyHint'), error: key.error('key'), errorPrefix: t('errorPrefix'), value: key.values.key, onInput: (value) => key.update({ key: value }), spellcheck: false, autocomplete: 'off' })}
        ${failure(view, key as FormController<object>, t('keyFailed'))}
        <button class="button secondary" type="submit" aria-disabled=${key.submitting ? 'true' : 'false'}>${t('openProfile')}</button>
      </form>
    </details>`;
}

/** After asking: check your email, or enter the code from the text. */
export function sentView(view: View & { channel: 'email' | 'text'; address: string; minutes: number; code: FormController<CodeValues>; onCode: (e: Event) => void; onAgain: () => void; onOther: () => void }): TemplateResult {
  const { t, level, code } = view;
  const again = html`<div class="button-group">
    <button class="button secondary" type="button" @click=${view.onAgain}>${t('sendAnother')}</button>
    <button class="button link" type="button" @click=${view.onOther}>${t('useOther')}</button>
  </div>`;
  if (view.channel === 'email') {
    return html`<div class="panel success sent" data-sent="email">
        ${heading(level + 1, html`${icon('mail')} ${t('checkEmailTitle')}`, { className: 'panel-title', id: 'sent-title', tabindex: '-1' })}
        <p class="lines">${t('checkEmail', view.address, view.minutes)}</p>
        <p>${t('checkEmailHelp')}</p>
      </div>
      ${again}`;
  }
  return html`<form class="code" novalidate @submit=${view.onCode} aria-labelledby="sent-title" data-sent="text">
      ${errorSummary(t('errorSummaryTitle'), code, level + 1)}
      ${heading(level + 1, t('codeTitle'), { id: 'sent-title', tabindex: '-1' })}
      <p class="lines">${t('codeSent', view.address, view.minutes)}</p>
      ${textField({
        id: fieldId('code'),
        label: t('codeLabel'),
        hint: t('codeHint'),
        error: code.error('code'),
        errorPrefix: t('errorPrefix'),
        value: code.values.code,
        onInput: (value) => code.update({ code: value }),
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        narrow: true,
        spellcheck: false,
      })}
      ${failure(view, code as FormController<object>)}
      <button class="button" type="submit" aria-disabled=${code.submitting ? 'true' : 'false'}>${t('signIn')}</button>
    </form>
    ${again}`;
}

/** Words a field problem of the sign-in forms, whether the browser found it or the server sent its code. */
export function wordSignInProblem({ field, code, limit }: FieldProblem, t: Strings, channel: 'email' | 'text' = 'email'): string {
  if (field === 'address') {
    if (code === 'required') return channel === 'email' ? t('enterEmail') : t('enterPhone');
    if (code === 'invalid-email') return t('emailFormat');
    if (code === 'invalid-phone') return t('phoneFormat');
    if (code === 'invalid-format' || code === 'too-short' || code === 'too-long') return channel === 'email' ? t('emailFormat') : t('phoneFormat');
  }
  if (field === 'code') return code === 'required' ? t('enterCode') : t('codeFormat');
  if (field === 'profileId' && code === 'required') return t('enterProfileId');
  if (field === 'key' && code === 'required') return t('enterKey');
  return t('fieldProblem', code, limit);
}
