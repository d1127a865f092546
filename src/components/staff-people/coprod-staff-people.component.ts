import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { DEFAULT_WEIGHTS } from '../../api/matching/rank.js';
import type { InvitationList, MatchWeights, Opportunity, PeoplePage, PersonRecord, PersonSummary, SuggestionPage, Taxonomy } from '../../api/types.js';
import { BusyController } from '../../core/controllers/busy-controller.js';
import { FormController, formStyles } from '../../core/forms/index.js';
import { invitationRules } from '../../api/rules.js';
import { heading } from '../../core/heading.js';
import { mergeCatalogs } from '../../core/i18n.js';
import { icon } from '../../core/icons.js';
import { markedIn, withEnglish } from '../../core/in-english.js';
import { emptyView, loadingView } from '../../core/status-views.js';
import { loadTaxonomy } from '../../core/vocabulary.js';
import { lines } from '../../shared/staff/staff-access.js';
import { StaffElement } from '../../shared/staff/staff-element.js';
import { staffMessages } from '../../shared/staff/staff-shared.messages.js';
import { staffStyles } from '../../shared/staff/staff-shared.styles.js';
import { staffPeopleMessages } from './coprod-staff-people.messages.js';
import { staffPeopleStyles } from './coprod-staff-people.styles.js';
import { blankFilters, personCard, personDetail, poolForm, toQuery, type PoolFilters } from './internal/pool-view.js';
import { ByHandSection } from './internal/by-hand-section.js';
import { PersonChange, personChangeView } from './internal/person-change.js';
import { invitationsList, suggestionsList, weightsForm } from './internal/suggestions-view.js';
import { toldView, type Told } from './internal/told-view.js';
import type { Say, Words } from './internal/words.js';
import { lookReasonMessages } from '../../shared/staff/look-reasons.messages.js';

interface Suggested {
  opportunity: Opportunity;
  page: SuggestionPage;
}

/**
 * Staff's view of the pool of people (issue 18), for staff with the `people` role: search and
 * filter by topic, skill, availability, way of taking part, language, support needed and
 * training wanted, with the reason for looking (every read is audited on the server); open a
 * person's one page profile in place; for the opportunity named by `opportunity-id`, the
 * people who may suit it, best first, each with the reasons in plain words and what the
 * council must arrange for their access needs (never a reason to leave anyone out); adjust how
 * much each thing counts; invite the people chosen, and see who was invited and who answered.
 * An opened person's profile shows, when asked, every message sent to them and whether it arrived.
 *
 * @summary Find people, see who may suit an opportunity and why, and invite them.
 * @fires {CustomEvent<PeopleInvitedDetail>} coprod-people-invited - People were invited. Detail: `{ opportunityId, invitationIds }`.
 * @fires {CustomEvent<MessageDoneDetail>} coprod-message-done - A letter, call or supporter message was marked as sent by hand (the workspace counts again). Detail: `{ messageId }`.
 * @fires {CustomEvent<CoprodErrorDetail>} coprod-error - Loading or an action failed. Detail: `{ action, kind, message }`.
 * @csspart sign-in - The "Sign in to see this" panel.
 * @csspart pool-form - The search form with its filters.
 * @csspart person - One person in the pool.
 * @csspart person-detail - A person's one page profile, opened in place.
 * @csspart suggestion - One suggested person.
 * @csspart reasons - Why a person was suggested.
 * @csspart invite - The "Invite" button.
 * @csspart invitations - Who was invited and who answered.
 * @csspart told-show - The "Show the messages we sent them" button in an opened profile.
 * @csspart told - The messages sent to that person (or that there were none).
 */
export class CoprodStaffPeople extends StaffElement {
  static override styles = [...StaffElement.styles, formStyles, staffStyles, staffPeopleStyles];
  static override messages = mergeCatalogs(mergeCatalogs(staffMessages, staffPeopleMessages), lookReasonMessages);

  /** The opportunity to suggest and invite people for. Without it only the pool shows. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;

  /** @internal */ @state() private filters: PoolFilters = blankFilters();
  /** @internal */ @state() private applied: PoolFilters = blankFilters();
  /** @internal */ @state() private more: PersonSummary[] = [];
  /** @internal */ @state() private moreCursor: string | null | undefined;
  /** @internal */ @state() private opened: string | undefined;
  /** @internal */ @state() private record: PersonRecord | Error | undefined;
  /** @internal */ @state() private weights: MatchWeights = { ...DEFAULT_WEIGHTS };
  /** @internal */ @state() private appliedWeights: MatchWeights = { ...DEFAULT_WEIGHTS };
  /** @internal */ @state() private inviteResult: TemplateResult | undefined;
  /** @internal */ @state() private invitedRound = 0;
  /** @internal */ @state() private taxonomy: Taxonomy | undefined;
  /** @internal */ @state() private changeDone: string | undefined;
  /** @internal */ @state() private told: Told;
  /** Whether "More filters" is open as the person left it (read at the next render; never closes it from code). */
  private moreOpen = false;
  private readonly busy = new BusyController(this);
  /** Who is chosen to invite: a 422 (none, or more than 50) is shown by code at the Invite button and in a summary above the list. */
  private readonly inviteForm = new FormController<{ profileIds: string[] }>(this, {
    initial: { profileIds: [] },
    fieldOrder: ['profileIds'],
    rules: invitationRules,
    validate: (v): Record<string, string> => (v.profileIds.length ? {} : { profileIds: this.t('eChoose') }),
    word: (problem) => this.t('fieldProblem', problem.code, problem.limit),
    speech: { pending: () => this.t('sending'), failure: (error) => this.inviteFailure(error) },
  });

  /** A refusal naming no field has no list to point to: the invitation's own words, not "check the list at the top". */
  private inviteFailure(error: ApiError): string {
    return error.kind === 'validation' ? this.t('inviteRefused') : this.actionError(error);
  }
  /** Every message waiting to be sent by hand, in one list (issue 15): its module loads when staff first ask. */
  private readonly byHand = new ByHandSection(this, {
    api: () => this.api,
    t: (key, ...args) => this.say(key, ...args),
    errorText: (error) => this.actionError(error),
    reportError: (action, error) => this.reportError(action, error),
    announce: (text) => this.announce(text),
    done: (messageId) => this.emit('coprod-message-done', { messageId }),
    root: () => this.renderRoot,
  });
  private readonly change = new PersonChange(this, {
    api: () => this.api,
    t: (key, ...args) => this.say(key, ...args),
    errorText: (error) => this.actionError(error),
    reportError: (error) => this.reportError('save', error),
    reload: async () => {
      const id = this.opened;
      const api = this.api;
      if (!id || !api?.getPerson) throw new ApiError('not-found', 'Not available.');
      const record = await api.getPerson(id, this.applied.reason);
      this.record = record;
      return record;
    },
    changed: (done, record) => {
      this.changeDone = done;
      this.announce(done);
      // The form (and after a delete or erase, the person's card) is gone with the focus in it: bring it to the result.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="change-done"]')?.focus());
      if (record) this.record = record;
      else {
        // The profile is gone: the pool and the suggestions are asked again without it.
        this.opened = undefined;
        void this.pool.run();
        if (this.opportunityId) void this.suggestions.run();
      }
    },
  });

  private get say(): Say {
    return this.t as unknown as Say;
  }

  private words(): Words {
    return { t: this.say, locale: this.config.locale, taxonomy: this.taxonomy };
  }

  private readonly pool = this.loadTask(
    () => JSON.stringify(this.applied),
    async (api, _key, signal): Promise<PeoplePage | Error> => {
      if (!api.listPeople) return new ApiError('not-found', 'Not available.');
      this.taxonomy ??= await loadTaxonomy(api, signal).catch(() => undefined);
      this.more = [];
      this.moreCursor = undefined;
      return api.listPeople(toQuery(this.applied), { signal }).catch(forbiddenAsValue);
    },
  );

  private readonly suggestions = this.loadTask(
    () => `${this.opportunityId ?? ''}|${JSON.stringify(this.appliedWeights)}`,
    async (api, _key, signal): Promise<Suggested | Error | undefined> => {
      const id = this.opportunityId;
      if (!id || !api.listSuggestions) return undefined;
      const w = this.appliedWeights;
      const query = { weightTopic: w.topic, weightSkill: w.skill, weightAvailability: w.availability, weightMode: w.mode, weightNewVoice: w.newVoice };
      try {
        const [opportunity, page] = await Promise.all([api.getOpportunity(id, { signal }), api.listSuggestions(id, query, { signal })]);
        return { opportunity, page };
      } catch (error) {
        return forbiddenAsValue(error);
      }
    },
  );

  private readonly invitations = this.loadTask(
    () => `${this.opportunityId ?? ''}|${this.invitedRound}`,
    async (api, _key, signal): Promise<InvitationList | Error | undefined> => {
      const id = this.opportunityId;
      if (!id || !api.listInvitations) return undefined;
      return api.listInvitations(id, { signal }).catch(forbiddenAsValue);
    },
  );

  protected override renderSignedIn(): unknown {
    return html`<section aria-labelledby="staff-people-title">
      ${heading(this.level, html`<span id="staff-people-title">${this.t('title')}</span>`, { className: 'widget-title' })} ${this.opportunityId ? this.renderSuggestions() : nothing} ${this.renderPool()} ${this.byHand.render(this.level + 1)}
    </section>`;
  }

  private noRole(): TemplateResult {
    return html`<div class="panel notice" part="no-role">
      ${heading(this.level + 2, html`${icon('info')} ${this.t('noPeopleRoleTitle')}`, { className: 'panel-title' })}
      <p>${lines(this.t('noPeopleRoleBody'))}</p>
    </div>`;
  }

  // The pool

  private renderPool(): TemplateResult {
    const body = this.pool.render({
      initial: () => loadingView(this.t('loadingPool'), { rows: 3 }),
      pending: () => loadingView(this.t('loadingPool'), { rows: 3 }),
      error: (error) => this.renderLoadError(error, () => void this.pool.run()),
      complete: (page) => {
        if (!page) return nothing;
        if (page instanceof Error) return this.noRole();
        return this.renderPeople(page);
      },
    });
    const view = {
      ...this.words(),
      level: this.level + 2,
      filters: this.filters,
      onFilter: (patch: Partial<PoolFilters>) => (this.filters = { ...this.filters, ...patch }),
      moreOpen: this.moreOpen,
      onMoreToggle: (open: boolean) => (this.moreOpen = open),
      onSearch: (event: Event) => {
        event.preventDefault();
        this.opened = undefined;
        this.changeDone = undefined;
        this.change.reset();
        this.applied = { ...this.filters };
      },
    };
    // Outside the pool's loading states, so it stays (and keeps focus) while the pool is asked again after a delete.
    const done = this.changeDone ? html`<p class="saved" part="change-done" tabindex="-1">${icon('check')} ${this.changeDone}</p>` : nothing;
    return html`<section class="part" aria-labelledby="pool-title">${heading(this.level + 1, this.t('poolTitle'), { id: 'pool-title' })} ${poolForm(view)} ${done} ${body}</section>`;
  }

  private renderPeople(page: PeoplePage): TemplateResult {
    if (!page.items.length) return emptyView(this.t('noPeopleTitle'), this.t('noPeopleBody'), undefined, this.level + 2);
    const people = [...page.items, ...this.more];
    const next = this.moreCursor === undefined ? page.nextCursor : this.moreCursor;
    const view = { ...this.words(), level: this.level + 2, opened: this.opened, onOpen: (p: PersonSummary) => void this.open(p) };
    const detail = this.record === undefined ? loadingView(this.t('loadingPerson'), { rows: 2 }) : this.record instanceof Error ? html`<p class="inline-error">${this.actionError(this.record)}</p>` : personDetail(
            { ...this.words(), level: this.level + 3 },
            this.record,
            html`${this.api?.listMessages ? toldView({ ...this.words(), level: this.level + 4 }, this.told, () => void this.showTold(this.opened!), this.api.markMessageDone ? (m) => void this.markDone(m) : undefined, (m) => this.busy.isBusy(`told-${m}`)) : nothing}
            ${personChangeView(this.say, this.level + 4, this.change, this.record, Boolean(this.api?.erasePerson))}`,
          );
    return html`<p role="status">${this.t('found', page.total)}</p>
      <ol class="items">
        ${people.map((p) => personCard(view, p, detail))}
      </ol>
      ${next ? html`<button type="button" class="button secondary" part="more" aria-disabled=${this.busy.ariaDisabled('more')} @click=${() => void this.busy.run('more', () => this.loadMore(next))}>${this.t('showMore')}</button>` : nothing}`;
  }

  private async loadMore(cursor: string): Promise<void> {
    const api = this.api;
    if (!api?.listPeople) return;
    try {
      const page = await api.listPeople({ ...toQuery(this.applied), cursor });
      this.more = [...this.more, ...page.items];
      this.moreCursor = page.nextCursor;
    } catch (error) {
      this.reportError('load', error);
      this.announce(this.actionError(error));
    }
  }

  private async open(person: PersonSummary): Promise<void> {
    if (this.opened === person.id) {
      this.opened = undefined;
      this.change.reset();
      return;
    }
    const api = this.api;
    if (!api?.getPerson) return;
    this.opened = person.id;
    this.record = undefined;
    this.told = undefined;
    this.changeDone = undefined;
    this.change.reset();
    try {
      const record = await api.getPerson(person.id, this.applied.reason);
      if (this.opened === person.id) this.record = record;
    } catch (error) {
      this.reportError('load', error);
      if (this.opened === person.id) this.record = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Every message sent to the opened person (audited on the server); the focus goes to the list. */
  private async showTold(id: string): Promise<void> {
    const api = this.api;
    if (!api?.listMessages) return;
    this.told = 'loading';
    let told: Told;
    try {
      told = await api.listMessages({ profileId: id, reason: this.applied.reason });
    } catch (error) {
      this.reportError('load', error);
      told = this.actionError(error);
    }
    if (this.opened !== id) return;
    this.told = told;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="told"], [part="told-error"]')?.focus();
  }

  /** A letter, call or supporter's message staff sent by hand: marked (audited), the row says so and keeps the focus. */
  private async markDone(id: string): Promise<void> {
    const api = this.api;
    if (!api?.markMessageDone || typeof this.told !== 'object') return;
    const marked = await this.busy.run(`told-${id}`, async () => {
      try {
        const done = await api.markMessageDone!(id, { idempotencyKey: crypto.randomUUID() });
        if (typeof this.told === 'object') this.told = { items: this.told.items.map((m) => (m.id === id ? done : m)) };
        this.announce(this.t('toldMarked'));
        this.emit('coprod-message-done', { messageId: id });
      } catch (error) {
        this.reportError('save', error);
        this.announce(this.actionError(error));
      }
      return true;
    });
    if (!marked) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#told-${CSS.escape(id)}`)?.focus();
  }

  // Suggestions and invitations

  private renderSuggestions(): TemplateResult {
    let title = this.t('suggestionsTitle', '…');
    const body = this.suggestions.render({
      initial: () => loadingView(this.t('loadingSuggestions'), { rows: 3 }),
      pending: () => loadingView(this.t('loadingSuggestions'), { rows: 3 }),
      error: (error) => this.renderLoadError(error, () => void this.suggestions.run()),
      complete: (found) => {
        if (!found) return nothing;
        if (found instanceof Error) return this.noRole();
        // The brief's Welsh title on a Welsh page where the council wrote one, else its English, marked (drawn lang="en-GB").
        title = this.t('suggestionsTitle', markedIn(this.config.locale, { en: found.opportunity.title, cy: found.opportunity.translations?.cy?.title }));
        const view = {
          ...this.words(),
          level: this.level + 2,
          weights: this.weights,
          chosen: new Set(this.inviteForm.values.profileIds),
          error: this.inviteForm.error('profileIds'),
          summary: this.inviteForm,
          failure: this.inviteForm.failure && this.inviteFailure(this.inviteForm.failure),
          result: this.inviteResult,
          busy: this.busy.isBusy('invite'),
          onWeight: (key: keyof MatchWeights, value: number) => (this.weights = { ...this.weights, [key]: Number.isFinite(value) ? Math.min(5, Math.max(0, value)) : DEFAULT_WEIGHTS[key] }),
          onRank: (event: Event) => {
            event.preventDefault();
            this.appliedWeights = { ...this.weights };
          },
          onChoose: (id: string, on: boolean) => {
            const ids = this.inviteForm.values.profileIds.filter((chosen) => chosen !== id);
            this.inviteForm.update({ profileIds: on ? [...ids, id] : ids });
          },
          onInvite: () => void this.busy.run('invite', () => this.invite(found)),
        };
        return html`${weightsForm(view)} ${found.page.items.length ? suggestionsList(view, found.page) : emptyView(this.t('noSuggestionsTitle'), this.t('noSuggestionsBody'), undefined, this.level + 2)}`;
      },
    });
    const invited = this.invitations.render({
      initial: () => loadingView(this.t('loadingInvitations'), { rows: 1 }),
      pending: () => (this.invitations.value && !(this.invitations.value instanceof Error) ? invitationsList(this.words(), this.invitations.value) : loadingView(this.t('loadingInvitations'), { rows: 1 })),
      error: (error) => this.renderLoadError(error, () => void this.invitations.run()),
      complete: (list) => (!list || list instanceof Error ? nothing : invitationsList(this.words(), list)),
    });
    return html`<section class="part" aria-labelledby="suggestions-title">
        ${heading(this.level + 1, withEnglish(title), { id: 'suggestions-title' })} ${body}
      </section>
      <section class="part" aria-labelledby="invitations-title">${heading(this.level + 1, this.t('invitationsTitle'), { id: 'invitations-title' })} ${invited}</section>`;
  }

  private async invite(found: Suggested): Promise<void> {
    const api = this.api;
    const opportunityId = found.opportunity.id;
    if (!api?.invitePeople) return;
    this.inviteResult = undefined;
    const result = await this.inviteForm.submit(async (body, idempotencyKey) => {
      try {
        return await api.invitePeople!(opportunityId, body, { idempotencyKey });
      } catch (error) {
        this.reportError('save', error);
        throw error;
      }
    });
    if (result) {
      const names = new Map(found.page.items.map((s) => [s.person.id, s.person.name]));
      const done = this.t('invitedDone', result.invited.length);
      this.inviteResult = html`<p class="saved">${icon('check')} ${done}</p>
        ${result.skipped.map((s) => html`<p class="inline-error">${this.t('skipped', names.get(s.profileId) ?? s.profileId, this.say(`skip_${s.code}`))}</p>`)}`;
      this.announce(done);
      this.inviteForm.reset({ profileIds: [] });
      this.invitedRound += 1;
      void this.suggestions.run();
      this.emit('coprod-people-invited', { opportunityId, invitationIds: result.invited.map((i) => i.id) });
    }
  }
}

/** A 403 is shown as "you need the people role", not as a failure to retry. */
function forbiddenAsValue(error: unknown): Error {
  if (error instanceof ApiError && error.kind === 'forbidden') return error;
  throw error;
}
