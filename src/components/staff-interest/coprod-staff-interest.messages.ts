import { defineMessages, plural, withLocale } from '../../core/i18n.js';

export const staffInterestMessages = defineMessages({
  'en-GB': {
    title: (opportunity: string) => `People interested in ${opportunity}`,
    titleNoName: 'People interested',
    summary: withLocale((locale, people: number, overdue: number, days: number) =>
      `${plural(locale, people, { one: '{n} person', other: '{n} people' })} so far. ` +
      (overdue ? `${plural(locale, overdue, { one: '{n} person has', other: '{n} people have' })} waited more than ${plural(locale, days, { one: '{n} working day', other: '{n} working days' })} for an answer.` : 'No one is waiting longer than the target.')),
    target: withLocale((locale, days: number) => `Aim to answer everyone within ${plural(locale, days, { one: '{n} working day', other: '{n} working days' })}. Oldest first.`),
    noOpportunityTitle: 'Choose an opportunity',
    noOpportunityBody: 'This list needs the opportunity-id attribute to know whose interest to show.',
    emptyTitle: 'No one has expressed interest yet',
    emptyBody: 'When someone says they are interested, they will appear here, oldest first.',
    waiting: (days: string) => `Waiting ${days}`,
    overdueNote: (target: string) => `More than the ${target} target`,
    answeredAfter: (days: string) => `First answered after ${days}`,
    reference: 'Reference',
    contact: 'Contact by',
    accessNeeds: 'Access or support needs',
    needOffered: 'offered',
    needToArrange: 'to arrange',
    message: 'Their message',
    received: 'Received',
    none: 'None given',
    status: 'Status',
    statusFor: (name: string) => `Status for ${name}`,
    note: 'Note',
    noteHint: 'Only staff see this. For example, when you called and what you agreed.',
    save: 'Save',
    saveFor: (name: string) => `for ${name}`,
    saved: (name: string, status: string) => `Saved. ${name}: ${status}.`,
    saveFailed: (name: string) => `Not saved for ${name}.`,
    exportCsv: 'Download as a spreadsheet (CSV)',
    exported: withLocale((locale, n: number) => plural(locale, n, { one: 'Downloaded {n} row.', other: 'Downloaded {n} rows.' })),
    csvHeaders: 'Reference,Name,Contact by,Contact detail,Access or support needs,Message,Received,Working days waited,Status,Note',
    loadingLabel: 'Loading the people who are interested…',
    waitingList: 'On the waiting list',
    noPlacesLeft: (places: number | null | undefined) =>
      `${plural('en-GB', places ?? 0, { one: 'The only place is taken.', other: 'All {n} places are taken.' })} Give a place back first (change someone’s status), or keep this person on the waiting list.`,
    mergedReview: 'Merged. Check the answer, then save it.',
  },
  cy: {
    title: (opportunity: string) => `Pobl sydd â diddordeb yn ${opportunity}`,
    summary: withLocale((locale, people: number, overdue: number, days: number) =>
      `${plural(locale, people, { zero: '{n} person', one: '{n} person', two: '{n} berson', few: '{n} pherson', many: '{n} pherson', other: '{n} person' })} hyd yma. ` +
      (overdue
        ? `Mae ${plural(locale, overdue, { zero: '{n} person', one: '{n} person', two: '{n} berson', few: '{n} pherson', many: '{n} pherson', other: '{n} person' })} wedi aros mwy na ${plural(locale, days, { zero: '{n} diwrnod gwaith', one: '{n} diwrnod gwaith', two: '{n} ddiwrnod gwaith', other: '{n} diwrnod gwaith' })} am ateb.`
        : 'Does neb yn aros yn hirach na’r targed.')),
    target: withLocale((locale, days: number) =>
      `Anelwch at ateb pawb o fewn ${plural(locale, days, { zero: '{n} diwrnod gwaith', one: '{n} diwrnod gwaith', two: '{n} ddiwrnod gwaith', other: '{n} diwrnod gwaith' })}. Yr hynaf yn gyntaf.`),
    titleNoName: 'Pobl sydd â diddordeb',
    noOpportunityTitle: 'Dewiswch gyfle',
    noOpportunityBody: 'Mae angen y priodoledd opportunity-id ar y rhestr hon i wybod diddordeb pwy i’w ddangos.',
    emptyTitle: 'Does neb wedi mynegi diddordeb eto',
    emptyBody: 'Pan fydd rhywun yn dweud bod ganddo ddiddordeb, bydd yn ymddangos yma, yr hynaf yn gyntaf.',
    waiting: (days: string) => `Yn aros ${days}`,
    overdueNote: (target: string) => `Mwy na’r targed o ${target}`,
    answeredAfter: (days: string) => `Atebwyd gyntaf ar ôl ${days}`,
    reference: 'Cyfeirnod',
    contact: 'Cysylltu drwy',
    accessNeeds: 'Anghenion mynediad neu gymorth',
    needOffered: 'yn cael ei gynnig',
    needToArrange: 'i’w drefnu',
    message: 'Eu neges',
    received: 'Derbyniwyd',
    none: 'Dim wedi’i roi',
    status: 'Statws',
    statusFor: (name: string) => `Statws ${name}`,
    note: 'Nodyn',
    noteHint: 'Dim ond staff sy’n gweld hwn. Er enghraifft, pryd y gwnaethoch ffonio a beth a gytunwyd.',
    save: 'Cadw',
    saveFor: (name: string) => `ar gyfer ${name}`,
    saved: (name: string, status: string) => `Wedi cadw. ${name}: ${status}.`,
    saveFailed: (name: string) => `Heb ei gadw ar gyfer ${name}.`,
    exportCsv: 'Lawrlwytho fel taenlen (CSV)',
    exported: withLocale((locale, n: number) => plural(locale, n, { zero: 'Lawrlwythwyd {n} rhes.', one: 'Lawrlwythwyd {n} rhes.', two: 'Lawrlwythwyd {n} res.', other: 'Lawrlwythwyd {n} rhes.' })),
    csvHeaders: 'Cyfeirnod,Enw,Cysylltu drwy,Manylion cyswllt,Anghenion mynediad neu gymorth,Neges,Derbyniwyd,Diwrnodau gwaith yn aros,Statws,Nodyn',
    loadingLabel: 'Wrthi’n llwytho’r bobl sydd â diddordeb…',
    waitingList: 'Ar y rhestr aros',
    noPlacesLeft: (places: number | null | undefined) =>
      `${plural('cy', places ?? 0, { one: 'Mae’r unig le wedi’i gymryd.', other: 'Mae pob un o’r {n} lle wedi’u cymryd.' })} Rhowch le yn ôl yn gyntaf (newidiwch statws rhywun), neu cadwch y person hwn ar y rhestr aros.`,
    mergedReview: 'Wedi cyfuno. Gwiriwch yr ateb, yna ei gadw.',
  },
  easyRead: {
    'en-GB': {
      target: withLocale((locale, days: number) => `Answer each person within ${plural(locale, days, { one: '{n} working day', other: '{n} working days' })}.\nThe person who waited longest is first.`),
      emptyBody: 'No one has said they are interested yet.\nThey will show here.',
      noteHint: 'Only staff can see this.',
      noPlacesLeft: (places: number | null | undefined) =>
        `${plural('en-GB', places ?? 0, { one: 'The only place is taken.', other: 'All {n} places are taken.' })}\nTo say yes to this person, first change someone else’s answer.\nOr keep this person on the waiting list.`,
    },
    cy: {
      target: withLocale((locale, days: number) =>
        `Atebwch bob person o fewn ${plural(locale, days, { zero: '{n} diwrnod gwaith', one: '{n} diwrnod gwaith', two: '{n} ddiwrnod gwaith', other: '{n} diwrnod gwaith' })}.\nMae’r person a arhosodd hiraf yn gyntaf.`),
      emptyBody: 'Does neb wedi dweud bod ganddyn nhw ddiddordeb eto.\nByddan nhw’n dangos yma.',
      noteHint: 'Dim ond staff sy’n gallu gweld hwn.',
      noPlacesLeft: (places: number | null | undefined) =>
        `${plural('cy', places ?? 0, { one: 'Mae’r unig le wedi’i gymryd.', other: 'Mae pob un o’r {n} lle wedi’u cymryd.' })}\nI ddweud ie wrth y person hwn, newidiwch ateb rhywun arall yn gyntaf.\nNeu cadwch y person hwn ar y rhestr aros.`,
    },
  },
});
