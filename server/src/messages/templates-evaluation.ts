/**
 * The invitation to say how an activity went, and its one reminder (issue 17), in English
 * and Welsh, standard and easy read. The link back is the person's own single-use link
 * (`link` of `sendMessage`), so the token is never in the message's data. A letter or a call
 * carries no link: it says how to answer without one (review SHOULD 10): ring the council's number
 * (COUNCIL_PHONE), or, with none set, write to the address on the letter; a call offers to take the
 * answers then or post a paper form (review N1).
 */
import { defineTemplate, type CouncilReach } from './registry.js';
import type { Language, ReadingLevel } from './templates.js';

export interface EvaluationInviteData {
  opportunity: string;
  opportunityCy?: string;
  reminder?: boolean;
}

const W = {
  'en-GB': {
    subject: (title: string, reminder: boolean) => (reminder ? `A reminder: how did “${title}” go?` : `How did “${title}” go? Tell us`),
    standard: [
      'Thank you for taking part. We would like to know how well we involved you.',
      'There are 12 short questions, about the ten things that make co-production work. It takes about 5 minutes.',
      'Your answers are anonymous: we keep them apart from your name, and we only show them counted together with other people’s.',
      'The link below works once.',
    ],
    easy: ['Thank you for taking part.', 'Tell us how it went.', 'There are 12 short questions.', 'We will not know which answers are yours.'],
    hand: (c: CouncilReach) =>
      `To answer, ${c.phone ? `ring us on ${c.phone}` : `write to ${c.organisation ?? 'us'} at the address on this letter`} and ask for a paper form, or for another way that suits you.`,
    handEasy: (c: CouncilReach) => (c.phone ? [`To answer, ring us on ${c.phone}.`] : ['To answer, write to us.', 'Use the address on this letter.']).concat('Ask for a paper form.'),
    call: (c: CouncilReach) => ['I can take your answers now, over the phone, or post you a paper form, or find another way that suits you.', ...(c.phone ? [`To answer later, ring us on ${c.phone}.`] : [])],
    callEasy: (c: CouncilReach) => ['I can take your answers now, on the phone.', 'Or I can post you a paper form.', ...(c.phone ? [`Or ring us later on ${c.phone}.`] : [])],
    // An answer given on paper or by phone uses no invitation (it names nobody), so the person who
    // sent one may still get the reminder: it thanks them rather than suggest it was lost (S7, brief 7).
    reminder: ['If you have already answered, on paper, by phone or online, thank you: you do not need to do anything.', 'We will not remind you again.'],
    reminderEasy: ['Already answered? Thank you.', 'You do not need to do anything.', 'We will not remind you again.'],
    sms: 'Tell us how it went (anonymous, 5 minutes):',
  },
  cy: {
    subject: (title: string, reminder: boolean) => (reminder ? `Nodyn atgoffa: sut aeth “${title}”?` : `Sut aeth “${title}”? Dywedwch wrthym`),
    standard: [
      'Diolch am gymryd rhan. Hoffem wybod pa mor dda y gwnaethom eich cynnwys.',
      'Mae 12 cwestiwn byr, am y deg peth sy’n gwneud i gydgynhyrchu weithio. Mae’n cymryd tua 5 munud.',
      'Mae eich atebion yn ddienw: rydym yn eu cadw ar wahân i’ch enw, a dim ond wedi’u cyfrif gydag atebion pobl eraill y byddwn yn eu dangos.',
      'Mae’r ddolen isod yn gweithio unwaith.',
    ],
    easy: ['Diolch am gymryd rhan.', 'Dywedwch wrthym sut aeth hi.', 'Mae 12 cwestiwn byr.', 'Fyddwn ni ddim yn gwybod pa atebion yw eich rhai chi.'],
    hand: (c: CouncilReach) =>
      `I ateb, ${c.phone ? `ffoniwch ni ar ${c.phone}` : `ysgrifennwch ${c.organisation ? `at ${c.organisation}` : 'atom ni'} yn y cyfeiriad ar y llythyr hwn`} a gofynnwch am ffurflen bapur, neu am ffordd arall sy’n addas i chi.`,
    handEasy: (c: CouncilReach) => (c.phone ? [`I ateb, ffoniwch ni ar ${c.phone}.`] : ['I ateb, ysgrifennwch atom ni.', 'Defnyddiwch y cyfeiriad ar y llythyr hwn.']).concat('Gofynnwch am ffurflen bapur.'),
    call: (c: CouncilReach) => ['Galla i gymryd eich atebion nawr, dros y ffôn, neu anfon ffurflen bapur atoch chi, neu ddod o hyd i ffordd arall sy’n addas i chi.', ...(c.phone ? [`I ateb yn nes ymlaen, ffoniwch ni ar ${c.phone}.`] : [])],
    callEasy: (c: CouncilReach) => ['Galla i gymryd eich atebion nawr, ar y ffôn.', 'Neu galla i anfon ffurflen bapur atoch chi.', ...(c.phone ? [`Neu ffoniwch ni nes ymlaen ar ${c.phone}.`] : [])],
    reminder: ['Os ydych chi wedi ateb yn barod, ar bapur, dros y ffôn neu ar-lein, diolch: does dim angen i chi wneud dim byd.', 'Fyddwn ni ddim yn eich atgoffa eto.'],
    reminderEasy: ['Wedi ateb yn barod? Diolch.', 'Does dim angen i chi wneud dim byd.', 'Fyddwn ni ddim yn eich atgoffa eto.'],
    sms: 'Dywedwch wrthym sut aeth hi (dienw, 5 munud):',
  },
} as const;

/** A reminder's last lines: thanks to anyone who answered already (on paper, by phone), and no more reminders. */
const reminded = (data: EvaluationInviteData, language: Language, level: ReadingLevel): readonly string[] =>
  data.reminder ? (level === 'easy-read' ? W[language].reminderEasy : W[language].reminder) : [];

export const evaluationInvite = defineTemplate<EvaluationInviteData>('evaluation_invite', {
  draft(data, language, level) {
    const w = W[language];
    const title = language === 'cy' ? (data.opportunityCy ?? data.opportunity) : data.opportunity;
    const subject = w.subject(title, Boolean(data.reminder));
    return { subject, lines: [...(level === 'easy-read' ? w.easy : w.standard), ...reminded(data, language, level)], sms: `${subject}. ${w.sms}` };
  },
  // The same words without "The link below works once." (the last standard line), and how to answer without a
  // link: in a letter, ring the council's number (COUNCIL_PHONE), or without one write to the address on the
  // letter; on a call (staff read it out), take the answers there and then or post a paper form, and the
  // number for later when there is one: never "write to … at the address on this letter" (review N1).
  handLines(data, language, level, council, how) {
    const w = W[language];
    const easy = level === 'easy-read';
    const answer = how === 'call' ? (easy ? w.callEasy(council) : w.call(council)) : easy ? w.handEasy(council) : [w.hand(council)];
    return [...(easy ? w.easy : w.standard.slice(0, -1)), ...answer, ...reminded(data, language, level)];
  },
});

export const evaluationTemplates = [evaluationInvite];
