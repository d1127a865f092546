import { defineMessages, plural, withLocale } from '../../core/i18n.js';

type Forms = { zero?: string; one: string; two?: string; few?: string; many?: string; other: string };
const cy = (one: string, other: string, two = other): Forms => ({ zero: other, one, two, few: other, many: other, other });

export const staffWorkspaceMessages = defineMessages({
  'en-GB': {
    title: 'Co-production workspace',
    intro: 'Choose what to work on. The numbers say what is waiting for you.',
    nav: 'Workspace sections',
    section_opportunities: 'Opportunities',
    section_interest: 'People interested',
    section_feedback: 'Feedback',
    section_claims: 'Pay and claims',
    section_people: 'People',
    section_insights: 'Insights',
    section_audit: 'Audit trail',
    waiting_opportunities: withLocale((locale, n: number) => plural(locale, n, { one: '{n} draft', other: '{n} drafts' })),
    overdue_opportunities: withLocale((locale, n: number) => plural(locale, n, { one: '{n} past its closing date', other: '{n} past their closing date' })),
    waiting_interest: withLocale((locale, n: number) => plural(locale, n, { one: '{n} waiting for an answer', other: '{n} waiting for an answer' })),
    overdue_interest: withLocale((locale, n: number) => plural(locale, n, { one: '{n} waited too long', other: '{n} waited too long' })),
    waiting_feedback: withLocale((locale, n: number) => plural(locale, n, { one: '{n} not answered', other: '{n} not answered' })),
    overdue_feedback: withLocale((locale, n: number) => plural(locale, n, { one: '{n} waited too long', other: '{n} waited too long' })),
    waiting_claims: withLocale((locale, n: number) => plural(locale, n, { one: '{n} claim to decide', other: '{n} claims to decide' })),
    overdue_claims: withLocale((locale, n: number) => plural(locale, n, { one: '{n} past its pay date', other: '{n} past their pay date' })),
    waiting_people: withLocale((locale, n: number) => plural(locale, n, { one: '{n} message to send by hand', other: '{n} messages to send by hand' })),
    nothingWaiting: 'Nothing waiting',
    countsUnavailable: 'We could not count what is waiting just now.',
    current: 'You are here',
  },
  cy: {
    title: 'Gweithle cyd-gynhyrchu',
    intro: 'Dewiswch beth i weithio arno. Mae’r rhifau’n dweud beth sy’n aros amdanoch.',
    nav: 'Adrannau’r gweithle',
    section_opportunities: 'Cyfleoedd',
    section_interest: 'Pobl sydd â diddordeb',
    section_feedback: 'Adborth',
    section_claims: 'Tâl a hawliadau',
    section_people: 'Pobl',
    section_insights: 'Mewnwelediadau',
    section_audit: 'Trywydd archwilio',
    waiting_opportunities: withLocale((locale, n: number) => plural(locale, n, cy('{n} drafft', '{n} drafft'))),
    overdue_opportunities: withLocale((locale, n: number) => plural(locale, n, cy('{n} wedi pasio’r dyddiad cau', '{n} wedi pasio’r dyddiad cau'))),
    waiting_interest: withLocale((locale, n: number) => plural(locale, n, cy('{n} yn aros am ateb', '{n} yn aros am ateb'))),
    overdue_interest: withLocale((locale, n: number) => plural(locale, n, cy('{n} wedi aros yn rhy hir', '{n} wedi aros yn rhy hir'))),
    waiting_feedback: withLocale((locale, n: number) => plural(locale, n, cy('{n} heb ei ateb', '{n} heb eu hateb'))),
    overdue_feedback: withLocale((locale, n: number) => plural(locale, n, cy('{n} wedi aros yn rhy hir', '{n} wedi aros yn rhy hir'))),
    waiting_claims: withLocale((locale, n: number) => plural(locale, n, cy('{n} hawliad i’w benderfynu', '{n} hawliad i’w penderfynu'))),
    overdue_claims: withLocale((locale, n: number) => plural(locale, n, cy('{n} wedi pasio’i ddyddiad talu', '{n} wedi pasio’u dyddiad talu'))),
    waiting_people: withLocale((locale, n: number) => plural(locale, n, cy('{n} neges i’w hanfon â llaw', '{n} neges i’w hanfon â llaw'))),
    nothingWaiting: 'Dim byd yn aros',
    countsUnavailable: 'Nid oeddem yn gallu cyfrif beth sy’n aros ar hyn o bryd.',
    current: 'Rydych chi yma',
  },
  easyRead: {
    'en-GB': {
      intro: 'Choose what to work on.\nThe numbers show what is waiting for you.',
    },
    cy: {
      intro: 'Dewiswch beth i weithio arno.\nMae’r rhifau’n dangos beth sy’n aros amdanoch.',
    },
  },
});
