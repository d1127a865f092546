import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../../api/errors.js';
import { newIdempotencyKey } from '../../api/idempotency.js';
import { announce } from '../announcer.js';
import type { FailureFacts } from '../messages.js';
// The words forms share (a field problem by code, a form's failure): found by the widget's `t` once this loads.
import './form-words.js';
import { limitFor, ruleFor, type FieldProblem } from '../../api/rules-check.js';
import type { Rules } from '../../api/rules-vocabularies.js';
import type { SummaryError } from './error-summary.js';

export type FormStatus = 'editing' | 'submitting' | 'failed' | 'done';

/** Field errors keyed by the contract's field path (`contact.detail`), in the order fields appear. */
export type FieldErrors = Record<string, string>;

export interface FormControllerOptions<V> {
  initial: V;
  /**
   * The form's id, unique in the element's shadow root (`hear-<item>` for a form per item);
   * its error summary's title is `<id>-summary-title`. Without one, each form gets its own.
   */
  id?: string;
  /** Client-side checks; the server checks again and its field errors are shown the same way. */
  validate: (values: V) => FieldErrors;
  /** The request body's rules (from `src/api/rules.ts`): the limits a message names. */
  rules?: Rules;
  /**
   * Words a field problem in the reader's language and reading level. Server field errors
   * are shown through it, by field and code: never the server's own (English) text.
   */
  word: (problem: FieldProblem) => string;
  /** The field order, as contract paths, so the summary lists errors top to bottom. */
  fieldOrder: readonly string[];
  /** Maps a server field path that has no field of its own onto one that does (e.g. `contact` -> `contact.method`). */
  aliases?: Record<string, string>;
  /** Called after every change to the values (drafts are saved from here). */
  onChange?: (values: V) => void;
  /**
   * What the form says through the page's live region: `pending` when a send starts
   * ("Sending…"), then `failure` when it fails; the same failure words are shown in the
   * focused `role=alert` panel (`failureText`). Said in that order, each once. A failure
   * the widget words itself (a staff edit someone else changed first) returns `undefined`.
   */
  speech?: { pending: () => string; failure: (error: ApiError) => string | undefined };
}

/** What a form says in the page's live region while it sends. */
export type FormSpeech = NonNullable<FormControllerOptions<object>['speech']>;

/** The element id for a field path: `contact.detail` -> `field-contact-detail`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * What every form here does: holds the values (never cleared by a failure), validates on
 * submit, shows server field errors like its own, moves focus to the error summary or the
 * failure message, and sends each attempt once. The idempotency key is kept while the
 * values are unchanged, so pressing "send" again after a network failure is the same
 * attempt and cannot write twice.
 */
let forms = 0;

export class FormController<V extends object> implements ReactiveController {
  values: V;
  /** The form's id (its `id` option, or `form-<n>`): names its error summary's title. */
  readonly id: string;
  private shown: FieldErrors = {};
  /**
   * Paths whose field was not on screen when the errors were shown (an answer that appears
   * only after an earlier choice, like the email address once "Email" is chosen). Their
   * field is not shown in red when it appears: the person has not had a go at it yet. The
   * summary still lists them, and the next submit checks everything again.
   */
  private unseen = new Set<string>();
  /** Paths whose error `validate` does not make (the server's, or set by the form): kept until their own value changes. */
  private kept = new Set<string>();

  get errors(): FieldErrors {
    return this.shown;
  }

  set errors(errors: FieldErrors) {
    this.shown = errors;
    this.unseen = new Set();
    this.kept = new Set(Object.keys(errors));
  }
  status: FormStatus = 'editing';
  failure: ApiError | undefined;

  private attempt: { body: string; key: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControllerOptions<V>,
  ) {
    this.values = structuredClone(options.initial);
    this.id = options.id ?? `form-${++forms}`;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Replaces the values (a restored draft, or a saved profile to edit). */
  reset(values: V): void {
    this.values = structuredClone(values);
    this.errors = {};
    this.status = 'editing';
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /**
   * The errors-clear rule: a field answered since the errors were shown loses its error, at the
   * field and in the summary. A client error goes once the form's own check passes for it; a
   * server's (or one the form set) once its own value changes: `answered` names that path when the
   * change is a nested value (one rating of `ratings`). A client error still failing takes the check's
   * current words (Phone chosen: "Enter your phone number"). Nothing new is added until the next submit.
   */
  update(change: Partial<V>, answered?: string): void {
    this.values = { ...this.values, ...change };
    let still: FieldErrors | undefined;
    for (const path of Object.keys(this.shown)) {
      const now = this.kept.has(path) ? (answered ? path !== answered : !(path in change || path.split('.')[0]! in change)) && this.shown[path] : (still ??= this.options.validate(this.values))[path];
      if (now) this.shown[path] = now;
      else delete this.shown[path];
    }
    this.options.onChange?.(this.values);
    this.host.requestUpdate();
  }

  /** The words for a problem, with the limit its rule sets. */
  word(problem: FieldProblem): string {
    const limit = problem.limit ?? limitFor(this.options.rules && ruleFor(this.options.rules, problem.field), problem.code);
    return this.options.word(limit === undefined ? problem : { ...problem, limit });
  }

  /** Field errors for problems found by `checkBody` (first problem per field wins). */
  wordAll(problems: readonly FieldProblem[], into: FieldErrors = {}): FieldErrors {
    for (const problem of problems) into[problem.field] ??= this.word(problem);
    return into;
  }

  /** The error to show at a field: none for a field that appeared since the errors were shown. */
  error(path: string): string | undefined {
    return this.unseen.has(path) ? undefined : this.shown[path];
  }

  /** The errors for the summary, in field order, each linked to its field. */
  get summary(): SummaryError[] {
    const order = this.options.fieldOrder;
    // Paths not in the order (-1) go last.
    const rank = (path: string): number => order.indexOf(path) >>> 0;
    return Object.entries(this.errors)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([path, message]) => ({ fieldId: order.includes(path) ? fieldId(path) : undefined, message }));
  }

  /** The failure in the reader's words (the form's `speech.failure`), or undefined. */
  get failureText(): string | undefined {
    if (!this.failure) return undefined;
    return this.options.speech?.failure(this.failure) ?? this.failure.message;
  }

  get submitting(): boolean {
    return this.status === 'submitting';
  }

  /**
   * Validates, then sends. Resolves with the result, or undefined when it did not go
   * through (errors or failure are then on the controller and focus has moved).
   */
  async submit<R>(send: (values: V, idempotencyKey: string) => Promise<R>): Promise<R | undefined> {
    if (this.submitting || !this.check()) return undefined;
    const key = this.keyFor(this.values);
    this.errors = {};
    this.failure = undefined;
    this.status = 'submitting';
    this.host.requestUpdate();
    const speech = this.options.speech;
    if (speech) announce(speech.pending());
    try {
      const result = await send(this.values, key);
      this.status = 'done';
      this.attempt = undefined;
      this.host.requestUpdate();
      return result;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('server', String(error), { cause: error });
      if (!this.refused(apiError)) {
        this.status = 'failed';
        this.failure = apiError;
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.focus('[data-form-failure]');
        const words = speech?.failure(apiError);
        if (words) announce(words);
      }
      return undefined;
    }
  }

  /**
   * Validates as a submit does: false, with the errors shown at the fields and in the summary
   * (which takes focus), each re-checked as it is answered. Forms that send on their own call it
   * before sending.
   */
  check(): boolean {
    const errors = this.options.validate(this.values);
    if (!Object.keys(errors).length) return true;
    void this.showErrors(errors);
    this.kept = new Set();
    return false;
  }

  /**
   * The idempotency key for sending `body`: the same while the body is unchanged, so sending
   * again after a network failure is the same attempt and cannot write twice; a new one once
   * it changes. Forms that send on their own pass the body they send.
   */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.attempt?.body !== text) this.attempt = { body: text, key: newIdempotencyKey() };
    return this.attempt.key;
  }

  /**
   * A refusal that names fields (a 422) shown like the form's own errors: each field's problem
   * worded from its code in the reader's words (never the server's English), at the field and
   * in the summary, which takes focus; the values stay. False for any other failure, which the
   * form words itself (forms that send on their own use this for the server's answer).
   */
  refused(error: unknown): boolean {
    if (!(error instanceof ApiError) || error.kind !== 'validation' || !error.fieldErrorList.length) return false;
    const aliases = this.options.aliases ?? {};
    void this.showErrors(this.wordAll(error.fieldErrorList.map(({ field, code }) => ({ field: aliases[field] ?? field, code }))));
    return true;
  }

  /** Shows the form's own errors (checked outside `validate`): at the fields and in the summary, which takes focus. */
  async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.status = 'editing';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const root = this.host.shadowRoot ?? this.host;
    const present = (path: string) => !!root.querySelector(`#${fieldId(path)}`);
    this.unseen = new Set(Object.keys(errors).filter((path) => this.options.fieldOrder.includes(path) && !present(path)));
    // Its own summary (the one linking to its fields): another form's, still shown on the same element, must not take the focus.
    const summaries = [...root.querySelectorAll<HTMLElement>('.error-summary')];
    const target = summaries.find((summary) => Object.keys(errors).some((path) => summary.querySelector(`[href="#${fieldId(path)}"]`))) ?? summaries[0];
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private focus(selector: string): void {
    const target = (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }
}

/**
 * The `speech` option every form uses: `pending` ("Sending…" or "Saving…") and the failure
 * from the core `formFailure` message, for a public or a staff reader.
 */
export function formSpeech(
  audience: FailureFacts['audience'],
  pending: () => string,
  failure: (facts: FailureFacts) => string,
): FormSpeech {
  return { pending, failure: (error) => failure({ kind: error.kind, retryAfter: error.retryAfter, audience }) };
}
