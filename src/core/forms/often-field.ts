import { nothing, type TemplateResult } from 'lit';
import type { Locale } from '../config.js';
import { readingsReady, translator } from '../i18n.js';
import { choiceGroup } from './fields.js';
import { oftenMessages } from './often-field.messages.js';

export type Frequency = 'each_time' | 'weekly';

/** A kept value (a draft from an older page may have none): weekly only if it says so. */
export const frequencyOf = (value: unknown): Frequency => (value === 'weekly' ? 'weekly' : 'each_time');

/**
 * "How often should we tell you?": each time, or a weekly summary; decisions go at once
 * either way, and the hint says so (issue 15 item 4). One radio group for every form that asks
 * how to hear back (the feedback form, "Tell me when this changes", the interest form, the
 * profile form), shown only when the person chose email or text; its value is sent as
 * `messages.frequency`. Its words load with it: until the reader's are in it shows nothing
 * and `refresh` is called when they are.
 */
export function oftenField(options: {
  id: string;
  locale: Locale;
  easyRead: boolean;
  value: Frequency;
  errorPrefix: string;
  onChange: (frequency: Frequency) => void;
  refresh: () => void;
}): TemplateResult | typeof nothing {
  const level = options.easyRead ? 'easy-read' : 'standard';
  const waiting = readingsReady(options.locale, level);
  if (waiting) {
    void waiting.then(options.refresh);
    return nothing;
  }
  const t = translator(oftenMessages, options.locale, level);
  return choiceGroup({
    id: options.id,
    type: 'radio',
    label: t('oftenLabel'),
    hint: t('oftenHint'),
    errorPrefix: options.errorPrefix,
    choices: [
      { value: 'each_time', label: t('oftenEachTime') },
      { value: 'weekly', label: t('oftenWeekly') },
    ],
    selected: [options.value],
    onChange: ([frequency]) => options.onChange(frequencyOf(frequency)),
  });
}

/**
 * Said after a save that set "How often" where the address was not proved (a new profile, a profile
 * opened with its edit key, an interest, feedback, "Tell me when this changes"): a choice made on the
 * person's own page or from a message's link stays. The same words whether or not anyone chose, so
 * they tell nobody anything about an address. Its words are the field's (loaded with it).
 */
export function oftenStays(locale: Locale, easyRead: boolean): string {
  return translator(oftenMessages, locale, easyRead ? 'easy-read' : 'standard')('oftenStays');
}

/**
 * Said on the confirmation of an interest, feedback or "Tell me when this changes" form that asked to hear back by
 * email or text (review S0, session 18): messages turned off before (a message's stop link, or their own page) stay
 * off until turned on from the person's own page; the form does not turn them on. The same words whoever owns the
 * address, and whether or not it had turned messages off: decided from what the page sent, never from the answer.
 * `ownPage`: said on the person's own page opened with the profile key, which shows no preferences to turn them on
 * with ("go to your page" would send them where they are): a sign-in with the address, or a message's link, does.
 */
export function offStays(locale: Locale, easyRead: boolean, ownPage = false): string {
  return translator(oftenMessages, locale, easyRead ? 'easy-read' : 'standard')(ownPage ? 'offStaysHere' : 'offStays');
}
