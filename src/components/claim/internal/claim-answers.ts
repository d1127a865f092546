import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { ApiError } from '../../../api/errors.js';
import type { Claim } from '../../../api/types.js';
import { BusyController } from '../../../core/controllers/busy-controller.js';
import { textField } from '../../../core/forms/index.js';
import { icon } from '../../../core/icons.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import type { QueryHost } from './attendance-queries.js';

interface AnswerRow {
  text: string;
  error?: string;
  sent?: boolean;
}

export interface AnswerDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  t: (key: string, ...args: unknown[]) => string;
  announce: (text: string) => void;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
}

/** The person's answer to a question staff asked about a claim: the box under the question, and sending it (once at a time). */
export class ClaimAnswers implements ReactiveController {
  private rows = new Map<string, AnswerRow>();
  private readonly busy: BusyController;

  constructor(
    private readonly host: QueryHost,
    private readonly deps: AnswerDeps,
  ) {
    host.addController(this);
    this.busy = new BusyController(host);
  }

  hostConnected(): void {}

  private set(id: string, row: AnswerRow): void {
    this.rows = new Map(this.rows).set(id, row);
    this.host.requestUpdate();
  }

  view(claim: Claim): TemplateResult {
    const { t } = this.deps;
    const answer = this.rows.get(claim.id) ?? { text: '' };
    if (answer.sent) return html`<p class="saved" role="status">${icon('check')} ${t('answerSent')}</p>`;
    const id = `answer-${claim.id}`;
    return html`<form class="answer" novalidate @submit=${(event: Event) => void this.send(event, claim)}>
      ${textField({ id, label: t('fAnswer'), error: answer.error, errorPrefix: t('errorPrefix'), value: answer.text, multiline: true, rows: 3, maxlength: 2000, onInput: (text) => this.set(claim.id, { text }) })}
      <button class="button" type="submit" aria-disabled=${this.busy.ariaDisabled(claim.id)}>${t('sendAnswer')}</button>
    </form>`;
  }

  private async send(event: Event, claim: Claim): Promise<void> {
    event.preventDefault();
    const api = this.deps.api();
    const { t } = this.deps;
    const answer = this.rows.get(claim.id) ?? { text: '' };
    if (!api?.answerClaimQuery) return;
    if (!answer.text.trim()) {
      this.set(claim.id, { ...answer, error: t('eAnswer') });
      await this.host.updateComplete;
      this.host.shadowRoot?.getElementById(`answer-${claim.id}`)?.focus();
      return;
    }
    await this.busy.run(claim.id, async () => {
      try {
        await api.answerClaimQuery!(claim.id, { text: answer.text.trim() }, { ...this.deps.me() });
        this.set(claim.id, { text: '', sent: true });
        this.deps.announce(t('answerSent'));
      } catch (error) {
        this.set(claim.id, { ...answer, error: t('apiError', (error as ApiError).kind ?? 'server') });
        this.deps.reportError('send', error);
      }
    });
  }
}
