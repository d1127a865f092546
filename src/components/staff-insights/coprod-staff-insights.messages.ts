import { defineMessages, plural, withLocale } from '../../core/i18n.js';

export const staffInsightsMessages = defineMessages({
  'en-GB': {
    title: 'How well did we involve people?',
    activityTitle: (title: string) => `“${title}”`,
    tooFewTitle: 'Too few answers to show',
    tooFew: withLocale((locale, n: number, minimum: number) => `${plural(locale, n, { one: '{n} person has answered', other: '{n} people have answered' })}. Results show once ${minimum} have, so that no answer can be traced to a person.`),
    changesTitle: 'What people said should change',
    noChanges: 'Nobody wrote a change.',
    exportCsv: 'Download these figures (CSV)',
    exported: 'Downloaded the figures.',
    given: (online: number, paper: number, phone: number) => `How they answered: ${online} online, ${paper} on a paper form, ${phone} over the phone.`,
  },
  cy: {
    title: 'Pa mor dda y gwnaethom gynnwys pobl?',
    activityTitle: (title: string) => `“${title}”`,
    tooFewTitle: 'Rhy ychydig o atebion i’w dangos',
    tooFew: withLocale((_locale, n: number, minimum: number) => `Mae ${n === 1 ? '1 person' : `${n} o bobl`} wedi ateb. Dangosir canlyniadau pan fydd ${minimum} wedi ateb, fel na ellir olrhain ateb i unigolyn.`),
    changesTitle: 'Beth ddywedodd pobl y dylid ei newid',
    noChanges: 'Ni ysgrifennodd neb newid.',
    exportCsv: 'Lawrlwytho’r ffigurau hyn (CSV)',
    exported: 'Wedi lawrlwytho’r ffigurau.',
    given: (online: number, paper: number, phone: number) => `Sut wnaethon nhw ateb: ${online} ar-lein, ${paper} ar ffurflen bapur, ${phone} dros y ffôn.`,
  },
  easyRead: {
    'en-GB': {
      tooFew: withLocale((locale, n: number, minimum: number) => `${plural(locale, n, { one: '{n} person has answered.', other: '{n} people have answered.' })}\nWe show results when ${minimum} people have answered.\nThis keeps answers private.`),
      given: (online: number, paper: number, phone: number) => `How people answered:\n${online} online.\n${paper} on a paper form.\n${phone} on the phone.`,
    },
    cy: {
      tooFew: withLocale((_locale, n: number, minimum: number) => `Mae ${n === 1 ? '1 person' : `${n} o bobl`} wedi ateb.\nRydyn ni’n dangos canlyniadau pan fydd ${minimum} o bobl wedi ateb.\nMae hyn yn cadw atebion yn breifat.`),
      given: (online: number, paper: number, phone: number) => `Sut wnaeth pobl ateb:\n${online} ar-lein.\n${paper} ar ffurflen bapur.\n${phone} dros y ffôn.`,
    },
  },
  // Reviewed: already short and plain (a staff page's titles, buttons and notices).
  easyReadSame: ['title', 'activityTitle', 'tooFewTitle', 'changesTitle', 'noChanges', 'exportCsv', 'exported'],
});
