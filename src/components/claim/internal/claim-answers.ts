import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import { claimAnswerRules } from '../../../api/rules.js';
import type { Claim } from '../../../api/types.js';
import { errorSummary, fieldId, textField } from '../../../core/forms/index.js';
import { icon } from '../../../core/icons.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import type { MissingHost } from './missing-sessions.js';
import { TextAnswerForms } from './text-answer.js';

export interface AnswerDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  t: (key: string, ...args: unknown[]) => string;
  announce: (text: string) => void;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
}

/**
 * The person's answer to a question staff asked about a claim: the box under the question, one
 * form per claim, a text answer (text-answer.ts, as "Something wrong? Tell us" about a session's
 * times). Its field is `answer.<claim>.text`, checked by the contract's answer rules and worded in
 * the reader's language at the box and in the form's own error summary, which takes focus; a failure
 * naming no field is a focused alert in the reader's words; what was typed stays; a retry of the
 * same answer sends the same idempotency key, so it cannot be sent twice.
 */
export class ClaimAnswers implements ReactiveController {
  private readonly forms: TextAnswerForms;
  private readonly sent = new Set<string>();

  constructor(
    private readonly host: MissingHost,
    private readonly deps: AnswerDeps,
  ) {
    // A 409: the question is no longer open (staff have since decided), not "someone else saved first".
    this.forms = new TextAnswerForms(host, 'answer', () => ({ t: deps.t, rules: claimAnswerRules, empty: 'eAnswer', conflict: 'answerClosed' }));
    host.addController(this);
  }

  hostConnected(): void {}

  /** The claim's answer field: its own path, so each claim's box and summary have ids of their own. */
  private path(claim: Claim): string {
    return this.forms.path(claim.id);
  }

  private form(claim: Claim) {
    return this.forms.form(claim.id, `answer-${claim.id.replace(/[^A-Za-z0-9]+/g, '-')}`);
  }

  view(claim: Claim, level: number): TemplateResult {
    const { t } = this.deps;
    if (this.sent.has(claim.id)) return html`<p class="saved pre-line" role="status">${icon('check')} ${t('answerSent')}</p>`;
    const form = this.form(claim);
    const path = this.path(claim);
    return html`<form class="answer" novalidate @submit=${(event: Event) => void this.send(event, claim)}>
      ${errorSummary(t('errorSummaryTitle'), form, level)}
      ${form.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${form.failureText}</p>` : nothing}
      ${textField({ id: fieldId(path), label: t('fAnswer'), error: form.error(path), errorPrefix: t('errorPrefix'), value: form.values.text, multiline: true, rows: 3, maxlength: 2000, onInput: (text) => form.update({ text }) })}
      <button class="button" type="submit" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? t('sendingQuery') : t('sendAnswer')}</button>
    </form>`;
  }

  private async send(event: Event, claim: Claim): Promise<void> {
    event.preventDefault();
    const api = this.deps.api();
    if (!api?.answerClaimQuery) return;
    const me = this.deps.me();
    const form = this.form(claim);
    const saved = await form.submit((values, idempotencyKey) =>
      api.answerClaimQuery!(claim.id, { text: values.text.trim() }, { ...me, idempotencyKey }).catch((error: unknown) => {
        this.deps.reportError('send', error);
        throw error;
      }),
    );
    if (!saved) return;
    this.sent.add(claim.id);
    this.host.requestUpdate();
    this.deps.announce(this.deps.t('answerSent'));
  }
}
