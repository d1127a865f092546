import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { errorKind } from '../../../api/errors.js';
import type { FeedbackItem, Taxonomy } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { loadingView } from '../../../core/status-views.js';
import type { SupportState } from './item-parts.js';
import type { itemTimeline } from './timeline.js';
import type { ViewContext } from './view-context.js';

/** A load failed: what happened, "Try again", and the page's own way if it gave one. */
export function problemView(
  context: ViewContext,
  titleKey: 'boardErrorTitle' | 'topicsErrorTitle',
  error: unknown,
  retry: () => void,
  fallbackHref: string | undefined,
): TemplateResult {
  const { t } = context;
  return html`<div class="panel error" part="error" role="alert">
    ${heading(context.level + 1, t(titleKey), { className: 'panel-title' })}
    <p>${t('apiError', errorKind(error))}</p>
    <div class="button-group">
      <button type="button" class="button secondary" @click=${retry}>${t('retry')}</button>
      ${fallbackHref ? html`<a href=${fallbackHref}>${t('fallbackLink')}</a>` : nothing}
    </div>
  </div>`;
}

export interface ItemViewOptions {
  /** The item's load, as its task stands. */
  task: { status: TaskStatus; value?: { item: FeedbackItem; taxonomy: Taxonomy } | undefined; error: unknown; run: () => unknown };
  openId: string | undefined;
  support: (item: FeedbackItem) => SupportState;
  /** The item's timeline (internal/timeline.ts), loaded the first time an item opens. */
  timeline: typeof itemTimeline | undefined;
  /** The timeline's code failed to load: said as a network failure, with "Try again". */
  failed: boolean;
  onRetry: () => void;
  onBack: () => void;
}

/** One item opened from the board: its timeline (or why it cannot be shown), with a way back. */
export function itemView(context: ViewContext, { task, openId, support, timeline, failed, onRetry, onBack }: ItemViewOptions): TemplateResult {
  const { t } = context;
  const loaded = task.value;
  let body: unknown;
  if (task.status === TaskStatus.ERROR || failed) {
    const kind = task.status === TaskStatus.ERROR ? errorKind(task.error) : 'network';
    const notFound = kind === 'not-found';
    body = html`<div class="panel error" part="error">
      ${heading(context.level + 1, t('itemErrorTitle'), { id: 'item-heading', tabindex: '-1', className: 'panel-title' })}
      <p class="lines">${notFound ? t('itemNotFound') : t('apiError', kind)}</p>
      ${notFound ? nothing : html`<button type="button" class="button secondary" @click=${() => void (task.status === TaskStatus.ERROR ? task.run() : onRetry())}>${t('retry')}</button>`}
    </div>`;
  } else if (task.status === TaskStatus.COMPLETE && loaded && loaded.item.id === openId && timeline) {
    body = timeline(context, loaded.item, loaded.taxonomy, support(loaded.item));
  } else {
    body = loadingView(t('loadingItem'), { rows: 2 });
  }
  const back = html`<button type="button" class="button link back" @click=${onBack}>${icon('arrowLeft')} ${t('backToBoard')}</button>`;
  // A long timeline gets a way back at its end too, so nobody has to tab all the way up.
  return html`<div id="item-view" class="item-view" tabindex="-1">${back} ${body} ${task.status === TaskStatus.COMPLETE && timeline ? back : nothing}</div>`;
}

/** The board's section: its heading and introduction over the filters and items, or one item. */
export function boardSection({ t, level }: ViewContext, content: unknown): TemplateResult {
  return html`<section class="board" part="board" aria-labelledby="board-heading">
    ${heading(level, t('boardHeading'), { id: 'board-heading', tabindex: '-1' })}
    <p class="intro lines">${t('boardIntro')}</p>
    ${content}
  </section>`;
}

/** The give-feedback section: its heading and introduction (not over the confirmation) over the form part's content (the draft notice, the form or the confirmation). */
export function formSection({ t, level }: ViewContext, sent: boolean, content: unknown): TemplateResult {
  return html`<section class="give-feedback" part="form-section" aria-labelledby="form-heading">
    ${heading(level, t('formHeading'), { id: 'form-heading', tabindex: '-1' })}
    ${sent ? nothing : html`<p class="intro lines">${t('formIntro')}</p>`}
    ${content}
  </section>`;
}

/** The form behind a button (`collapse-form`): one press opens it. */
export function askForForm({ t }: ViewContext, onOpen: () => void): TemplateResult {
  return html`<button type="button" class="button give-feedback-button" aria-expanded="false" @click=${onOpen}>${icon('chat')} ${t('giveFeedback')}</button>`;
}
