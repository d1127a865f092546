import { html, nothing, type TemplateResult } from 'lit';
import type { AccessFeature, Opportunity, OpportunityKind, ParticipationMode, Payment, Taxonomy } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { choiceGroup, errorSummary, fieldId, selectField, type FormController } from '../../../core/forms/index.js';
import { heading } from '../../../core/heading.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { PROMISE_RUNGS, promiseInWords } from '../../../core/ladder.js';
import { accessLabels, choicesFrom, participationModes } from '../../../core/vocabulary.js';
import { termChoice } from '../../../core/term-choice.js';
import { markedIn, withEnglish } from '../../../core/in-english.js';
import { textIn } from '../../../core/text-in.js';
import { lines } from '../../../shared/staff/staff-access.js';
import { briefFields } from './brief-fields.js';
import { ratesFields } from './brief-rates.js';
import type { BriefValues, WelshField } from './brief-values.js';
import { sessionsEditor } from './sessions-editor.js';

const UNITS = ['hour', 'session', 'day', 'meeting'] as const;
export const UNIT_KEYS = { hour: 'unitHour', session: 'unitSession', day: 'unitDay', meeting: 'unitMeeting' } as const;

/** Each Welsh field: its label key, whether it is a paragraph, and its contract limit. */
export const WELSH_INPUTS: Record<WelshField, { label: string; rows?: number; maxlength: number }> = {
  title: { label: 'fCyTitle', maxlength: 200 },
  summary: { label: 'fCySummary', rows: 2, maxlength: 300 },
  description: { label: 'fCyDescription', rows: 8, maxlength: 10000 },
  easyReadSummary: { label: 'fCyEasyRead', rows: 5, maxlength: 1000 },
  experienceNeeded: { label: 'fCyExperience', rows: 4, maxlength: 3000 },
  timeCommitment: { label: 'fCyTime', maxlength: 300 },
  prepTime: { label: 'fCyPrep', maxlength: 300 },
  when: { label: 'fCyWhen', rows: 2, maxlength: 500 },
  howToGetInvolved: { label: 'fCyHow', rows: 4, maxlength: 3000 },
  paymentNotes: { label: 'fCyPayNotes', rows: 2, maxlength: 500 },
  supportOffered: { label: 'fCySupport', rows: 3, maxlength: 3000 },
};

export interface BriefFormOptions {
  form: FormController<BriefValues>;
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  taxonomy: Taxonomy;
  /** The opportunity being edited; undefined while creating one. */
  editing: Opportunity | undefined;
  /** The organisation every new brief belongs to, when the widget is set to one. */
  organisation: string | undefined;
  /** The failure message to show above the form, when the last save failed. */
  failureText: string | undefined;
  /** Shown above the questions: the choice after a clash with someone else's save. */
  conflict: TemplateResult | typeof nothing;
  preview: TemplateResult;
  onSubmit: (event: Event) => void;
  onBack: () => void;
  onSessionsChanged: (focusIndex: number, announcement?: string) => void;
}

/** The Project Opportunity Brief, question by question, and its preview. */
export function briefForm(o: BriefFormOptions): TemplateResult {
  const { form, t, locale, taxonomy, editing } = o;
  const v = form.values;
  const fields = briefFields(form, t, locale);
  const { prefix, optional, text, question } = fields;
  const err = (path: string) => form.error(path);
  const paid = v.paymentType === 'paid' || v.paymentType === 'voucher';
  const fixedOrganisation = o.organisation ? taxonomy.organisations.find((org) => org.id === o.organisation) : undefined;
  // The organisation staff may not change, named by textIn's rule (lang="en-GB" where a Welsh reader gets its English name).
  const organisationName = fixedOrganisation && textIn(locale, fixedOrganisation.name);
  return html`<section aria-labelledby="form-title" class="brief">
    ${heading(o.level, html`<span id="form-title" tabindex="-1">${editing ? withEnglish(t('formTitleEdit', markedIn(locale, { en: editing.title, cy: editing.translations?.cy?.title }))) : t('formTitleNew')}</span>`)}
    <p>${lines(t('formIntro'))}</p>
    <div class="button-group">
      <button type="button" class="button link" @click=${o.onBack}>${icon('arrowLeft')} ${t('backToList')}</button>
    </div>
    <form part="form" novalidate @submit=${o.onSubmit}>
      ${errorSummary(t('errorSummaryTitle'), form, o.level + 1)}
      ${o.failureText ? html`<p class="inline-error" role="alert" tabindex="-1" data-form-failure>${icon('alert')} ${o.failureText} ${t('keptTyped')}</p>` : nothing}
      ${o.conflict}
      ${question(
        t('qWhat'),
        html`${choiceGroup({
          id: fieldId('kind'),
          type: 'radio',
          label: t('fKind'),
          error: err('kind'),
          errorPrefix: prefix,
          selected: [v.kind || 'activity'],
          onChange: ([kind]) => form.update({ kind: kind === 'activity' ? '' : ((kind as OpportunityKind) ?? '') }),
          // The hint only under the two kinds it is true of (review SHOULD 8).
          choices: (['activity', 'training', 'support'] as const).map((kind) => ({ value: kind, label: t(`kind_${kind}`), ...(kind === 'activity' ? {} : { hint: t('fKindHint') }) })),
        })}
        ${text('title', t('fTitle'), 'title', { hint: t('fTitleHint'), maxlength: 200 })}
        ${text('summary', t('fSummary'), 'summary', { hint: t('fSummaryHint'), multiline: true, rows: 2, maxlength: 300 })}
        ${text('description', t('fDescription'), 'description', { hint: t('fDescriptionHint'), multiline: true, rows: 8, maxlength: 10000 })}
        ${text('easyReadSummary', optional(t('fEasyRead')), 'easyReadSummary', { hint: t('fEasyReadHint'), multiline: true, rows: 5, maxlength: 1000 })}`,
      )}
      ${question(
        t('qExperience'),
        html`${text('experienceNeeded', t('fExperience'), 'experienceNeeded', { hint: t('fExperienceHint'), multiline: true, rows: 4, maxlength: 3000 })}
        ${text('skills', optional(t('fSkills')), 'skills', { hint: t('fSkillsHint'), multiline: true, rows: 3 })}`,
      )}
      ${question(
        t('qTime'),
        html`${text('timeCommitment.summary', t('fTime'), 'timeSummary', { hint: t('fTimeHint'), maxlength: 300 })}
        ${text('timeCommitment.prepTime', optional(t('fPrep')), 'prepTime', { hint: t('fPrepHint'), maxlength: 300 })}`,
      )}
      ${question(
        t('qWhenWhere'),
        html`${text('when.summary', t('fWhen'), 'whenSummary', { hint: t('fWhenHint'), multiline: true, rows: 2, maxlength: 500 })}
        ${sessionsEditor({ form, t, fields, onListChanged: o.onSessionsChanged })}
        ${choiceGroup({
          id: fieldId('where.modes'),
          type: 'checkbox',
          label: t('fModes'),
          hint: t('fModesHint'),
          error: err('where.modes'),
          errorPrefix: prefix,
          selected: v.modes,
          onChange: (modes) => form.update({ modes: modes as ParticipationMode[] }),
          choices: choicesFrom(participationModes, locale).map((choice) => ({
            ...choice,
            reveal:
              choice.value === 'in_person'
                ? html`${text('where.venue.name', t('fVenue'), 'venueName', { maxlength: 200 })}
                  ${text('where.venue.address', optional(t('fAddress')), 'venueAddress', { multiline: true, rows: 3, maxlength: 500 })}
                  ${text('where.venue.postcode', optional(t('fPostcode')), 'venuePostcode', { narrow: true, maxlength: 10 })}
                  ${choiceGroup({
                    id: fieldId('where.venue.stepFree'),
                    type: 'checkbox',
                    label: html`<span class="visually-hidden">${t('fStepFree')}</span>`,
                    errorPrefix: prefix,
                    selected: v.venueStepFree ? ['yes'] : [],
                    onChange: (selected) => form.update({ venueStepFree: selected.includes('yes') }),
                    choices: [{ value: 'yes', label: t('fStepFree') }],
                  })}`
                : choice.value === 'online'
                  ? text('where.onlineDetails', optional(t('fOnline')), 'onlineDetails', { hint: t('fOnlineHint'), maxlength: 500 })
                  : undefined,
          })),
        })}
        ${selectField({
          id: fieldId('where.areaId'),
          label: optional(t('fArea')) as unknown as string,
          error: err('where.areaId'),
          errorPrefix: prefix,
          value: v.areaId,
          options: [{ value: '', label: t('noArea') }, ...taxonomy.areas.map((a) => termChoice(a, locale))],
          onChange: (areaId) => form.update({ areaId }),
        })}`,
      )}
      ${question(
        t('qInvolved'),
        html`${text('howToGetInvolved', t('fHow'), 'howToGetInvolved', { hint: t('fHowHint'), multiline: true, rows: 4, maxlength: 3000 })}
        ${fields.date('closingDate', optional(t('fClosing')), v.closingDate, (closingDate) => form.update({ closingDate }), t('fClosingHint'))}
        ${choiceGroup({
          id: fieldId('promise'),
          type: 'radio',
          label: optional(t('fPromise')),
          hint: t('fPromiseHint'),
          error: err('promise'),
          errorPrefix: prefix,
          selected: v.promise ? [v.promise] : [],
          onChange: ([rung]) => form.update({ promise: (rung as BriefValues['promise']) ?? '' }),
          choices: PROMISE_RUNGS.map((rung) => ({ value: rung, label: promiseInWords(rung, locale, 'standard') })),
        })}
        ${text('places', optional(t('fPlaces')), 'places', { hint: t('fPlacesHint'), narrow: true })}
        ${text('contact.name', optional(t('fContactName')), 'contactName', { maxlength: 200, autocomplete: 'off' })}
        ${text('contact.email', optional(t('fContactEmail')), 'contactEmail', { type: 'email', maxlength: 254, autocomplete: 'off' })}
        ${text('contact.phone', optional(t('fContactPhone')), 'contactPhone', { type: 'tel', maxlength: 40, autocomplete: 'off' })}`,
      )}
      ${question(
        t('qPay'),
        html`${choiceGroup({
          id: fieldId('payment.type'),
          type: 'radio',
          label: t('fPayType'),
          error: err('payment.type'),
          errorPrefix: prefix,
          selected: v.paymentType ? [v.paymentType] : [],
          onChange: ([type]) => form.update({ paymentType: (type as Payment['type']) ?? '' }),
          choices: [
            { value: 'paid', label: t('payPaid') },
            { value: 'voucher', label: t('payVoucher') },
            { value: 'unpaid', label: t('payUnpaid') },
          ],
        })}
        ${paid
          ? html`<div class="amount-row">
              ${text('payment.amountPence', t('fAmount'), 'amount', { hint: t('fAmountHint'), narrow: true })}
              ${selectField({
                id: fieldId('payment.unit'),
                label: t('fUnit'),
                errorPrefix: prefix,
                value: v.unit,
                options: UNITS.map((unit) => ({ value: unit, label: t(UNIT_KEYS[unit]) })),
                onChange: (unit) => form.update({ unit: unit as BriefValues['unit'] }),
              })}
            </div>`
          : nothing}
        ${ratesFields(v.rates, paid, fields, t, err, (change) => form.update({ rates: { ...v.rates, ...change } }))}
        ${text('payment.notes', optional(t('fPayNotes')), 'paymentNotes', { hint: t('fPayNotesHint'), multiline: true, rows: 2, maxlength: 500 })}
        ${choiceGroup({
          id: fieldId('accessibility'),
          type: 'checkbox',
          label: t('fAccess'),
          error: err('accessibility'),
          errorPrefix: prefix,
          inline: true,
          selected: v.accessibility,
          onChange: (accessibility) => form.update({ accessibility: accessibility as AccessFeature[] }),
          choices: choicesFrom(accessLabels, locale),
        })}
        ${text('supportOffered', optional(t('fSupport')), 'supportOffered', { hint: t('fSupportHint'), multiline: true, rows: 3, maxlength: 3000 })}`,
      )}
      ${question(
        t('qTopics'),
        html`${choiceGroup({
          id: fieldId('topics'),
          type: 'checkbox',
          label: t('fTopics'),
          hint: t('fTopicsHint'),
          error: err('topics'),
          errorPrefix: prefix,
          inline: true,
          selected: v.topics,
          onChange: (topics) => form.update({ topics }),
          choices: taxonomy.topics.map((topic) => {
            const choice = termChoice(topic, locale);
            return { value: choice.value, label: html`<span lang=${choice.lang}>${choice.label}</span>` };
          }),
        })}
        ${organisationName
          ? html`<p><strong>${t('fOrganisation')}:</strong> <span lang=${organisationName.lang}>${organisationName.text}</span></p>`
          : selectField({
              id: fieldId('organisationId'),
              label: t('fOrganisation'),
              error: err('organisationId'),
              errorPrefix: prefix,
              value: v.organisationId,
              options: [{ value: '', label: t('chooseOrganisation') }, ...taxonomy.organisations.map((org) => termChoice(org, locale))],
              onChange: (organisationId) => form.update({ organisationId }),
            })}`,
      )}
      ${question(
        t('qWelsh'),
        html`<p class="hint">${t('qWelshHint')}</p>
        ${(Object.entries(WELSH_INPUTS) as [WelshField, (typeof WELSH_INPUTS)[WelshField]][]).map(([field, spec]) =>
          fields.input(`translations.cy.${field}`, optional(t(spec.label)), v.cy[field], (value) => form.update({ cy: { ...form.values.cy, [field]: value } }), {
            maxlength: spec.maxlength,
            ...(spec.rows ? { multiline: true, rows: spec.rows } : {}),
          }),
        )}`,
      )}
      <div class="button-group">
        <button type="submit" class="button" aria-disabled=${form.submitting ? 'true' : nothing}>${form.submitting ? t('saving') : editing ? t('saveChanges') : t('saveDraft')}</button>
        <button type="button" class="button secondary" @click=${o.onBack}>${t('cancel')}</button>
      </div>
    </form>
    ${o.preview}
  </section>`;
}
