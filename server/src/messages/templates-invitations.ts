/**
 * The invitation message (issue 18): the brief in the person's language and reading level,
 * with one-click "I'm interested" and "Not this time" links (signed, no sign-in). The answer
 * links and the brief's words come in the data (server/src/people/invitation-message.ts).
 */
import type { InvitationData } from '../people/invitation-message.js';
import { defineTemplate, type Draft } from './registry.js';
import type { Language, ReadingLevel } from './templates.js';

const WORDS = {
  'en-GB': {
    subject: (title: string) => `You are invited: ${title}`,
    intro: 'We think you could help with this, because of what you told us in your profile.',
    introEasy: 'We would like you to help with this.',
    when: 'When',
    time: 'Time it takes',
    paid: 'You will be paid for your time.',
    paidEasy: 'We pay you.',
    interested: 'Say you are interested (no need to sign in):',
    interestedEasy: 'I want to do this:',
    notThisTime: 'Not this time:',
    notThisTimeEasy: 'No thank you:',
    from: (who: string) => `From: ${who}`,
    team: 'The co-production team',
    sms: (title: string) => `You are invited: ${title}. Interested?`,
  },
  cy: {
    subject: (title: string) => `Gwahoddiad: ${title}`,
    intro: 'Rydym yn credu y gallech helpu gyda hyn, oherwydd yr hyn a ddywedoch wrthym yn eich proffil.',
    introEasy: 'Hoffem i chi helpu gyda hyn.',
    when: 'Pryd',
    time: 'Faint o amser',
    paid: 'Byddwch yn cael eich talu am eich amser.',
    paidEasy: 'Rydym yn eich talu.',
    interested: 'Dywedwch fod gennych ddiddordeb (dim angen mewngofnodi):',
    interestedEasy: 'Rwyf eisiau gwneud hyn:',
    notThisTime: 'Dim y tro hwn:',
    notThisTimeEasy: 'Dim diolch:',
    from: (who: string) => `Oddi wrth: ${who}`,
    team: 'Y tîm cydgynhyrchu',
    sms: (title: string) => `Gwahoddiad: ${title}. Diddordeb?`,
  },
} as const;

function draft(data: InvitationData, language: Language, level: ReadingLevel): Draft {
  const w = WORDS[language];
  const cy = language === 'cy';
  const easy = level === 'easy-read';
  const title = (cy && data.titleCy) || data.title;
  const what = easy ? ((cy && data.easyReadCy) || data.easyRead || (cy && data.summaryCy) || data.summary) : (cy && data.summaryCy) || data.summary;
  const lines = [
    easy ? w.introEasy : w.intro,
    '',
    title,
    what,
    '',
    `${w.when}: ${(cy && data.whenCy) || data.when}`,
    `${w.time}: ${(cy && data.timeCy) || data.time}`,
    ...(data.paid ? [easy ? w.paidEasy : w.paid] : []),
    '',
    easy ? w.interestedEasy : w.interested,
    data.interestedUrl,
    '',
    easy ? w.notThisTimeEasy : w.notThisTime,
    data.notThisTimeUrl,
    '',
    w.from(data.author ?? w.team),
  ];
  return { subject: w.subject(title), lines, sms: `${w.sms(title)} ${data.interestedUrl}` };
}

/** "You are invited": the brief, in the person's language and reading level, with the two answer links. */
export const invitationTemplate = defineTemplate<InvitationData>('invitation', {
  draft,
  summaryLabel: (data, language) => `“${(language === 'cy' && data.titleCy) || data.title}”`,
});

export const invitationTemplates = [invitationTemplate];
