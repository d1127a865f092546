import { html, nothing, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { errorKind } from '../../../api/errors.js';
import { checkBody, limitFor, ruleFor } from '../../../api/rules-check.js';
import { supporterRules } from '../../../api/rules-public.js';
import { addFormStyles, choiceGroup, errorSummary, fieldId, FormController, textField } from '../../../core/forms/index.js';
import { offStays, oftenField, oftenStays, type Frequency } from '../../../core/forms/often-field.js';
import { mergeCatalogs, readingsReady, translator } from '../../../core/i18n.js';
import { coreMessages } from '../../../core/messages.js';
import { contactMethods, label } from '../../../core/vocabulary.js';
import { hearBackMessages } from './hear-back.messages.js';
import { replyMessages, wordReplyProblem } from './reply.messages.js';
import { rememberAsked, supporterKey } from './supporter-key.js';
import type { ViewContext } from './view-context.js';

/** Its words: its own and how to tell you (shared with the give-feedback form) over the core ones. */
const hearCatalog = mergeCatalogs(mergeCatalogs(coreMessages, replyMessages), hearBackMessages);

type Method = 'email' | 'text';
const METHODS: Method[] = ['email', 'text'];

interface HearValues {
  method: Method | '';
  detail: string;
  frequency: Frequency;
}

/**
 * "Tell me when this changes", offered after "I said this too" (loaded on first use): email
 * or text, each time or a weekly summary (decisions go at once either way, and the words say
 * so), then sent as the same supporter's support again (counted once; the server and
 * InMemoryApi add the contact). One form per item, through FormController like every form:
 * its fields are `hear.<item>.method` and `hear.<item>.detail` (the server's `reply.*` problems
 * land there), checked by the contract's supporter rules, each problem worded from its code in
 * the reader's language at the field and in the form's own error summary, which takes focus;
 * an error goes once its field is answered; what was typed stays; a retry of the same answer
 * sends the same idempotency key. A failure that names no field is a focused alert.
 */
export class HearBack {
  private readonly form: FormController<HearValues>;
  private shown = false;
  private alert = '';
  private sending = false;
  private context: ViewContext | undefined;

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
    // Its choices and error summary: the board's first paint had only its search and filters' rules.
    addFormStyles(host as ReactiveElement);
    const method = this.path('method');
    const detail = this.path('detail');
    this.form = new FormController<HearValues>(host as ReactiveControllerHost & HTMLElement, {
      id: `hear-${id}`,
      initial: { method: '', detail: '', frequency: 'each_time' },
      validate: (values) => {
        const body = { supporterKey: supporterKey(), reply: { method: values.method, detail: values.detail.trim() } };
        const errors = this.form.wordAll(checkBody(supporterRules, body).map((problem) => ({ ...problem, field: this.aliases[problem.field] ?? problem.field })));
        if (!values.method) delete errors[detail];
        return errors;
      },
      // Its paths are the item's; the words are the contract field's (`reply.detail`), with that rule's limit.
      word: (problem) => {
        const field = `reply.${problem.field.split('.').pop()}`;
        return wordReplyProblem({ ...problem, field, limit: problem.limit ?? limitFor(ruleFor(supporterRules, field), problem.code) }, this.words(this.context!), this.form.values.method);
      },
      fieldOrder: [method, detail],
      aliases: this.aliases,
    });
    host.requestUpdate();
  }

  /** This item's path for a field: `hear.<item>.detail`, so each item's form has ids of its own. */
  private path(field: string): string {
    return `hear.${this.id}.${field}`;
  }

  /** The server's paths (and the supporter rules') onto this item's fields. */
  private get aliases(): Record<string, string> {
    return { reply: this.path('method'), 'reply.method': this.path('method'), 'reply.detail': this.path('detail') };
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    (this.host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async send(event: Event, context: ViewContext): Promise<void> {
    event.preventDefault();
    const api = this.api();
    const { form } = this;
    if (!api || this.sending) return;
    this.alert = '';
    form.errors = {};
    if (!form.check()) return;
    const t = this.words(context);
    const values = form.values;
    const method = values.method as Method;
    const input = {
      reply: { method, detail: values.detail.trim() },
      messages: { channel: method, language: context.locale, readingLevel: context.easyRead ? ('easy-read' as const) : ('standard' as const), frequency: values.frequency },
    };
    this.sending = true;
    this.host.requestUpdate();
    try {
      await api.supportFeedback(this.id, supporterKey(), { idempotencyKey: form.keyFor(input), ...input });
      this.done = true;
      rememberAsked(this.id);
    } catch (error) {
      const kind = errorKind(error);
      (this.host as unknown as HTMLElement).dispatchEvent(new CustomEvent('coprod-error', { bubbles: true, composed: true, detail: { action: 'support', kind, message: t('apiError', kind) } }));
      // A refusal by field (a 422): worded from its codes at the fields and in the summary, which takes focus.
      if (!form.refused(error)) this.alert = `${t('hearBackFailed')} ${t('apiError', kind)}`;
    }
    this.sending = false;
    this.host.requestUpdate();
    if (this.alert) void this.focus(`#hear-${this.id}-alert`);
  }

  private words(context: ViewContext) {
    return translator(hearCatalog, context.locale, context.easyRead ? 'easy-read' : 'standard');
  }

  render(context: ViewContext): TemplateResult | typeof nothing {
    this.context = context;
    const { locale } = context;
    const { form } = this;
    // Its own words load with it: wait for the reader's (a Welsh reader never sees English go by).
    const waiting = readingsReady(locale, context.easyRead ? 'easy-read' : 'standard');
    if (waiting) {
      void waiting.then(() => this.host.requestUpdate());
      return nothing;
    }
    const t = this.words(context);
    // Just asked: a status the screen reader reads, then (on the page, not read out with it) that a how often chosen
    // with proof stays and that messages turned off before stay off (the interest and feedback forms' words: the same
    // for anyone, review S0). Asked on an earlier visit: plain words, true even if they have since used a stop link,
    // and not read out for every item as the page loads.
    if (this.done) {
      const easyRead = !!context.easyRead;
      return this.earlier
        ? html`<div class="hear-back-done"><p class="lines">${t('hearBackAsked')}</p><p class="lines">${t('hearBackStop')}</p></div>`
        : html`<div class="hear-back-done"><div role="status"><p class="lines">${t('hearBackDone')}</p><p class="lines">${t('hearBackStop')}</p></div>
            <p class="lines" data-often-stays>${oftenStays(locale, easyRead)}</p><p class="lines" data-off-stays>${offStays(locale, easyRead)}</p></div>`;
    }
    const method = this.path('method');
    const detail = this.path('detail');
    if (!this.shown) {
      this.shown = true;
      void this.focus(`#${fieldId(method)}`);
    }
    const errorPrefix = t('errorPrefix');
    const values = form.values;
    return html`<form class="hear-back" part="hear-back" novalidate @submit=${(event: Event) => void this.send(event, context)}>
      ${errorSummary(t('errorSummaryTitle'), form, context.level + 2)}
      ${this.alert ? html`<p class="error-message hear-back-alert lines" id="hear-${this.id}-alert" role="alert" tabindex="-1">${this.alert}</p>` : ''}
      ${choiceGroup({
        id: fieldId(method),
        type: 'radio',
        label: t('replyMethodField'),
        error: form.error(method),
        errorPrefix,
        choices: METHODS.map((choice) => ({
          value: choice,
          label: label(contactMethods, choice, locale),
          reveal: textField({
            id: fieldId(detail),
            label: t('detailLabel', choice),
            error: form.error(detail),
            errorPrefix,
            value: values.detail,
            type: choice === 'email' ? 'email' : 'tel',
            inputmode: choice === 'email' ? 'email' : 'tel',
            autocomplete: choice === 'email' ? 'email' : 'tel',
            spellcheck: false,
            onInput: (typed) => form.update({ detail: typed }, detail),
          }),
        })),
        selected: values.method ? [values.method] : [],
        // Another way to be told: the address starts again, so neither keeps an error from before.
        onChange: ([chosen]) => {
          form.update({ detail: '' }, detail);
          form.update({ method: (chosen ?? '') as Method | '' }, method);
        },
      })}
      ${oftenField({
        id: fieldId(this.path('frequency')),
        locale,
        easyRead: !!context.easyRead,
        value: values.frequency,
        errorPrefix,
        onChange: (frequency) => form.update({ frequency }),
        refresh: () => this.host.requestUpdate(),
      })}
      <button type="submit" class="button" aria-disabled=${this.sending ? 'true' : 'false'}>${t('hearBackSend')}</button>
    </form>`;
  }
}
