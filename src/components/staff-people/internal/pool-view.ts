/** The pool: the search form with its filters, a page of people, and one person's profile opened in place. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PeopleQuery, PersonRecord, PersonSummary, ReadReasonCode } from '../../../api/types.js';
import { heading } from '../../../core/heading.js';
import { accessLabels, choicesFrom, label, participationModes, weekdays } from '../../../core/vocabulary.js';
import { ACCESS } from '../../../api/rules.js';
import { termChoice, termSpan } from '../../../core/term-choice.js';
import { availabilityText, TIMES, type Words } from './words.js';

export const READ_REASONS: readonly ReadReasonCode[] = ['find-people', 'person-asked', 'contact', 'records'];

/** What the search form holds: the contract's filters as text, and the reason for the read. */
export interface PoolFilters {
  reason: ReadReasonCode;
  q: string;
  topic: string;
  skill: string;
  day: string;
  time: string;
  mode: string;
  language: string;
  support: string;
  training: boolean;
}

export const blankFilters = (): PoolFilters => ({ reason: 'find-people', q: '', topic: '', skill: '', day: '', time: '', mode: '', language: '', support: '', training: false });

/** The filters as the contract's query: empty ones left out. */
export function toQuery(f: PoolFilters): PeopleQuery {
  const query: Record<string, unknown> = { reason: f.reason };
  for (const key of ['q', 'topic', 'skill', 'day', 'time', 'mode', 'language', 'support'] as const) if (f[key].trim()) query[key] = f[key].trim();
  if (f.training) query.training = true;
  return query as PeopleQuery;
}

export interface PoolView extends Words {
  level: number;
  filters: PoolFilters;
  onFilter(patch: Partial<PoolFilters>): void;
  onSearch(event: Event): void;
  /** The person's own opening of "More filters", kept so that clearing a filter never closes it under their hands. */
  moreOpen: boolean;
  onMoreToggle(open: boolean): void;
}

function select(view: PoolView, name: keyof PoolFilters, text: string, options: { value: string; label: string; lang?: string | typeof nothing }[], withAny = true): TemplateResult {
  const value = String(view.filters[name]);
  return html`<div class="form-group">
    <label class="label" for="pool-${name}">${text}</label>
    <select class="select" id="pool-${name}" name=${name} @change=${(e: Event) => view.onFilter({ [name]: (e.target as HTMLSelectElement).value } as Partial<PoolFilters>)}>
      ${withAny ? html`<option value="" ?selected=${value === ''}>${view.t('any')}</option>` : nothing}
      ${options.map((o) => html`<option value=${o.value} ?selected=${value === o.value} lang=${o.lang ?? nothing}>${o.label}</option>`)}
    </select>
  </div>`;
}

export function poolForm(view: PoolView): TemplateResult {
  const { t, locale } = view;
  const f = view.filters;
  // Open when one of them is chosen, so that what narrows the list is in sight; never closed from code
  // (clearing a filter would take away the control in use and drop the focus to <body>).
  const more = Boolean(f.topic || f.skill || f.day || f.time || f.mode || f.language || f.support || f.training);
  return html`<form class="pool-form" part="pool-form" role="search" @submit=${view.onSearch}>
    <div class="form-group">
      <label class="label" for="pool-reason">${t('reasonLabel')}</label>
      <span class="hint" id="pool-reason-hint">${t('reasonHint')}</span>
      <select class="select" id="pool-reason" name="reason" aria-describedby="pool-reason-hint" @change=${(e: Event) => view.onFilter({ reason: (e.target as HTMLSelectElement).value as ReadReasonCode })}>
        ${READ_REASONS.map((r) => html`<option value=${r} ?selected=${view.filters.reason === r}>${t(`reason_${r}`)}</option>`)}
      </select>
    </div>
    <div class="toolbar">
      <div class="form-group">
        <label class="label" for="pool-q">${t('qLabel')}</label>
        <span class="hint" id="pool-q-hint">${t('qHint')}</span>
        <input class="input" id="pool-q" name="q" type="search" autocomplete="off" aria-describedby="pool-q-hint" .value=${live(view.filters.q)} @input=${(e: Event) => view.onFilter({ q: (e.target as HTMLInputElement).value })} />
      </div>
    </div>
    <details class="more-filters" ?open=${more || view.moreOpen} @toggle=${(e: Event) => view.onMoreToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${t('moreFilters')}</summary>
      <div class="toolbar">
        ${select(view, 'topic', t('topicLabel'), (view.taxonomy?.topics ?? []).map((term) => termChoice(term, locale)))}
        <div class="form-group">
          <label class="label" for="pool-skill">${t('skillLabel')}</label>
          <input class="input" id="pool-skill" name="skill" type="text" autocomplete="off" .value=${live(view.filters.skill)} @input=${(e: Event) => view.onFilter({ skill: (e.target as HTMLInputElement).value })} />
        </div>
        ${select(view, 'day', t('dayLabel'), choicesFrom(weekdays, locale))}
        ${select(view, 'time', t('timeLabel'), TIMES.map((x) => ({ value: x, label: t(`time_${x}`) })))}
        ${select(view, 'mode', t('modeLabel'), choicesFrom(participationModes, locale))}
        ${select(view, 'language', t('languageLabel'), [{ value: 'en-GB', label: t('lang_en') }, { value: 'cy', label: t('lang_cy') }])}
        ${select(view, 'support', t('supportLabel'), ACCESS.map((a) => ({ value: a, label: label(accessLabels, a, locale) })))}
        <div class="choice training">
          <input type="checkbox" id="pool-training" name="training" .checked=${live(view.filters.training)} @change=${(e: Event) => view.onFilter({ training: (e.target as HTMLInputElement).checked })} />
          <label for="pool-training">${t('trainingLabel')}</label>
        </div>
      </div>
    </details>
    <button type="submit" class="button" part="search">${t('search')}</button>
  </form>`;
}

export interface PersonCardView extends Words {
  level: number;
  opened: string | undefined;
  onOpen(person: PersonSummary): void;
}

export function personFacts(w: Words, p: PersonSummary): TemplateResult {
  const { t, locale } = w;
  return html`<dl class="facts">
    <dt>${t('topics')}</dt>
    <dd>${p.topics.length
      ? p.topics.map((id, i) => html`${i ? ', ' : ''}${termSpan(locale, w.taxonomy?.topics, id)}`)
      : t('none')}</dd>
    <dt>${t('skills')}</dt>
    <dd>${p.skills.join(', ') || t('none')}</dd>
    <dt>${t('available')}</dt>
    <dd>${availabilityText(w, p.availability)}</dd>
    <dt>${t('needs')}</dt>
    <dd>${p.needs.map((n) => label(accessLabels, n, locale)).join(', ') || t('none')}</dd>
  </dl>`;
}

export function personCard(view: PersonCardView, p: PersonSummary, detail: TemplateResult | typeof nothing): TemplateResult {
  const { t } = view;
  const open = view.opened === p.id;
  return html`<li class="item" part="person" data-person=${p.id}>
    ${heading(view.level, p.name)} ${personFacts(view, p)}
    <p class="subtle">
      ${t('invitedRecently', p.invitedRecently)}${p.trainingWanted ? html` · ${t('training')}` : nothing}${p.invitations?.wanted === 'none' ? html` · ${t('noInvitations')}` : nothing}${p.invitations?.wanted === 'some' ? html` · ${t('someInvitations')}` : nothing}
    </p>
    <button type="button" class="button secondary" part="open" aria-expanded=${open ? 'true' : 'false'} aria-controls="person-${p.id}" @click=${() => view.onOpen(p)}>
      ${open ? t('close') : t('open', p.name)}
    </button>
    <div id="person-${p.id}">${open ? detail : nothing}</div>
  </li>`;
}

/** One page profile, read with its reason (audited), the invitations sent to the person, and `changes` (correct, delete, erase). */
export function personDetail(w: Words & { level: number }, record: PersonRecord, changes: TemplateResult | typeof nothing = nothing): TemplateResult {
  const { t, locale } = w;
  const p = record.profile;
  const row = (key: string, value: string | undefined) => (value?.trim() ? html`<dt>${t(key)}</dt><dd>${value}</dd>` : nothing);
  return html`<div class="person-detail" part="person-detail">
    <dl class="facts">
      ${row('importantToMe', p.importantToMe)} ${row('experience', p.experience)} ${row('networks', p.networks)}
      ${row('howToHelp', [...(p.howToHelp?.needs ?? []).map((n) => label(accessLabels, n, locale)), p.howToHelp?.details ?? ''].filter(Boolean).join('\n'))}
      ${row('training', p.trainingWanted)}
    </dl>
    ${heading(w.level, t('theirInvitations'))}
    ${record.invitations.length
      ? html`<ul class="invitation-list">
          ${record.invitations.map((i) => html`<li>${t('invitedOn', i.invitedAt)}: ${t(`status_${i.status}`)}</li>`)}
        </ul>`
      : html`<p>${t('none')}</p>`}
    ${changes}
  </div>`;
}
