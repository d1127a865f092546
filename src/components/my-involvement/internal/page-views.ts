import { html, nothing, type TemplateResult } from 'lit';
import type { ApiErrorKind } from '../../../api/errors.js';
import type { FeedbackItem, FeedbackUpdate, MyInterest, MyInvolvement } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { hrefFor } from '../../../core/href.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { feedbackStatusLabel } from '../../../core/feedback-status-words.js';
import { feedbackStatusIcons } from '../../../core/vocabulary.js';
import { textIn, updateIn, writtenIn } from '../../../core/text-in.js';
import type { Strings } from './sign-in-views.js';

interface View {
  t: Strings;
  level: number;
  locale: Locale;
  /** The status words on the feedback cards follow it, as the record's do. */
  readingLevel: ReadingLevel;
  /** The page's `opportunity-href`: an interest's title links to its opportunity there. */
  opportunityHref?: string | undefined;
}

const interestWords = { new: 'interestNew', contacted: 'interestContacted', joined: 'interestJoined', not_this_time: 'interestNotThisTime' } as const;
const interestIcons = { new: 'clock', contacted: 'mail', joined: 'check', not_this_time: 'cross' } as const;

/** An opportunity's title in the reader's language (marked English where it has no Welsh), as a link when the page said where opportunities are shown. */
function linked(view: View, id: string, title: { en: string; cy?: string }): TemplateResult {
  const shown = textIn(view.locale, title);
  return view.opportunityHref ? html`<a href=${hrefFor(view.opportunityHref, id)} lang=${shown.lang}>${shown.text}</a>` : html`<span lang=${shown.lang}>${shown.text}</span>`;
}

export function interestsView(view: View, interests: readonly MyInterest[]): TemplateResult {
  const { t, level, locale } = view;
  return html`<section class="section" aria-labelledby="interests-title">
    ${heading(level + 1, t('interestsTitle'), { id: 'interests-title' })}
    ${interests.length === 0
      ? html`<p class="none">${t('noInterests')}</p>`
      : html`<ul class="cards interests">
          ${interests.map(
            (i) => html`<li class="card" data-status=${i.status}>
              ${heading(level + 2, linked(view, i.opportunityId, i.opportunityTitle), { className: 'card-title' })}
              <p class="status">${icon(interestIcons[i.status])} ${t(interestWords[i.status])}</p>
              <p class="meta">${t('sentOn', formatDate(locale, i.createdAt))} · ${t('reference', i.reference)}</p>
            </li>`,
          )}
        </ul>`}
  </section>`;
}

const updateKinds: Record<FeedbackUpdate['kind'], Record<Locale, string>> = {
  heard: { 'en-GB': 'What we heard', cy: 'Beth glywsom ni' },
  doing: { 'en-GB': 'What we are doing', cy: 'Beth rydym yn ei wneud' },
  changed: { 'en-GB': 'We did', cy: 'Gwnaethom' },
  not_changed: { 'en-GB': 'Why we could not', cy: 'Pam na allem' },
};

/** A staff update in the reader's language: its Welsh version to a Welsh reader, else marked with its own (core/text-in.ts). */
function updateText(locale: Locale, update: FeedbackUpdate): TemplateResult {
  const shown = updateIn(locale, update);
  return html`<p class="update-text" lang=${shown.lang}>${shown.text}</p>`;
}

function updatesView(view: View, item: FeedbackItem): TemplateResult {
  const { t, level, locale } = view;
  return html`${heading(level + 3, t('updatesTitle'), { className: 'updates-title' })}
    ${item.updates.length === 0
      ? html`<p class="none">${t('noUpdates')}</p>`
      : html`<ol class="timeline">
          ${item.updates.map(
            (u) => html`<li class="update" data-kind=${u.kind}>
              <p class="update-head"><strong>${updateKinds[u.kind][locale]}</strong> · <time datetime=${u.createdAt}>${formatDate(locale, u.createdAt)}</time></p>
              ${updateText(locale, u)}
              ${u.links?.length ? html`<ul class="links">${u.links.map((l) => html`<li lang=${writtenIn(u)}><a href=${l.url} rel="noopener noreferrer">${l.title}</a></li>`)}</ul>` : nothing}
              ${u.author ? html`<p class="meta">${u.author}</p>` : nothing}
            </li>`,
          )}
        </ol>`}`;
}

export function feedbackView(view: View, items: readonly FeedbackItem[]): TemplateResult {
  const { t, level, locale, readingLevel } = view;
  return html`<section class="section" aria-labelledby="feedback-title">
    ${heading(level + 1, t('feedbackTitle'), { id: 'feedback-title' })}
    ${items.length === 0
      ? html`<p class="none">${t('noFeedback')}</p>`
      : html`<ul class="cards feedback">
          ${items.map(
            (item) => html`<li class="card" id=${`feedback-${item.id}`} tabindex="-1" data-status=${item.status}>
              ${heading(level + 2, html`${icon(feedbackStatusIcons[item.status])} ${feedbackStatusLabel(item.status, locale, readingLevel)}`, { className: 'card-title' })}
              <p class="meta">${t('sentOn', formatDate(locale, item.createdAt))} · ${t('reference', item.reference)}</p>
              <figure class="said">
                <figcaption>${t('youSaid')}</figcaption>
                <blockquote lang=${writtenIn(item)}>${item.text}</blockquote>
              </figure>
              ${item.published ? html`<p class="meta">${t('published')}</p>` : nothing}
              ${item.mergedInto ? html`<p class="meta">${t('merged')}</p>` : nothing}
              ${updatesView(view, item)}
            </li>`,
          )}
        </ul>`}
  </section>`;
}

export function eraseView(view: View & { confirming: boolean; erasing: boolean; failed?: ApiErrorKind; onAsk: () => void; onYes: () => void; onNo: () => void }): TemplateResult {
  const { t, level } = view;
  return html`<section class="section erase" aria-labelledby="erase-title">
    ${heading(level + 1, t('eraseTitle'), { id: 'erase-title' })}
    <p class="lines">${t('eraseIntro')}</p>
    ${view.confirming
      ? html`<div class="panel error confirm" role="group" aria-labelledby="erase-confirm-title">
          ${heading(level + 2, t('eraseConfirmTitle'), { id: 'erase-confirm-title', tabindex: '-1' })}
          <p>${t('eraseConfirm')}</p>
          ${view.failed ? html`<p class="error-message lines" id="erase-failed" data-erase-failed>${t('apiError', view.failed)}</p>` : nothing}
          <div class="button-group">
            <button class="button warning" type="button" data-erase-yes aria-describedby=${view.failed ? 'erase-failed' : nothing} aria-disabled=${view.erasing ? 'true' : 'false'} @click=${view.onYes}>${view.erasing ? t('erasing') : t('eraseYes')}</button>
            <button class="button secondary" type="button" @click=${view.onNo}>${t('eraseNo')}</button>
          </div>
        </div>`
      : html`<button class="button warning" type="button" data-erase @click=${view.onAsk}>${t('eraseButton')}</button>`}
  </section>`;
}

export const isEmpty = (page: MyInvolvement): boolean => page.profiles.length === 0 && page.interests.length === 0 && page.feedback.length === 0;
