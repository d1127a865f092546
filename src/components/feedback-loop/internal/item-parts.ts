import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackItem, FeedbackStatus, Taxonomy } from '../../../api/types.js';
import { formatDate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { feedbackStatusIcons, feedbackStatuses, label, termText } from '../../../core/vocabulary.js';
import type { HearBack } from './hear-back.js';
import type { ViewContext } from './view-context.js';

/** What a support button needs to know and do for one item. */
export interface SupportState {
  supporters: number;
  supported: boolean;
  pending: boolean;
  error: string | undefined;
  onSupport: () => void;
  /** For an item this device supported (now or on an earlier visit): "Tell me when this changes", then its form. */
  offer: (() => void) | undefined;
  hearBack: HearBack | undefined;
}

/** The status as a tag: words and an icon of its own, so it never depends on telling colours apart. */
export function statusBadge(context: ViewContext, status: FeedbackStatus): TemplateResult {
  return html`<p class="status status-${status}" part="status" data-status=${status}>
    ${icon(feedbackStatusIcons[status])}<span class="visually-hidden">${context.t('statusLabel')}: </span><span class="status-words"
      >${label(feedbackStatuses, status, context.locale)}</span
    >
  </p>`;
}

/** Topic, date and how many others said the same: each with its icon and a label in words. */
export function itemFacts(context: ViewContext, item: FeedbackItem, taxonomy: Taxonomy | undefined, supporters: number): TemplateResult {
  const { t, locale } = context;
  const topic = termText(locale, taxonomy?.topics, item.topic);
  return html`<dl class="facts">
    <div class="fact">
      <dt>${icon('chat')} ${t('topicLabel')}</dt>
      <dd lang=${topic.lang}>${topic.text}</dd>
    </div>
    <div class="fact">
      <dt>${icon('calendar')} ${t('saidOn')}</dt>
      <dd><time datetime=${item.createdAt}>${formatDate(locale, item.createdAt)}</time></dd>
    </div>
    <div class="fact">
      <dt>${icon('people')} ${t('othersLabel')}</dt>
      <dd id="others-${item.id}" class="others">${t('others', supporters)}</dd>
    </div>
  </dl>`;
}

/** "I said this too": once per browser; afterwards it says "You said this too" and does nothing. */
export function supportButton(context: ViewContext, item: FeedbackItem, support: SupportState): TemplateResult {
  const { t } = context;
  const inactive = support.supported || support.pending;
  const onClick = (): void => {
    if (!inactive) support.onSupport();
  };
  return html`<div class="support">
    <button
      type="button"
      class="button secondary support-button ${support.supported ? 'supported' : ''}"
      part="support-button"
      data-support=${item.id}
      aria-disabled=${inactive ? 'true' : 'false'}
      aria-describedby="others-${item.id}"
      @click=${onClick}
    >
      ${support.supported
        ? html`${icon('check')} ${t('youSaidThisToo')}`
        : support.pending
          ? t('supporting')
          : html`${icon('people')} ${t('saidThisToo')}`}
    </button>
    ${support.error ? html`<p class="error-message support-error">${support.error}</p>` : nothing}
    ${support.hearBack
      ? support.hearBack.render(context)
      : support.offer
        ? html`<button type="button" class="button secondary" data-hear-back=${item.id} @click=${support.offer}>${t('hearBackOffer')}</button>`
        : nothing}
  </div>`;
}
