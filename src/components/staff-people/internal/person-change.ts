/**
 * Staff correct, delete or erase what a person gave us, on their request (issue 15): a
 * reason is always asked for (the person is told it, and it is audited), a correction is
 * sent with the version it was read at (If-Match), and deleting or erasing has a confirm step.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CoprodApi } from '../../../api/api.js';
import { CHANGE_REASONS, profileRules } from '../../../api/rules.js';
import type { ChangeReasonCode, PersonRecord, ProfileInput } from '../../../api/types.js';
import { versionOf } from '../../../api/versions.js';
import { errorSummary, fieldId, FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { lines } from '../../../shared/staff/staff-access.js';
import type { Say } from './words.js';

export type ChangeMode = 'correct' | 'delete' | 'erase';

/** The parts of a profile staff correct here: what a person most often asks to have put right. */
const FIELDS = ['name', 'contact', 'importantToMe', 'experience', 'networks'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;
type Values = Partial<Draft> & { reason: ChangeReasonCode | '' };
/** A field's contract path: its error's key in the form controller, and its id (`fieldId`). */
const pathOf = (field: Field | 'reason'): string => (field === 'contact' ? 'contact.detail' : field);

/** What the component gives the controller: the adapter, its words, and what to do once a change is made. */
export interface PersonChangeDeps {
  api(): CoprodApi | undefined;
  t: Say;
  /** The change was made: `record` is the corrected one, or undefined when the profile is gone. */
  changed(done: string, record: PersonRecord | undefined): void;
  /** Reads the person's record again (after a 412), shown in place of the one the form was opened with. */
  reload(): Promise<PersonRecord>;
  /** Words for an error that is not about one field (a network failure). */
  errorText(error: unknown): string;
  reportError(error: unknown): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const draftOf = (record: PersonRecord): Draft => {
  const p = record.profile;
  return { name: p.name, contact: p.contact?.detail ?? '', importantToMe: p.importantToMe, experience: p.experience, networks: p.networks ?? '' };
};

/**
 * The open change for the person shown. Its reason and draft are the values of a FormController,
 * which shows the errors (the reason asked for, a refusal's field problems worded by code) at the
 * fields and in the summary, moves focus there and keeps what was typed.
 */
export class PersonChange implements ReactiveController {
  mode: ChangeMode | undefined;
  readonly form: FormController<Values>;
  problem: string | undefined;
  /** Someone else saved first (412): the form offers to load their change. */
  conflict = false;
  /** Their change was loaded into the form, what was typed kept. */
  loaded = false;
  /** The record's answers when the form was filled from it: a field still equal to these was not typed in. */
  private base: Draft | undefined;
  busy = false;

  constructor(
    private readonly host: Host,
    private readonly deps: PersonChangeDeps,
  ) {
    host.addController(this);
    const { t } = deps;
    this.form = new FormController<Values>(host, {
      initial: { reason: '' },
      fieldOrder: ['reason', ...FIELDS.map(pathOf)],
      aliases: { contact: 'contact.detail' },
      rules: profileRules,
      validate: (v): Record<string, string> => (v.reason ? {} : { reason: t('eReason') }),
      word: (p) => (p.field === 'reason' && p.code === 'required' ? t('eReason') : t('fieldProblem', p.code, p.limit)),
    });
  }

  get reason(): ChangeReasonCode | '' {
    return this.form.values.reason;
  }

  /** What is typed, while correcting. */
  get draft(): Draft | undefined {
    return this.mode === 'correct' ? (this.form.values as Draft) : undefined;
  }

  hostConnected(): void {}

  /** Closes any open change (another person opened, or the pool searched again). */
  reset(): void {
    this.mode = undefined;
    this.form.reset({ reason: '' });
    this.problem = undefined;
    this.conflict = false;
    this.loaded = false;
    this.base = undefined;
    this.host.requestUpdate();
  }

  open(mode: ChangeMode, record: PersonRecord): void {
    this.reset();
    this.mode = mode;
    if (mode === 'correct') {
      this.base = draftOf(record);
      this.form.reset({ reason: '', ...this.base });
    }
    void this.focus('.person-change');
  }

  edit(field: Field, value: string): void {
    if (this.draft) this.form.update({ [field]: value });
  }

  choose(reason: string): void {
    this.form.update({ reason: reason as ChangeReasonCode | '' });
  }

  async submit(record: PersonRecord): Promise<void> {
    const { t } = this.deps;
    const api = this.deps.api();
    const mode = this.mode;
    if (!api || !mode || this.busy) return;
    this.problem = undefined;
    this.conflict = false;
    this.loaded = false;
    const p = record.profile;
    // The form controller asks for the reason and shows a refusal's field problems by code; other failures are worded here.
    const done = await this.form.submit(async (values) => {
      const reason = values.reason as ChangeReasonCode;
      try {
        if (mode === 'correct' && this.draft) {
          const d = this.draft;
          const { id: _id, createdAt: _c, updatedAt: _u, ...before } = p;
          const input: ProfileInput = { ...before, name: d.name.trim(), importantToMe: d.importantToMe.trim(), experience: d.experience.trim(), networks: d.networks.trim(), contact: { ...p.contact, detail: d.contact.trim() } };
          const saved = await api.updateProfile(p.id, input, { reason, ifMatch: versionOf(p) });
          return () => this.deps.changed(t('correctedDone', saved.name), { ...record, profile: saved });
        }
        if (mode === 'delete') {
          await api.deleteProfile(p.id, { reason });
          return () => this.deps.changed(t('deletedDone', p.name), undefined);
        }
        const summary = await api.erasePerson!({ profileId: p.id, reason });
        return () => this.deps.changed(t('erasedDone', p.name, summary.interests, summary.feedbackRemoved + summary.feedbackAnonymised), undefined);
      } catch (error) {
        this.deps.reportError(error);
        throw error;
      }
    });
    if (done) {
      this.reset();
      done();
      return;
    }
    const failure = this.form.failure;
    if (this.form.status !== 'failed' || !failure) return;
    this.conflict = failure.kind === 'conflict' && mode === 'correct';
    this.problem = this.conflict ? t('eChangedSince') : this.deps.errorText(failure);
    await this.focus('#change-problem');
  }

  /** After a 412: reads their change; a field typed in keeps what was typed, the others show theirs. */
  async loadTheirs(): Promise<void> {
    if (this.busy || !this.draft) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const theirs = draftOf(await this.deps.reload());
      const typed = this.draft;
      const base = this.base ?? theirs;
      this.form.update(Object.fromEntries(FIELDS.map((f) => [f, typed[f] !== base[f] ? typed[f] : theirs[f]])));
      this.form.failure = undefined;
      this.base = theirs;
      this.problem = undefined;
      this.conflict = false;
      this.loaded = true;
    } catch (error) {
      this.deps.reportError(error);
      this.problem = this.deps.errorText(error);
    } finally {
      this.busy = false;
    }
    await this.focus(this.loaded ? '#change-loaded' : '#change-problem');
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

function fieldError(change: PersonChange, field: Field | 'reason'): TemplateResult | typeof nothing {
  const message = change.form.error(pathOf(field));
  return message ? html`<p class="inline-error" id="${fieldId(pathOf(field))}-error">${icon('alert')} ${message}</p>` : nothing;
}

function reasonSelect(t: Say, change: PersonChange): TemplateResult {
  const error = change.form.error('reason');
  return html`<div class="form-group">
    <label class="label" for="field-reason">${t('changeReasonLabel')}</label>
    <span class="hint" id="field-reason-hint">${t('changeReasonHint')}</span>
    ${fieldError(change, 'reason')}
    <select class="select" id="field-reason" required aria-invalid=${error ? 'true' : 'false'} aria-describedby="field-reason-hint${error ? ' field-reason-error' : ''}" @change=${(e: Event) => change.choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${change.reason === ''}>${t('chooseReason')}</option>
      ${CHANGE_REASONS.map((r) => html`<option value=${r} ?selected=${change.reason === r}>${t(`change_${r}`)}</option>`)}
    </select>
  </div>`;
}

function draftField(t: Say, change: PersonChange, field: Field): TemplateResult {
  const id = fieldId(pathOf(field));
  const error = change.form.error(pathOf(field));
  const value = change.draft?.[field] ?? '';
  const onInput = (e: Event) => change.edit(field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const described = error ? `${id}-error` : nothing;
  const long = field === 'importantToMe' || field === 'experience' || field === 'networks';
  return html`<div class="form-group">
    <label class="label" for=${id}>${t(`field_${field}`)}</label>
    ${fieldError(change, field)}
    ${long
      ? html`<textarea class="textarea" id=${id} rows="3" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} .value=${live(value)} @input=${onInput}></textarea>`
      : html`<input class="input" id=${id} type="text" autocomplete="off" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} .value=${live(value)} @input=${onInput} />`}
  </div>`;
}

/** The buttons to start a change, or the open change with its reason and confirm step. */
export function personChangeView(t: Say, level: number, change: PersonChange, record: PersonRecord, canErase: boolean): TemplateResult {
  const name = record.profile.name;
  const mode = change.mode;
  const busy = change.busy || change.form.submitting ? 'true' : 'false';
  const title = heading(level, t('changeTitle'));
  if (!mode) {
    return html`<div class="person-changes" part="person-changes">
      ${title}
      <div class="button-group">
        <button type="button" class="button secondary" part="correct" @click=${() => change.open('correct', record)}>${t('correctButton')}</button>
        <button type="button" class="button warning" part="delete" @click=${() => change.open('delete', record)}>${t('deleteButton')}</button>
        ${canErase ? html`<button type="button" class="button warning" part="erase" @click=${() => change.open('erase', record)}>${t('eraseButton')}</button>` : nothing}
      </div>
    </div>`;
  }
  const question = t(`${mode}Question`, name);
  const yes = change.busy || change.form.submitting ? t('saving') : t(`${mode}Yes`);
  return html`<div class="person-changes" part="person-changes">
    ${title}
    <form class="confirm person-change" part="change-${mode}" tabindex="-1" aria-labelledby="change-question" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      void change.submit(record);
    }}>
      <p id="change-question"><strong>${question}</strong></p>
      <p>${lines(t(`${mode}Body`, name))}</p>
      ${errorSummary(t('errorSummaryTitle'), change.form, level + 1)}
      ${change.problem ? html`<p class="inline-error" id="change-problem" data-form-failure tabindex="-1" role="alert">${icon('alert')} ${change.problem}</p>` : nothing}
      ${change.conflict ? html`<p><button type="button" class="button secondary" part="load-theirs" aria-disabled=${busy} @click=${() => void change.loadTheirs()}>${t('loadTheirs')}</button></p>` : nothing}
      ${change.loaded ? html`<p class="saved" id="change-loaded" part="change-loaded" tabindex="-1">${icon('check')} ${t('theirsLoaded')}</p>` : nothing}
      ${reasonSelect(t, change)} ${mode === 'correct' ? FIELDS.map((f) => draftField(t, change, f)) : nothing}
      <div class="button-group">
        <button type="submit" class="button ${mode === 'correct' ? '' : 'warning'}" part="change-yes" aria-disabled=${busy}>${yes}</button>
        <button type="button" class="button secondary" part="change-no" aria-disabled=${busy} @click=${() => change.reset()}>${t(mode === 'correct' ? 'cancel' : 'keepIt')}</button>
      </div>
    </form>
  </div>`;
}
