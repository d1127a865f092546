/**
 * "About you (optional)" on the person's page (issue 17), loaded on first use: the section, its
 * heading, what the questions are for, and a GOV.UK details the person opens to answer them. The
 * questions themselves (equality-part.ts, their words in three readings and the census answer
 * words, about 2 KB gzip) load only when it is opened, and only then are the person's saved
 * answers fetched. Same constructor and render as EqualityPart, so the page's hook is one import.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import { heading } from '../../../core/heading.js';
import { readingsReady, translator } from '../../../core/i18n.js';
import type { EqualityPart, EqualityView } from './equality-part.js';
import { equalityLazyMessages } from './equality-part-lazy.messages.js';

type Args = () => readonly [CoprodApi | undefined, string | undefined, boolean];

export class LazyEqualityPart {
  readonly #host: ReactiveControllerHost;
  readonly #args: Args;
  #part: EqualityPart | undefined;
  #loading: Promise<void> | undefined;
  #reading: Parameters<typeof readingsReady> = ['en-GB', 'standard'];

  constructor(host: ReactiveControllerHost, args: Args) {
    this.#host = host;
    this.#args = args;
  }

  #open = (event: Event): void => {
    if (!(event.target as HTMLDetailsElement).open) return;
    this.#loading ??= import('./equality-part.js').then(
      // The questions' Welsh or easy-read words arrive with them: the page waits for neither.
      async ({ EqualityPart }) => {
        await readingsReady(...this.#reading);
        this.#part = new EqualityPart(this.#host, this.#args);
        this.#host.requestUpdate();
      },
      // Opening it again tries again.
      () => (this.#loading = undefined),
    );
  };

  render(view: EqualityView): TemplateResult | typeof nothing {
    this.#reading = [view.locale, view.readingLevel];
    if (!view.hasProfile) return nothing;
    const t = translator(equalityLazyMessages, view.locale, view.readingLevel);
    return html`<section class="section equality" part="section" aria-labelledby="equality-title" data-equality>
      ${heading(view.level, t('eqTitle'), { id: 'equality-title' })}
      ${t('eqIntro').split('\n').map((line) => html`<p class="intro" data-equality-intro>${line}</p>`)}
      <details class="key-sign-in" @toggle=${this.#open}>
        <summary data-equality-open>${t('eqOpen')}</summary>
        ${this.#part ? this.#part.render(view) : nothing}
      </details>
    </section>`;
  }
}
