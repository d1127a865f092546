import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackItem, FeedbackUpdate, Taxonomy } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import { formatDate, translator, type Translate } from '../../../core/i18n.js';
import { icon, type AnyIcon } from '../../../core/icons.js';
import { earIcon } from '../../../core/icons-more.js';
import { itemFacts, statusBadge, supportButton, type SupportState } from './item-parts.js';
import { timelineMessages } from './timeline.messages.js';
import type { ViewContext } from './view-context.js';
import { keepWhole } from '../../../core/keep-whole.js';
import { updateIn, writtenIn } from '../../../core/text-in.js';

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. Here, with its one caller (loaded when an item opens), not in the board's first paint. */
function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type Words = Translate<(typeof timelineMessages)['en-GB']>;

const kindIcons: Record<FeedbackUpdate['kind'], AnyIcon> = { heard: earIcon, doing: 'clock', changed: 'check', not_changed: 'cross' };

/** The links staff gave with an update, titled in the update's own language (they have no Welsh version): each marked with it. */
function linkList(t: Words, { links, language }: FeedbackUpdate): TemplateResult | typeof nothing {
  if (!links?.length) return nothing;
  const lang = writtenIn({ language });
  return html`<ul class="update-links" aria-label=${t('linksLabel')}>
    ${links.map((link) => {
      const href = safeHttpUrl(link.url);
      return html`<li lang=${lang}>${href ? html`<a href=${href} rel="noopener noreferrer">${link.title}</a>` : link.title}</li>`;
    })}
  </ul>`;
}

function updateEntry(context: ViewContext, t: Words, update: FeedbackUpdate): TemplateResult {
  const { locale } = context;
  // The Welsh version to a Welsh reader where staff gave one, else the update marked with its own language (core/text-in.ts).
  const shown = updateIn(locale, update);
  return html`<li class="entry entry-${update.kind}" part="timeline-entry">
    ${heading(context.level + 3, html`${icon(kindIcons[update.kind])} ${t('updateKind', update.kind)}`, { className: 'entry-title' })}
    <p class="entry-date muted">${icon('calendar')} <time datetime=${update.createdAt}>${formatDate(locale, update.createdAt)}</time></p>
    <p class="entry-text" lang=${shown.lang}>${keepWhole(shown.text)}</p>
    ${linkList(t, update)} ${update.author ? html`<p class="muted entry-author">${t('postedBy', update.author)}</p>` : nothing}
  </li>`;
}

/** Words with the reference in them kept on one line ("FB-8M2D" is never cut at its hyphen at 320 px); read the same. */
function wholeReference(words: string, reference: string): TemplateResult | string {
  const at = words.indexOf(reference);
  return at < 0 ? words : html`${words.slice(0, at)}<span class="reference">${reference}</span>${words.slice(at + reference.length)}`;
}

/** One item: what was said, then every dated staff update, newest last. */
export function itemTimeline(context: ViewContext, item: FeedbackItem, taxonomy: Taxonomy, support: SupportState): TemplateResult {
  const { locale } = context;
  // Its own words, loaded with it (the element waited for them in the reader's language).
  const t: Words = translator(timelineMessages, locale, context.easyRead ? 'easy-read' : 'standard');
  const updates = [...item.updates].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return html`<article class="item-detail status-border-${item.status}" aria-labelledby="item-heading" part="item-detail">
    ${heading(context.level + 1, wholeReference(t('itemHeading', item.reference), item.reference), { id: 'item-heading', tabindex: '-1' })} ${statusBadge(context, item.status)}
    ${itemFacts(context, item, taxonomy, support.supporters)} ${supportButton(context, item, support)}
    ${heading(context.level + 2, t('timelineHeading'), { className: 'timeline-heading' })}
    <ol class="timeline" part="timeline">
      <li class="entry entry-said">
        ${heading(context.level + 3, html`${icon('chat')} ${t('whatWasSaid')}`, { className: 'entry-title' })}
        <p class="entry-date muted">${icon('calendar')} <time datetime=${item.createdAt}>${formatDate(locale, item.createdAt)}</time></p>
        <blockquote class="said" lang=${writtenIn(item)}><p>${item.text}</p></blockquote>
      </li>
      ${updates.map((update) => updateEntry(context, t, update))}
    </ol>
    ${updates.length === 0 ? html`<p class="lines muted">${t('noUpdatesYet')}</p>` : nothing}
  </article>`;
}
