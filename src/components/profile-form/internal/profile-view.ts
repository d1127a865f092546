import { html, nothing, type TemplateResult } from 'lit';
import { termSpan } from '../../../core/term-choice.js';
import type { Profile, Taxonomy } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { icon, type AnyIcon } from '../../../core/icons.js';
import { accessIcon, heartIcon, starIcon } from '../../../core/icons-more.js';
import { accessLabels, contactMethods, label, participationModes, weekdays } from '../../../core/vocabulary.js';
import type { ProfileTranslate } from './context.js';
import { heading } from '../../../core/heading.js';

export interface ProfileViewOptions {
  profile: Profile;
  t: ProfileTranslate;
  locale: Locale;
  taxonomy: Taxonomy | undefined;
  level: number;
}

function box(level: number, title: string, iconName: AnyIcon, body: unknown): TemplateResult {
  return html`<section class="box" part="profile-box">${heading(level, html`${icon(iconName)} ${title}`, { className: 'box-title' })} ${body}</section>`;
}

const paragraph = (text: string | undefined): TemplateResult | typeof nothing => (text ? html`<p class="lines">${text}</p>` : nothing);

const list = (items: readonly unknown[]): TemplateResult | typeof nothing =>
  items.length ? html`<ul class="plain-list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;

/**
 * The saved profile laid out like the recipe's One Page Profile template: the name and
 * picture at the top, then one box per question. Boxes that were left empty are left out,
 * so the printed page holds only what the person said.
 */
export function profileView({ profile, t, locale, taxonomy, level }: ProfileViewOptions): TemplateResult {
  const sub = level + 1;
  const needs = (profile.howToHelp?.needs ?? []).map((need) => label(accessLabels, need, locale));
  const topics = (profile.topics ?? []).map((id) => termSpan(locale, taxonomy?.topics, id));
  const availability = profile.availability ?? {};
  const when = [
    ...(availability.days ?? []).map((day) => label(weekdays, day, locale)),
    ...(availability.times ?? []).map((time) => t('timeOfDay', time)),
  ];
  const modes = (availability.modes ?? []).map((mode) => label(participationModes, mode, locale));
  return html`<article class="one-page-profile" part="profile" aria-labelledby="profile-name">
    <header class="profile-header">
      ${profile.picture ? html`<img class="profile-picture" part="picture" src=${profile.picture.dataUrl} alt=${profile.picture.description} />` : nothing}
      <div>
        <p class="profile-kind">${t('profileLabel')}</p>
        ${heading(level, profile.name, { id: 'profile-name', className: 'profile-name' })}
      </div>
    </header>
    <div class="boxes">
      ${box(sub, t('importantToMe'), heartIcon, paragraph(profile.importantToMe))} ${box(sub, t('experience'), starIcon, paragraph(profile.experience))}
      ${profile.networks ? box(sub, t('networks'), 'people', paragraph(profile.networks)) : nothing}
      ${needs.length || profile.howToHelp?.details ? box(sub, t('howToHelp'), accessIcon, html`${list(needs)} ${paragraph(profile.howToHelp?.details)}`) : nothing}
      ${box(
        sub,
        t('contactBox'),
        'mail',
        html`<p><strong>${label(contactMethods, profile.contact.method, locale)}</strong></p>
          ${paragraph(profile.contact.detail)}`,
      )}
      ${topics.length || profile.otherTopics ? box(sub, t('topics'), 'book', html`${list(topics)} ${paragraph(profile.otherTopics)}`) : nothing}
      ${profile.skills?.length ? box(sub, t('skills'), 'hand', list(profile.skills)) : nothing}
      ${when.length || modes.length || availability.notes
        ? box(sub, t('availabilityBox'), 'calendar', html`${list(when)} ${list(modes)} ${paragraph(availability.notes)}`)
        : nothing}
      ${profile.trainingWanted ? box(sub, t('trainingWanted'), 'chat', paragraph(profile.trainingWanted)) : nothing}
    </div>
  </article>`;
}
