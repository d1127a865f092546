/**
 * How to tell you, shared by the give-feedback form and "Tell me when this changes" (each loads
 * it with its own words, on first use; the board's first paint does not carry it): the question,
 * the address's label, and the problems with an answer to them, in English, Welsh and easy read.
 * `wordReplyProblem` words a `reply.*` problem, the browser's or the server's code, for both.
 */
import type { FieldProblem } from '../../../api/rules-check.js';
import type { ContactMethod } from '../../../api/types.js';
import { wordContactProblem } from '../../../core/forms/contact-words.js';
import { defineMessages, type Translate } from '../../../core/i18n.js';
import type { CoreStrings } from '../../../core/messages.js';

const detailLabelEn: Record<ContactMethod, string> = {
  email: 'Email address',
  phone: 'Phone number',
  text: 'Mobile phone number',
  post: 'Postal address',
  supporter: 'Your supporter’s name and how to reach them',
};
const detailLabelCy: Record<ContactMethod, string> = {
  email: 'Cyfeiriad e-bost',
  phone: 'Rhif ffôn',
  text: 'Rhif ffôn symudol',
  post: 'Cyfeiriad post',
  supporter: 'Enw eich cefnogwr a sut i gysylltu ag ef neu hi',
};

export const replyMessages = defineMessages({
  'en-GB': {
    replyMethodField: 'How should we tell you?',
    detailLabel: (method: ContactMethod) => detailLabelEn[method],
    contactMethodRequired: 'Select how we should tell you',
  },
  cy: {
    replyMethodField: 'Sut ddylem ni ddweud wrthych?',
    detailLabel: (method: ContactMethod) => detailLabelCy[method],
    contactMethodRequired: 'Dewiswch sut ddylem ni ddweud wrthych',
  },
  easyRead: {
    'en-GB': {
      detailLabel: (method: ContactMethod) =>
        ({
          email: 'Your email address',
          phone: 'Your phone number',
          text: 'Your mobile phone number',
          post: 'Your address',
          supporter: 'The name of the person who helps you, and how to reach them',
        })[method],
      contactMethodRequired: 'Choose how we should tell you',
    },
    cy: {
      detailLabel: (method: ContactMethod) =>
        ({
          email: 'Eich cyfeiriad e-bost',
          phone: 'Eich rhif ffôn',
          text: 'Rhif eich ffôn symudol',
          post: 'Eich cyfeiriad',
          supporter: 'Enw’r person sy’n eich helpu, a sut i gysylltu â nhw',
        })[method],
      contactMethodRequired: 'Dewiswch sut dylen ni ddweud wrthych',
    },
  },
  easyReadSame: ['replyMethodField'],
});

export type ReplyTranslate = Translate<CoreStrings & (typeof replyMessages)['en-GB']>;

/** Words a problem with how to tell you (`reply.method`, `reply.detail`: the one contact rule); any other by its code. */
export function wordReplyProblem(problem: FieldProblem, t: ReplyTranslate, replyMethod: ContactMethod | ''): string {
  return wordContactProblem(problem, 'reply', replyMethod, t) ?? t('fieldProblem', problem.code, problem.limit);
}
