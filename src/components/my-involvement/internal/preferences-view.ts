import { html, nothing, type TemplateResult } from 'lit';
import type { MessagePreferencesState } from '../../../api/types.js';
import { choiceGroup, errorSummary, fieldId, type FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import type { Strings } from './sign-in-views.js';
import type { WishValues } from './wish-part.js';

/** The message preferences, and the invitation wish (saved to the person's profiles, wish-part.ts). */
export interface PreferenceValues extends WishValues {
  channel: 'email' | 'text' | 'none';
  language: 'en-GB' | 'cy';
  readingLevel: 'standard' | 'easy-read';
  frequency: 'each_time' | 'weekly';
}

/** The form's values from what the server holds; letters, calls and supporters stay as they are unless changed. */
export function preferenceValues(state: MessagePreferencesState, wish: WishValues): PreferenceValues {
  const channel = state.channel === 'email' || state.channel === 'text' || state.channel === 'none' ? state.channel : 'none';
  return { channel, language: state.language, readingLevel: state.readingLevel, frequency: state.frequency, ...wish };
}

interface View {
  t: Strings;
  level: number;
  /** undefined while loading; null when the person never asked to hear back. */
  state: MessagePreferencesState | null | undefined;
  form: FormController<PreferenceValues>;
  /** Loading them failed (the rest of the page still shows). */
  failed: boolean;
  saved: boolean;
  /** "Invitations to take part", when the person has a profile (wish-part.ts, loaded with the preferences). */
  wish: TemplateResult | undefined;
  onSave: (event: Event) => void;
}

/**
 * The person's message preferences (the messages module's API): channel, language, reading level, each time or weekly.
 * "Saved" comes after the button, so the button just pressed stays where it was (above it, it pushed the button off a
 * 320 px screen).
 */
export function preferencesView(view: View): TemplateResult {
  const { t, level, state, form } = view;
  const radios = (path: 'channel' | 'frequency' | 'language' | 'readingLevel', label: string, choices: { value: string; label: string }[]) =>
    choiceGroup({
      id: fieldId(`messages-${path}`),
      label,
      errorPrefix: t('errorPrefix'),
      error: form.error(path),
      type: 'radio',
      choices,
      selected: [form.values[path]],
      onChange: ([value]) => form.update({ [path]: value } as Partial<PreferenceValues>),
    });
  let body: TemplateResult;
  if (view.failed) body = html`<p class="panel error" role="alert">${icon('alert')} ${t('apiError', 'server')}</p>`;
  else if (state === undefined) body = html`<p class="none" aria-busy="true">${t('loading')}</p>`;
  else if (state === null) body = html`<p class="none" data-preferences="none">${t('preferencesNone')}</p>`;
  else {
    body = html`${state.unsubscribed ? html`<p class="panel notice" data-preferences="unsubscribed">${t('preferencesUnsubscribed')}</p>` : nothing}
      ${state.channel === 'letter' || state.channel === 'phone' || state.channel === 'supporter' ? html`<p class="meta">${t('preferencesByHand')}</p>` : nothing}
      <form class="preferences" novalidate @submit=${view.onSave} aria-labelledby="preferences-title">
        ${errorSummary(t('errorSummaryTitle'), form, level + 2)}
        ${radios('channel', t('prefChannel'), [
          { value: 'email', label: t('prefEmail') },
          { value: 'text', label: t('prefText') },
          { value: 'none', label: t('prefNone') },
        ])}
        ${radios('frequency', t('prefFrequency'), [
          { value: 'each_time', label: t('prefEachTime') },
          { value: 'weekly', label: t('prefWeekly') },
        ])}
        ${radios('language', t('prefLanguage'), [
          { value: 'en-GB', label: 'English' },
          { value: 'cy', label: 'Cymraeg' },
        ])}
        ${radios('readingLevel', t('prefReading'), [
          { value: 'standard', label: t('prefStandard') },
          { value: 'easy-read', label: t('prefEasyRead') },
        ])}
        ${view.wish ?? nothing}
        ${form.failure ? html`<div class="panel error" data-form-failure tabindex="-1" role="alert"><p>${icon('alert')} ${t('apiError', form.failure.kind)}</p></div>` : nothing}
        <button class="button" type="submit" aria-disabled=${form.submitting ? 'true' : 'false'}>${form.submitting ? t('saving') : t('preferencesSave')}</button>
        ${view.saved ? html`<p class="panel success" role="status" data-preferences="saved">${icon('check')} ${t('preferencesSaved')}</p>` : nothing}
      </form>`;
  }
  return html`<section class="section" aria-labelledby="preferences-title" data-section="preferences">
    ${heading(level + 1, t('preferencesTitle'), { id: 'preferences-title' })}
    <p>${t('preferencesDecisions')}</p>
    ${body}
  </section>`;
}
