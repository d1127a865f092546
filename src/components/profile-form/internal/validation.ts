import { ApiError } from '../../../api/errors.js';
import type { ContactMethod } from '../../../api/types.js';
import { isEmailAddress, isPhoneNumber } from '../../../api/validation.js';
import type { FieldErrors } from '../../../core/forms/index.js';
import type { ProfileTranslate } from './context.js';
import type { ProfileValues } from './profile-values.js';

/** The same checks as the contract's, with messages in the person's language. */
export function validateProfile(values: ProfileValues, t: ProfileTranslate): FieldErrors {
  const errors: FieldErrors = {};
  const tooLong = (path: string, label: string, text: string, max: number): void => {
    if (text.trim().length > max) errors[path] ??= t('tooLong', label, max);
  };
  if (!values.name.trim()) errors['name'] = t('nameRequired');
  else if (values.name.trim().length > 200) errors['name'] = t('nameTooLong');
  if (values.pictureDataUrl && !values.pictureDescription.trim()) errors['picture.description'] = t('pictureDescriptionRequired');
  tooLong('picture.description', t('pictureDescription'), values.pictureDescription, 300);
  if (!values.importantToMe.trim()) errors['importantToMe'] = t('importantToMeRequired');
  tooLong('importantToMe', t('importantToMe'), values.importantToMe, 3000);
  if (!values.experience.trim()) errors['experience'] = t('experienceRequired');
  tooLong('experience', t('experience'), values.experience, 3000);
  tooLong('networks', t('networks'), values.networks, 3000);
  tooLong('howToHelp.details', t('needsDetails'), values.needsDetails, 3000);
  const method = values.contactMethod;
  if (!method) errors['contact.method'] = t('contactMethodRequired');
  else {
    const detail = (values.contactDetails[method] ?? '').trim();
    if (!detail) errors['contact.detail'] = t('contactDetailRequired', method);
    else if (method === 'email' && !isEmailAddress(detail)) errors['contact.detail'] = t('emailFormat');
    else if ((method === 'phone' || method === 'text') && !isPhoneNumber(detail)) errors['contact.detail'] = t('phoneFormat');
    else tooLong('contact.detail', t('contactDetail', method), detail, 500);
  }
  tooLong('otherTopics', t('otherTopics'), values.otherTopics, 500);
  tooLong('availability.notes', t('availabilityNotes'), values.availabilityNotes, 1000);
  tooLong('trainingWanted', t('trainingWanted'), values.trainingWanted, 3000);
  if (!values.consent) errors['consent'] = t('consentRequired');
  return errors;
}

/** Server messages are English; the same problems get this widget's words in the person's language. */
export function localiseServerErrors(error: unknown, t: ProfileTranslate, method: ContactMethod | ''): unknown {
  if (!(error instanceof ApiError) || error.kind !== 'validation' || !error.problem) return error;
  const known: Record<string, string | undefined> = {
    'name:required': t('nameRequired'),
    'name:too_long': t('nameTooLong'),
    'importantToMe:required': t('importantToMeRequired'),
    'experience:required': t('experienceRequired'),
    'contact.method:required': t('contactMethodRequired'),
    'contact.method:enum': t('contactMethodRequired'),
    'contact.detail:required': method ? t('contactDetailRequired', method) : undefined,
    'contact.detail:format': method === 'email' ? t('emailFormat') : method ? t('phoneFormat') : undefined,
    'consent:consent': t('consentRequired'),
    'picture.dataUrl:format': t('pictureType'),
    'picture.dataUrl:too_long': t('pictureSize'),
    'picture.description:required': t('pictureDescriptionRequired'),
  };
  const errors = error.fieldErrorList.map((fieldError) => ({ ...fieldError, message: known[`${fieldError.field}:${fieldError.code}`] ?? fieldError.message }));
  return new ApiError(error.kind, error.message, { status: error.status, problem: { ...error.problem, errors }, cause: error });
}
