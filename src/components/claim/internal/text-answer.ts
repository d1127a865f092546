import type { ReactiveControllerHost } from 'lit';
import { checkBody, limitFor, ruleFor } from '../../../api/rules-check.js';
import type { Rules } from '../../../api/rules-vocabularies.js';
import { FormController, formSpeech } from '../../../core/forms/index.js';

export interface TextAnswerValues {
  text: string;
}

export interface TextAnswerWords {
  t: (key: string, ...args: unknown[]) => string;
  /** The contract's rules for the body `{ text }`. */
  rules: Rules;
  /** The key of the words for an answer left empty (or too short). */
  empty: string;
  /** The key of the words for a 409: what it means for this answer (asked already, a question closed). */
  conflict: string;
}

/**
 * One text the person sends in their own words, one form per thing it is about (a question about a
 * session's times, attendance-queries.ts; an answer to a claim's question, claim-answers.ts), through
 * FormController like every form. Its field is `<prefix>.<id>.text` (the server's `text` problems land
 * there), checked by the contract's rules and worded from the code in the reader's language and reading
 * level at the box and in the form's own error summary; a failure naming no field is worded for the form
 * (a 409 in this answer's own words). Each form is made on first use and kept while its words are wanted;
 * `forget` takes one off the host too, so a sent answer leaves no controller behind.
 */
export class TextAnswerForms {
  private readonly forms = new Map<string, FormController<TextAnswerValues>>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly prefix: string,
    private readonly words: () => TextAnswerWords,
  ) {}

  /** The field's path for `id`: its own, so each box and summary have ids of their own. */
  path(id: string): string {
    return `${this.prefix}.${id}.text`;
  }

  form(id: string, formId: string): FormController<TextAnswerValues> {
    let form = this.forms.get(id);
    if (!form) {
      const { t, rules, empty, conflict } = this.words();
      const path = this.path(id);
      const made: FormController<TextAnswerValues> = new FormController<TextAnswerValues>(this.host, {
        id: formId,
        initial: { text: '' },
        validate: ({ text }) => made.wordAll(checkBody(rules, { text: text.trim() }).map((problem) => ({ ...problem, field: path }))),
        // The words are the contract field's (`text`), with that rule's limit.
        word: ({ code, limit }) => (code === 'required' || code === 'too-short' ? t(empty) : t('fieldProblem', code, limit ?? limitFor(ruleFor(rules, 'text'), code))),
        fieldOrder: [path],
        aliases: { text: path },
        speech: formSpeech('public', () => t('sendingQuery'), (facts) => (facts.kind === 'conflict' ? t(conflict) : t('formFailure', facts))),
      });
      this.forms.set(id, (form = made));
    }
    return form;
  }

  /** Done with `id`'s form: off the host as well as out of the map (review SHOULD 6, session 18). */
  forget(id: string): void {
    const form = this.forms.get(id);
    if (!form) return;
    this.forms.delete(id);
    this.host.removeController(form);
  }
}
