import { TaskStatus } from '@lit/task';
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { feedbackRules } from '../../../api/rules-public.js';
import type { FeedbackReceipt, Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { DraftController, draftKey } from '../../../core/controllers/draft-controller.js';
import { draftMessages, draftNotice } from '../../../core/forms/draft-parts.js';
import { addFormStyles, fieldId, FormController, formSpeech, type FieldErrors } from '../../../core/forms/index.js';
import { mergeCatalogs, translator } from '../../../core/i18n.js';
import { coreMessages } from '../../../core/messages.js';
import { loadingView } from '../../../core/status-views.js';
import type { FeedbackSentDetail } from '../../../events/events.js';
import { CharacterCountController } from './character-count.js';
import { feedbackForm, sentConfirmation } from './form.js';
import { FIELD_ORDER, characterCountText, emptyValues, isFeedbackDraft, toInput, validateFeedback, wordFeedbackProblem, type FeedbackValues } from './form-model.js';
import { offStays as offStaysWords, oftenStays as oftenStaysWords } from '../../../core/forms/often-field.js';
import { formMessages, type FormContext, type FormTranslate } from './form.messages.js';
import { replyMessages } from './reply.messages.js';
import { formSection, problemView } from './sections.js';
import { feedbackCatalog, type ViewContext } from './view-context.js';

/** The form's words: its own, how to tell you (shared with hear-back) and the draft notice's over the board's and the core ones (as the element merges them). */
const formCatalog = mergeCatalogs(mergeCatalogs(coreMessages, feedbackCatalog), mergeCatalogs(mergeCatalogs(draftMessages, replyMessages), formMessages));

/** What the form needs from the board's element. */
export interface FormPartHost {
  element: ReactiveElement;
  api: () => CoprodApi | undefined;
  view: () => ViewContext;
  reader: () => { locale: Locale; readingLevel: ReadingLevel };
  pinnedTopic: () => string | undefined;
  /** Whether the element shows the form at all (its `mode`). */
  shown: () => boolean;
  announce: (message: string) => void;
  /** Fires `coprod-feedback-sent`. */
  sent: (detail: FeedbackSentDetail) => void;
  /** Reports a failed send as `coprod-error`. */
  failed: (error: unknown) => void;
}

/** The topics' load, as the element's task stands. */
export interface TopicsLoad {
  status: TaskStatus;
  value?: Taxonomy | undefined;
  error: unknown;
  run: () => unknown;
}

/**
 * The give-feedback form, loaded the first time the element shows it (`mode` with the form,
 * "Give feedback" under `collapse-form`, or a kept draft): its values and validation, the
 * kept draft (read as it loads, so a reload or "Back" restores what was typed), the
 * character count, sending and the confirmation. Until it has loaded the section shows its
 * skeleton, as it does while the topics load.
 */
export class FeedbackFormPart {
  private receipt: { receipt: FeedbackReceipt; wantsReply: boolean; published: boolean; oftenStays?: string | undefined; offStays?: string | undefined } | undefined;

  private readonly form: FormController<FeedbackValues>;
  /** The text's character count, spoken as the limit nears. */
  private readonly count: CharacterCountController;
  /** What was typed is kept in this tab and restored with a notice after a reload or "Back". */
  private readonly draft: DraftController<FeedbackValues>;

  constructor(private readonly host: FormPartHost) {
    const element = host.element;
    // The board's first paint had only its search and filters' rules.
    addFormStyles(element);
    const t = () => this.view().t;
    this.form = new FormController<FeedbackValues>(element, {
      initial: emptyValues,
      rules: feedbackRules,
      validate: (values): FieldErrors => validateFeedback(values, (problem) => this.form.word(problem), t(), host.pinnedTopic()),
      word: (problem) => wordFeedbackProblem(problem, t(), this.form.values.replyMethod),
      fieldOrder: FIELD_ORDER,
      aliases: { reply: 'reply.method', consent: 'consentToPublish' },
      speech: formSpeech('public', () => t()('sending'), (facts) => t()('formFailure', facts)),
      onChange: (values) => {
        this.count.changed(values.text.length);
        this.draft.changed();
      },
    });
    this.count = new CharacterCountController(element, (length) => host.announce(characterCountText(t(), length)));
    this.draft = new DraftController<FeedbackValues>(element, {
      key: () => draftKey('feedback', element.id, host.pinnedTopic()),
      snapshot: () => (this.receipt || !host.shown() ? undefined : this.form.values),
      accept: isFeedbackDraft,
      onRestored: () => host.announce(t()('draftRestoredTitle')),
    });
    const kept = this.draft.read();
    if (kept) {
      this.form.reset({ ...emptyValues, ...kept });
      this.draft.markRestored();
    }
  }

  /** The board's view context with the form's words, in the reader's language and reading level. */
  private view(): FormContext {
    const { locale, readingLevel } = this.host.reader();
    return { ...this.host.view(), t: translator(formCatalog, locale, readingLevel) as FormTranslate };
  }

  /** A kept draft or a confirmation is showing: the section stays open under `collapse-form`. */
  get keepsOpen(): boolean {
    return !!this.receipt || this.draft.restored;
  }

  private focus(selector: string): void {
    this.host.element.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const { host, form } = this;
    const api = host.api();
    if (!api) return;
    const pinned = host.pinnedTopic();
    const receipt = await form.submit((values, idempotencyKey) => api.createFeedback(toInput(values, pinned, host.reader()), { idempotencyKey }));
    if (!receipt) {
      if (form.failure) host.failed(form.failure);
      return;
    }
    this.draft.clear();
    const values = form.values;
    const input = toInput(values, pinned);
    const wantsReply = values.wantsReply === 'yes';
    // Asked "How often" (a reply by email or text): a choice made on the person's own page or from a message's link
    // stays, and messages turned off before stay off (review S0). From what was sent, never from the answer.
    const { locale, readingLevel } = host.reader();
    const told = wantsReply && (values.replyMethod === 'email' || values.replyMethod === 'text');
    const easyRead = readingLevel === 'easy-read';
    this.receipt = { receipt, wantsReply, published: input.consentToPublish, ...(told && { oftenStays: oftenStaysWords(locale, easyRead), offStays: offStaysWords(locale, easyRead) }) };
    host.element.requestUpdate();
    host.sent({ id: receipt.id, reference: receipt.reference, topic: input.topic, consentToPublish: input.consentToPublish, wantsReply });
    host.announce(this.view().t('sentAnnouncement', receipt.reference));
    await host.element.updateComplete;
    this.focus('#sent-heading');
  }

  private async startAgain(): Promise<void> {
    this.draft.clear();
    this.form.reset(emptyValues);
    await this.host.element.updateComplete;
    this.focusFirst();
    this.host.announce(this.view().t('startedAgain'));
  }

  /** Focus to the first question: the topic choice, or the text when the topic is pinned (the heading while the form is not shown). */
  focusFirst(): void {
    const root = this.host.element.shadowRoot;
    (root?.getElementById(fieldId('topic')) ?? root?.getElementById(fieldId('text')) ?? root?.getElementById('form-heading'))?.focus();
  }

  private async giveMore(): Promise<void> {
    this.receipt = undefined;
    this.form.reset(emptyValues);
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    this.focus('#form-heading');
  }

  /** The section: the confirmation, the topics' failure, the form, or its skeleton while the topics load. */
  render(topics: TopicsLoad, fallbackHref: string | undefined): TemplateResult {
    const context = this.view();
    let content: unknown;
    if (this.receipt) {
      content = sentConfirmation(context, { ...this.receipt, onAgain: () => void this.giveMore() });
    } else if (topics.status === TaskStatus.ERROR) {
      content = problemView(context, 'topicsErrorTitle', topics.error, () => void topics.run(), fallbackHref);
    } else if (topics.value) {
      content = feedbackForm(context, { form: this.form, taxonomy: topics.value, pinnedTopic: this.host.pinnedTopic(), onSubmit: (event) => void this.send(event), refresh: () => this.host.element.requestUpdate() });
    } else {
      content = loadingView(context.t('loading'), { rows: 2 });
    }
    const sent = !!this.receipt;
    const notice = this.draft.restored && !sent ? draftNotice(context.t, context.level + 1, () => void this.startAgain()) : undefined;
    return formSection(context, sent, notice ? html`${notice} ${content}` : content);
  }
}
