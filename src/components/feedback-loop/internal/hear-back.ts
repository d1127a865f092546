import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { ApiError, errorKind } from '../../../api/errors.js';
import { newIdempotencyKey } from '../../../api/idempotency.js';
import { checkBody } from '../../../api/rules-check.js';
import { supporterRules } from '../../../api/rules-public.js';
import { choiceGroup, textField } from '../../../core/forms/index.js';
import { oftenField, type Frequency } from '../../../core/forms/often-field.js';
import { readingsReady, translator } from '../../../core/i18n.js';
import { contactMethods, label } from '../../../core/vocabulary.js';
import { wordFeedbackProblem } from './form-model.js';
import { hearBackMessages } from './hear-back.messages.js';
import { rememberAsked, supporterKey } from './supporter-key.js';
import type { ViewContext } from './view-context.js';

type Method = 'email' | 'text';
const METHODS: Method[] = ['email', 'text'];

/**
 * "Tell me when this changes", offered after "I said this too" (loaded on first use): email
 * or text, each time or a weekly summary (decisions go at once either way, and the words say
 * so), checked by the contract's supporter rules and worded as the feedback form words them,
 * then sent as the same supporter's support again (counted once; the server and InMemoryApi
 * add the contact). A problem, the client's or the server's field codes, is a focused alert
 * in the reader's language; what was typed stays.
 */
export class HearBack {
  private method: Method | '' = '';
  private detail = '';
  private frequency: Frequency = 'each_time';
  private shown = false;
  private errors: Record<string, string> = {};
  private alert = '';
  private sending = false;
  private readonly key = newIdempotencyKey();

  /** Asked on an earlier visit: says so, without announcing it (it is not news), and how to stop. */
  private readonly earlier: boolean;

  /** `done`: this device already asked (an earlier visit): it says they asked, and how to stop. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly id: string,
    private readonly api: () => CoprodApi | undefined,
    private done = false,
  ) {
    this.earlier = done;
    host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    (this.host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private set(change: { method?: Method | ''; detail?: string; frequency?: Frequency }): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private async send(event: Event, context: ViewContext): Promise<void> {
    event.preventDefault();
    const api = this.api();
    if (!api || this.sending) return;
    const { t } = context;
    const own = this.words(context);
    const reply = { method: this.method, detail: this.detail.trim() };
    this.errors = {};
    for (const problem of checkBody(supporterRules, { supporterKey: supporterKey(), reply })) this.errors[problem.field] ??= wordFeedbackProblem(problem, t, this.method);
    if (!this.method) delete this.errors['reply.detail'];
    this.alert = Object.values(this.errors).join('. ');
    if (!this.alert) {
      this.set({});
      this.sending = true;
      try {
        const method = this.method as Method;
        await api.supportFeedback(this.id, supporterKey(), {
          idempotencyKey: this.key,
          reply: { method, detail: reply.detail },
          messages: { channel: method, language: context.locale, readingLevel: context.easyRead ? 'easy-read' : 'standard', frequency: this.frequency },
        });
        this.done = true;
        rememberAsked(this.id);
      } catch (error) {
        const kind = errorKind(error);
        // The server's field codes, worded as ours are (the feedback form's FormController does the same).
        const fields = kind === 'validation' && error instanceof ApiError ? error.fieldErrorList : [];
        for (const problem of fields) this.errors[problem.field] ??= wordFeedbackProblem(problem, t, this.method);
        this.alert = fields.length ? Object.values(this.errors).join('. ') : `${own('hearBackFailed')} ${t('apiError', kind)}`;
        (this.host as unknown as HTMLElement).dispatchEvent(new CustomEvent('coprod-error', { bubbles: true, composed: true, detail: { action: 'support', kind, message: t('apiError', kind) } }));
      }
      this.sending = false;
    }
    this.set({});
    if (this.alert) void this.focus(`#hear-${this.id}-alert`);
  }

  private words(context: ViewContext) {
    return translator(hearBackMessages, context.locale, context.easyRead ? 'easy-read' : 'standard');
  }

  render(context: ViewContext): TemplateResult | typeof nothing {
    const { t, locale } = context;
    const id = `hear-${this.id}`;
    // Its own words load with it: wait for the reader's (a Welsh reader never sees English go by).
    const waiting = readingsReady(locale, context.easyRead ? 'easy-read' : 'standard');
    if (waiting) {
      void waiting.then(() => this.host.requestUpdate());
      return nothing;
    }
    const own = this.words(context);
    // Just asked: a status the screen reader reads. Asked on an earlier visit: plain words, true
    // even if they have since used a stop link, and not read out for every item as the page loads.
    if (this.done) {
      return this.earlier
        ? html`<div class="hear-back-done"><p class="lines">${own('hearBackAsked')}</p><p class="lines">${own('hearBackStop')}</p></div>`
        : html`<div class="hear-back-done" role="status"><p class="lines">${own('hearBackDone')}</p><p class="lines">${own('hearBackStop')}</p></div>`;
    }
    if (!this.shown) {
      this.shown = true;
      void this.focus(`#${id}-method`);
    }
    const errorPrefix = t('errorPrefix');
    return html`<form class="hear-back" part="hear-back" novalidate @submit=${(event: Event) => void this.send(event, context)}>
      ${this.alert ? html`<p class="error-message hear-back-alert lines" id="${id}-alert" role="alert" tabindex="-1">${this.alert}</p>` : ''}
      ${choiceGroup({
        id: `${id}-method`,
        type: 'radio',
        label: t('replyMethodField'),
        error: this.errors['reply.method'],
        errorPrefix,
        choices: METHODS.map((method) => ({
          value: method,
          label: label(contactMethods, method, locale),
          reveal: textField({
            id: `${id}-detail`,
            label: t('detailLabel', method),
            error: this.errors['reply.detail'],
            errorPrefix,
            value: this.detail,
            type: method === 'email' ? 'email' : 'tel',
            inputmode: method === 'email' ? 'email' : 'tel',
            autocomplete: method === 'email' ? 'email' : 'tel',
            spellcheck: false,
            onInput: (detail) => this.set({ detail }),
          }),
        })),
        selected: this.method ? [this.method] : [],
        onChange: ([method]) => this.set({ method: (method ?? '') as Method | '', detail: '' }),
      })}
      ${oftenField({
        id: `${id}-often`,
        locale,
        easyRead: !!context.easyRead,
        value: this.frequency,
        errorPrefix,
        onChange: (frequency) => this.set({ frequency }),
        refresh: () => this.host.requestUpdate(),
      })}
      <button type="submit" class="button" aria-disabled=${this.sending ? 'true' : 'false'}>${own('hearBackSend')}</button>
    </form>`;
  }
}
