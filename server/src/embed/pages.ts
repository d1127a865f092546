/**
 * The pages an embedded list or board links to, for a reader without JavaScript: one
 * opportunity, or one feedback item with what was done. Plain HTML in the reader's language.
 */
import type { FeedbackItem, Opportunity } from '../../../src/api/types.js';
import { formatDate, translator } from '../../../src/core/i18n.js';
import { cardMessages } from '../../../src/shared/card/card.messages.js';
import { textIn, updateIn } from '../../../src/core/text-in.js';
import { escapeText as text, type Locale, type ReadingLevel } from './render.js';

const WORDS = {
  'en-GB': {
    opportunity: 'Opportunity',
    when: 'When',
    time: 'Time it takes',
    experience: 'Experience we are looking for',
    how: 'How to get involved',
    cancelled: 'This opportunity is cancelled: it will not happen.',
    why: 'Why:',
    notOpen: 'This opportunity is no longer taking expressions of interest.',
    feedback: 'Feedback',
    said: 'What was said',
    updates: 'What happened next',
    noUpdates: 'No update yet.',
    status: { received: 'Received', considering: 'Being considered', changed: 'We did: changed', not_changed: 'Not changed: why not' },
  },
  cy: {
    opportunity: 'Cyfle',
    when: 'Pryd',
    time: 'Faint o amser',
    experience: 'Y profiad rydym yn chwilio amdano',
    how: 'Sut i gymryd rhan',
    cancelled: 'Mae’r cyfle hwn wedi’i ganslo: ni fydd yn digwydd.',
    why: 'Pam:',
    notOpen: 'Nid yw’r cyfle hwn yn derbyn mynegiannau o ddiddordeb mwyach.',
    feedback: 'Adborth',
    said: 'Beth a ddywedwyd',
    updates: 'Beth ddigwyddodd nesaf',
    noUpdates: 'Dim diweddariad eto.',
    status: { received: 'Wedi dod i law', considering: 'Yn cael ei ystyried', changed: 'Fe wnaethom: newid', not_changed: 'Heb newid: pam' },
  },
} as const;

function page(locale: Locale, title: string | Shown, body: string): string {
  const named = typeof title === 'string' ? { text: text(title), lang: '' } : title;
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title${named.lang}>${named.text}</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The council's text in the reader's language, by the widgets' rule (src/core/text-in.ts textIn: its Welsh where it wrote
 * some, else its English), escaped; `lang`: ` lang="en-GB"` where a Welsh page shows the English (WCAG 3.1.2).
 */
function shown(locale: Locale, en: string, cy?: string | null): Shown {
  const chosen = textIn(locale, { en, cy });
  return { text: text(chosen.text), lang: chosen.lang === 'en-GB' ? ' lang="en-GB"' : '' };
}
/** A staff update by the widgets' rule (src/core/text-in.ts updateIn), escaped, with its `lang` where it differs from the page. */
function shownUpdate(locale: Locale, update: FeedbackItem['updates'][number]): Shown {
  const chosen = updateIn(locale, update);
  return { text: text(chosen.text), lang: typeof chosen.lang === 'string' ? ` lang="${chosen.lang}"` : '' };
}
interface Shown {
  text: string;
  lang: string;
}

/** A run of the council's text inside a sentence of ours, in a `<span lang="en-GB">` where it is English on a Welsh page. */
const inline = (value: Shown) => (value.lang ? `<span${value.lang}>${value.text}</span>` : value.text);

/** Paragraphs of text (a person's own words, escaped here), or of the council's as `shown`. */
const paragraphs = (value: string | Shown) => {
  const { text: escaped, lang } = typeof value === 'string' ? { text: text(value), lang: '' } : value;
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p${lang}>${p.trim()}</p>`)
    .join('\n');
};

/** A cancelled, closed or filled opportunity says so under its title, before anything else. */
function statusLines(o: Opportunity, w: (typeof WORDS)[Locale], locale: Locale): string {
  if (o.status === 'cancelled') {
    // The reason is the council's English only.
    const reason = shown(locale, o.cancelledReason?.trim() ?? '');
    return `<p><strong>${w.cancelled}</strong></p>\n${reason.text ? `<p>${w.why} ${inline(reason)}</p>\n` : ''}`;
  }
  return o.status === 'closed' || o.status === 'filled' ? `<p><strong>${w.notOpen}</strong></p>\n` : '';
}

/**
 * The closing date as the widgets write it (src/core/i18n.ts formatDate: "14 December 2026", "14 Rhagfyr 2026", the day
 * held to its month), in a `<time>` that gives the date itself; nothing without one.
 */
const closingDate = (o: Opportunity, locale: Locale): string =>
  o.closingDate ? `<time datetime="${text(o.closingDate)}">${text(formatDate(locale, o.closingDate))}</time>` : '';

/**
 * The brief as a page; a cancelled one leaves out "How to get involved" (it will not happen). The closing date is named
 * as the cards name it (card.messages.ts: in easy read "Last day to say yes").
 */
export function opportunityPage(o: Opportunity, locale: Locale, readingLevel: ReadingLevel = 'standard'): string {
  const w = WORDS[locale];
  const cy = o.translations?.cy;
  const title = shown(locale, o.title, cy?.title);
  const organisation = shown(locale, o.organisation.name.en, o.organisation.name.cy);
  const facts: Array<[string, Shown]> = [
    [w.when, shown(locale, o.when.summary, cy?.when)],
    [w.time, shown(locale, o.timeCommitment.summary, cy?.timeCommitment)],
    // The cards' own word for it (easy read: "Last day to say yes"), taken from their catalog so the two cannot drift.
    [translator(cardMessages, locale, readingLevel)('closing'), { text: closingDate(o, locale), lang: '' }],
  ];
  return page(
    locale,
    title,
    `<p>${w.opportunity}: ${inline(organisation)}</p>
<h1${title.lang}>${title.text}</h1>
${statusLines(o, w, locale)}${paragraphs(shown(locale, o.summary, cy?.summary))}
<dl>
${facts
  .filter(([, value]) => value.text)
  .map(([term, value]) => `  <dt>${term}</dt><dd${value.lang}>${value.text}</dd>`)
  .join('\n')}
</dl>
${paragraphs(shown(locale, o.description, cy?.description))}
<h2>${w.experience}</h2>
${paragraphs(shown(locale, o.experienceNeeded, cy?.experienceNeeded))}
${o.status === 'cancelled' ? '' : `<h2>${w.how}</h2>\n${paragraphs(shown(locale, o.howToGetInvolved, cy?.howToGetInvolved))}`}`,
  );
}

export function feedbackPage(item: FeedbackItem, locale: Locale): string {
  const w = WORDS[locale];
  const updates = item.updates.length
    ? `<ol>\n${item.updates.map((u) => `  <li><p><time datetime="${text(u.createdAt)}">${text(u.createdAt.slice(0, 10))}</time></p>${paragraphs(shownUpdate(locale, u))}</li>`).join('\n')}\n</ol>`
    : `<p>${w.noUpdates}</p>`;
  return page(
    locale,
    `${w.feedback} ${item.reference}`,
    `<h1>${w.feedback} ${text(item.reference)}</h1>
<p>${w.status[item.status]}</p>
<h2>${w.said}</h2>
${paragraphs({ text: text(item.text), lang: ` lang="${text(item.language)}"` })}
<h2>${w.updates}</h2>
${updates}`,
  );
}
