import { html, nothing, type TemplateResult } from 'lit';
import type { Opportunity } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { selectField } from '../../../core/forms/index.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { textIn } from '../../../core/text-in.js';
import { label, opportunityStatuses } from '../../../core/vocabulary.js';

/** The choice of opportunity above the list: every brief, newest first, with its status and how many are interested. */
export function chooserView(o: { t: Translate<MessageSet>; locale: Locale; opportunities: readonly Opportunity[] | undefined; chosen: string | undefined; onChoose: (id: string) => void }): TemplateResult | typeof nothing {
  if (!o.opportunities) return nothing;
  // textIn's rule. An <option> holds text only, so an English title inside this Welsh line cannot carry its own lang.
  const title = (opportunity: Opportunity) => textIn(o.locale, { en: opportunity.title, cy: opportunity.translations?.cy?.title }).text;
  return html`<div class="toolbar chooser">
    ${selectField({
      id: 'choose-opportunity',
      label: o.t('chooseLabel'),
      errorPrefix: o.t('errorPrefix'),
      value: o.chosen ?? '',
      options: [
        { value: '', label: o.t('choosePrompt') },
        ...o.opportunities.map((opportunity) => ({
          value: opportunity.id,
          label: o.t('chooseOption', title(opportunity), label(opportunityStatuses, opportunity.status, o.locale), o.t('people', opportunity.interestCount ?? 0)),
        })),
      ],
      onChange: o.onChoose,
    })}
  </div>`;
}
