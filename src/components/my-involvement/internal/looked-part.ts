/**
 * "Who looked at your profile" (issue 20) on the person's own page: when someone at the council
 * opened, corrected or deleted their profile, with the date and the reason staff gave, from
 * `GET /me/profile-views`. Never who: the council answers that on request. A deletion shows too,
 * after the profile has gone. Its own Task, so the page's hook is one field and one line.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../../api/api.js';
import type { MyProfileViews, ProfileView } from '../../../api/types.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { formatDate, translator, type Translate } from '../../../core/i18n.js';
import { emptyView, errorView, loadingView } from '../../../core/status-views.js';
import { lookedMessages } from './looked.messages.js';

type Words = Translate<(typeof lookedMessages)['en-GB']>;

export interface LookedView {
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  /** Whether the person has a profile now: with none and nothing to show, the section is left out. */
  hasProfile: boolean;
}

const WHY = new Set(['find-people', 'person-asked', 'contact', 'records', 'duplicate']);

export class LookedPart {
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined], MyProfileViews | undefined>;

  /** `args` gives the API and the person's `/me` token (undefined while signed out). */
  constructor(host: ReactiveControllerHost, args: () => readonly [CoprodApi | undefined, string | undefined]) {
    this.#task = new Task(host, {
      args,
      task: async ([api, meToken], { signal }) => (api?.listMyProfileViews && meToken ? api.listMyProfileViews({ meToken, signal }) : undefined),
    });
  }

  render(view: LookedView): TemplateResult | typeof nothing {
    const t = translator(lookedMessages, view.locale, view.readingLevel);
    const section = (body: TemplateResult, intro = true, who = t('lookedStaff')) =>
      html`<section class="section looked" part="section" aria-labelledby="looked-title" data-looked>
        ${heading(view.level, t('lookedTitle'), { id: 'looked-title' })} ${intro ? html`<p class="lines intro">${t('lookedIntro', who)}</p>` : nothing} ${body}
      </section>`;
    return (
      this.#task.render({
        pending: () => (view.hasProfile ? section(loadingView(t('lookedLoading'), { rows: 2 }), false) : nothing),
        error: () => section(errorView({ title: t('lookedFailed'), message: '', retryLabel: t('lookedRetry'), onRetry: () => void this.#task.run(), headingLevel: view.level + 1 }), false),
        complete: (views) => {
          if (!views || (!views.items.length && !view.hasProfile)) return nothing;
          const who = views.organisation ?? t('lookedStaff');
          if (!views.items.length) return section(emptyView(t('lookedNobodyTitle'), html`<span class="lines">${t('lookedNobody', who)}</span>`, undefined, view.level + 1), false);
          return section(
            html`<ul class="cards looked-list">
              ${views.items.map((item) => this.#item(t, view.locale, views.organisation ?? t('lookedStaffStart'), item))}
            </ul>`,
            true,
            who,
          );
        },
      }) ?? nothing
    );
  }

  #item(t: Words, locale: Locale, who: string, item: ProfileView): TemplateResult {
    const date = formatDate(locale, item.at, 'date');
    const why = item.reason && WHY.has(item.reason) ? t(`why_${item.reason}` as 'why_records') : undefined;
    return html`<li class="card" part="card" data-looked-item=${item.what}>
      <p class="lines">${t(item.what, who, date)}</p>
      ${why ? html`<p>${t('lookedWhy', why)}</p>` : nothing}
    </li>`;
  }
}
