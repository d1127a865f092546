import { html, nothing, type TemplateResult } from 'lit';
import type { Opportunity } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { translator, type MessageSet, type Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { keepWhole } from '../../../core/keep-whole.js';
import { accessIcon, heartIcon, shareIcon } from '../../../core/icons-more.js';
import { textIn } from '../../../core/text-in.js';
import { renderAccessFeatures, renderFullFacts } from '../../../shared/card/card-full.js';
import { localised, type LocalisedBrief } from '../../../shared/card/plain-words.js';
import { cardMessages } from '../../../shared/card/card.messages.js';
import { inEnglishOnly, langOf, namingTheButton } from '../../../shared/card/language.js';
import { sessionWhen, whenFromSessions } from '../../../shared/card/session-words.js';
import { payLines } from '../../../shared/pay/pay-view.js';
import { hasCalendarEvents } from './calendar-file.js';
import { cancelledNotice } from './interest-form.js';

export interface BriefViewOptions {
  opportunity: Opportunity;
  t: Translate<MessageSet>;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** The widget's top heading level; each question is one deeper. */
  level: number;
  today: Date | undefined;
  /** Whether to offer "I'm interested" (open, and nothing sent yet). */
  offerInterest: boolean;
  shareLink: string;
  /** The "I'm interested" section, below the brief. */
  interest: unknown;
  onGoToForm: (event: Event) => void;
  onCalendar: () => void;
  onCopyLink: () => void;
}

/** The council's paragraphs, each date and phone number in them kept whole (never cut across two lines at 320 px). */
const paragraphs = (text: string, lang: string | typeof nothing = nothing, name: (paragraph: string) => unknown = (paragraph) => paragraph) =>
  text.split(/\n\s*\n/).map((paragraph) => html`<p lang=${lang}>${name(keepWhole(paragraph))}</p>`);

/**
 * The brief's "when" as the reader sees it: where the council wrote no Welsh "when" but gave the
 * sessions, a Welsh reader's is the sessions in Welsh, one a line, not the English summary; a day
 * is never cut from its month.
 */
function whenInReadersWords(opportunity: Opportunity, locale: Locale): Opportunity {
  const sessions = opportunity.when.sessions ?? [];
  const welsh = opportunity.translations?.cy;
  const when = whenFromSessions(opportunity, locale) ? sessions.map((session) => sessionWhen(locale, session)).join('\n') : welsh?.when && keepWhole(welsh.when);
  // The council's own summary, its days held to their months ("Tuesday 15 December, 10am").
  return { ...opportunity, when: { ...opportunity.when, summary: keepWhole(opportunity.when.summary) }, ...(when ? { translations: { ...opportunity.translations, cy: { ...welsh, when } } } : {}) };
}

const BRIEF_TEXTS = ['title', 'summary', 'description', 'experienceNeeded', 'timeCommitment', 'when', 'howToGetInvolved'] as const;

/** The whole brief under the recipe's questions, with "Add to calendar" (not once cancelled) and a link to share; a cancelled one says so first. */
export function briefView(o: BriefViewOptions): TemplateResult {
  const { t, locale, readingLevel } = o;
  const opportunity = whenInReadersWords(o.opportunity, locale);
  // Sessions in Welsh instead of the English summary: the sessions list below says when.
  const replaced = whenFromSessions(o.opportunity, locale);
  // Under "When and where?" the sessions, one an item, say when; the summary stays in "When" at the top
  // (session 22's screenshots: an English reader read the four workshops three times over).
  const listed = (o.opportunity.when.sessions ?? []).length > 0;
  const brief = localised(opportunity, locale);
  const sub = o.level + 1;
  const lang = (field: keyof LocalisedBrief) => langOf(opportunity, locale, field);
  // Who runs it, in the reader's language (textIn's rule), lang="en-GB" where a Welsh reader gets its English name.
  const organisation = textIn(locale, opportunity.organisation.name);
  const partlyEnglish = BRIEF_TEXTS.some((field) => inEnglishOnly(opportunity, locale, field));
  return html`<article class="opportunity" aria-labelledby="opportunity-title">
    ${heading(o.level, html`<span lang=${lang('title')}>${brief.title}</span>`, { id: 'opportunity-title', className: 'title', tabindex: '-1' })}
    ${cancelledNotice(opportunity, t, locale)}
    ${readingLevel === 'easy-read' && brief.easyReadSummary
      ? html`<div class="easy-read-summary" lang=${lang('easyReadSummary')}>${brief.easyReadSummary.split('\n').filter(Boolean).map((line) => html`<p>${line}</p>`)}</div>`
      : html`<p class="lead" lang=${lang('summary')}>${brief.summary}</p>`}
    ${partlyEnglish ? html`<p class="muted lang-note">${translator(cardMessages, locale, readingLevel)('partlyInEnglish')}</p>` : nothing}
    <p class="muted" lang=${organisation.lang}>${organisation.text}</p>
    ${renderFullFacts(opportunity, { locale, readingLevel, today: o.today })}
    <div class="button-group actions no-print">
      ${o.offerInterest ? html`<a class="button" href="#interest-heading" @click=${o.onGoToForm}>${icon(heartIcon)} ${t('imInterested')}</a>` : nothing}
      ${opportunity.status !== 'cancelled' && hasCalendarEvents(opportunity)
        ? html`<button type="button" class="button secondary calendar" @click=${o.onCalendar}>${icon('calendar')} ${t('addToCalendar')}</button>`
        : nothing}
    </div>

    <section class="brief-section" aria-labelledby="s-what">
      ${heading(sub, html`${t('whatIsIt')}`, { id: 's-what' })}
      ${paragraphs(brief.description, lang('description'))}
    </section>
    <section class="brief-section" aria-labelledby="s-experience">
      ${heading(sub, html`${t('experience')}`, { id: 's-experience' })}
      ${paragraphs(brief.experienceNeeded, lang('experienceNeeded'))}
      ${opportunity.skills?.length
        ? html`<p><strong>${t('skills')}</strong></p>
            <ul>
              ${opportunity.skills.map((skill) => html`<li lang=${locale === 'cy' ? 'en-GB' : nothing}>${skill}</li>`)}
            </ul>`
        : nothing}
    </section>
    <section class="brief-section" aria-labelledby="s-time">
      ${heading(sub, html`${t('timeCommitment')}`, { id: 's-time' })}
      <p>${icon('clock')} <span lang=${lang('timeCommitment')}>${brief.timeCommitment}</span></p>
      ${brief.prepTime ? html`<p><strong>${t('prepTime')}:</strong> <span lang=${lang('prepTime')}>${brief.prepTime}</span></p>` : nothing}
    </section>
    ${whenWhere({ ...o, opportunity }, replaced || listed ? nothing : html`<span lang=${lang('when')}>${brief.when}</span>`, sub)}
    <section class="brief-section" aria-labelledby="s-involved">
      ${heading(sub, html`${t('howToGetInvolved')}`, { id: 's-involved' })}
      ${paragraphs(brief.howToGetInvolved, lang('howToGetInvolved'), (paragraph) => namingTheButton(paragraph, locale, t('imInterested')))}
      ${opportunity.contact?.name
        ? html`<p>
            <strong>${t('contactPerson')}:</strong> ${opportunity.contact.name}${opportunity.contact.email
              ? html`, <a href="mailto:${opportunity.contact.email}">${opportunity.contact.email}</a>`
              : nothing}${opportunity.contact.phone ? html`, ${keepWhole(opportunity.contact.phone)}` : nothing}
          </p>`
        : nothing}
    </section>
    <section class="brief-section" aria-labelledby="s-pay">
      ${heading(sub, html`${t('payAndSupport')}`, { id: 's-pay' })}
      ${payLines(opportunity.payment, locale, readingLevel)}
      ${brief.paymentNotes ? html`<p lang=${lang('paymentNotes')}>${brief.paymentNotes}</p>` : nothing}
      ${renderAccessFeatures(opportunity, { locale, readingLevel }, o.level + 2)}
      ${brief.supportOffered ? paragraphs(brief.supportOffered, lang('supportOffered')) : nothing}
    </section>
    <section class="brief-section share no-print" aria-labelledby="s-share">
      ${heading(sub, html`${t('shareHeading')}`, { id: 's-share' })}
      <label class="label" for="share-link">${t('shareLabel')}</label>
      <div class="share-row">
        <input class="input" id="share-link" type="url" readonly .value=${o.shareLink} />
        <button type="button" class="button secondary copy" @click=${o.onCopyLink}>${icon(shareIcon)} ${t('copyLink')}</button>
      </div>
    </section>
    <section class="interest" aria-labelledby="interest-heading">
      ${o.interest}
    </section>
  </article>`;
}

/** When and where: the sessions, the venue (with step-free access) and how to join online. */
function whenWhere({ opportunity, t, locale }: BriefViewOptions, when: unknown, sub: number): TemplateResult {
  const venue = opportunity.where.venue;
  const sessions = opportunity.when.sessions ?? [];
  return html`<section class="brief-section" aria-labelledby="s-when">
    ${heading(sub, html`${t('whenWhere')}`, { id: 's-when' })}
    ${when === nothing ? nothing : html`<p>${icon('calendar')} ${when}</p>`}
    ${sessions.length
      ? html`<p><strong>${t('sessions')}</strong></p>
          <ul class="sessions">
            ${sessions.map(
              (session) =>
                html`<li>
                  ${sessionWhen(locale, session)}${session.label ? html`: <span lang=${locale === 'cy' ? 'en-GB' : nothing}>${session.label}</span>` : nothing}${session.venue ? html`, ${session.venue}` : nothing}${session.onlineLink ? html`, ${/^https?:\/\//i.test(session.onlineLink) ? html`<a href=${session.onlineLink}>${session.onlineLink}</a>` : session.onlineLink}` : nothing}
                </li>`,
            )}
          </ul>`
      : nothing}
    ${venue && opportunity.where.modes.includes('in_person')
      ? html`<p>
          ${icon('location')} <strong>${t('venue')}:</strong> ${[venue.name, venue.address, venue.postcode].filter(Boolean).join(', ')}
        </p>
        ${venue.stepFree === undefined ? nothing : html`<p>${icon(accessIcon)} ${venue.stepFree ? t('stepFree') : t('notStepFree')}</p>`}`
      : nothing}
    ${opportunity.where.modes.includes('online') && opportunity.where.onlineDetails
      ? html`<p>${icon('online')} <strong>${t('online')}:</strong> ${opportunity.where.onlineDetails}</p>`
      : nothing}
  </section>`;
}
