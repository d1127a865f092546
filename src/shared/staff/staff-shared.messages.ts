import { defineMessages, plural, withLocale } from '../../core/i18n.js';

/** Strings the three staff widgets share: signing in, permission, waiting times. */
export const staffMessages = defineMessages({
  'en-GB': {
    signInTitle: 'Sign in to see this',
    signInBody: 'This is for council and partner staff. Sign in with your staff account to see it.',
    signInLink: 'Sign in',
    expiredTitle: 'Your sign-in has expired',
    expiredBody: 'Sign in again to carry on. Anything you had already saved is safe.',
    forbiddenTitle: 'You do not have permission',
    forbiddenBody: 'Your account cannot see or change this. Ask your co-production lead for access.',
    notSetUpTitle: 'This is not set up yet',
    notSetUpBody: 'The page does not say where the service is. Ask the web team to add the api-base attribute.',
    loadErrorTitle: 'We could not load this',
    cancel: 'Cancel',
    today: 'today',
    daysAgo: withLocale((locale, n: number) => (n === 0 ? 'today' : plural(locale, n, { one: '{n} day ago', other: '{n} days ago' }))),
    workingDays: withLocale((locale, n: number) => plural(locale, n, { one: '{n} working day', other: '{n} working days' })),
  },
  cy: {
    signInTitle: 'Mewngofnodwch i weld hwn',
    signInBody: 'Mae hwn ar gyfer staff y cyngor a’i bartneriaid. Mewngofnodwch gyda’ch cyfrif staff i’w weld.',
    signInLink: 'Mewngofnodi',
    expiredTitle: 'Mae eich mewngofnodi wedi dod i ben',
    expiredBody: 'Mewngofnodwch eto i barhau. Mae unrhyw beth roeddech wedi’i gadw yn ddiogel.',
    forbiddenTitle: 'Nid oes gennych ganiatâd',
    forbiddenBody: 'Ni all eich cyfrif weld na newid hwn. Gofynnwch i’ch arweinydd cyd-gynhyrchu am fynediad.',
    notSetUpTitle: 'Nid yw hwn wedi’i osod eto',
    notSetUpBody: 'Nid yw’r dudalen yn dweud ble mae’r gwasanaeth. Gofynnwch i’r tîm gwe ychwanegu’r priodoledd api-base.',
    loadErrorTitle: 'Nid oeddem yn gallu llwytho hwn',
    cancel: 'Canslo',
    today: 'heddiw',
    daysAgo: withLocale((locale, n: number) =>
      n === 0 ? 'heddiw' : plural(locale, n, { zero: '{n} diwrnod yn ôl', one: '{n} diwrnod yn ôl', two: '{n} ddiwrnod yn ôl', few: '{n} diwrnod yn ôl', many: '{n} diwrnod yn ôl', other: '{n} diwrnod yn ôl' })),
    workingDays: withLocale((locale, n: number) =>
      plural(locale, n, { zero: '{n} diwrnod gwaith', one: '{n} diwrnod gwaith', two: '{n} ddiwrnod gwaith', few: '{n} diwrnod gwaith', many: '{n} diwrnod gwaith', other: '{n} diwrnod gwaith' })),
  },
  easyRead: {
    'en-GB': {
      signInBody: 'This page is for staff.\nPlease sign in first.',
      expiredBody: 'You were signed out.\nPlease sign in again.\nThe things you saved are safe.',
      forbiddenBody: 'Your account cannot open this.\nAsk your co-production lead for help.',
    },
    cy: {
      signInBody: 'Mae’r dudalen hon ar gyfer staff.\nMewngofnodwch yn gyntaf.',
      expiredBody: 'Cawsoch eich allgofnodi.\nMewngofnodwch eto.\nMae’r pethau a gadwoch yn ddiogel.',
      forbiddenBody: 'Ni all eich cyfrif agor hwn.\nGofynnwch i’ch arweinydd cyd-gynhyrchu am help.',
    },
  },
});

