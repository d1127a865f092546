import type { ApiErrorKind } from '../../api/errors.js';
import type { FieldCode } from '../../api/rules.js';
import type { Locale, ReadingLevel } from '../config.js';
import { defineMessages, shareWords, translator } from '../i18n.js';
import { coreMessages } from '../messages.js';

/**
 * The words only forms use (a field problem by its code, a form's failure, "(optional)", "Enter …",
 * "… must be N characters or fewer", "We have kept what you typed."), apart from the core strings
 * every widget carries: a page that shows no form (a list, a board before its form opens) does not
 * download them. Every module that words a form with them imports this one; its words are then
 * found by every widget's `t`, under the widget's own and the core strings (`shareWords`).
 */
export const formWords = defineMessages({
  'en-GB': {
    optional: '(optional)',
    required: (label: string) => `Enter ${label.toLowerCase()}`,
    tooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer`,
    formFailure: (failure: FailureFacts) => formFailure(failure, 'en-GB', 'standard', publicErrorEn, waitEn),
    /** A field problem by its code, when the form has no sentence of its own for it. */
    fieldProblem: (code: FieldCode, limit?: number) => fieldProblemEn(code, limit),
    keptTyped: 'We have kept what you typed.',
  },
  cy: {
    optional: '(dewisol)',
    required: (label: string) => `Rhowch ${label.toLowerCase()}`,
    tooLong: (label: string, max: number) => `Rhaid i ${label} fod yn ${max} nod neu lai`,
    formFailure: (failure: FailureFacts) => formFailure(failure, 'cy', 'standard', publicErrorCy, waitCy),
    fieldProblem: (code: FieldCode, limit?: number) => fieldProblemCy(code, limit),
    keptTyped: 'Rydym wedi cadw’r hyn a deipiwyd gennych.',
  },
  easyRead: {
    'en-GB': {
      keptTyped: 'Your words are still here.',
      fieldProblem: (code: FieldCode, limit?: number) => worded(fieldEasyEn, code, limit) ?? fieldProblemEn(code, limit),
      optional: '(if you want)',
      required: (label: string) => `Write ${label.toLowerCase()}`,
      tooLong: (label: string, max: number) => `${label} is too long.\nUse ${max} letters or fewer.`,
      formFailure: (failure: FailureFacts) => formFailure(failure, 'en-GB', 'easy-read', publicErrorEasyEn, waitEasyEn),
    },
    cy: {
      keptTyped: 'Mae eich geiriau yma o hyd.',
      fieldProblem: (code: FieldCode, limit?: number) => worded(fieldEasyCy, code, limit) ?? fieldProblemCy(code, limit),
      optional: '(os ydych chi eisiau)',
      required: (label: string) => `Ysgrifennwch ${label.toLowerCase()}`,
      tooLong: (label: string, max: number) => `Mae ${label.toLowerCase()} yn rhy hir.\nDefnyddiwch ${max} llythyren neu lai.`,
      formFailure: (failure: FailureFacts) => formFailure(failure, 'cy', 'easy-read', publicErrorEasyCy, waitEasyCy),
    },
  },
});
shareWords(formWords);

/** The form words' keys and messages, for typing a translator (the core's `CoreStrings` includes them). */
export type FormStrings = (typeof formWords)['en-GB'];

/** What a form's failure message needs: the kind, the server's `Retry-After`, and who reads it. */
export interface FailureFacts {
  kind: ApiErrorKind;
  retryAfter?: number | undefined;
  /** `public` forms never talk about signing in or co-production leads. */
  audience: 'public' | 'staff';
}

/**
 * A form's failure in the reader's terms: on a public form a 401/403 says what happened and
 * what to do (not "sign in" or "ask your lead"), and a 429 or 503 with `Retry-After` gives the real wait.
 */
function formFailure(
  { kind, retryAfter, audience }: FailureFacts,
  locale: Locale,
  level: ReadingLevel,
  publicByKind: Partial<Record<ApiErrorKind, string>>,
  wait: (seconds: number) => string,
): string {
  if (retryAfter !== undefined && retryAfter > 0 && (kind === 'rate-limited' || kind === 'server')) return wait(Math.ceil(retryAfter));
  // The general words are the core's (every widget words a failed load with them), in this reading.
  return (audience === 'public' ? publicByKind[kind] : undefined) ?? translator(coreMessages, locale, level)('apiError', kind);
}

const publicErrorEn: Partial<Record<ApiErrorKind, string>> = {
  unauthorized: 'The service did not accept the form just now. Try again in a few minutes. If it happens again, contact the council.',
  forbidden: 'This form cannot be sent from this page at the moment. Try again later, or contact the council by phone or email.',
};

const publicErrorCy: Partial<Record<ApiErrorKind, string>> = {
  unauthorized: 'Ni dderbyniodd y gwasanaeth y ffurflen ar hyn o bryd. Rhowch gynnig arall arni mewn ychydig funudau. Os bydd yn digwydd eto, cysylltwch â’r cyngor.',
  forbidden: 'Nid oes modd anfon y ffurflen hon o’r dudalen hon ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â’r cyngor dros y ffôn neu drwy e-bost.',
};

function waitEn(seconds: number): string {
  if (seconds < 90) return `The service is busy. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, then try again.`;
  const minutes = Math.ceil(seconds / 60);
  return `The service is busy. Wait ${minutes} minutes, then try again.`;
}

function waitCy(seconds: number): string {
  if (seconds < 90) return `Mae’r gwasanaeth yn brysur. Arhoswch ${seconds} eiliad, yna rhowch gynnig arall arni.`;
  return `Mae’r gwasanaeth yn brysur. Arhoswch ${Math.ceil(seconds / 60)} munud, yna rhowch gynnig arall arni.`;
}

// Easy read (issue 13): short sentences, one idea a line.
const publicErrorEasyEn: Partial<Record<ApiErrorKind, string>> = {
  unauthorized: 'We could not take the form just now.\nTry again in a few minutes.\nIf it happens again, contact the council.',
  forbidden: 'You cannot send this form from this page right now.\nTry again later.\nOr phone or email the council.',
};

const publicErrorEasyCy: Partial<Record<ApiErrorKind, string>> = {
  unauthorized: 'Allen ni ddim derbyn y ffurflen nawr.\nRhowch gynnig arall arni mewn ychydig funudau.\nOs bydd yn digwydd eto, cysylltwch â’r cyngor.',
  forbidden: 'Allwch chi ddim anfon y ffurflen hon o’r dudalen hon nawr.\nRhowch gynnig arall arni yn nes ymlaen.\nNeu ffoniwch neu e-bostiwch y cyngor.',
};

function waitEasyEn(seconds: number): string {
  const wait = seconds < 90 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `We are busy.\nWait ${wait}.\nThen try again.`;
}

function waitEasyCy(seconds: number): string {
  const wait = seconds < 90 ? `${seconds} eiliad` : `${Math.ceil(seconds / 60)} munud`;
  return `Rydyn ni’n brysur.\nArhoswch ${wait}.\nYna rhowch gynnig arall arni.`;
}

/**
 * The shared words for a field problem, by its code, when a form has no sentence of its own
 * for that field: the message sits beside the field (and links to it from the summary), so
 * it need not name it. Never the server's English text.
 */
type FieldWords = Record<FieldCode, string | ((limit: string) => string)>;

const fieldEn: FieldWords = {
  required: 'Answer this question',
  'too-short': (n) => `Use at least ${n} characters`,
  'too-long': (n) => `Use ${n} characters or fewer`,
  'too-few': (n) => `Choose at least ${n}`,
  'too-many': (n) => `Choose no more than ${n}`,
  'too-small': (n) => `Enter ${n} or more`,
  'too-big': (n) => `Enter ${n} or less`,
  duplicate: 'Remove the answer that is there twice',
  'invalid-email': 'Enter an email address in the correct format, like name@example.com',
  'invalid-phone': 'Enter a phone number, like 01632\u00a0960\u00a0001 or 07700\u00a0900\u00a0982',
  'invalid-date': 'Enter a real date, like 31\u00a03\u00a02027',
  'invalid-url': 'Enter a web address starting with https://',
  'invalid-picture': 'Choose a picture that is a PNG, JPEG or WebP file, smaller than 1 MB',
  'invalid-format': 'Check this answer: it is not in a form we can use',
  'not-in-list': 'Choose an answer from the list',
  'wrong-type': 'Check this answer: it is not in a form we can use',
  'unknown-field': 'This is not something we ask for. Reload the page and try again',
  'not-allowed': 'This cannot be done at the moment',
  'not-found': 'We could not find this. It may have been removed',
  'no-places-left': 'Every place is taken',
};

const fieldCy: FieldWords = {
  required: 'Atebwch y cwestiwn hwn',
  'too-short': (n) => `Defnyddiwch o leiaf ${n} nod`,
  'too-long': (n) => `Defnyddiwch ${n} nod neu lai`,
  'too-few': (n) => `Dewiswch o leiaf ${n}`,
  'too-many': (n) => `Dewiswch hyd at ${n}`,
  'too-small': (n) => `Rhowch ${n} neu fwy`,
  'too-big': (n) => `Rhowch ${n} neu lai`,
  duplicate: 'Tynnwch yr ateb sydd yno ddwywaith',
  'invalid-email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'invalid-phone': 'Rhowch rif ffôn, fel 01632\u00a0960\u00a0001 neu 07700\u00a0900\u00a0982',
  'invalid-date': 'Rhowch ddyddiad go iawn, fel 31\u00a03\u00a02027',
  'invalid-url': 'Rhowch gyfeiriad gwe sy’n dechrau gyda https://',
  'invalid-picture': 'Dewiswch lun sy’n ffeil PNG, JPEG neu WebP, llai nag 1 MB',
  'invalid-format': 'Gwiriwch yr ateb hwn: nid yw mewn ffurf y gallwn ei defnyddio',
  'not-in-list': 'Dewiswch ateb o’r rhestr',
  'wrong-type': 'Gwiriwch yr ateb hwn: nid yw mewn ffurf y gallwn ei defnyddio',
  'unknown-field': 'Nid ydym yn gofyn am hyn. Ail-lwythwch y dudalen a rhowch gynnig arall arni',
  'not-allowed': 'Does dim modd gwneud hyn ar hyn o bryd',
  'not-found': 'Nid oeddem yn gallu dod o hyd i hwn. Efallai ei fod wedi cael ei dynnu',
  'no-places-left': 'Mae pob lle wedi’i gymryd',
};

/** Easy read: short sentences, one idea per line. */
const fieldEasyEn: Partial<FieldWords> = {
  required: 'Please fill this in.',
  'too-long': (n) => `This is too long.\nUse ${n} letters or fewer.`,
  'too-short': (n) => `This is too short.\nUse ${n} letters or more.`,
  'invalid-email': 'This email address does not look right.\nIt should look like name@example.com',
  'invalid-phone': 'This phone number does not look right.\nIt should look like 07700\u00a0900\u00a0982',
  'not-in-list': 'Please choose from the list.',
};

const fieldEasyCy: Partial<FieldWords> = {
  required: 'Llenwch hwn os gwelwch yn dda.',
  'too-long': (n) => `Mae hwn yn rhy hir.\nDefnyddiwch ${n} llythyren neu lai.`,
  'too-short': (n) => `Mae hwn yn rhy fyr.\nDefnyddiwch ${n} llythyren neu fwy.`,
  'invalid-email': 'Nid yw’r cyfeiriad e-bost hwn yn edrych yn iawn.\nDylai edrych fel enw@enghraifft.com',
  'invalid-phone': 'Nid yw’r rhif ffôn hwn yn edrych yn iawn.\nDylai edrych fel 07700\u00a0900\u00a0982',
  'not-in-list': 'Dewiswch o’r rhestr os gwelwch yn dda.',
};

function worded(words: Partial<FieldWords>, code: FieldCode, limit: number | undefined): string | undefined {
  const message = words[code];
  if (typeof message !== 'function') return message;
  // A limit-less "too long" (a back end that sent a code for a field with no rule here) falls back to "check this answer".
  return limit === undefined ? undefined : message(limit.toLocaleString('en-GB'));
}

// Each reading's words are referenced only from its own part of the catalog above, so the build's
// lazy readings (scripts/lazy-readings.mjs) leave the Welsh and easy-read tables out of every bundle.
const fieldProblemEn = (code: FieldCode, limit?: number) => worded(fieldEn, code, limit) ?? (fieldEn['invalid-format'] as string);
const fieldProblemCy = (code: FieldCode, limit?: number) => worded(fieldCy, code, limit) ?? (fieldCy['invalid-format'] as string);
