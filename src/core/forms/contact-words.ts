import type { FieldProblem } from '../../api/rules-check.js';
import type { ContactMethod } from '../../api/types.js';
import { defineMessages, shareWords, type Translate } from '../i18n.js';
import type { FormStrings } from './form-words.js';

/**
 * "How to reach you", the words every form that asks it shares (the interest form, the profile
 * form, the board's reply): a missing detail asked for by the way chosen, in whole sentences
 * ("Enter your your supporter's name" was the label glued on). Found by each of those forms' `t`
 * (`shareWords`); forms that never ask it do not carry them. The English is the rules' own
 * (api/validation.ts, which may not import core/), checked equal by test/node/i18n.test.ts.
 */
export const contactWords = defineMessages({
  'en-GB': {
    contactDetailRequired: (method: ContactMethod) =>
      ({
        email: 'Enter your email address',
        phone: 'Enter your phone number',
        text: 'Enter the mobile number we should text',
        post: 'Enter your postal address',
        supporter: 'Enter your supporter’s name and how to reach them',
      })[method],
  },
  cy: {
    contactDetailRequired: (method: ContactMethod) =>
      ({
        email: 'Rhowch eich cyfeiriad e-bost',
        phone: 'Rhowch eich rhif ffôn',
        text: 'Rhowch y rhif ffôn symudol y dylem anfon neges destun ato',
        post: 'Rhowch eich cyfeiriad post',
        supporter: 'Rhowch enw eich cefnogwr a sut i gysylltu â nhw',
      })[method],
  },
  easyRead: {
    'en-GB': {
      contactDetailRequired: (method: ContactMethod) =>
        ({
          email: 'Write your email address',
          phone: 'Write your phone number',
          text: 'Write your mobile phone number',
          post: 'Write your address',
          supporter: 'Write the name of the person who helps you, and how to reach them',
        })[method],
    },
    cy: {
      contactDetailRequired: (method: ContactMethod) =>
        ({
          email: 'Ysgrifennwch eich cyfeiriad e-bost',
          phone: 'Ysgrifennwch eich rhif ffôn',
          text: 'Ysgrifennwch rif eich ffôn symudol',
          post: 'Ysgrifennwch eich cyfeiriad',
          supporter: 'Ysgrifennwch enw’r person sy’n eich helpu, a sut i gysylltu â nhw',
        })[method],
    },
  },
});
shareWords(contactWords);

/**
 * One rule for a problem with how to reach someone, whether the browser found it or the server
 * sent its code: `<at>.method` (none chosen, or not one of ours) and `<at>.detail` (missing, or
 * an email or phone number that does not look right), in the reader's words. The interest form
 * and the profile form (`contact`) and the board's reply (`reply`) use it; each asks its own
 * "how should we …?" (`contactMethodRequired`). Any other problem: `undefined`, for the form's own words.
 */
export function wordContactProblem(
  { field, code }: FieldProblem,
  at: string,
  method: ContactMethod | '',
  t: Translate<FormStrings & (typeof contactWords)['en-GB'] & { contactMethodRequired: string }>,
): string | undefined {
  if (field === at + '.method') return code === 'required' || code === 'not-in-list' ? t('contactMethodRequired') : undefined;
  if (field !== at + '.detail') return undefined;
  if (code === 'required') return method ? t('contactDetailRequired', method) : t('contactMethodRequired');
  if (code === 'invalid-email' || code === 'invalid-phone') return t('fieldProblem', code);
  return undefined;
}
