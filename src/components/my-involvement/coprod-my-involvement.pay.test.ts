import { expect, fixture, html } from '@open-wc/testing';
import { clickOn, shadow, until } from '../../../test/helpers/dom.js';
import { RecordFixtureApi } from '../../../test/helpers/record-fixtures.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { choosePeriod, openRecord, states as recordStates } from './coprod-my-involvement.record.states.js';
import { GOOD_LINK, MeFixtureApi } from '../../../test/helpers/me-fixtures.js';
import { asOnPaper } from '../../../test/helpers/paper.js';
import { payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import type { CoprodClaim } from '../claim/coprod-claim.component.js';
import './coprod-my-involvement.js';

describeStates(recordStates);

describe('<coprod-my-involvement>: claims and the involvement record', () => {
  it('shows the person’s claims with their sign-in, and offers their record as CSV and JSON', async () => {
    const api = new MeFixtureApi();
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const claim = await until(() => shadow(element).querySelector<CoprodClaim>('coprod-claim'), 'the claims');
    expect(claim.meToken).to.match(/^me_/);
    await until(() => claim.shadowRoot?.querySelector('[part="benefits"]'), 'the claims to load');
    await openRecord(element);
    expect(shadow(element).querySelector('[data-record-csv]')).to.exist;
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (made.push(blob as Blob), 'blob:test');
    try {
      shadow(element).querySelector<HTMLButtonElement>('[data-record-json]')!.click();
      await until(() => made.length, 'the download');
    } finally {
      URL.createObjectURL = original;
    }
    const record = JSON.parse(await made[0]!.text()) as { activities: unknown[]; claims: unknown[] };
    expect(record).to.have.keys(['generatedAt', 'name', 'period', 'activities', 'claims', 'feedback', 'totals']);
  });
});

describe('<coprod-my-involvement>: the record loads when the person opens it', () => {
  it('asks for /me/record only when the person opens the record, and hides it again', async () => {
    const api = new RecordFixtureApi();
    const asked: unknown[] = [];
    const getMyRecord = api.getMyRecord!.bind(api);
    Object.defineProperty(api, 'getMyRecord', { value: (options: Parameters<typeof getMyRecord>[0]) => (asked.push(options), getMyRecord(options)) });
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const button = await until(() => shadow(element).querySelector<HTMLButtonElement>('[data-record-open]'), 'the record’s button');
    const claim = await until(() => shadow(element).querySelector<CoprodClaim>('coprod-claim'), 'the claims');
    await until(() => claim.shadowRoot?.querySelector('[part="benefits"]'), 'the claims to load');
    expect(asked, 'before opening').to.have.length(0);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('[data-record-sheet]')).to.equal(null);
    await openRecord(element);
    expect(asked, 'after opening').to.have.length(1);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide my record');
    button.click();
    await until(() => !shadow(element).querySelector('[data-record-sheet]'), 'the record hidden');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<coprod-my-involvement>: the printable involvement record', () => {
  const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const open = async (options: { locale?: 'en-GB' | 'cy'; readingLevel?: 'standard' | 'easy-read' } = {}) => {
    const element = await fixture<HTMLElement>(
      html`<coprod-my-involvement .adapter=${new RecordFixtureApi()} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} .signInLink=${GOOD_LINK}></coprod-my-involvement>`,
    );
    await openRecord(element);
    return element;
  };
  /** A list of figures as "term: value" lines, as a screen reader reads them. */
  const figures = (element: HTMLElement, selector: string) =>
    Array.from(shadow(element).querySelectorAll(`${selector} dl > div`), (row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()}`);
  const claims = (element: HTMLElement) => Array.from(shadow(element).querySelectorAll('[data-record-claim]'), (c) => c.getAttribute('data-record-claim'));

  it('shows everything, then totals a tax year (6 April to 5 April) with fees and expenses apart', async () => {
    const element = await open();
    expect(claims(element)).to.deep.equal(['CL-2PAN', 'CL-7QX2', 'CL-9TRV', 'CL-4DEC', 'CL-3REF']);
    expect(text(element, '[data-total="paid"]')).to.equal('£135.40');
    const years = Array.from(shadow(element).querySelectorAll('#record-period option'), (o) => o.textContent!.replace(/\u00a0/g, ' ').trim());
    expect(years).to.deep.equal(['Everything', '6 April 2025 to 5 April 2026', '6 April 2024 to 5 April 2025', 'Dates I choose']);

    await choosePeriod(element, '2025');
    expect(text(element, '[data-record-period]')).to.equal('Tax year: 6 April 2025 to 5 April 2026');
    expect(claims(element), 'paid on 2 April 2025: the year before').to.deep.equal(['CL-7QX2', 'CL-9TRV', 'CL-4DEC', 'CL-3REF']);
    expect(figures(element, '[data-record-claim="CL-7QX2"]')).to.deep.equal(['Sent: 5 February 2026', 'Fees: £60', 'Expenses: £35.40', 'Total: £95.40', 'Status: Paid', 'Paid on: 18 February 2026']);
    expect(figures(element, '[data-record-claim="CL-9TRV"]').slice(4)).to.deep.equal(['Status: Approved, not paid yet', 'Paid on: Not paid']);
    expect(figures(element, '[data-record-claim="CL-4DEC"]')[1]).to.equal('Fees: £0 You chose not to take fees');
    expect(figures(element, '[data-record-sheet]')).to.include.members([
      'Time taking part: 2 hours 30 minutes',
      'Preparation time: 1 hour 30 minutes',
      'Claimed (not counting claims not approved): £120.80',
      'Fees paid: £60',
      'Expenses paid back: £35.40',
      'Paid in all: £95.40',
    ]);

    expect(figures(element, '[data-record-feedback="FB-4HTD"]'), 'feedback given in the tax year').to.deep.equal(['Given: 10 February 2026', 'Status: We did: changed', 'What came of it: We now hold ten respite places back for emergencies.']);
    expect(shadow(element).querySelector('[data-record-feedback="FB-2OLD"]'), 'feedback from the year before').to.equal(null);
    await choosePeriod(element, '2024');
    expect(claims(element)).to.deep.equal(['CL-2PAN']);
    expect(figures(element, '[data-record-claim="CL-2PAN"]')[1]).to.equal('Fees: £40 As vouchers');
    expect(text(element, '[data-total="fees"]')).to.equal('£40');
  });

  it('downloads what the sheet shows: the chosen period, with payment choice, fees and expenses', async () => {
    const element = await open();
    await choosePeriod(element, '2025');
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (made.push(blob as Blob), 'blob:test');
    try {
      clickOn(element, '[data-record-csv]');
      clickOn(element, '[data-record-json]');
      await until(() => made.length === 2, 'the downloads');
    } finally {
      URL.createObjectURL = original;
    }
    const rows = (await made[0]!.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
    const at = (name: string) => rows[0]!.indexOf(name);
    expect(rows[0]).to.include.members(['payment_choice', 'fees_pence', 'expenses_pence', 'paid_on']);
    const claimRows = rows.filter((row) => row[0] === 'claim');
    expect(claimRows.map((row) => row[at('reference')]), 'the sheet’s claims for the tax year').to.deep.equal(claims(element));
    const cl7 = claimRows.find((row) => row[at('reference')] === 'CL-7QX2')!;
    expect([cl7[at('payment_choice')], cl7[at('fees_pence')], cl7[at('expenses_pence')], cl7[at('amount')], cl7[at('paid_on')]]).to.deep.equal(['bank_transfer', '6000', '3540', '95.40', '2026-02-18']);
    const paid = rows.find((row) => row[0] === 'total' && row[at('detail')] === 'paid')!;
    expect([paid[at('fees_pence')], paid[at('expenses_pence')], paid[at('amount')]]).to.deep.equal(['6000', '3540', '95.40']);
    const json = JSON.parse(await made[1]!.text()) as { period: unknown; claims: Array<{ reference: string }>; totals: { paidPence: number } };
    expect(json.period).to.deep.equal({ from: '2025-04-06', to: '2026-04-05' });
    expect(json.claims.map((c) => c.reference)).to.deep.equal(claims(element));
    expect(json.totals.paidPence).to.equal(9540);
  });

  it('says whose record it is, on the sheet and in both downloads, and the name reaches no event or log', async () => {
    const seen: string[] = [];
    const made: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const dispatch = EventTarget.prototype.dispatchEvent;
    const consoles = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => [method, console[method]] as const);
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      seen.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail ?? null)}`);
      return dispatch.call(this, event);
    };
    for (const [method] of consoles) console[method] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
    let element: HTMLElement;
    const original = window.print;
    try {
      element = await open();
      window.print = () => undefined;
      clickOn(element, '[data-record-print]');
      window.dispatchEvent(new Event('afterprint'));
      URL.createObjectURL = (blob: Blob | MediaSource) => (made.push(blob as Blob), 'blob:test');
      clickOn(element, '[data-record-csv]');
      clickOn(element, '[data-record-json]');
      await until(() => made.length === 2, 'the downloads');
    } finally {
      URL.createObjectURL = createObjectURL;
      EventTarget.prototype.dispatchEvent = dispatch;
      for (const [method, log] of consoles) console[method] = log;
      window.print = original;
    }
    expect(text(element, '[data-record-name]')).to.equal('Name: Rhian');
    const csv = (await made[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[2], 'the CSV says whose it is, after the period').to.equal(`person${','.repeat(14)}Rhian`);
    expect((JSON.parse(await made[1]!.text()) as { name: string }).name).to.equal('Rhian');
    expect(seen.length, 'events were watched').to.be.greaterThan(0);
    expect(seen.filter((line) => line.includes('Rhian')), 'the name in an event or log').to.deep.equal([]);
    const welsh = await open({ locale: 'cy' });
    expect(text(welsh, '[data-record-name]')).to.equal('Enw: Rhian');
  });

  it('says “Preparation only” for a session prepared for but not taken part in, in every reading', async () => {
    const expected = { 'en-GB': 'Preparation only', cy: 'Paratoi yn unig', easy: 'Getting ready only' };
    for (const [reading, words] of Object.entries(expected)) {
      const element = await fixture<HTMLElement>(
        html`<coprod-my-involvement .adapter=${new RecordFixtureApi({ record: 'prep-only' })} locale=${reading === 'cy' ? 'cy' : 'en-GB'} reading-level=${reading === 'easy' ? 'easy-read' : 'standard'} .signInLink=${GOOD_LINK}></coprod-my-involvement>`,
      );
      await openRecord(element);
      await choosePeriod(element, '2025');
      const rows = Array.from(shadow(element).querySelectorAll<HTMLTableRowElement>('[data-record-activity] tbody tr'), (row) => Array.from(row.cells, (cell) => cell.textContent!.trim()));
      expect(rows.at(-1)!.slice(1), reading).to.deep.equal([words, reading === 'cy' ? '1 awr' : '1 hour']);
      expect(rows.flat().some((cell) => /^0 (minutes|munud)$/.test(cell)), reading).to.equal(false);
    }
  });

  it('takes dates the person chooses, and says so when the end is before the start', async () => {
    const element = await open();
    await choosePeriod(element, 'dates');
    const set = async (id: string, value: string) => {
      const input = shadow(element).querySelector<HTMLInputElement>(id)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    };
    await set('#record-from', '2026-03-01');
    expect(claims(element)).to.deep.equal(['CL-9TRV', 'CL-4DEC', 'CL-3REF']);
    expect(text(element, '[data-record-period]')).to.equal('For: 1 March 2026 to …');
    await set('#record-to', '2026-02-01');
    expect(claims(element)).to.deep.equal([]);
    expect(text(element, '[data-record-backwards]')).to.include('before the “from” date');
    await expect(element).to.be.accessible({ ignoredRules: ['region'] });
  });

  it('prints the record alone: the rest of the page and of the widget are hidden on paper, then come back', async () => {
    const element = await open();
    const other = document.createElement('p');
    other.textContent = 'The council’s header';
    document.body.prepend(other);
    const printed: boolean[] = [];
    const original = window.print;
    window.print = () => void printed.push(element.hasAttribute('data-coprod-printing'));
    try {
      clickOn(element, '[data-record-print]');
      expect(printed).to.deep.equal([true]);
      const undo = asOnPaper(document, shadow(element));
      const shown = (node: Element | null) => !!node && node.checkVisibility();
      expect(shown(shadow(element).querySelector('[data-record-sheet]')), 'the sheet').to.equal(true);
      expect(shown(shadow(element).querySelector('coprod-profile-form')), 'the profile').to.equal(false);
      expect(shown(shadow(element).querySelector('#record-period')?.closest('.record-period') ?? null), 'the period choice').to.equal(false);
      expect(shown(shadow(element).querySelector('[data-record-print]')), 'the buttons').to.equal(false);
      expect(shown(other), 'the host page').to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
      undo();
      const again = asOnPaper(document, shadow(element));
      expect(element.hasAttribute('data-coprod-printing')).to.equal(false);
      expect(shown(other), 'the host page after printing').to.equal(true);
      expect(shown(shadow(element).querySelector('coprod-profile-form')), 'the profile after printing').to.equal(true);
      again();
    } finally {
      window.print = original;
      other.remove();
    }
  });

  it('words the record in Welsh and in easy read', async () => {
    const welsh = await open({ locale: 'cy' });
    await choosePeriod(welsh, '2025');
    expect(text(welsh, '[data-record-period]')).to.equal('Blwyddyn dreth: 6 Ebrill 2025 i 5 Ebrill 2026');
    expect(figures(welsh, '[data-record-sheet]')).to.include.members(['Amser yn cymryd rhan: 2 awr 30 munud', 'Treuliau a dalwyd yn ôl: £35.40']);
    // What came of it was written in English only: marked so, as the board marks a reply (WCAG 3.1.2).
    expect(shadow(welsh).querySelector('[data-record-feedback="FB-4HTD"] dl > div:last-child dd')?.getAttribute('lang'), 'the English outcome marked').to.equal('en-GB');
    const easy = await open({ readingLevel: 'easy-read' });
    await choosePeriod(easy, '2025');
    expect(figures(easy, '[data-record-sheet]')).to.include('Money we paid back for costs: £35.40');
    expect(figures(easy, '[data-record-feedback="FB-4HTD"]')[1], 'the feedback status in easy read').to.equal('Status: We changed something');
    // The person's feedback card on the page says the same words as the record below it (review SHOULD 16).
    expect(text(easy, '#feedback-fb-r1 .card-title'), 'the card in easy read').to.equal('We changed something');
    const easyWelsh = await open({ locale: 'cy', readingLevel: 'easy-read' });
    await choosePeriod(easyWelsh, '2025');
    expect(figures(easyWelsh, '[data-record-feedback="FB-4HTD"]')[1], 'in Welsh easy read').to.match(/Rydym wedi newid rhywbeth$/);
    expect(text(easyWelsh, '#feedback-fb-r1 .card-title'), 'the card in Welsh easy read').to.equal('Rydym wedi newid rhywbeth');
    expect(text(easy, '[data-record-print]')).to.equal('Print it, or save it as a PDF');
  });
});

describe('<coprod-my-involvement>: opened from "thank you for taking part" (?attendance=<id>)', () => {
  /** Rhian's page, whose claims are Rosa's on the pay fixture (one session at the carers strategy, not claimed yet). */
  const withPay = async () => {
    const pay = payApi('attended');
    const world = await pay.ready;
    const api = new MeFixtureApi();
    const asRosa = { meToken: ROSA };
    Object.defineProperty(api, 'getMyPay', { value: () => pay.api.getMyPay!(asRosa) });
    Object.defineProperty(api, 'listMyMissingSessions', { value: () => pay.api.listMyMissingSessions!(asRosa) });
    Object.defineProperty(api, 'getOpportunity', { value: (id: string, options?: { signal?: AbortSignal }) => pay.api.getOpportunity(id, options) });
    type Send = NonNullable<typeof api.createClaim>;
    Object.defineProperty(api, 'createClaim', { value: (input: Parameters<Send>[0], options: Parameters<Send>[1]) => pay.api.createClaim!(input, { ...options, ...asRosa }) });
    return { api, attendanceId: world.attendanceId! };
  };
  const open = async (api: MeFixtureApi, search: string) => {
    history.replaceState(null, '', `${location.pathname}${search}`);
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    const claim = await until(() => shadow(element).querySelector<CoprodClaim>('coprod-claim'), 'the claims');
    return { element, claim };
  };
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('signed in, the page opens at that session’s claim: the focus on its heading, the session ticked, the address cleaned', async () => {
    const { api, attendanceId } = await withPay();
    const { element, claim } = await open(api, `?attendance=${attendanceId}&keep=1`);
    const title = await until(() => (claim.shadowRoot?.activeElement?.id === 'new-claim-title' ? claim.shadowRoot.activeElement : undefined), 'the focus on the claim’s heading');
    expect(shadow(element).activeElement, 'the focus inside the claim').to.equal(claim);
    expect(title!.textContent).to.contain('Claim for:');
    expect(claim.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${attendanceId}"]`)!.checked, 'the session ticked').to.equal(true);
    expect(claim.shadowRoot!.querySelector('[data-attendance-gone]')).to.equal(null);
    expect(location.search, 'the address cleaned, the rest kept').to.equal('?keep=1');
  });

  it('an attendance that is not theirs, or claimed already: says so plainly (three readings), takes no focus, and the address is cleaned', async () => {
    for (const [readingLevel, locale, words] of [
      ['standard', 'en-GB', 'That session is not one you can claim for here.'],
      ['standard', 'cy', 'Nid yw’r sesiwn honno’n un y gallwch hawlio amdani yma.'],
      ['easy-read', 'en-GB', 'You cannot claim for that session here.\nMaybe you claimed for it already.'],
    ] as const) {
      const { api } = await withPay();
      history.replaceState(null, '', `${location.pathname}?attendance=att-someone-else`);
      const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK} locale=${locale} reading-level=${readingLevel}></coprod-my-involvement>`);
      const claim = await until(() => shadow(element).querySelector<CoprodClaim>('coprod-claim'), 'the claims');
      const notice = await until(() => claim.shadowRoot?.querySelector<HTMLElement>('[data-attendance-gone]'), 'the notice');
      expect(notice!.textContent, `${locale} ${readingLevel}`).to.contain(words);
      expect(getComputedStyle(notice!).whiteSpace, 'one idea a line').to.equal('pre-line');
      await until(() => claim.shadowRoot?.querySelector('form[part="form"]'), 'the claim form');
      expect(claim.shadowRoot!.activeElement, 'no focus taken').to.equal(null);
      expect(location.search, 'the address cleaned').to.equal('');
      element.remove();
    }
  });

  it('the "cannot claim for" notice goes once the person sends a claim for another session', async () => {
    const { api } = await withPay();
    const { claim } = await open(api, '?attendance=att-someone-else');
    await until(() => claim.shadowRoot?.querySelector('[data-attendance-gone]'), 'the notice');
    await until(() => claim.shadowRoot?.querySelector('form[part="form"]'), 'the claim form');
    clickOn(claim, 'input[value="bank_transfer"]');
    await claim.updateComplete;
    clickOn(claim, 'form[part="form"] button[type="submit"]');
    await until(() => claim.shadowRoot?.activeElement?.id === 'sent-title', 'the claim sent, the focus on "sent"');
    expect(claim.shadowRoot!.querySelector('[data-attendance-gone]'), 'the notice gone').to.equal(null);
  });
});
