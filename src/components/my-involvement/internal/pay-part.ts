/**
 * Valued and paid (issue 16) on the person's own page: their claims (`<coprod-claim>`, loaded
 * the first time the page shows, with the sign-in handed over in memory) and their involvement
 * record to keep, downloaded as CSV or JSON, built from `/me/record`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import type { Locale, ReadingLevel } from '../../../core/config.js';
import { heading } from '../../../core/heading.js';
import { icon } from '../../../core/icons.js';

let claimElement: Promise<unknown> | undefined;
const loadClaim = () => (claimElement ??= import('../../claim/coprod-claim.js'));

const words = {
  'en-GB': {
    title: 'Your involvement record',
    body: 'What you took part in, your hours, your claims and payments, and the feedback you gave with what came of it. It is yours: keep it for a job, a course or a benefits review.',
    csv: 'Download my record (spreadsheet, CSV)',
    json: 'Download my record (JSON)',
    failed: 'We could not get your record. Try again.',
  },
  cy: {
    title: 'Cofnod eich cyfranogiad',
    body: 'Yr hyn y cymeroch ran ynddo, eich oriau, eich hawliadau a’ch taliadau, a’r adborth a roesoch gyda’r hyn a ddaeth ohono. Eich un chi ydyw: cadwch ef ar gyfer swydd, cwrs neu adolygiad budd-daliadau.',
    csv: 'Lawrlwytho fy nghofnod (taenlen, CSV)',
    json: 'Lawrlwytho fy nghofnod (JSON)',
    failed: 'Nid oeddem yn gallu cael eich cofnod. Rhowch gynnig arall arni.',
  },
};

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface PayPartOptions {
  api: CoprodApi;
  me: () => MeCallOptions;
  level: number;
  locale: Locale;
  readingLevel: ReadingLevel;
  announce: (text: string) => void;
}

export function payPart(o: PayPartOptions): TemplateResult | typeof nothing {
  const { api } = o;
  if (!api.getMyPay) return nothing;
  void loadClaim();
  const w = words[o.locale];
  const day = new Date().toISOString().slice(0, 10);
  const download = async (format: 'csv' | 'json') => {
    try {
      if (format === 'csv') save(`my-involvement-${day}.csv`, 'text/csv', await api.getMyRecordCsv!(o.me()));
      else save(`my-involvement-${day}.json`, 'application/json', JSON.stringify(await api.getMyRecord!(o.me()), null, 2));
    } catch {
      o.announce(w.failed);
    }
  };
  return html`<div class="section" part="section">
      <coprod-claim id="my-claims" heading-level=${String(o.level)} locale=${o.locale} reading-level=${o.readingLevel} .adapter=${api} .meToken=${o.me().meToken}></coprod-claim>
    </div>
    ${api.getMyRecord
      ? html`<section class="section record" part="section" aria-labelledby="record-title">
          ${heading(o.level, w.title, { id: 'record-title' })}
          <p>${w.body}</p>
          <div class="button-group no-print">
            <button class="button secondary" type="button" data-record-csv @click=${() => void download('csv')}>${icon('download')} ${w.csv}</button>
            <button class="button secondary" type="button" data-record-json @click=${() => void download('json')}>${w.json}</button>
          </div>
        </section>`
      : nothing}`;
}
