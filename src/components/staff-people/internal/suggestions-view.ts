/** Suggestions for one opportunity (ranked, with reasons and what to arrange), the weights, and who was invited. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Invitation, InvitationList, MatchWeights, Suggestion, SuggestionPage } from '../../../api/types.js';
import { errorSummary, type SummaryOf } from '../../../core/forms/error-summary.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';
import { withEnglish } from '../../../core/in-english.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { personFacts } from './pool-view.js';
import { arrangementText, reasonText, type Words } from './words.js';

export const WEIGHT_KEYS: readonly (keyof MatchWeights)[] = ['topic', 'skill', 'availability', 'mode', 'newVoice'];

export interface SuggestionsView extends Words {
  level: number;
  weights: MatchWeights;
  chosen: ReadonlySet<string>;
  error: string | undefined;
  /** The invitation's error summary (FormController) and a failure that names no field. */
  summary: SummaryOf;
  failure: string | undefined;
  result: TemplateResult | undefined;
  busy: boolean;
  onWeight(key: keyof MatchWeights, value: number): void;
  onRank(event: Event): void;
  onChoose(id: string, chosen: boolean): void;
  onInvite(): void;
}

export function weightsForm(view: SuggestionsView): TemplateResult {
  const { t } = view;
  return html`<form class="weights" part="weights" @submit=${view.onRank}>
    <fieldset>
      <legend>${t('weightsTitle')}</legend>
      <p class="hint" id="weights-hint">${t('weightsHint')}</p>
      <div class="toolbar">
        ${WEIGHT_KEYS.map(
          (key) => html`<div class="form-group">
            <label class="label" for="weight-${key}">${t(`weight_${key}`)}</label>
            <input class="input narrow" id="weight-${key}" name=${key} type="number" min="0" max="5" step="1" inputmode="numeric" aria-describedby="weights-hint"
              .value=${live(String(view.weights[key]))} @change=${(e: Event) => view.onWeight(key, Number((e.target as HTMLInputElement).value))} />
          </div>`,
        )}
      </div>
      <button type="submit" class="button secondary" part="rank">${t('rankAgain')}</button>
    </fieldset>
  </form>`;
}

function suggestionCard(view: SuggestionsView, s: Suggestion): TemplateResult {
  const { t } = view;
  const p = s.person;
  const id = `choose-${p.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return html`<li class="item" part="suggestion" data-person=${p.id}>
    ${heading(view.level, p.name)}
    ${s.invitation
      ? html`<p class="tag">${icon('mail')} ${t('alreadyInvited')}: ${t(`status_${s.invitation.status}`)}</p>`
      : html`<div class="choice">
          <input type="checkbox" id=${id} .checked=${live(view.chosen.has(p.id))} @change=${(e: Event) => view.onChoose(p.id, (e.target as HTMLInputElement).checked)} />
          <label for=${id}>${t('choose', p.name)}</label>
        </div>`}
    <p class="why-title">${t('whyTitle')}</p>
    <ul class="reasons" part="reasons">
      ${s.reasons.map((r) => html`<li>${withEnglish(reasonText(view, r))}</li>`)}
    </ul>
    ${s.access.length
      ? html`<p class="why-title">${t('arrangeTitle')}</p>
          <ul class="reasons" part="arrange">
            ${s.access.map((a) => html`<li class=${a.arranged ? 'arranged' : 'to-arrange'}>${arrangementText(view, a)}</li>`)}
          </ul>`
      : nothing}
    <details class="facts">
      <summary>${t('topics')}, ${t('skills').toLowerCase()}…</summary>
      ${personFacts(view, p)}
    </details>
  </li>`;
}

export function suggestionsList(view: SuggestionsView, page: SuggestionPage): TemplateResult {
  const { t } = view;
  return html`<p>${t('considered', page.items.length, page.considered)}</p>
    ${errorSummary(t('errorSummaryTitle'), view.summary, view.level)}
    <ol class="items">
      ${page.items.map((s) => suggestionCard(view, s))}
    </ol>
    <div class="form-group ${view.error ? 'has-error' : ''}">
      ${view.error ? html`<p class="error-message" id="field-profileIds-error"><span class="visually-hidden">${t('errorPrefix')}</span> ${view.error}</p>` : nothing}
      ${view.failure ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${lines(view.failure)}</p>` : nothing}
      <button type="button" class="button" part="invite" id="field-profileIds" aria-describedby=${view.error ? 'field-profileIds-error' : nothing} aria-disabled=${view.busy ? 'true' : nothing} @click=${view.onInvite}>
        ${icon('mail')} ${t('invite', view.chosen.size)}
      </button>
    </div>
    <div class="row-result" role="status">${view.result ?? nothing}</div>`;
}

function invitationRow(w: Words, i: Invitation): TemplateResult {
  const { t } = w;
  return html`<li data-status=${i.status}>
    <strong>${i.name || '—'}</strong>: ${t(`status_${i.status}`)}. ${t('invitedOn', i.invitedAt)}${i.answeredAt ? html`, ${t('answeredOn', i.answeredAt)}` : nothing}.
    ${i.interestId ? html`${t('becameInterest')}.` : nothing} ${i.messageStatus ? html`<span class="subtle">${t('message', i.messageStatus)}</span>` : nothing}
  </li>`;
}

export function invitationsList(w: Words, list: InvitationList): TemplateResult {
  return list.items.length
    ? html`<ul class="invitation-list" part="invitations">
        ${list.items.map((i) => invitationRow(w, i))}
      </ul>`
    : html`<p part="invitations">${w.t('noInvitationsYet')}</p>`;
}
