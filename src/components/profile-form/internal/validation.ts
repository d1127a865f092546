import { checkBody, type FieldProblem } from '../../../api/rules-check.js';
import { profileRules } from '../../../api/rules-public.js';
import type { ContactMethod } from '../../../api/types.js';
import { wordContactProblem } from '../../../core/forms/contact-words.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { PlainKey, ProfileTranslate } from './context.js';
import { toInput, type ProfileValues } from './profile-values.js';

/**
 * The contract's rules for a profile (src/api/rules.ts) on the body the form would send,
 * worded by `word`. Until a way to contact is chosen there is no detail to ask for.
 */
export function validateProfile(values: ProfileValues, word: (problem: FieldProblem) => string): FieldErrors {
  const body = { ...toInput(values), consent: values.consent };
  const errors: FieldErrors = {};
  for (const problem of checkBody(profileRules, body)) errors[problem.field] ??= word(problem);
  if (!values.contactMethod) delete errors['contact.detail'];
  return errors;
}

/** Field labels, for "must be N characters or fewer". */
const labels: Partial<Record<string, PlainKey>> = {
  'picture.description': 'pictureDescription',
  importantToMe: 'importantToMe',
  experience: 'experience',
  networks: 'networks',
  'howToHelp.details': 'needsDetails',
  otherTopics: 'otherTopics',
  'availability.notes': 'availabilityNotes',
  trainingWanted: 'trainingWanted',
};

/** This form's words for a field problem, whether the browser found it or the server sent its code. */
export function wordProfileProblem(problem: FieldProblem, t: ProfileTranslate, method: ContactMethod | ''): string {
  const { field, code, limit } = problem;
  const contact = wordContactProblem(problem, 'contact', method, t);
  if (contact) return contact;
  switch (`${field}:${code}`) {
    case 'name:required':
      return t('nameRequired');
    case 'name:too-long':
      return t('nameTooLong');
    case 'importantToMe:required':
      return t('importantToMeRequired');
    case 'experience:required':
      return t('experienceRequired');
    case 'contact.detail:too-long':
      return method && limit !== undefined ? t('tooLong', t('contactDetail', method), limit) : t('fieldProblem', code, limit);
    case 'consent:required':
      return t('consentRequired');
    case 'picture.dataUrl:invalid-picture':
      return t('pictureType');
    case 'picture.dataUrl:too-long':
      return t('pictureSize');
    case 'picture.description:required':
      return t('pictureDescriptionRequired');
  }
  const label = labels[field];
  if (code === 'too-long' && label && limit !== undefined) return t('tooLong', t(label), limit);
  return t('fieldProblem', code, limit);
}
