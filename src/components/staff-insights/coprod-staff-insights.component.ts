import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { STAFF_MINIMUM } from '../../api/evaluation-results.js';
import type { CouncilQuestion, EvaluationGroup, EvaluationResults, LadderRung, LocalisedText } from '../../api/types.js';
import { BusyController } from '../../core/controllers/busy-controller.js';
import { FormController } from '../../core/forms/form-controller.js';
import { formStyles } from '../../core/forms/form-styles.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs, readingsReady } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { markedIn, withEnglish } from '../../core/in-english.js';
import { downloadIcon } from '../../core/icons-more.js';
import { feltInWords } from '../../core/ladder-felt.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { textIn } from '../../core/text-in.js';
import { downloadCsv, toCsv } from '../../shared/staff/csv.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { staffInsightsMessages } from './coprod-staff-insights.messages.js';
import { staffInsightsStyles } from './coprod-staff-insights.styles.js';
import { reachMessages } from './internal/reach.messages.js';
import type { CouncilPart } from './internal/council-form.js';
import type { PaperPart } from './internal/paper-form.js';
import { reachView } from './internal/reach-view.js';
import { REFERENCE_FIELDS, referenceBody, referenceCheck, referenceForm, referenceProblemKey, referenceValues, type ReferenceValues } from './internal/reference-form.js';
import { chartStyles } from '../../shared/evaluation/charts.styles.js';
import { evaluationResultsMessages } from '../../shared/evaluation/results.messages.js';
import { feltChart, figuresRows, ingredientsChart, patternDefs, type Say } from '../../shared/evaluation/charts.js';

interface Results {
  activity: EvaluationResults | undefined;
  activityTitle: string | undefined;
  programme: EvaluationResults;
}

/**
 * Staff's view of the co-evaluation (issue 17): for the activity named by `opportunity-id`,
 * how the people who took part rated each of the recipe's ten ingredients, which rung of the
 * ladder it felt like against the rung promised, and what they said should change; and the
 * same across the programme, with small groups pooled and small counts hidden by the server's
 * suppression rule. Each chart is SVG with a title and description, beside a table of the same
 * figures; every figure can be downloaded as CSV. Answers are never linked to a person.
 *
 * @summary See how well people felt involved, per activity and across the programme.
 * @fires {CustomEvent<EvaluationEnteredDetail>} coprod-evaluation-entered - Staff added answers from a paper form or a call. Detail: `{ opportunityId, how }`, never an answer.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading, the download or adding answers failed. Detail: `{ action, kind, message }`.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart group - The results of one activity, or of activities pooled together.
 * @csspart chart - One chart with its table.
 * @csspart table - The table of a chart's figures.
 * @csspart changes - What people said should change.
 * @csspart export - The CSV download button.
 * @cssproperty --coprod-chart-1 - Colour of "strongly disagree" (each answer also has its own pattern); --coprod-chart-2 to --coprod-chart-6 the other answers.
 */
export class CoprodStaffInsights extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, staffStyles, chartStyles, staffInsightsStyles];
  static override messages = mergeCatalogs(mergeCatalogs(mergeCatalogs(staffMessages, evaluationResultsMessages), staffInsightsMessages), reachMessages);

  /** The activity whose results to show. Without it only the programme's show. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  private readonly busy = new BusyController(this);

  private get say(): Say {
    return this.t as unknown as Say;
  }

  private readonly results = this.loadTask(
    () => this.opportunityId,
    async (api, id, signal): Promise<Results | Error> => {
      if (!api.getInvolvementResults) return new ApiError('not-found', 'Not available.');
      const withActivity = Boolean(id && api.getActivityEvaluation);
      // "Enter answers from a paper form" (issue 17): a part of its own, for an adapter that takes them.
      const part = api.enterEvaluationByHand && !this.paper ? import('./internal/paper-form.js').then(async (m) => (await readingsReady(this.config.locale, this.config.readingLevel), m)) : undefined;
      const [activity, opportunity, programme, loaded] = await Promise.all([
        withActivity ? api.getActivityEvaluation!(id!, { signal }) : undefined,
        withActivity ? api.getOpportunity(id!, { signal }) : undefined,
        api.getInvolvementResults({ signal }),
        part?.catch(() => undefined),
      ]);
      if (loaded) this.paper ??= new loaded.PaperPart(this, () => this.api, () => this.opportunityId, { added: (detail) => this.emit('coprod-evaluation-entered', detail), failed: (error) => this.reportError('save', error) });
      // Marked English where a Welsh reader's council wrote no Welsh title (drawn with withEnglish).
      const activityTitle = opportunity ? markedIn(this.config.locale, { en: opportunity.title, cy: opportunity.translations?.cy?.title }) : undefined;
      return { activity, activityTitle, programme };
    },
  );

  /** Who is taking part (issue 17): staff's equality counts, its own load so a failure here leaves the results. */
  private readonly reach = this.loadTask(
    () => true,
    async (api, _key, signal) => {
      if (!api.getEqualityReach) return undefined;
      // The council's own questions' words, for their counts (issue 17: "any the council adds").
      // Staff who may add or stop them (the adapter can) get that part too, with its words.
      const part = api.addEqualityQuestion && api.retireEqualityQuestion && !this.council ? import('./internal/council-form.js').then(async (m) => (await readingsReady(this.config.locale, this.config.readingLevel), m)) : undefined;
      const [figures, council, loaded] = await Promise.all([api.getEqualityReach({ signal }), api.getEqualityQuestions?.({ signal }).catch(() => undefined), part?.catch(() => undefined)]);
      this.councilQuestions = council?.questions ?? [];
      if (loaded) this.council ??= new loaded.CouncilPart(this, () => this.api, () => this.reach.run());
      return figures;
    },
  );
  private councilQuestions: CouncilQuestion[] = [];

  /** "Change the area's figures": closed, open (the form), or just saved (the success message). */
  @state() private referenceState: 'closed' | 'open' | 'saved' = 'closed';

  private readonly referenceForm: FormController<ReferenceValues> = new FormController<ReferenceValues>(this, {
    initial: {},
    fieldOrder: REFERENCE_FIELDS,
    validate: (values) => referenceCheck(values, (field, code) => this.referenceForm.word({ field, code })),
    word: (problem) => this.t(referenceProblemKey(problem.code)),
  });

  private async openReference(): Promise<void> {
    await this.busy.run('reference', async () => {
      const reference = await this.api!.getEqualityReference!();
      this.referenceForm.reset(referenceValues(reference));
      this.referenceState = 'open';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[data-reference-form] input')?.focus();
    });
  }

  private async saveReference(): Promise<void> {
    const saved = await this.referenceForm.submit((values) => this.api!.saveEqualityReference!(referenceBody(values)));
    if (!saved) return;
    this.referenceState = 'saved';
    this.announce(this.t('refSaved'));
    void this.reach.run();
  }

  private renderReference(): unknown {
    if (!this.api?.saveEqualityReference) return nothing;
    if (this.referenceState === 'open')
      return referenceForm(this.say, this.referenceForm, this.config.locale, this.level + 2, { save: () => void this.saveReference(), cancel: () => (this.referenceState = 'closed') });
    return html`${this.referenceState === 'saved' ? html`<p class="panel success" role="status" data-reference-saved>${lines(this.t('refSaved'))}</p>` : nothing}
      <button type="button" class="button secondary" data-reference-open aria-disabled=${this.busy.ariaDisabled('reference')} @click=${() => void this.openReference()}>${this.t('refOpen')}</button>`;
  }

  /** Answers from a paper form or a call (issue 17): a part loaded with the results. */
  private paper: PaperPart | undefined;

  /**
   * Whether this sign-in may enter answers (the insights role, as the reach says): without it the
   * part says so instead of offering a form that would be refused after typing (review S4).
   * Undefined until the reach has answered (a failed load: until "Try again" answers); an adapter
   * without getEqualityReach cannot say, so the form is not offered (unknown is not allowed).
   */
  private get mayEnter(): boolean | undefined {
    if (!this.api?.getEqualityReach) return false;
    return this.reach.status === TaskStatus.COMPLETE ? this.reach.value?.insights !== false : undefined;
  }

  private renderPaper(): unknown {
    const allowed = this.mayEnter;
    return this.paper && allowed !== undefined ? this.paper.render({ locale: this.config.locale, readingLevel: this.config.readingLevel, level: this.level + 1, say: this.say, allowed }) : nothing;
  }

  /** The council's own questions (issue 17 item 4): the list, adding one, stopping one; a part loaded with the counts. */
  private council: CouncilPart | undefined;

  private renderCouncil(): unknown {
    return this.council?.render({ questions: this.councilQuestions, locale: this.config.locale, readingLevel: this.config.readingLevel, level: this.level + 2, say: this.say }) ?? nothing;
  }

  private felt = (rung: LadderRung): string => feltInWords(rung, this.config.locale, this.config.readingLevel).replace(/\n/g, ' ');

  /** The group's titles in the reader's language; `marked`: each English one marked for a sentence drawn with withEnglish (the charts' names too; not for the CSV). */
  private groupName(group: EvaluationGroup, marked = false): string {
    return group.titles.map((t: LocalisedText) => (marked ? markedIn(this.config.locale, t) : textIn(this.config.locale, t).text)).join(', ');
  }

  protected override renderSignedIn(): unknown {
    const body = this.results.render({
      initial: () => loadingView(this.t('loadingResults'), { rows: 3 }),
      pending: () => loadingView(this.t('loadingResults'), { rows: 3 }),
      error: (error) => this.renderLoadError(error, () => void this.results.run()),
      complete: (results) => {
        if (!results) return nothing;
        if (results instanceof Error) return html`<div class="panel notice" part="no-role"><p>${lines(this.t('noResultsBody'))}</p></div>`;
        return html`${this.renderResults(results)} ${this.renderPaper()}`;
      },
    });
    const reach = this.reach.render({
      pending: () => loadingView(this.t('reachTitle'), { rows: 2 }),
      error: (error) => html`<section class="part" part="reach" data-reach>${heading(this.level + 1, this.t('reachTitle'))} ${this.renderLoadError(error, () => void this.reach.run())}</section>`,
      // Changing the area's figures and the council's questions need the insights role: not offered without it (review S4).
      complete: (figures) =>
        figures ? html`${reachView(this.say, figures, this.config.locale, this.level + 1, this.councilQuestions, this.config.readingLevel)} ${figures.insights === false ? nothing : html`${this.renderReference()} ${this.renderCouncil()}`}` : nothing,
    });
    return html`<section aria-labelledby="staff-insights-title">${heading(this.level, html`<span id="staff-insights-title">${this.t('title')}</span>`, { className: 'widget-title' })} ${patternDefs()} ${body} ${reach}</section>`;
  }

  private renderResults(results: Results): TemplateResult {
    const { activity, programme } = results;
    const shown = [...(activity?.groups ?? []), ...programme.groups];
    return html`${activity ? this.renderActivity(activity, results.activityTitle ?? '') : nothing}
      <section class="part" aria-labelledby="programme-title">
        ${heading(this.level + 1, this.t('programmeTitle'), { id: 'programme-title' })}
        ${programme.groups.length
          ? html`<p>${this.t('answered', programme.respondents ?? 0)}</p>
              <p class="subtle">${lines(this.t('hiddenNote', programme.threshold))}</p>
              ${programme.groups.map((g, i) => this.renderGroup(g, `p${i}`, true))}`
          : emptyView(this.t('noResultsTitle'), this.t('noResultsBody'), undefined, this.level + 2)}
      </section>
      ${shown.length
        ? html`<button type="button" class="button secondary" part="export" aria-disabled=${this.busy.ariaDisabled('export')} @click=${() => void this.busy.run('export', async () => this.exportCsv(results))}>
            ${icon(downloadIcon)} ${this.t('exportCsv')}
          </button>`
        : nothing}`;
  }

  private renderActivity(activity: EvaluationResults, title: string): TemplateResult {
    const minimum = Math.max(STAFF_MINIMUM, activity.staffMinimum ?? STAFF_MINIMUM);
    // Below the minimum nothing shows, even from a server that sent it (an older one, or one set lower).
    const group = (activity.respondents ?? 0) >= minimum ? activity.groups[0] : undefined;
    return html`<section class="part" aria-labelledby="activity-title">
      ${heading(this.level + 1, withEnglish(this.t('activityTitle', title)), { id: 'activity-title' })}
      ${group
        ? html`<p>${lines(this.t('answered', activity.respondents ?? 0, activity.invited))}</p>
            ${activity.given && activity.given.paper + activity.given.phone ? html`<p data-given>${lines(this.t('given', activity.given.online, activity.given.paper, activity.given.phone))}</p>` : nothing}
            ${this.renderGroup(group, 'a', false)}`
        : html`<p part="too-few">${lines(this.t('tooFew', activity.respondents ?? 0, minimum))}</p>`}
    </section>`;
  }

  private renderGroup(group: EvaluationGroup, key: string, titled: boolean): TemplateResult {
    const marked = this.groupName(group, true);
    const level = this.level + (titled ? 3 : 2);
    const context = { t: this.say, level, key, name: titled ? `${this.t('programmeTitle')}: ${marked}` : marked, felt: this.felt };
    return html`<div class="group" part="group">
      ${titled ? heading(this.level + 2, withEnglish(marked)) : nothing} ${titled && group.titles.length > 1 ? html`<p class="subtle">${withEnglish(this.t('pooled', marked))}</p>` : nothing}
      ${titled ? html`<p>${this.t('answered', group.respondents)}</p>` : nothing} ${ingredientsChart(context, group)} ${feltChart(context, group)}
      ${group.changes && group.respondents >= STAFF_MINIMUM
        ? html`<div part="changes">
            ${heading(level, this.t('changesTitle'))}
            ${group.changes.length ? html`<ul class="changes">${group.changes.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${this.t('noChanges')}</p>`}
          </div>`
        : nothing}
    </div>`;
  }

  private exportCsv(results: Results): void {
    const groups = [...(results.activity?.groups ?? []), ...results.programme.groups].map((group) => ({ name: this.groupName(group), group }));
    const csv = toCsv(figuresRows(this.say, groups, this.felt));
    downloadCsv(`involvement-results${this.opportunityId ? `-${this.opportunityId}` : ''}.csv`, csv);
    this.announce(this.t('exported'));
  }
}
