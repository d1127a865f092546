import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { publishedThreshold } from '../../api/evaluation-results.js';
import type { EvaluationGroup, EvaluationResults, LadderRung } from '../../api/types.js';
import { SlotController } from '../../core/controllers/slot-controller.js';
import { CoprodElement } from '../../core/coprod-element.js';
import { heading } from '../../core/heading.js';
import { markedIn, withEnglish } from '../../core/in-english.js';
import { lines } from '../../shared/staff/staff-access.js';
import { feltInWords } from '../../core/ladder-felt.js';
import { emptyView, errorView, loadingView } from '../../core/status-views.js';
import { feltChart, ingredientsChart, patternDefs, type Say } from '../../shared/evaluation/charts.js';
import { chartStyles } from '../../shared/evaluation/charts.styles.js';
import { involvementResultsMessages } from './coprod-involvement-results.messages.js';
import { involvementResultsStyles } from './coprod-involvement-results.styles.js';

/**
 * What people said about how well they were involved, played back to them and to the public
 * (issue 17): the programme's results on the recipe's ten ingredients and the ladder, as SVG
 * charts each beside a table of the same figures. Only what the server publishes is shown:
 * activities with too few answers are pooled and small counts read "hidden", so no answer can
 * be traced to a person. What changed because of it is the council's own words, in the
 * `changed` slot.
 *
 * @summary Show the public what people said about how well they were involved, and what changed.
 * @slot changed - "You said, we did": what the council changed because of the answers.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - The results could not be loaded. Detail: `{ action, kind, message }`.
 * @csspart group - The results of one activity, or of activities pooled together.
 * @csspart chart - One chart with its table.
 * @csspart table - The table of a chart's figures.
 * @csspart too-few - "Results appear once enough people have answered".
 * @csspart changed - What changed because of it.
 * @cssproperty --coprod-chart-1 - Colour of "strongly disagree" (each answer also has its own pattern); --coprod-chart-2 to --coprod-chart-6 the other answers.
 */
export class CoprodInvolvementResults extends CoprodElement {
  static override styles = [...CoprodElement.styles, chartStyles, involvementResultsStyles];
  static override messages = involvementResultsMessages;

  /** Only this activity's results, when it has enough answers to be shown on its own (e.g. on the person's own page); until then "not enough answers yet". Without it, the whole programme. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  private readonly slots = new SlotController(this, 'changed');

  private readonly results = new Task(this, {
    task: async ([api], { signal }): Promise<EvaluationResults | undefined> => (api?.getInvolvementResults ? api.getInvolvementResults({ signal }) : undefined),
    args: () => [this.api] as const,
    onError: (error) => this.reportError('load', error),
  });

  private get say(): Say {
    return this.t as unknown as Say;
  }

  private felt = (rung: LadderRung): string => feltInWords(rung, this.config.locale, this.config.readingLevel).replace(/\n/g, ' ');

  protected override renderContent(): unknown {
    const body = this.results.render({
      initial: () => loadingView(this.t('loadingResults'), { rows: 3 }),
      pending: () => loadingView(this.t('loadingResults'), { rows: 3 }),
      error: () =>
        errorView({ title: this.t('loadErrorTitle'), message: this.t('loadErrorBody'), retryLabel: this.t('retry'), onRetry: () => void this.results.run(), fallback: this.fallback, headingLevel: this.subLevel() }),
      complete: (results) => (results ? this.renderResults(results) : nothing),
    });
    return html`<section aria-labelledby="involvement-results-title">
      ${heading(this.level, html`<span id="involvement-results-title">${this.t('title')}</span>`)}
      <p>${lines(this.t('intro'))}</p>
      ${patternDefs()} ${body}
      <div class="changed" part="changed" ?hidden=${!this.slots.has('changed')}>
        ${heading(this.subLevel(), this.t('changedTitle'))}
        <slot name="changed"></slot>
      </div>
    </section>`;
  }

  private renderResults(results: EvaluationResults): TemplateResult {
    const id = this.opportunityId;
    // One activity: its own group only, never a pool it is counted in (the pool is other activities' answers too).
    // People who took part read this: never a group under three, even from a server set lower (PARTICIPANT_MINIMUM).
    const least = publishedThreshold(results.threshold);
    const groups = results.groups.filter((g) => g.respondents >= least && (!id || (g.opportunityIds.length === 1 && g.opportunityIds[0] === id)));
    if (!groups.length) return html`<div part="too-few">${emptyView(this.t('noResultsTitle'), html`${lines(this.t(id ? 'tooFewActivity' : 'tooFewPublic', results.threshold))}`, undefined, this.subLevel())}</div>`;
    return html`<p>${this.t('answered', groups.reduce((n, g) => n + g.respondents, 0))}</p>
      <p class="subtle">${lines(this.t('hiddenNote', results.threshold))}</p>
      ${groups.map((g, i) => this.renderGroup(g, `r${i}`))}`;
  }

  private renderGroup(group: EvaluationGroup, key: string): TemplateResult {
    // The titles in the reader's language, each English one marked, drawn lang="en-GB" by withEnglish (the charts too).
    const marked = group.titles.map((t) => markedIn(this.config.locale, t)).join(', ');
    const level = this.subLevel(2);
    return html`<div class="group" part="group">
      ${heading(this.subLevel(), withEnglish(marked))} ${group.titles.length > 1 ? html`<p class="subtle">${withEnglish(this.t('pooled', marked))}</p>` : nothing}
      <p>${this.t('answered', group.respondents)}</p>
      ${ingredientsChart({ t: this.say, level, key, name: marked, felt: this.felt }, group)} ${feltChart({ t: this.say, level, key, name: marked, felt: this.felt }, group)}
    </div>`;
  }
}
