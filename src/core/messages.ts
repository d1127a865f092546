import type { ApiErrorKind } from '../api/errors.js';
import type { FieldCode } from '../api/rules.js';
import { fieldProblemWords } from './forms/field-messages.js';
import { defineMessages } from './i18n.js';

/** Strings every widget shares: states, errors, form chrome. */
export const coreMessages = defineMessages({
  'en-GB': {
    loading: 'Loading…',
    retry: 'Try again',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    optional: '(optional)',
    sending: 'Sending…',
    saving: 'Saving…',
    close: 'Close',
    back: 'Back',
    showMore: 'Show more',
    required: (label: string) => `Enter ${label.toLowerCase()}`,
    chooseOne: (label: string) => `Select ${label.toLowerCase()}`,
    tooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer`,
    apiError: (kind: ApiErrorKind) => apiErrorEn[kind],
    formFailure: (failure: FailureFacts) => formFailure(failure, apiErrorEn, publicErrorEn, waitEn),
    /** A field problem by its code, when the form has no sentence of its own for it. */
    fieldProblem: (code: FieldCode, limit?: number) => fieldProblemWords['en-GB'](code, limit),
    keptTyped: 'We have kept what you typed.',
    fallbackLink: 'Open this on the council website',
    notConfigured: 'This cannot be shown here right now.',
  },
  cy: {
    loading: 'Wrthi’n llwytho…',
    retry: 'Rhowch gynnig arall arni',
    errorSummaryTitle: 'Mae problem wedi codi',
    errorPrefix: 'Gwall:',
    optional: '(dewisol)',
    sending: 'Wrthi’n anfon…',
    saving: 'Wrthi’n cadw…',
    close: 'Cau',
    back: 'Yn ôl',
    showMore: 'Dangos mwy',
    required: (label: string) => `Rhowch ${label.toLowerCase()}`,
    chooseOne: (label: string) => `Dewiswch ${label.toLowerCase()}`,
    tooLong: (label: string, max: number) => `Rhaid i ${label} fod yn ${max} nod neu lai`,
    apiError: (kind: ApiErrorKind) => apiErrorCy[kind],
    formFailure: (failure: FailureFacts) => formFailure(failure, apiErrorCy, publicErrorCy, waitCy),
    fieldProblem: (code: FieldCode, limit?: number) => fieldProblemWords.cy(code, limit),
    keptTyped: 'Rydym wedi cadw’r hyn a deipiwyd gennych.',
    fallbackLink: 'Agor hwn ar wefan y cyngor',
    notConfigured: 'Nid oes modd dangos hwn yma ar hyn o bryd.',
  },
  easyRead: {
    'en-GB': {
      loading: 'Please wait.',
      errorSummaryTitle: 'Something is wrong',
      keptTyped: 'Your words are still here.',
      fieldProblem: (code: FieldCode, limit?: number) => fieldProblemWords.easyEn(code, limit),
      optional: '(if you want)',
      required: (label: string) => `Write ${label.toLowerCase()}`,
      chooseOne: (label: string) => `Choose ${label.toLowerCase()}`,
      tooLong: (label: string, max: number) => `${label} is too long.\nUse ${max} letters or fewer.`,
      apiError: (kind: ApiErrorKind) => apiErrorEasyEn[kind],
      formFailure: (failure: FailureFacts) => formFailure(failure, apiErrorEasyEn, publicErrorEasyEn, waitEasyEn),
      fallbackLink: 'See this on the council website',
      notConfigured: 'You cannot see this here right now.',
    },
    cy: {
      loading: 'Arhoswch os gwelwch yn dda.',
      errorSummaryTitle: 'Mae rhywbeth o’i le',
      keptTyped: 'Mae eich geiriau yma o hyd.',
      fieldProblem: (code: FieldCode, limit?: number) => fieldProblemWords.easyCy(code, limit),
      optional: '(os ydych chi eisiau)',
      required: (label: string) => `Ysgrifennwch ${label.toLowerCase()}`,
      chooseOne: (label: string) => `Dewiswch ${label.toLowerCase()}`,
      tooLong: (label: string, max: number) => `Mae ${label.toLowerCase()} yn rhy hir.\nDefnyddiwch ${max} llythyren neu lai.`,
      apiError: (kind: ApiErrorKind) => apiErrorEasyCy[kind],
      formFailure: (failure: FailureFacts) => formFailure(failure, apiErrorEasyCy, publicErrorEasyCy, waitEasyCy),
      fallbackLink: 'Gweld hwn ar wefan y cyngor',
      notConfigured: 'Allwch chi ddim gweld hwn yma ar hyn o bryd.',
    },
  },
  easyReadSame: ['retry', 'errorPrefix', 'sending', 'saving', 'close', 'back', 'showMore'],
});

const apiErrorEn: Record<ApiErrorKind, string> = {
  network: 'We could not reach the service. Check your internet connection and try again.',
  timeout: 'The service took too long to answer. Try again in a moment.',
  aborted: 'The request was stopped.',
  validation: 'Some answers need changing. Check the list at the top.',
  unauthorized: 'You need to sign in again to do this.',
  forbidden: 'You do not have permission to do this. Ask your co-production lead for access.',
  'not-found': 'We could not find this. It may have been removed.',
  conflict: 'This changed while you were looking at it. Reload to see the latest version.',
  'rate-limited': 'Too many tries in a short time. Wait a minute, then try again.',
  server: 'Something went wrong on our side. Try again later.',
};

const apiErrorCy: Record<ApiErrorKind, string> = {
  network: 'Nid oeddem yn gallu cysylltu â’r gwasanaeth. Gwiriwch eich cysylltiad rhyngrwyd a rhowch gynnig arall arni.',
  timeout: 'Cymerodd y gwasanaeth ormod o amser i ateb. Rhowch gynnig arall arni mewn munud.',
  aborted: 'Cafodd y cais ei atal.',
  validation: 'Mae angen newid rhai atebion. Gwiriwch y rhestr ar y brig.',
  unauthorized: 'Mae angen i chi fewngofnodi eto i wneud hyn.',
  forbidden: 'Nid oes gennych ganiatâd i wneud hyn. Gofynnwch i’ch arweinydd cyd-gynhyrchu am fynediad.',
  'not-found': 'Nid oeddem yn gallu dod o hyd i hwn. Efallai ei fod wedi cael ei dynnu.',
  conflict: 'Newidiodd hwn tra oeddech yn edrych arno. Ail-lwythwch i weld y fersiwn ddiweddaraf.',
  'rate-limited': 'Gormod o ymdrechion mewn amser byr. Arhoswch funud, yna rhowch gynnig arall arni.',
  server: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni yn nes ymlaen.',
};

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
  byKind: Record<ApiErrorKind, string>,
  publicByKind: Partial<Record<ApiErrorKind, string>>,
  wait: (seconds: number) => string,
): string {
  if (retryAfter !== undefined && retryAfter > 0 && (kind === 'rate-limited' || kind === 'server')) return wait(Math.ceil(retryAfter));
  return (audience === 'public' ? publicByKind[kind] : undefined) ?? byKind[kind];
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

/** The core strings' keys and messages, for typing a widget's translator (`Translate<CoreStrings & Own>`). */
export type CoreStrings = (typeof coreMessages)['en-GB'];

// Easy read (issue 13): the same failures in short sentences, one idea a line.
const apiErrorEasyEn: Record<ApiErrorKind, string> = {
  network: 'We could not connect.\nCheck your internet.\nThen try again.',
  timeout: 'This took too long.\nTry again soon.',
  aborted: 'This was stopped.',
  validation: 'Some answers need changing.\nLook at the list at the top.',
  unauthorized: 'You need to sign in again.',
  forbidden: 'You are not allowed to do this.\nAsk the person who runs this work.',
  'not-found': 'We cannot find this.\nWe may have taken it away.',
  conflict: 'Someone changed this just now.\nLoad the page again to see it.',
  'rate-limited': 'You tried too many times.\nWait a minute.\nThen try again.',
  server: 'Something went wrong.\nIt is our fault, not yours.\nTry again later.',
};

const apiErrorEasyCy: Record<ApiErrorKind, string> = {
  network: 'Allen ni ddim cysylltu.\nGwiriwch eich rhyngrwyd.\nYna rhowch gynnig arall arni.',
  timeout: 'Cymerodd hyn ormod o amser.\nRhowch gynnig arall arni cyn bo hir.',
  aborted: 'Cafodd hyn ei atal.',
  validation: 'Mae angen newid rhai atebion.\nEdrychwch ar y rhestr ar y brig.',
  unauthorized: 'Mae angen i chi fewngofnodi eto.',
  forbidden: 'Does dim hawl gennych chi i wneud hyn.\nGofynnwch i’r person sy’n rhedeg y gwaith hwn.',
  'not-found': 'Allwn ni ddim dod o hyd i hwn.\nEfallai ein bod ni wedi ei dynnu i ffwrdd.',
  conflict: 'Mae rhywun wedi newid hwn nawr.\nLlwythwch y dudalen eto i’w weld.',
  'rate-limited': 'Rydych chi wedi trio gormod o weithiau.\nArhoswch funud.\nYna rhowch gynnig arall arni.',
  server: 'Aeth rhywbeth o’i le.\nEin bai ni yw hyn, nid eich bai chi.\nRhowch gynnig arall arni yn nes ymlaen.',
};

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
