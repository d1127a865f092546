/**
 * "Opportunities that may suit you" (issue 18) on the person's own page: open opportunities that
 * match their profile, from `GET /me/suggestions` (the ranking staff use, turned round: it ranks on
 * topics and skills, days, times and ways of taking part), each with why in plain words and what
 * the council would arrange for their access needs (never a reason to leave one out). Only for a
 * person with a profile: it is what the matching reads. Its own Task, so the page's hook is one
 * field and one line.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { MySuggestion, Taxonomy } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { markEnglish, withEnglish } from '../../../core/in-english.js';
import { hrefFor } from '../../../core/href.js';
import { translator, type Translate } from '../../../core/i18n.js';
import { emptyView, errorView, loadingView } from '../../../core/status-views.js';
import { loadTaxonomy } from '../../../core/vocabulary.js';
import { inEnglishOnly, langOf, localised, whereInWords } from '../../../shared/card/plain-words.js';
import { sessionWhen, whenFromSessions } from '../../../shared/card/session-words.js';
import { suitsReasons } from '../../../shared/suits/suits-reasons.js';
import { suitsMessages } from './suits.messages.js';

type Words = Translate<(typeof suitsMessages)['en-GB']>;

export interface SuitsView {
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** Whether the person has a profile: without one there is nothing to match, and no section. */
  hasProfile: boolean;
  /** The page's `opportunity-href`: each card's title links to its opportunity there. */
  opportunityHref?: string | undefined;
}

interface Found {
  items: MySuggestion[];
  taxonomy: Taxonomy | undefined;
}

export class SuitsPart {
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined, boolean], Found | undefined>;
  /** Loading again in place: the list it has stays until the new one comes. */
  #quiet = false;

  /** `args` gives the API, the person's `/me` token (undefined while signed out) and whether they have a profile. */
  constructor(host: ReactiveControllerHost, args: () => readonly [CoprodApi | undefined, string | undefined, boolean]) {
    this.#task = new Task(host, {
      args,
      task: async ([api, meToken, hasProfile], { signal }) => {
        if (!api?.listMySuggestions || !meToken || !hasProfile) return undefined;
        const [found, taxonomy] = await Promise.all([api.listMySuggestions({ meToken, signal, limit: 5 }), loadTaxonomy(api, signal).catch(() => undefined)]);
        return { items: found.items, taxonomy };
      },
    });
  }

  /** Loads the list again without the loading view (after the person said yes to something). */
  async refresh(): Promise<void> {
    this.#quiet = true;
    try {
      await this.#task.run();
    } finally {
      this.#quiet = false;
    }
  }

  render(view: SuitsView): TemplateResult | typeof nothing {
    if (!view.hasProfile) return nothing;
    const t = translator(suitsMessages, view.locale, view.readingLevel);
    const section = (body: TemplateResult, intro = false) =>
      html`<section class="section suits" part="section" aria-labelledby="suits-title" data-suits>
        ${heading(view.level, t('suitsTitle'), { id: 'suits-title' })} ${intro ? html`<p class="lines intro">${t('suitsIntro')}</p>` : nothing} ${body}
      </section>`;
    const complete = (found: Found | undefined) => {
      if (!found) return nothing;
      if (!found.items.length) return section(emptyView(t('suitsNoneTitle'), t('suitsNone'), undefined, view.level + 1));
      return section(html`<ul class="cards suits-list">${found.items.map((s) => this.#card(t, view, found.taxonomy, s))}</ul>`, true);
    };
    return (
      this.#task.render({
        pending: () => (this.#quiet && this.#task.value ? complete(this.#task.value) : section(loadingView(t('suitsLoading'), { rows: 2 }))),
        error: () => section(errorView({ title: t('suitsFailed'), message: '', retryLabel: t('suitsRetry'), onRetry: () => void this.#task.run(), headingLevel: view.level + 1 })),
        complete,
      }) ?? nothing
    );
  }

  /**
   * "Pryd:": for a Welsh reader whose council gave the sessions but wrote no Welsh "when", the sessions in Welsh, one a
   * line (as the invitations above, the list's cards and the opportunity's page say them: shared/card/session-words.ts);
   * else the council's words, marked English where it wrote no Welsh.
   */
  #when(t: Words, view: SuitsView, opportunity: MySuggestion['opportunity'], when: string): unknown {
    if (!whenFromSessions(opportunity, view.locale)) return withEnglish(t('suitsWhen', markEnglish(view.locale, when, inEnglishOnly(opportunity, view.locale, 'when'))));
    const [first, ...rest] = opportunity.when.sessions!.map((session) => sessionWhen(view.locale, session));
    return html`${t('suitsWhen', first ?? '')}${rest.map((line) => html`<br />${line}`)}`;
  }

  /** "Where: In person, Anytown", the place marked lang="en-GB" where a Welsh reader gets the council's English. */
  #where(t: Words, view: SuitsView, opportunity: MySuggestion['opportunity']): unknown {
    const [ways, place] = whereInWords(opportunity, view.locale);
    return withEnglish(t('suitsWhere', place?.text ? `${ways}, ${markEnglish(view.locale, place.text, place.lang !== nothing)}` : ways));
  }

  #card(t: Words, view: SuitsView, taxonomy: Taxonomy | undefined, s: MySuggestion): TemplateResult {
    const brief = localised(s.opportunity, view.locale);
    // Where a Welsh reader's council wrote no Welsh, the English carries lang="en-GB" (as the invitations do).
    const lang = (field: 'title' | 'summary') => langOf(s.opportunity, view.locale, field);
    const title = view.opportunityHref ? html`<a href=${hrefFor(view.opportunityHref, s.opportunity.id)}>${brief.title}</a>` : brief.title;
    return html`<li class="card" part="card" data-suits-item=${s.opportunity.id}>
      ${heading(view.level + 1, html`<span lang=${lang('title')}>${title}</span>`, { className: 'card-title' })}
      <p lang=${lang('summary')}>${brief.summary}</p>
      <p class="meta">${this.#when(t, view, s.opportunity, brief.when)}<br />${this.#where(t, view, s.opportunity)}</p>
      ${suitsReasons(s, { locale: view.locale, readingLevel: view.readingLevel, level: view.level + 2, taxonomy })}
    </li>`;
  }
}

