import type { Locale } from '../../../core/config.js';
import { draftMessages } from '../../../core/forms/draft-parts.js';
import { mergeCatalogs, type Translate } from '../../../core/i18n.js';
import { formWords } from '../../../core/forms/form-words.js';
import { fileMessages } from '../../../core/forms/file-field.js';
import { coreMessages } from '../../../core/messages.js';
import { profileFormMessages } from '../coprod-profile-form.messages.js';

/** The profile form's strings: the shared ones, the file control's, the draft notice's, then its own (which win). */
export const profileCatalog = mergeCatalogs(mergeCatalogs(mergeCatalogs(mergeCatalogs(coreMessages, formWords), fileMessages), draftMessages), profileFormMessages);
export type ProfileStrings = (typeof profileCatalog)['en-GB'];
export type ProfileTranslate = Translate<ProfileStrings>;
/** The keys of strings that take no arguments. */
export type PlainKey = { [K in keyof ProfileStrings]: ProfileStrings[K] extends string ? K : never }[keyof ProfileStrings] & string;

/** What the internal render functions need from the element. */
export interface ViewContext {
  t: ProfileTranslate;
  locale: Locale;
  /** The level of the widget's top heading (2 to 6); the boxes below go one deeper (past 6 as `aria-level`). */
  level: number;
}
