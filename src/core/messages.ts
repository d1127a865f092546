import type { ApiErrorKind } from '../api/errors.js';
import type { FormStrings } from './forms/form-words.js';
import { defineMessages } from './i18n.js';

/** Strings every widget shares: states, errors, form chrome. The words only forms use are in forms/form-words.ts. */
export const coreMessages = defineMessages({
  'en-GB': {
    loading: 'Loading…',
    retry: 'Try again',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    sending: 'Sending…',
    saving: 'Saving…',
    close: 'Close',
    back: 'Back',
    showMore: 'Show more',
    apiError: (kind: ApiErrorKind) => apiErrorEn[kind],
    fallbackLink: 'Open this on the council website',
    notConfigured: 'This cannot be shown here right now.',
  },
  cy: {
    loading: 'Wrthi’n llwytho…',
    retry: 'Rhowch gynnig arall arni',
    errorSummaryTitle: 'Mae problem wedi codi',
    errorPrefix: 'Gwall:',
    sending: 'Wrthi’n anfon…',
    saving: 'Wrthi’n cadw…',
    close: 'Cau',
    back: 'Yn ôl',
    showMore: 'Dangos mwy',
    apiError: (kind: ApiErrorKind) => apiErrorCy[kind],
    fallbackLink: 'Agor hwn ar wefan y cyngor',
    notConfigured: 'Nid oes modd dangos hwn yma ar hyn o bryd.',
  },
  easyRead: {
    'en-GB': {
      loading: 'Please wait.',
      errorSummaryTitle: 'Something is wrong',
      apiError: (kind: ApiErrorKind) => apiErrorEasyEn[kind],
      fallbackLink: 'See this on the council website',
      notConfigured: 'You cannot see this here right now.',
    },
    cy: {
      loading: 'Arhoswch os gwelwch yn dda.',
      errorSummaryTitle: 'Mae rhywbeth o’i le',
      apiError: (kind: ApiErrorKind) => apiErrorEasyCy[kind],
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
  // Not "Reload": a reload loses what was typed and signs a person out of their own page. Forms keep what was
  // typed after a 409/412 and show what is saved now (the profile form and the invitation choice lay it over theirs).
  conflict: 'Someone else saved a change first. Nothing you typed is lost: check what is shown, then try again.',
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
  conflict: 'Cadwodd rhywun arall newid yn gyntaf. Nid oes dim a deipiwyd gennych wedi’i golli: gwiriwch yr hyn a ddangosir, yna rhowch gynnig arall arni.',
  'rate-limited': 'Gormod o ymdrechion mewn amser byr. Arhoswch funud, yna rhowch gynnig arall arni.',
  server: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni yn nes ymlaen.',
};

/** The core strings' keys and messages, for typing a widget's translator (`Translate<CoreStrings & Own>`). */
export type CoreStrings = (typeof coreMessages)['en-GB'] & FormStrings;

export type { FailureFacts } from './forms/form-words.js';

// Easy read (issue 13): the same failures in short sentences, one idea a line.
const apiErrorEasyEn: Record<ApiErrorKind, string> = {
  network: 'We could not connect.\nCheck your internet.\nThen try again.',
  timeout: 'This took too long.\nTry again soon.',
  aborted: 'This was stopped.',
  validation: 'Some answers need changing.\nLook at the list at the top.',
  unauthorized: 'You need to sign in again.',
  forbidden: 'You are not allowed to do this.\nAsk the person who runs this work.',
  'not-found': 'We cannot find this.\nWe may have taken it away.',
  conflict: 'Someone else saved a change first.\nYour words are still here.\nCheck what you see.\nThen try again.',
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
  conflict: 'Cadwodd rhywun arall newid yn gyntaf.\nMae eich geiriau yma o hyd.\nGwiriwch beth rydych chi’n ei weld.\nYna rhowch gynnig arall arni.',
  'rate-limited': 'Rydych chi wedi trio gormod o weithiau.\nArhoswch funud.\nYna rhowch gynnig arall arni.',
  server: 'Aeth rhywbeth o’i le.\nEin bai ni yw hyn, nid eich bai chi.\nRhowch gynnig arall arni yn nes ymlaen.',
};

