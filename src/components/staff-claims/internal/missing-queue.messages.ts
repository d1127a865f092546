import { defineMessages, plural, withLocale } from '../../../core/i18n.js';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** "I came but I am not on the list" (issue 16), staff's side in `<coprod-staff-claims>`: English and Welsh. */
export const missingQueueMessages = defineMessages({
  'en-GB': {
    missingTitle: 'Not on the list',
    missingIntro: 'People who say they took part in a session but have no attendance record. Record it, correcting the hours if you need to, or decline it with a reason. We tell them either way.',
    missingNone: 'Nobody is waiting: everyone who told us they were missed has an answer.',
    loadingMissing: 'Loading who says they were missed…',
    missingWho: (name: string, title: string) => `${name}: ${title}`,
    missingWhen: withLocale((locale, date: string, activity: number, prep: number) =>
      `${date}. They say ${plural(locale, hours(activity), { one: '{n} hour', other: '{n} hours' })}${prep ? ` and ${plural(locale, hours(prep), { one: '{n} hour', other: '{n} hours' })} preparation` : ''}.`),
    missingTheySaid: 'In their words:',
    missingRecord: 'Record attendance',
    missingDecline: 'Decline',
    fMissingReason: 'Or decline: why?',
    fMissingReasonHint: 'We send them this, so say it plainly.',
    eMissingReason: 'Say why you are declining it, so we can tell them',
    missingRecorded: (name: string) => `Recorded ${name}'s attendance. We have told them.`,
    missingDeclined: (name: string) => `Declined. We have told ${name} why.`,
    missingStale: 'Someone else answered or changed this report; the list has been loaded again.',
    missingConflict: 'It was answered already, or they are on the list for this session.',
    missingFailed: (name: string) => `Could not answer ${name}'s report.`,
    missingStatus_recorded: 'Recorded',
    missingStatus_declined: 'Declined',
  },
  cy: {
    missingTitle: 'Ddim ar y rhestr',
    missingIntro: 'Pobl sy’n dweud iddynt gymryd rhan mewn sesiwn ond nad oes cofnod presenoldeb ganddynt. Cofnodwch ef, gan gywiro’r oriau os oes angen, neu gwrthodwch ef gyda rheswm. Rydym yn dweud wrthynt y naill ffordd neu’r llall.',
    missingNone: 'Does neb yn aros: mae gan bawb a ddywedodd wrthym eu bod wedi’u colli ateb.',
    loadingMissing: 'Wrthi’n llwytho pwy sy’n dweud eu bod wedi’u colli…',
    missingWho: (name: string, title: string) => `${name}: ${title}`,
    missingWhen: withLocale((_locale, date: string, activity: number, prep: number) => `${date}. Maen nhw’n dweud ${hours(activity)} awr${prep ? `, a pharatoi am ${hours(prep)} awr` : ''}.`),
    missingTheySaid: 'Yn eu geiriau nhw:',
    missingRecord: 'Cofnodi presenoldeb',
    missingDecline: 'Gwrthod',
    fMissingReason: 'Neu gwrthodwch: pam?',
    fMissingReasonHint: 'Rydym yn anfon hwn atynt, felly dywedwch ef yn glir.',
    eMissingReason: 'Dywedwch pam rydych yn ei wrthod, fel y gallwn ddweud wrthynt',
    missingRecorded: (name: string) => `Wedi cofnodi presenoldeb ${name}. Rydym wedi dweud wrthynt.`,
    missingDeclined: (name: string) => `Wedi gwrthod. Rydym wedi dweud wrth ${name} pam.`,
    missingStale: 'Mae rhywun arall wedi ateb neu newid yr adroddiad hwn; mae’r rhestr wedi’i llwytho eto.',
    missingConflict: 'Cafodd ei ateb yn barod, neu maen nhw ar y rhestr ar gyfer y sesiwn hon.',
    missingFailed: (name: string) => `Methu ateb adroddiad ${name}.`,
    missingStatus_recorded: 'Wedi’i gofnodi',
    missingStatus_declined: 'Wedi’i wrthod',
  },
});
