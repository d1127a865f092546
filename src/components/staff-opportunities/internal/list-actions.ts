import type { ReactiveControllerHost } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { Opportunity, OpportunityStatus } from '../../../api/types.js';
import { versionOf } from '../../../api/versions.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { withStatus } from './brief-values.js';
import { ACTION_STATUS, DONE, type Action, type Confirming, type ListResult } from './list-view.js';

export interface ListActionsOptions {
  api: () => CoprodApi | undefined;
  t: () => Translate<MessageSet>;
  /** Opens the item's summary row (the confirm step is inside it). */
  open: (id: string) => void;
  /** The status was saved: keep the new version, say so, tell the page. */
  saved: (o: Opportunity, updated: Opportunity, to: OpportunityStatus, text: string) => void;
  /** The status was not saved: report it, and say why in words. */
  failed: (error: unknown) => string;
}

/**
 * Publish, close, mark filled and cancel from the list: the confirm step that is open, the item
 * being saved and the line saying what happened. Buttons are marked aria-disabled while saving
 * (so focus stays on them), and the guards here stop them acting.
 */
export class ListActions {
  confirming: Confirming | undefined;
  busyId: string | undefined;
  result: ListResult | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: ListActionsOptions,
  ) {}

  /** Changes what is shown, and draws it again. */
  set(next: Partial<Pick<ListActions, 'confirming' | 'busyId' | 'result'>>): void {
    Object.assign(this, next);
    this.host.requestUpdate();
  }

  private async focus(id: string | undefined, selector?: string): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    (id ? root?.getElementById(id) : root?.querySelector<HTMLElement>(selector!))?.focus();
  }

  async ask(o: Opportunity, action: Action): Promise<void> {
    if (this.busyId) return;
    this.set({ confirming: { id: o.id, action }, result: undefined });
    this.o.open(o.id);
    await this.focus(undefined, '.confirm');
  }

  async cancel(o: Opportunity): Promise<void> {
    if (this.busyId) return;
    this.set({ confirming: undefined });
    await this.focus(`opp-${o.id}`);
  }

  async setStatus(o: Opportunity, action: Action, reason?: string): Promise<void> {
    const api = this.o.api();
    if (!api || this.busyId) return;
    const t = this.o.t();
    const to = ACTION_STATUS[action];
    this.set({ busyId: o.id });
    try {
      // The status goes onto the brief as it is now, sent back with the version it was read at.
      const current = await api.getOpportunity(o.id);
      const updated = await api.updateOpportunity(o.id, withStatus(current, to, reason), { ifMatch: versionOf(current) });
      const text = t(DONE[action], o.title);
      this.set({ confirming: undefined, result: { kind: 'done', text } });
      this.o.saved(o, updated, to, text);
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 412;
      const why = this.o.failed(error);
      const text = conflict ? t('statusConflict', o.title) : `${t('actionFailed', o.title)} ${why}`;
      // A failed cancel keeps its confirm step open, with the reason staff typed, and says why there.
      if (action === 'cancel') this.set({ confirming: { id: o.id, action, reason, error: text } });
      else this.set({ result: { kind: 'failed', text }, confirming: undefined });
    } finally {
      this.set({ busyId: undefined });
    }
    await this.focus(this.confirming?.error ? `confirm-error-${o.id}` : 'result');
  }
}
