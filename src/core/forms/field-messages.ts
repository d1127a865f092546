import type { FieldCode } from '../../api/rules.js';

/**
 * The shared words for a field problem, by its code, when a form has no sentence of its own
 * for that field: the message sits beside the field (and links to it from the summary), so
 * it need not name it. Never the server's English text.
 */
type Words = Record<FieldCode, string | ((limit: string) => string)>;

const en: Words = {
  required: 'Answer this question',
  'too-short': (n) => `Use at least ${n} characters`,
  'too-long': (n) => `Use ${n} characters or fewer`,
  'too-few': (n) => `Choose at least ${n}`,
  'too-many': (n) => `Choose no more than ${n}`,
  'too-small': (n) => `Enter ${n} or more`,
  'too-big': (n) => `Enter ${n} or less`,
  duplicate: 'Remove the answer that is there twice',
  'invalid-email': 'Enter an email address in the correct format, like name@example.com',
  'invalid-phone': 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  'invalid-date': 'Enter a real date, like 31 3 2027',
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

const cy: Words = {
  required: 'Atebwch y cwestiwn hwn',
  'too-short': (n) => `Defnyddiwch o leiaf ${n} nod`,
  'too-long': (n) => `Defnyddiwch ${n} nod neu lai`,
  'too-few': (n) => `Dewiswch o leiaf ${n}`,
  'too-many': (n) => `Dewiswch ddim mwy na ${n}`,
  'too-small': (n) => `Rhowch ${n} neu fwy`,
  'too-big': (n) => `Rhowch ${n} neu lai`,
  duplicate: 'Tynnwch yr ateb sydd yno ddwywaith',
  'invalid-email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'invalid-phone': 'Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982',
  'invalid-date': 'Rhowch ddyddiad go iawn, fel 31 3 2027',
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
const easyEn: Partial<Words> = {
  required: 'Please fill this in.',
  'too-long': (n) => `This is too long.\nUse ${n} letters or fewer.`,
  'too-short': (n) => `This is too short.\nUse ${n} letters or more.`,
  'invalid-email': 'Check the email address.\nIt looks like name@example.com',
  'invalid-phone': 'Check the phone number.\nIt has 11 numbers, like 07700 900 982',
  'not-in-list': 'Please choose from the list.',
};

const easyCy: Partial<Words> = {
  required: 'Llenwch hwn os gwelwch yn dda.',
  'too-long': (n) => `Mae hwn yn rhy hir.\nDefnyddiwch ${n} llythyren neu lai.`,
  'too-short': (n) => `Mae hwn yn rhy fyr.\nDefnyddiwch ${n} llythyren neu fwy.`,
  'invalid-email': 'Gwiriwch y cyfeiriad e-bost.\nMae’n edrych fel enw@enghraifft.com',
  'invalid-phone': 'Gwiriwch y rhif ffôn.\nMae ganddo 11 rhif, fel 07700 900 982',
  'not-in-list': 'Dewiswch o’r rhestr os gwelwch yn dda.',
};

function worded(words: Partial<Words>, code: FieldCode, limit: number | undefined): string | undefined {
  const message = words[code];
  if (typeof message !== 'function') return message;
  // A limit-less "too long" (a back end that sent a code for a field with no rule here) falls back to "check this answer".
  return limit === undefined ? undefined : message(limit.toLocaleString('en-GB'));
}

export const fieldProblemWords = {
  'en-GB': (code: FieldCode, limit?: number) => worded(en, code, limit) ?? (en['invalid-format'] as string),
  cy: (code: FieldCode, limit?: number) => worded(cy, code, limit) ?? (cy['invalid-format'] as string),
  easyEn: (code: FieldCode, limit?: number) => worded(easyEn, code, limit) ?? worded(en, code, limit) ?? (en['invalid-format'] as string),
  easyCy: (code: FieldCode, limit?: number) => worded(easyCy, code, limit) ?? worded(cy, code, limit) ?? (cy['invalid-format'] as string),
};
