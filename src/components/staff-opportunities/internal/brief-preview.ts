import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { Opportunity, Taxonomy } from '../../../api/types.js';
import type { Locale } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import type { MessageSet, Translate } from '../../../core/i18n.js';
import { icon } from '../../../core/icons.js';
import { label, participationModes, termText } from '../../../core/vocabulary.js';
import { textIn } from '../../../core/text-in.js';
import { payHeadline } from '../../../shared/pay/pay-words.js';
import { answersToInput, isRealDate, toInput, type BriefValues } from './brief-values.js';

/** The area after the ways, in brackets, lang="en-GB" where a Welsh reader gets its English. */
const areaIn = (area: ReturnType<typeof textIn>) => html` (<span lang=${area.lang}>${area.text}</span>)`;

export const PREVIEW_ID = 'preview';

export type PreviewLevel = 'standard' | 'easy-read';

export interface PreviewOptions {
  t: Translate<MessageSet>;
  locale: Locale;
  level: number;
  values: BriefValues;
  taxonomy: Taxonomy;
  previewLevel: PreviewLevel;
  onLevel: (level: PreviewLevel) => void;
  /** The draft in its own in-memory API, once built; without it a plain preview is shown. */
  previewApi: CoprodApi | undefined;
  now: Date | undefined;
}

/** The live preview: the real public element when the page has it, else a plain summary. */
export function briefPreview(o: PreviewOptions): TemplateResult {
  const { t } = o;
  const element = customElements.get('coprod-opportunity');
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    ${heading(o.level + 1, html`<span id="preview-title">${t('preview')}</span>`)}
    <p class="hint">${t('previewHint')}</p>
    <ul class="tabs" aria-label=${t('preview')}>
      ${(['standard', 'easy-read'] as const).map(
        (level) =>
          html`<li>
            <button type="button" class="button secondary" aria-pressed=${o.previewLevel === level ? 'true' : 'false'} @click=${() => o.onLevel(level)}>
              ${level === 'standard' ? t('previewStandard') : t('previewEasyRead')}
            </button>
          </li>`,
      )}
    </ul>
    ${element && o.previewApi
      ? html`<coprod-opportunity
          .adapter=${o.previewApi}
          .today=${o.now}
          opportunity-id=${PREVIEW_ID}
          reading-level=${o.previewLevel}
          locale=${o.locale}
          heading-level=${String(Math.min(6, o.level + 2))}
        ></coprod-opportunity>`
      : plainPreview(o)}
  </section>`;
}

/** A plain preview for pages that have not loaded `<coprod-opportunity>`. */
function plainPreview({ t, locale, level, values: v, taxonomy, previewLevel }: PreviewOptions): TemplateResult {
  const summary = previewLevel === 'easy-read' && v.easyReadSummary.trim() ? v.easyReadSummary : v.summary;
  return html`<article class="item">
    ${heading(level + 2, v.title.trim() || t('previewUntitled'))}
    <p class="pre-line">${summary}</p>
    <dl class="facts">
      <dt>${icon('clock')} ${t('fTime')}</dt>
      <dd>${v.timeSummary}</dd>
      <dt>${icon('calendar')} ${t('fWhen')}</dt>
      <dd>${v.whenSummary}</dd>
      <dt>${icon('location')} ${t('fModes')}</dt>
      <dd>${v.modes.map((m) => label(participationModes, m, locale)).join(', ')}${v.areaId ? areaIn(termText(locale, taxonomy.areas, v.areaId)) : nothing}</dd>
      <dt>${icon('money')} ${t('fPayType')}</dt>
      <dd>${payHeadline(answersToInput(v, 'open').payment, locale, previewLevel)}</dd>
    </dl>
  </article>`;
}

/**
 * The draft as an Opportunity in its own in-memory API, so the real public element shows
 * it exactly as people will see it. Loaded on demand: the seed data stays out of pages
 * that never open the form.
 */
export async function previewApi(values: BriefValues, untitled: string, taxonomy: Taxonomy, editing: Opportunity | undefined, now: Date | undefined): Promise<CoprodApi> {
  const { InMemoryApi } = await import('../../../api/in-memory.js');
  const input = toInput({ ...values, title: values.title.trim() || untitled, modes: values.modes.length ? values.modes : ['online'] }, 'open');
  // A session still being typed has no real time yet; the preview leaves it out.
  const readable = (value: string | undefined) => value === undefined || !Number.isNaN(Date.parse(value));
  const sessions = input.when.sessions?.filter((s) => readable(s.start) && readable(s.end));
  input.when = { summary: input.when.summary, ...(sessions?.length ? { sessions } : {}) };
  // So does a closing date still being typed (day, month and year not yet a real date).
  if (input.closingDate && !isRealDate(input.closingDate)) input.closingDate = null;
  const stamp = (now ?? new Date()).toISOString();
  const { organisations, areas } = taxonomy;
  const organisation = organisations.find((o) => o.id === input.organisationId) ?? { id: input.organisationId || 'organisation', name: { en: input.organisationId || '-' } };
  const opportunity: Opportunity = {
    ...input,
    id: PREVIEW_ID,
    organisation,
    area: areas.find((a) => a.id === input.where.areaId) ?? null,
    placesTaken: editing?.placesTaken ?? 0,
    createdAt: stamp,
    updatedAt: stamp,
    publishedAt: stamp,
  };
  return new InMemoryApi({ seed: { taxonomy, opportunities: [opportunity], interests: [], feedback: [], profiles: [] }, ...(now ? { now } : {}) });
}

/**
 * The live preview's state: which reading level it shows, and the draft's own in-memory API,
 * built again a moment after typing stops (`schedule`) and dropped when the form closes
 * (`stop`). `build` answers nothing when there is nothing to preview.
 */
export class PreviewController implements ReactiveController {
  level: PreviewLevel = 'standard';
  api: CoprodApi | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #build: () => Promise<CoprodApi | undefined>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, build: () => Promise<CoprodApi | undefined>) {
    this.#host = host;
    this.#build = build;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  schedule(delay = 300): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#rebuild(), delay);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.api = undefined;
    this.#host.requestUpdate();
  }

  show(level: PreviewLevel): void {
    this.level = level;
    this.#host.requestUpdate();
  }

  async #rebuild(): Promise<void> {
    const api = await this.#build();
    if (!api) return;
    this.api = api;
    this.#host.requestUpdate();
  }
}
