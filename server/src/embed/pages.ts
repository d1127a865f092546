/**
 * The pages an embedded list or board links to, for a reader without JavaScript: one
 * opportunity, or one feedback item with what was done. Plain HTML in the reader's language.
 */
import type { FeedbackItem, Opportunity } from '../../../src/api/types.js';
import { escapeText as text, type Locale } from './render.js';

const WORDS = {
  'en-GB': {
    opportunity: 'Opportunity',
    when: 'When',
    time: 'Time it takes',
    experience: 'Experience we are looking for',
    how: 'How to get involved',
    closing: 'Closing date',
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
    closing: 'Dyddiad cau',
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

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${text(title)}</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const paragraphs = (value: string) =>
  value
    .split(/\n{2,}/)
    .map((p) => `<p>${text(p.trim())}</p>`)
    .join('\n');

/** A cancelled, closed or filled opportunity says so under its title, before anything else. */
function statusLines(o: Opportunity, w: (typeof WORDS)[Locale]): string {
  if (o.status === 'cancelled') {
    const reason = o.cancelledReason?.trim();
    return `<p><strong>${w.cancelled}</strong></p>\n${reason ? `<p>${w.why} ${text(reason)}</p>\n` : ''}`;
  }
  return o.status === 'closed' || o.status === 'filled' ? `<p><strong>${w.notOpen}</strong></p>\n` : '';
}

/** The brief as a page; a cancelled one leaves out "How to get involved" (it will not happen). */
export function opportunityPage(o: Opportunity, locale: Locale): string {
  const w = WORDS[locale];
  const cy = locale === 'cy' ? (o.translations?.cy ?? {}) : {};
  const title = cy.title ?? o.title;
  const facts: Array<[string, string | undefined]> = [
    [w.when, cy.when ?? o.when.summary],
    [w.time, cy.timeCommitment ?? o.timeCommitment.summary],
    [w.closing, o.closingDate ?? undefined],
  ];
  return page(
    locale,
    title,
    `<p>${w.opportunity}: ${text((locale === 'cy' ? o.organisation.name.cy : undefined) ?? o.organisation.name.en)}</p>
<h1>${text(title)}</h1>
${statusLines(o, w)}${paragraphs(cy.summary ?? o.summary)}
<dl>
${facts
  .filter(([, value]) => value)
  .map(([term, value]) => `  <dt>${term}</dt><dd>${text(value!)}</dd>`)
  .join('\n')}
</dl>
${paragraphs(cy.description ?? o.description)}
<h2>${w.experience}</h2>
${paragraphs(cy.experienceNeeded ?? o.experienceNeeded)}
${o.status === 'cancelled' ? '' : `<h2>${w.how}</h2>\n${paragraphs(cy.howToGetInvolved ?? o.howToGetInvolved)}`}`,
  );
}

export function feedbackPage(item: FeedbackItem, locale: Locale): string {
  const w = WORDS[locale];
  const updates = item.updates.length
    ? `<ol>\n${item.updates.map((u) => `  <li><p><time datetime="${text(u.createdAt)}">${text(u.createdAt.slice(0, 10))}</time></p>${paragraphs(u.text)}</li>`).join('\n')}\n</ol>`
    : `<p>${w.noUpdates}</p>`;
  return page(
    locale,
    `${w.feedback} ${item.reference}`,
    `<h1>${w.feedback} ${text(item.reference)}</h1>
<p>${w.status[item.status]}</p>
<h2>${w.said}</h2>
${paragraphs(item.text)}
<h2>${w.updates}</h2>
${updates}`,
  );
}
