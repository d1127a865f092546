import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import { checkBody, limitFor, ruleFor } from '../../../api/rules-check.js';
import { claimAnswerRules } from '../../../api/rules.js';
import type { Claim } from '../../../api/types.js';
import { errorSummary, fieldId, FormController, formSpeech, textField } from '../../../core/forms/index.js';
import { icon } from '../../../core/icons.js';
import type { CoprodErrorAction } from '../../../events/events.js';
import type { MissingHost } from './missing-sessions.js';

interface AnswerValues {
  text: string;
}

export interface AnswerDeps {
  api: () => CoprodApi | undefined;
  me: () => MeCallOptions;
  t: (key: string, ...args: unknown[]) => string;
  announce: (text: string) => void;
  reportError: (action: CoprodErrorAction, error: unknown) => void;
}

/**
 * The person's answer to a question staff asked about a claim: the box under the question, one
 * form per claim through FormController like every form. Its field is `answer.<claim>.text` (the
 * server's `text` problems land there), checked by the contract's answer rules and worded from
 * the code in the reader's language at the box and in the form's own error summary, which takes
 * focus; a failure naming no field is a focused alert in the reader's words; what was typed stays;
 * a retry of the same answer sends the same idempotency key, so it cannot be sent twice.
 */
export class ClaimAnswers implements ReactiveController {
  private readonly forms = new Map<string, FormController<AnswerValues>>();
  private readonly sent = new Set<string>();

  constructor(
    private readonly host: MissingHost,
    private readonly deps: AnswerDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The claim's answer field: its own path, so each claim's box and summary have ids of their own. */
  private path(claim: Claim): string {
    return `answer.${claim.id}.text`;
  }

  private form(claim: Claim): FormController<AnswerValues> {
    const { t } = this.deps;
    const path = this.path(claim);
    let form = this.forms.get(claim.id);
    if (!form) {
      const answer: FormController<AnswerValues> = new FormController<AnswerValues>(this.host, {
        id: `answer-${claim.id.replace(/[^A-Za-z0-9]+/g, '-')}`,
        initial: { text: '' },
        validate: ({ text }) => answer.wordAll(checkBody(claimAnswerRules, { text: text.trim() }).map((problem) => ({ ...problem, field: path }))),
        // The words are the contract field's (`text`), with that rule's limit.
        word: ({ code, limit }) => (code === 'required' || code === 'too-short' ? t('eAnswer') : t('fieldProblem', code, limit ?? limitFor(ruleFor(claimAnswerRules, 'text'), code))),
        fieldOrder: [path],
        aliases: { text: path },
        // A 409: the question is no longer open (staff have since decided), not "someone else saved first".
        speech: formSpeech('public', () => t('sendingQuery'), (facts) => (facts.kind === 'conflict' ? t('answerClosed') : t('formFailure', facts))),
      });
      this.forms.set(claim.id, (form = answer));
    }
    return form;
  }

  view(claim: Claim, level: number): TemplateResult {
    const { t } = this.deps;
    if (this.sent.has(claim.id)) return html`<p class="saved" role="status">${icon('check')} ${t('answerSent')}</p>`;
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
