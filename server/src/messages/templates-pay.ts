/**
 * What a person is told about their attendance and claims (issue 16), in English and Welsh,
 * standard and easy read. Each says what happened, who decided, and what happens next.
 * Amounts come formatted ("£60.00"); nothing here holds an address.
 */
import { translator } from '../../../src/core/i18n.js';
import { sessionDate, sessionMessages } from '../../../src/shared/pay/session.messages.js';
import { defineTemplate, type Draft } from './registry.js';
import { excerpt, type Language, type ReadingLevel } from './templates.js';

interface About {
  reference: string;
  opportunity: string;
  opportunityCy?: string;
}

const title = (d: About, language: Language) => (language === 'cy' ? (d.opportunityCy ?? d.opportunity) : d.opportunity);

type Words = (d: About & Record<string, string | undefined>, t: string, level: ReadingLevel) => { subject: string; standard: string[]; easy: string[]; sms: string };

/** One message in both languages and both readings: `en` and `cy` give the words, `t` the opportunity's title in that language. */
function message<D extends About>(event: string, en: Words, cy: Words) {
  return defineTemplate<D>(event, {
    draft(d: D, language: Language, level: ReadingLevel): Draft {
      const words = (language === 'cy' ? cy : en)(d as unknown as About & Record<string, string | undefined>, title(d, language), level);
      return { subject: words.subject, lines: level === 'easy-read' ? words.easy : words.standard, sms: words.sms };
    },
  });
}

/**
 * A session as the person's page words it (src/shared/pay/session.messages.ts, the claim's rule):
 * "Tuesday 29 December 2026, 10:00" and "2 hours and 1 hour preparation", in the message's language
 * and reading. Messages queued before `sessionStart` was stored carry their words already (`session`, `hours`).
 */
interface SessionData {
  /** When the session started (ISO); its minutes taking part and preparing, for the time's words. */
  sessionStart?: string;
  activityMinutes?: number;
  prepMinutes?: number;
  /** @deprecated Worded when queued, before `sessionStart` ("2026-12-29 10:00"). */
  session?: string;
  /** @deprecated "3 hours", activity and preparation together, before `sessionStart`. */
  hours?: string;
}
/** The session's day and start ("Monday 23 February 2026, 10:00"), as the person's page words it. */
const sessionOn = (data: object, language: Language): string => {
  const d = data as SessionData;
  return d.sessionStart ? sessionDate(language, d.sessionStart) : (d.session ?? '');
};
const sessionWords = (data: object, language: Language, level: ReadingLevel): { session: string; hours: string } => {
  const d = data as SessionData;
  return {
    session: sessionOn(d, language),
    hours: d.sessionStart ? translator(sessionMessages, language, level)('sessionTime', Number(d.activityMinutes ?? 0), Number(d.prepMinutes ?? 0)) : (d.hours ?? ''),
  };
};
/** After "ar" ("on") a Welsh day softens: "ar ddydd Mawrth 29 Rhagfyr 2026". */
const arDdydd = (session: string): string => session.replace(/^Dydd/, 'ddydd');

export const attendanceRecorded = message<About & SessionData & { amount: string }>(
  'attendance_recorded',
  (d, t, level) => {
    const { session, hours } = sessionWords(d, 'en-GB', level);
    return {
      subject: `Thank you for taking part: ${t}`,
      standard: [`We have recorded that you took part in ${t} on ${session}: ${hours}.`, `At the agreed rates this is ${d.amount}. You can now claim it, with your expenses, on your page.`, 'If anything is wrong, tell us from your page.'],
      easy: ['Thank you for taking part.', `${t}`, `Date: ${session}`, `Time: ${hours}`, `You can claim ${d.amount}.`, 'Claim on your page.'],
      sms: `Thank you for taking part in ${t} on ${session}. You can claim ${d.amount} on your page.`,
    };
  },
  (d, t, level) => {
    const { session, hours } = sessionWords(d, 'cy', level);
    return {
      subject: `Diolch am gymryd rhan: ${t}`,
      standard: [`Rydym wedi cofnodi eich bod wedi cymryd rhan yn ${t} ar ${arDdydd(session)}: ${hours}.`, `Ar y cyfraddau a gytunwyd mae hyn yn ${d.amount}. Gallwch ei hawlio nawr, gyda’ch treuliau, ar eich tudalen.`, 'Os oes rhywbeth yn anghywir, dywedwch wrthym o’ch tudalen.'],
      easy: ['Diolch am gymryd rhan.', `${t}`, `Dyddiad: ${session}`, `Amser: ${hours}`, `Gallwch hawlio ${d.amount}.`, 'Hawliwch ar eich tudalen.'],
      sms: `Diolch am gymryd rhan yn ${t} ar ${arDdydd(session)}. Gallwch hawlio ${d.amount} ar eich tudalen.`,
    };
  },
);

export const claimReceived = message<About & { amount: string; dueBy: string }>(
  'claim_received',
  (d, t) => ({
    subject: `We have your claim ${d.reference}`,
    standard: [`We have your claim ${d.reference} for ${t}: ${d.amount}.`, `We aim to pay it by ${d.dueBy}. We will tell you when it is approved and when it is paid.`],
    easy: ['We have your claim.', `Claim: ${d.reference}`, `Amount: ${d.amount}`, `We aim to pay by ${d.dueBy}.`],
    sms: `We have your claim ${d.reference} for ${d.amount}. We aim to pay by ${d.dueBy}.`,
  }),
  (d, t) => ({
    subject: `Mae eich hawliad ${d.reference} gennym`,
    standard: [`Mae eich hawliad ${d.reference} ar gyfer ${t} gennym: ${d.amount}.`, `Ein nod yw ei dalu erbyn ${d.dueBy}. Byddwn yn dweud wrthych pan gaiff ei gymeradwyo a phan gaiff ei dalu.`],
    easy: ['Mae eich hawliad gennym.', `Hawliad: ${d.reference}`, `Swm: ${d.amount}`, `Rydym am dalu erbyn ${d.dueBy}.`],
    sms: `Mae eich hawliad ${d.reference} am ${d.amount} gennym. Rydym am dalu erbyn ${d.dueBy}.`,
  }),
);

export const claimQueried = message<About & { question: string; author?: string }>(
  'claim_queried',
  (d, t) => ({
    subject: `A question about your claim ${d.reference}`,
    standard: [`${d.author ?? 'Our finance team'} asked a question about your claim ${d.reference} for ${t}:`, '', excerpt(d.question ?? '', 1000), '', 'Please answer on your page, so we can pay you.'],
    easy: ['We have a question about your claim.', `Claim: ${d.reference}`, excerpt(d.question ?? '', 500), 'Please answer on your page.'],
    sms: `We have a question about your claim ${d.reference}. Please answer on your page.`,
  }),
  (d, t) => ({
    subject: `Cwestiwn am eich hawliad ${d.reference}`,
    standard: [`Gofynnodd ${d.author ?? 'ein tîm cyllid'} gwestiwn am eich hawliad ${d.reference} ar gyfer ${t}:`, '', excerpt(d.question ?? '', 1000), '', 'Atebwch ar eich tudalen, er mwyn i ni allu eich talu.'],
    easy: ['Mae gennym gwestiwn am eich hawliad.', `Hawliad: ${d.reference}`, excerpt(d.question ?? '', 500), 'Atebwch ar eich tudalen.'],
    sms: `Mae gennym gwestiwn am eich hawliad ${d.reference}. Atebwch ar eich tudalen.`,
  }),
);

export const claimApproved = message<About & { amount: string; dueBy: string; author?: string }>(
  'claim_approved',
  (d, t) => ({
    subject: `Your claim ${d.reference} is approved`,
    standard: [`${d.author ?? 'Our finance team'} approved your claim ${d.reference} for ${t}: ${d.amount}.`, `We aim to pay it by ${d.dueBy}. We will tell you when it is paid.`],
    easy: ['Your claim is approved.', `Claim: ${d.reference}`, `Amount: ${d.amount}`, `We aim to pay by ${d.dueBy}.`],
    sms: `Your claim ${d.reference} for ${d.amount} is approved. We aim to pay by ${d.dueBy}.`,
  }),
  (d, t) => ({
    subject: `Mae eich hawliad ${d.reference} wedi’i gymeradwyo`,
    standard: [`Cymeradwyodd ${d.author ?? 'ein tîm cyllid'} eich hawliad ${d.reference} ar gyfer ${t}: ${d.amount}.`, `Ein nod yw ei dalu erbyn ${d.dueBy}. Byddwn yn dweud wrthych pan gaiff ei dalu.`],
    easy: ['Mae eich hawliad wedi’i gymeradwyo.', `Hawliad: ${d.reference}`, `Swm: ${d.amount}`, `Rydym am dalu erbyn ${d.dueBy}.`],
    sms: `Mae eich hawliad ${d.reference} am ${d.amount} wedi’i gymeradwyo. Rydym am dalu erbyn ${d.dueBy}.`,
  }),
);

export const claimRefused = message<About & { reason: string; author?: string }>(
  'claim_refused',
  (d, t) => ({
    subject: `We cannot pay your claim ${d.reference}`,
    standard: [`${d.author ?? 'Our finance team'} could not approve your claim ${d.reference} for ${t}, because:`, '', excerpt(d.reason ?? '', 1000), '', 'You can make a new claim for the same sessions on your page, or ask us about it.'],
    easy: ['We cannot pay this claim.', `Claim: ${d.reference}`, `Why: ${excerpt(d.reason ?? '', 500)}`, 'You can claim again on your page.'],
    sms: `We cannot pay your claim ${d.reference}. See why on your page.`,
  }),
  (d, t) => ({
    subject: `Ni allwn dalu eich hawliad ${d.reference}`,
    standard: [`Ni allai ${d.author ?? 'ein tîm cyllid'} gymeradwyo eich hawliad ${d.reference} ar gyfer ${t}, oherwydd:`, '', excerpt(d.reason ?? '', 1000), '', 'Gallwch wneud hawliad newydd am yr un sesiynau ar eich tudalen, neu ofyn i ni amdano.'],
    easy: ['Ni allwn dalu’r hawliad hwn.', `Hawliad: ${d.reference}`, `Pam: ${excerpt(d.reason ?? '', 500)}`, 'Gallwch hawlio eto ar eich tudalen.'],
    sms: `Ni allwn dalu eich hawliad ${d.reference}. Gwelwch pam ar eich tudalen.`,
  }),
);

export const claimPaid = message<About & { amount: string; paidOn: string; how: string }>(
  'claim_paid',
  (d, t) => ({
    subject: `Your claim ${d.reference} is paid`,
    standard: [`We paid your claim ${d.reference} for ${t} on ${d.paidOn}: ${d.amount}${d.how === 'vouchers' ? ' in vouchers' : ''}.`, 'Thank you for your time. It is in your involvement record on your page.'],
    easy: ['We have paid you.', `Claim: ${d.reference}`, `Amount: ${d.amount}`, `Paid on: ${d.paidOn}`, 'Thank you.'],
    sms: `We paid your claim ${d.reference} on ${d.paidOn}: ${d.amount}. Thank you.`,
  }),
  (d, t) => ({
    subject: `Mae eich hawliad ${d.reference} wedi’i dalu`,
    standard: [`Talwyd eich hawliad ${d.reference} ar gyfer ${t} ar ${d.paidOn}: ${d.amount}${d.how === 'vouchers' ? ' mewn talebau' : ''}.`, 'Diolch am eich amser. Mae yn eich cofnod cyfranogi ar eich tudalen.'],
    easy: ['Rydym wedi eich talu.', `Hawliad: ${d.reference}`, `Swm: ${d.amount}`, `Talwyd ar: ${d.paidOn}`, 'Diolch.'],
    sms: `Talwyd eich hawliad ${d.reference} ar ${d.paidOn}: ${d.amount}. Diolch.`,
  }),
);


/** Staff could not add a session the person said they took part in ("I came but I am not on the list"). */
export const missingSessionDeclined = message<About & SessionData & { reason: string }>(
  'missing_session_declined',
  (d, t) => {
    const session = sessionOn(d, 'en-GB');
    return {
    subject: `About the session you told us about: ${t}`,
    standard: [`You told us you took part in ${t} on ${session}, but were not on our list.`, 'We have not added it, because:', '', excerpt(d.reason ?? '', 1000), '', 'If you think this is wrong, reply to this message or ask us on your page.'],
    easy: ['You said you came to a session.', `${t}`, `Date: ${session}`, 'We have not added it.', `Why: ${excerpt(d.reason ?? '', 500)}`, 'You can ask us about it.'],
    sms: `About ${t} on ${session}: we have not added this session. See why on your page.`,
    };
  },
  (d, t) => {
    const session = sessionOn(d, 'cy');
    return {
    subject: `Am y sesiwn y dywedoch wrthym amdani: ${t}`,
    standard: [`Dywedoch wrthym eich bod wedi cymryd rhan yn ${t} ar ${arDdydd(session)}, ond nid oeddech ar ein rhestr.`, 'Nid ydym wedi ei hychwanegu, oherwydd:', '', excerpt(d.reason ?? '', 1000), '', 'Os ydych yn meddwl bod hyn yn anghywir, atebwch y neges hon neu gofynnwch i ni ar eich tudalen.'],
    easy: ['Dywedoch eich bod wedi dod i sesiwn.', `${t}`, `Dyddiad: ${session}`, 'Nid ydym wedi ei hychwanegu.', `Pam: ${excerpt(d.reason ?? '', 500)}`, 'Gallwch ofyn i ni amdani.'],
    sms: `Am ${t} ar ${arDdydd(session)}: nid ydym wedi ychwanegu’r sesiwn hon. Gwelwch pam ar eich tudalen.`,
    };
  },
);

export const payTemplates = [attendanceRecorded, claimReceived, claimQueried, claimApproved, claimRefused, claimPaid, missingSessionDeclined];
