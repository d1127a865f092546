/**
 * The small page an invitation's link opens: it asks first (a mail program may open links by
 * itself), then one button answers. English or Welsh, as the person chose; a link that does not
 * work (cut short, withdrawn, another server's) names no one, so it is said in the council's page
 * languages (PAGE_LANGUAGES: a Welsh council's in Welsh, then English), as the unsubscribe page's
 * is. No script, so it works under the strictest Content-Security-Policy.
 */
import type { FastifyReply } from 'fastify';
import { textIn } from '../../../src/core/text-in.js';
import type { Language } from '../messages/templates.js';

type Answer = 'interested' | 'not_this_time';
/** The opportunity's title as the council wrote it: its Welsh, where it wrote some, is shown to a Welsh reader. */
type Title = { en: string; cy?: string | null | undefined };
export type AnswerView =
  /** `languages`: the first is the page's language and heading; each other one a section in its own `lang`. */
  | { kind: 'invalid'; languages: readonly Language[] }
  | { kind: 'ask'; answer: Answer; title: Title; cy: boolean; action: string }
  | { kind: 'done'; answer: Answer; title: Title; cy: boolean; reference?: string | null; waitingList?: boolean }
  | { kind: 'closed'; title: Title; cy: boolean };

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const COPY = {
  en: {
    page: 'Your invitation',
    ask: { interested: (t: string) => `Say you are interested in “${t}”?`, not_this_time: (t: string) => `Say “not this time” to “${t}”?` },
    askText: { interested: 'We will send the details you gave in your profile, so you do not need to type anything. Someone will be in touch.', not_this_time: 'That is fine. We will still ask you about other things, unless you tell us not to.' },
    button: { interested: 'Yes, I am interested', not_this_time: 'Not this time' },
    done: { interested: 'Thank you: we have your interest', not_this_time: 'Thank you for telling us' },
    doneText: { interested: 'Someone will be in touch about it soon.', not_this_time: 'We will not ask you about this one again.' },
    reference: (r: string) => `Your reference is ${r}.`,
    waitingList: 'All the places are taken, so you are on the waiting list. We will tell you if a place comes up.',
    closed: 'This opportunity has closed',
    closedText: 'It closed before your answer reached us, so nothing was sent. We will still tell you about other opportunities, unless you asked us not to.',
    invalid: 'This invitation link does not work',
    invalidText: 'It may have been withdrawn. Nothing was changed. Contact the council if you would like to take part.',
  },
  cy: {
    page: 'Eich gwahoddiad',
    ask: { interested: (t: string) => `Dweud bod gennych ddiddordeb yn “${t}”?`, not_this_time: (t: string) => `Dweud “dim y tro hwn” i “${t}”?` },
    askText: { interested: 'Byddwn yn anfon y manylion a roesoch yn eich proffil, felly nid oes angen i chi deipio dim. Bydd rhywun yn cysylltu.', not_this_time: 'Mae hynny’n iawn. Byddwn yn dal i ofyn i chi am bethau eraill, oni bai eich bod yn dweud wrthym am beidio.' },
    button: { interested: 'Oes, mae gen i ddiddordeb', not_this_time: 'Dim y tro hwn' },
    done: { interested: 'Diolch: mae eich diddordeb gennym', not_this_time: 'Diolch am ddweud wrthym' },
    doneText: { interested: 'Bydd rhywun yn cysylltu am hyn yn fuan.', not_this_time: 'Ni fyddwn yn gofyn i chi am hwn eto.' },
    reference: (r: string) => `Eich cyfeirnod yw ${r}.`,
    waitingList: 'Mae’r holl leoedd wedi’u llenwi, felly rydych chi ar y rhestr aros. Byddwn yn dweud wrthych os daw lle ar gael.',
    closed: 'Mae’r cyfle hwn wedi cau',
    closedText: 'Fe gaeodd cyn i’ch ateb ein cyrraedd, felly ni anfonwyd dim. Byddwn yn dal i ddweud wrthych am gyfleoedd eraill, oni bai eich bod wedi gofyn i ni beidio.',
    invalid: 'Nid yw’r ddolen wahoddiad hon yn gweithio',
    invalidText: 'Efallai ei bod wedi’i thynnu’n ôl. Ni newidiwyd dim. Cysylltwch â’r cyngor os hoffech gymryd rhan.',
  },
};

export function answerPage(reply: FastifyReply, status: number, view: AnswerView): FastifyReply {
  const cy = view.kind === 'invalid' ? view.languages[0] === 'cy' : view.cy;
  const c = cy ? COPY.cy : COPY.en;
  let body: string;
  let title: string = c.page;
  // The title by the widgets' rule (src/core/text-in.ts textIn), escaped; lang="en-GB" where a Welsh page shows the English (WCAG 3.1.2).
  const named = (t: Title): string => {
    const shown = textIn(cy ? 'cy' : 'en-GB', t);
    return shown.lang === 'en-GB' ? `<span lang="en-GB">${esc(shown.text)}</span>` : esc(shown.text);
  };
  if (view.kind === 'invalid') {
    const copy = (language: Language) => (language === 'cy' ? COPY.cy : COPY.en);
    body = `<h1>${c.invalid}</h1><p>${c.invalidText}</p>${view.languages
      .slice(1)
      .map((language) => `<section lang="${language}"><h2>${copy(language).invalid}</h2><p>${copy(language).invalidText}</p></section>`)
      .join('')}`;
    title = view.languages.map((language) => copy(language).page).join(' / ');
  } else if (view.kind === 'closed') body = `<h1>${c.closed}</h1><p>${named(view.title)}</p><p>${c.closedText}</p>`;
  else if (view.kind === 'ask') {
    body = `<h1>${c.ask[view.answer](named(view.title))}</h1><p>${c.askText[view.answer]}</p><form method="post" action="${esc(view.action)}"><button type="submit">${c.button[view.answer]}</button></form>`;
  } else {
    body = `<h1>${c.done[view.answer]}</h1><p>${named(view.title)}</p><p>${c.doneText[view.answer]}${view.reference ? ` ${esc(c.reference(view.reference))}` : ''}</p>${view.waitingList ? `<p>${c.waitingList}</p>` : ''}`;
  }
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="${cy ? 'cy' : 'en-GB'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${body}</main></body></html>`);
}
