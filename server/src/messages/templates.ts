/**
 * What each message says, in English or Welsh, standard or easy read. Plain functions of
 * the event's data: no I/O, so every wording is tested directly (test/messages-templates).
 * Each message says who decided, what changed, why, and links back to the item.
 */

import { ANSWER, interestLine, STATUS, statusSubject } from '../../../src/api/message-words.js';
import type { FeedbackUpdate } from '../../../src/api/types.js';
import { textIn, updateIn } from '../../../src/core/text-in.js';
import { defineTemplate, type Draft } from './registry.js';

export type Language = 'en-GB' | 'cy';
export type ReadingLevel = 'standard' | 'easy-read';
export type FeedbackStatus = 'received' | 'considering' | 'changed' | 'not_changed';
export type UpdateKind = 'heard' | 'doing' | 'changed' | 'not_changed';
export type InterestAnswer = 'new' | 'contacted' | 'joined' | 'not_this_time';
/** A staff update's words as the contract gives them: its language and, beside English, its Welsh version. */
export type UpdateWords = Pick<FeedbackUpdate, 'text' | 'language' | 'translations'>;

export type MessageData =
  | ({ event: 'feedback_update'; reference: string; said?: string; kind: UpdateKind; author?: string; at: string } & UpdateWords)
  /** `reason`: the item's latest update, as the reason for the decision (its words alone, English, when queued before its language was stored). */
  | { event: 'feedback_status'; reference: string; said?: string; status: FeedbackStatus; reason?: UpdateWords | string; author?: string; at: string }
  | { event: 'interest_answer'; reference: string; opportunity: string; opportunityCy?: string; status: InterestAnswer; author?: string; at: string }
  | { event: 'opportunity_changed'; opportunity: string; opportunityCy?: string; date?: string; dateCy?: string; venue?: string; cancelled?: boolean; reason?: string; author?: string; at: string }
  | { event: 'weekly_summary'; groups: SummaryGroup[]; at: string };

/** One item in a weekly summary: its entries newest first. */
export interface SummaryGroup {
  label: string;
  url: string;
  entries: { at: string; line: string }[];
}

export interface Links {
  /** The item on the person's page. */
  item: string;
  /** One click, no sign-in. */
  unsubscribe: string;
}

export interface Rendered {
  subject: string;
  /** Plain-text email body, with the item link and the unsubscribe line. */
  body: string;
  /** A text message: short, with the link. */
  sms: string;
}


const KIND: Record<Language, Record<UpdateKind, string>> = {
  'en-GB': { heard: 'What we heard', doing: 'What we are doing', changed: 'What we did', not_changed: 'Why we could not change it' },
  cy: { heard: 'Beth glywsom ni', doing: 'Beth rydym yn ei wneud', changed: 'Beth wnaethom ni', not_changed: 'Pam na allem ei newid' },
};

/** What happens next, in words, for each answer to an expression of interest. */
const NEXT: Record<Language, Record<ReadingLevel, Record<InterestAnswer, string>>> = {
  'en-GB': {
    standard: {
      new: 'We will read it and answer you soon.',
      contacted: 'We have been in touch, or will be in the next few days, to talk it through. You do not need to do anything until then.',
      joined: 'You are taking part. We will send you the dates, the place and anything to read before the first meeting.',
      not_this_time: 'We cannot offer you a place this time. We will keep your details and tell you about other opportunities you might like, unless you ask us not to.',
    },
    'easy-read': {
      new: 'We will read it.\nWe will answer you soon.',
      contacted: 'We will talk to you about it.\nYou do not need to do anything now.',
      joined: 'You are taking part.\nWe will send you the dates and the place.',
      not_this_time: 'There is no place for you this time.\nWe will tell you about other things you can do.',
    },
  },
  cy: {
    standard: {
      new: 'Byddwn yn ei darllen ac yn eich ateb cyn bo hir.',
      contacted: 'Rydym wedi cysylltu, neu byddwn yn cysylltu yn y dyddiau nesaf, i siarad am y peth. Does dim angen i chi wneud dim tan hynny.',
      joined: 'Rydych yn cymryd rhan. Byddwn yn anfon y dyddiadau, y lle ac unrhyw beth i’w ddarllen cyn y cyfarfod cyntaf.',
      not_this_time: 'Ni allwn gynnig lle i chi y tro hwn. Byddwn yn cadw eich manylion ac yn dweud wrthych am gyfleoedd eraill, oni bai eich bod yn gofyn i ni beidio.',
    },
    'easy-read': {
      new: 'Byddwn yn ei darllen.\nByddwn yn eich ateb cyn bo hir.',
      contacted: 'Byddwn yn siarad â chi am y peth.\nDoes dim angen i chi wneud dim nawr.',
      joined: 'Rydych yn cymryd rhan.\nByddwn yn anfon y dyddiadau a’r lle.',
      not_this_time: 'Does dim lle i chi y tro hwn.\nByddwn yn dweud wrthych am bethau eraill.',
    },
  },
};


const W = {
  'en-GB': {
    team: 'the co-production team',
    decidedBy: (who: string) => `Decided by: ${who}`,
    postedBy: (who: string) => `From: ${who}`,
    youSaid: (said: string) => `You said: “${said}”`,
    see: 'See it, with every update:',
    seeEasy: 'See it here:',
    stop: 'To stop these messages, open this link (no sign-in needed):',
    stopSms: 'Stop:',
    updateSubject: (ref: string) => `An update on your feedback ${ref}`,
    statusSubject: (ref: string, s: string) => statusSubject('en-GB', ref, s),
    statusLine: (s: string) => `What changed: the status is now “${s}”.`,
    why: 'Why:',
    noReason: 'The reason will be on the page soon.',
    interestSubject: (title: string) => `Your interest in “${title}”`,
    interestLine: (ref: string, s: string) => interestLine('en-GB', ref, s),
    next: 'What happens next:',
    oppSubject: (title: string, cancelled: boolean) => (cancelled ? `Cancelled: “${title}”` : `A change to “${title}”`),
    cancelled: 'This opportunity is cancelled: it will not happen. We are sorry. You do not need to do anything.',
    cancelledEasy: 'This is cancelled.\nIt will not happen.\nWe are sorry.\nYou do not need to do anything.',
    newDate: (d: string) => `The new date: ${d}`,
    newVenue: (v: string) => `The new place: ${v}`,
    why2: 'You are told because you said you were interested.',
    summarySubject: 'Your weekly summary: what happened to what you told us',
    summaryIntro: 'Here is what happened this week, newest first.',
  },
  cy: {
    team: 'y tîm cydgynhyrchu',
    decidedBy: (who: string) => `Penderfynwyd gan: ${who}`,
    postedBy: (who: string) => `Gan: ${who}`,
    youSaid: (said: string) => `Dywedoch chi: “${said}”`,
    see: 'Gweld y cyfan, gyda phob diweddariad:',
    seeEasy: 'Gweld yma:',
    stop: 'I atal y negeseuon hyn, agorwch y ddolen hon (does dim angen mewngofnodi):',
    stopSms: 'Atal:',
    updateSubject: (ref: string) => `Diweddariad ar eich adborth ${ref}`,
    statusSubject: (ref: string, s: string) => statusSubject('cy', ref, s),
    statusLine: (s: string) => `Beth newidiodd: y statws nawr yw “${s}”.`,
    why: 'Pam:',
    noReason: 'Bydd y rheswm ar y dudalen cyn bo hir.',
    interestSubject: (title: string) => `Eich diddordeb yn “${title}”`,
    interestLine: (ref: string, s: string) => interestLine('cy', ref, s),
    next: 'Beth sy’n digwydd nesaf:',
    oppSubject: (title: string, cancelled: boolean) => (cancelled ? `Wedi’i ganslo: “${title}”` : `Newid i “${title}”`),
    cancelled: 'Mae’r cyfle hwn wedi’i ganslo: ni fydd yn digwydd. Mae’n ddrwg gennym. Does dim angen i chi wneud dim.',
    cancelledEasy: 'Mae hwn wedi’i ganslo.\nNi fydd yn digwydd.\nMae’n ddrwg gennym.\nDoes dim angen i chi wneud dim.',
    newDate: (d: string) => `Y dyddiad newydd: ${d}`,
    newVenue: (v: string) => `Y lle newydd: ${v}`,
    why2: 'Rydych yn cael gwybod am eich bod wedi dweud bod gennych ddiddordeb.',
    summarySubject: 'Eich crynodeb wythnosol: beth ddigwyddodd i’r hyn a ddywedoch wrthym',
    summaryIntro: 'Dyma beth ddigwyddodd yr wythnos hon, y diweddaraf yn gyntaf.',
  },
} as const;

/** The council's words in the reader's language, by the widgets' rule (src/core/i18n.ts textIn): its Welsh where it wrote some, else its English. */
const titleIn = (data: { opportunity: string; opportunityCy?: string }, language: Language) => textIn(language, { en: data.opportunity, cy: data.opportunityCy }).text;
/** An opportunity's new date ("when"), by the same rule. */
const dateIn = (data: { date?: string; dateCy?: string }, language: Language) => textIn(language, { en: data.date ?? '', cy: data.dateCy }).text;
/** A staff update's words for a reader of `language`, by the widgets' rule (src/core/text-in.ts): its Welsh version to a Welsh reader where staff gave one. */
const wordsIn = (words: UpdateWords, language: Language): string => updateIn(language, words).text;

/** A date a person reads: "3 March 2026" / "3 Mawrth 2026", UK time. */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(iso));
}

/** The first words of what someone said, for a reminder line. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

type NewsData = Exclude<MessageData, { event: 'weekly_summary' }>;

/** The words of a piece of news (everything but the weekly summary), before the link and unsubscribe lines. */
export function draft(data: NewsData, language: Language, level: ReadingLevel): Draft {
  const w = W[language];
  const easy = level === 'easy-read';
  const who = data.author || w.team;
  switch (data.event) {
    case 'feedback_update': {
      const subject = w.updateSubject(data.reference);
      const text = wordsIn(data, language);
      const lines = easy
        ? [`${KIND[language][data.kind]}:`, text, '', w.postedBy(who)]
        : [...(data.said ? [w.youSaid(excerpt(data.said)), ''] : []), `${KIND[language][data.kind]} (${longDate(data.at, language)}):`, text, '', w.postedBy(who)];
      return { subject, lines, sms: `${subject}. ${KIND[language][data.kind]}: ${excerpt(text, 200)}` };
    }
    case 'feedback_status': {
      const status = STATUS[language][data.status];
      const subject = w.statusSubject(data.reference, status);
      const reason = typeof data.reason === 'string' ? data.reason : data.reason && wordsIn(data.reason, language);
      const why = [w.why, reason ?? w.noReason];
      const lines = easy
        ? [w.statusLine(status), '', ...why, '', w.decidedBy(who)]
        : [...(data.said ? [w.youSaid(excerpt(data.said)), ''] : []), w.statusLine(status), '', ...why, '', w.decidedBy(who)];
      return { subject, lines, sms: `${subject}. ${reason ? excerpt(reason, 200) : ''}`.trim() };
    }
    case 'interest_answer': {
      const answer = ANSWER[language][data.status];
      const subject = w.interestSubject(titleIn(data, language));
      const lines = [w.interestLine(data.reference, answer), '', w.next, NEXT[language][level][data.status], '', w.decidedBy(who)];
      return { subject, lines, sms: `${subject}: ${answer}. ${NEXT[language]['easy-read'][data.status].replace(/\n/g, ' ')}` };
    }
    case 'opportunity_changed': {
      const subject = w.oppSubject(titleIn(data, language), Boolean(data.cancelled));
      const date = dateIn(data, language);
      const why = data.cancelled && data.reason ? ['', w.why, data.reason] : [];
      const changes = data.cancelled ? [easy ? w.cancelledEasy : w.cancelled, ...why] : [...(date ? [w.newDate(date)] : []), ...(data.venue ? [w.newVenue(data.venue)] : [])];
      const lines = [...changes, '', ...(easy ? [] : [w.why2, '']), w.decidedBy(who)];
      const sms = data.cancelled ? [w.cancelled, ...(data.reason ? [`${w.why} ${excerpt(data.reason, 200)}`] : [])].join(' ') : changes.join('. ');
      return { subject, lines, sms: `${subject}. ${sms}` };
    }
  }
}

/** Every message ends the same way: the link back to the item, and how to stop messages (no sign-in needed). */
export function frame(words: Draft, language: Language, level: ReadingLevel, links: Links): Rendered {
  const w = W[language];
  const body = [...words.lines, '', level === 'easy-read' ? w.seeEasy : w.see, links.item, '', '--', w.stop, links.unsubscribe, ''].join('\n');
  return { subject: words.subject, body, sms: `${excerpt(words.sms, 250)} ${links.item} ${w.stopSms} ${links.unsubscribe}` };
}

/** A built-in message, rendered. (Feature templates render through catalog.ts.) */
export function render(data: MessageData, language: Language, level: ReadingLevel, links: Links): Rendered {
  if (data.event !== 'weekly_summary') return frame(draft(data, language, level), language, level, links);
  const w = W[language];
  const lines: string[] = [w.summaryIntro];
  for (const group of data.groups) {
    lines.push('', group.label);
    for (const entry of group.entries) lines.push(`- ${longDate(entry.at, language)}: ${entry.line}`);
    lines.push(`${level === 'easy-read' ? w.seeEasy : w.see} ${group.url}`);
  }
  const sms = `${w.summarySubject}: ${data.groups.map((g) => g.label).join('; ')}`;
  return { subject: w.summarySubject, body: [...lines, '', '--', w.stop, links.unsubscribe, ''].join('\n'), sms: `${excerpt(sms, 300)} ${w.stopSms} ${links.unsubscribe}` };
}

/** One line of a weekly summary for a piece of news. */
export function summaryLine(data: MessageData, language: Language): string {
  const w = W[language];
  switch (data.event) {
    case 'feedback_update':
      return `${KIND[language][data.kind]}: ${excerpt(wordsIn(data, language), 300)}`;
    case 'feedback_status':
      return w.statusLine(STATUS[language][data.status]);
    case 'interest_answer':
      return `${ANSWER[language][data.status]}.`;
    case 'opportunity_changed':
      return data.cancelled ? [w.cancelled, ...(data.reason ? [`${w.why} ${excerpt(data.reason, 300)}`] : [])].join(' ') : [data.date ? w.newDate(dateIn(data, language)) : '', data.venue ? w.newVenue(data.venue) : ''].filter(Boolean).join('. ');
    case 'weekly_summary':
      return '';
  }
}

/** What a summary calls an item: "Your feedback FB-4K7Q: “The bus stop…”". */
export function summaryLabel(data: MessageData, language: Language): string {
  const cy = language === 'cy';
  if (data.event === 'feedback_update' || data.event === 'feedback_status') return `${cy ? 'Eich adborth' : 'Your feedback'} ${data.reference}${data.said ? `: “${excerpt(data.said, 80)}”` : ''}`;
  if (data.event === 'interest_answer' || data.event === 'opportunity_changed') return `“${titleIn(data, language)}”`;
  return '';
}

/** The built-in templates, as the catalog lists them. */
export const coreTemplates = (['feedback_update', 'feedback_status', 'interest_answer', 'opportunity_changed'] as const).map((event) =>
  defineTemplate<NewsData>(event, { draft, summaryLabel, summaryLine }),
);
