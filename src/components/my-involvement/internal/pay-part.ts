/**
 * Valued and paid (issue 16) on the person's own page: their claims (`<coprod-claim>`, loaded
 * the first time the page shows, with the sign-in handed over in memory) and their involvement
 * record from `/me/record`, fetched only when the person opens it. The record's view and words
 * (record-part.ts: the period, the printable sheet, the downloads) load then too. Its own Task.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { readingsReady, translator } from '../../../core/i18n.js';
import { errorView, loadingView } from '../../../core/status-views.js';
import { recordOpenMessages } from './record-open.messages.js';
import type { Choice } from './record-part.js';

let claimElement: Promise<unknown> | undefined;
const loadClaim = () => (claimElement ??= import('../../claim/coprod-claim.js'));

type RecordPartModule = typeof import('./record-part.js');
let recordModule: Promise<RecordPartModule> | undefined;
const loadRecordPart = () =>
  (recordModule ??= import('./record-part.js').catch((error: unknown) => {
    recordModule = undefined;
    throw error;
  }));

export interface PayPartView {
  me: () => MeCallOptions;
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  announce: (text: string) => void;
  /** The attendance the page's address asked for (`?attendance=<id>`): the claim opens at it. */
  openAttendance?: string | undefined;
}

type Args = readonly [CoprodApi | undefined, string | undefined];

export class PayPart {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #api: () => CoprodApi | undefined;
  readonly #task: Task<readonly [CoprodApi | undefined, string | undefined, boolean], Awaited<ReturnType<PayPart['load']>> | undefined>;
  #open = false;
  #choice: Choice = { kind: 'all' };
  #reading: readonly [Locale, ReadingLevel] = ['en-GB', 'standard'];

  /** `args` gives the API and the person's `/me` token (undefined while signed out or opened with a profile key). */
  constructor(host: ReactiveControllerHost & HTMLElement, args: () => Args) {
    this.#host = host;
    this.#api = () => args()[0];
    this.#task = new Task(host, {
      args: () => [...args(), this.#open] as const,
      task: async ([api, meToken, open], { signal }) => (open && api?.getMyRecord && meToken ? this.load(api, meToken, signal) : undefined),
    });
  }

  /** The record and the view that shows it, with the reader's words for it. */
  private async load(api: CoprodApi, meToken: string, signal: AbortSignal) {
    const [part, record] = await Promise.all([loadRecordPart(), api.getMyRecord!({ meToken, signal })]);
    await readingsReady(...this.#reading);
    return { part, record };
  }

  #toggle = (): void => {
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  render(o: PayPartView): TemplateResult | typeof nothing {
    const api = this.#api();
    if (!api?.getMyPay) return nothing;
    void loadClaim();
    this.#reading = [o.locale, o.readingLevel];
    const t = translator(recordOpenMessages, o.locale, o.readingLevel);
    return html`<div class="section" part="section">
        <coprod-claim id="my-claims" heading-level=${String(o.level)} locale=${o.locale} reading-level=${o.readingLevel} .adapter=${api} .meToken=${o.me().meToken} .openAttendance=${o.openAttendance}></coprod-claim>
      </div>
      ${api.getMyRecord
        ? html`<section class="section record" part="section" aria-labelledby="record-title" data-record>
            ${heading(o.level, t('recordTitle'), { id: 'record-title' })}
            <p class="lines intro">${t('recordBody')}</p>
            <div class="button-group no-print">
              <button class="button secondary" type="button" aria-expanded=${this.#open ? 'true' : 'false'} aria-controls="record-content" data-record-open @click=${this.#toggle}>${t(this.#open ? 'close' : 'open')}</button>
            </div>
            <div class="record-content" id="record-content">
              ${this.#open
                ? this.#task.render({
                    pending: () => loadingView(t('loading'), { rows: 4 }),
                    error: () => errorView({ title: t('failed'), message: '', retryLabel: t('retry'), onRetry: () => void this.#task.run(), headingLevel: o.level + 1 }),
                    complete: (loaded) =>
                      loaded
                        ? loaded.part.recordPart({
                            ...o,
                            host: this.#host,
                            record: loaded.record,
                            choice: this.#choice,
                            choose: (next) => {
                              this.#choice = next(this.#choice);
                              this.#host.requestUpdate();
                            },
                            failed: () => o.announce(t('failed')),
                          })
                        : nothing,
                  })
                : nothing}
            </div>
          </section>`
        : nothing}`;
  }
}
