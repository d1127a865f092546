/**
 * Messages to send by hand (issue 15 item 2): every letter, call and message through a supporter
 * still waiting, the longest waiting first, from `GET /messages/by-hand` (the people role; a message
 * about feedback, a claim or attendance is left out without that subject's role; an older server sent
 * one about feedback with `says` null, drawn as byHandHidden): to whom, how, what it says and since
 * when, paged with "Show more", each marked sent by hand (audited). Loaded on first use: the
 * element imports this module when staff ask for the list.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { ByHandMessage } from '../../../api/types.js';
import { BusyController } from '../../../core/controllers/busy-controller.js';
import { heading } from '../../../core/heading.js';
import type { Say } from './words.js';
import { keepWhole } from '../../../core/keep-whole.js';

export interface ByHandHost {
  api: () => CoprodApi | undefined;
  t: Say;
  errorText: (error: unknown) => string;
  reportError: (action: 'load' | 'save', error: unknown) => void;
  announce: (text: string) => void;
  /** Fires `coprod-message-done` (the workspace counts again). */
  done: (messageId: string) => void;
  /** Where to look for the list's elements (focus after loading and marking). */
  root: () => ParentNode;
}

/** Not asked yet (never: the part loads when asked), being asked, the messages, or why not. */
type State = 'loading' | { items: ByHandMessage[]; total: number; next: string | null } | string;

export class ByHandPart {
  state: State = 'loading';
  /** The one double-submit guard: "Show more" and each "Mark as sent by hand". */
  private readonly busy: BusyController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly h: ByHandHost,
  ) {
    this.busy = new BusyController(host);
  }

  /** The first page (or the next one, appended); the focus goes to the list, or the first new message. */
  async load(cursor?: string): Promise<void> {
    const api = this.h.api();
    if (!api?.listMessagesByHand) return;
    const before = typeof this.state === 'object' ? this.state.items : [];
    const loaded = await this.busy.run(cursor ? 'more' : 'first', async () => {
      if (!cursor) this.state = 'loading';
      try {
        const page = await api.listMessagesByHand!({ reason: 'contact', ...(cursor && { cursor }) });
        this.state = { items: [...before, ...page.items], total: page.total, next: page.nextCursor };
      } catch (error) {
        this.h.reportError('load', error);
        this.state = this.h.errorText(error);
      }
      return true;
    });
    if (!loaded) return;
    await this.host.updateComplete;
    const first = cursor && typeof this.state === 'object' ? this.state.items[before.length] : undefined;
    this.h.root().querySelector<HTMLElement>(first ? `#by-hand-${CSS.escape(first.id)}` : '[part="by-hand"], [part="by-hand-error"]')?.focus();
  }

  private async markDone(id: string): Promise<void> {
    const api = this.h.api();
    if (!api?.markMessageDone || typeof this.state !== 'object') return;
    const marked = await this.busy.run(`mark-${id}`, async () => {
      try {
        const done = await api.markMessageDone!(id, { idempotencyKey: crypto.randomUUID() });
        if (typeof this.state === 'object') this.state = { ...this.state, items: this.state.items.map((m) => (m.id === id ? { ...m, ...done } : m)) };
        this.h.announce(this.h.t('toldMarked'));
        this.h.done(id);
      } catch (error) {
        this.h.reportError('save', error);
        this.h.announce(this.h.errorText(error));
      }
      return true;
    });
    if (!marked) return;
    await this.host.updateComplete;
    this.h.root().querySelector<HTMLElement>(`#by-hand-${CSS.escape(id)}`)?.focus();
  }

  render(level: number): TemplateResult {
    const { t } = this.h;
    const s = this.state;
    const body =
      s === 'loading'
        ? html`<p role="status" aria-busy="true">${t('byHandLoading')}</p>`
        : typeof s === 'string'
          ? html`<p class="inline-error" part="by-hand-error" role="alert" tabindex="-1">${s}</p>`
          : !s.items.length
            ? html`<p part="by-hand" tabindex="-1">${t('byHandNone')}</p>`
            : html`<p part="by-hand" tabindex="-1">${t('byHandCount', s.total)}</p>
                <ol class="items">
                  ${s.items.map((m) => this.renderMessage(m, level + 1))}
                </ol>
                ${s.next
                  ? html`<button type="button" class="button secondary" part="by-hand-more" aria-disabled=${this.busy.isBusy('more') ? 'true' : 'false'} @click=${() => void this.load(s.next!)}>
                      ${t('byHandMore')}
                    </button>`
                  : nothing}`;
    return html`${body}`;
  }

  private renderMessage(m: ByHandMessage, level: number): TemplateResult {
    const { t } = this.h;
    const key = `told_${m.event}`;
    const what = t(key) === key ? t('told_other') : t(key);
    return html`<li class="item" id=${`by-hand-${m.id}`} tabindex="-1" data-by-hand=${m.status}>
      ${heading(level, `${t(`toldChannel_${m.channel}`)}: ${what}`)}
      <p><strong>${t('byHandTo')}</strong> ${keepWhole(m.to)}</p>
      <p>${t('byHandSince', m.createdAt)}${m.language === 'cy' ? ` · ${t('byHandWelsh')}` : ''}${m.readingLevel === 'easy-read' ? ` · ${t('byHandEasy')}` : ''}</p>
      ${m.says === null
        ? html`<p class="subtle">${t('byHandHidden')}</p>`
        : html`<p class="why-title">${t('byHandSays')}</p>
            <p class="by-hand-says pre-line" part="by-hand-says">${m.says}</p>`}
      ${m.status === 'manual'
        ? html`<button type="button" class="button secondary" part="by-hand-done" data-message=${m.id} aria-disabled=${this.busy.isBusy(`mark-${m.id}`) ? 'true' : 'false'}
            @click=${() => void this.markDone(m.id)}>${t('toldMarkDone')}</button>`
        : html`<p class="saved"><strong>${t(`toldStatus_${m.status}`)}</strong></p>`}
    </li>`;
  }
}
