/**
 * What only an opportunity's own page says besides a list's card: the time, the places left and
 * the accessible ways to take part (who runs it: brief-view.ts). Imported by the opportunity page
 * (loaded on first use; the staff preview draws that page), so a page of cards does not carry it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Opportunity } from '../../api/types.js';
import { heading } from '../../core/heading.js';
import { translator } from '../../core/i18n.js';
import { accessLabels, label } from '../../core/vocabulary.js';
import { cardFullMessages } from './card-full.messages.js';
import { renderKeyFacts, type CardOptions } from './opportunity-card.js';
import { langOf } from './language.js';
import { timeInWords } from './plain-words.js';

type Reader = Pick<CardOptions, 'locale' | 'readingLevel'>;

/** Every fact of an opportunity: a list card's, with the time, and the places ("3 places left" while there is a limit and room, "Waiting list" once every place is taken). */
export function renderFullFacts(opportunity: Opportunity, options: Pick<CardOptions, 'locale' | 'readingLevel' | 'today'>): TemplateResult {
  const t = translator(cardFullMessages, options.locale, options.readingLevel);
  const left = opportunity.places ? Math.max(0, opportunity.places - opportunity.placesTaken) : undefined;
  const open = opportunity.status === 'open';
  return renderKeyFacts(opportunity, options, {
    time: { key: 'time', icon: 'clock', text: timeInWords(opportunity, options.locale), lang: langOf(opportunity, options.locale, 'timeCommitment') },
    places: {
      key: 'places',
      icon: 'person',
      text: opportunity.status === 'filled' || (open && left === 0) ? t('waitingList') : open && left !== undefined ? t('placesLeft', left) : undefined,
    },
  });
}

export function renderAccessFeatures(opportunity: Opportunity, options: Reader, headingLevel?: number): TemplateResult | typeof nothing {
  if (!opportunity.accessibility.length) return nothing;
  const t = translator(cardFullMessages, options.locale, options.readingLevel);
  // Words only, a bullet each, as GOV.UK lists and the interest form's access needs: the icons repeated (a book for easy
  // read and large print, a speech bubble for captions and an interpreter), and the boxed tags looked like buttons.
  const list = html`<ul class="access-list" aria-label=${headingLevel ? nothing : t('access')}>${opportunity.accessibility.map(
    (feature) => html`<li>${label(accessLabels, feature, options.locale)}</li>`,
  )}</ul>`;
  if (!headingLevel) return list;
  return html`${heading(headingLevel, html`${t('access')}`, { className: 'section-heading' })}${list}`;
}
