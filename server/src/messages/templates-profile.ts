/**
 * Staff corrected or deleted a person's one page profile (issue 15): the person is told what
 * was changed (the parts of the profile, never their values) and why, in English or Welsh,
 * standard or easy read. Sent to the contact on the profile, in the change's transaction.
 */
import type { ProfilePart } from '../../../src/api/profile-parts.js';
import type { ChangeReasonCode } from '../../../src/api/types.js';
import { defineTemplate } from './registry.js';
import type { Language } from './templates.js';

export interface ProfileChangeData {
  change: 'corrected' | 'deleted';
  /** What was corrected (names of parts, no values: the outbox never holds what the person wrote). */
  parts?: ProfilePart[];
  reason?: ChangeReasonCode;
  author?: string;
}

const PART: Record<Language, Record<ProfilePart, string>> = {
  'en-GB': {
    name: 'your name', picture: 'your picture', importantToMe: 'what is important to you', experience: 'the experience you bring', networks: 'the networks you connect with',
    howToHelp: 'how we can best help you take part', contact: 'how to contact you', topics: 'the topics you care about', otherTopics: 'other topics', skills: 'your skills',
    availability: 'when you are free', trainingWanted: 'training or support you would like', consent: 'your consent', invitations: 'whether you want invitations',
  },
  cy: {
    name: 'eich enw', picture: 'eich llun', importantToMe: 'beth sy’n bwysig i chi', experience: 'y profiad sydd gennych', networks: 'y rhwydweithiau rydych yn cysylltu â nhw',
    howToHelp: 'sut y gallwn eich helpu orau i gymryd rhan', contact: 'sut i gysylltu â chi', topics: 'y pynciau sy’n bwysig i chi', otherTopics: 'pynciau eraill', skills: 'eich sgiliau',
    availability: 'pryd rydych ar gael', trainingWanted: 'hyfforddiant neu gymorth yr hoffech ei gael', consent: 'eich caniatâd', invitations: 'a ydych eisiau gwahoddiadau',
  },
};

const W = {
  'en-GB': {
    subject: (change: ProfileChangeData['change']) => (change === 'deleted' ? 'We deleted your one page profile' : 'We changed your one page profile'),
    corrected: 'We changed your one page profile.',
    deleted: 'We deleted your one page profile. We no longer have it.',
    what: 'What we changed:',
    why: 'Why:',
    reasons: {
      'person-asked': 'You asked us to.',
      records: 'To keep our records right (for example, a mistake or an old detail).',
      duplicate: 'It was a second copy of your profile. We kept the other one.',
    } satisfies Record<ChangeReasonCode, string>,
    noReason: 'Contact us if you want to know why.',
    wrong: 'If this is wrong, tell us and we will put it right.',
    by: (who: string) => `Done by: ${who}`,
    team: 'the co-production team',
  },
  cy: {
    subject: (change: ProfileChangeData['change']) => (change === 'deleted' ? 'Rydym wedi dileu eich proffil un dudalen' : 'Rydym wedi newid eich proffil un dudalen'),
    corrected: 'Rydym wedi newid eich proffil un dudalen.',
    deleted: 'Rydym wedi dileu eich proffil un dudalen. Nid yw gennym mwyach.',
    what: 'Beth wnaethom ei newid:',
    why: 'Pam:',
    reasons: {
      'person-asked': 'Gofynnoch chi i ni wneud hynny.',
      records: 'I gadw ein cofnodion yn gywir (er enghraifft, camgymeriad neu fanylyn hen).',
      duplicate: 'Roedd yn ail gopi o’ch proffil. Rydym wedi cadw’r llall.',
    } satisfies Record<ChangeReasonCode, string>,
    noReason: 'Cysylltwch â ni os ydych eisiau gwybod pam.',
    wrong: 'Os yw hyn yn anghywir, dywedwch wrthym a byddwn yn ei gywiro.',
    by: (who: string) => `Gwnaed gan: ${who}`,
    team: 'y tîm cydgynhyrchu',
  },
} as const;

export const profileChanged = defineTemplate<ProfileChangeData>('profile_changed_by_staff', {
  draft(data, language, level) {
    const w = W[language];
    const parts = (data.parts ?? []).map((p) => PART[language][p]).filter(Boolean);
    const why = data.reason ? w.reasons[data.reason] : w.noReason;
    const what = data.change === 'corrected' && parts.length ? (level === 'easy-read' ? [w.what, ...parts.map((p) => `- ${p}`)] : [`${w.what} ${parts.join(', ')}.`]) : [];
    const lines = [data.change === 'deleted' ? w.deleted : w.corrected, ...what, '', w.why, why, '', w.wrong, '', w.by(data.author || w.team)];
    return { subject: w.subject(data.change), lines, sms: `${w.subject(data.change)}. ${w.why} ${why}` };
  },
});

export const profileTemplates = [profileChanged];
