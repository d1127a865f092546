import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { loaded, stillLoading } from '../../../test/helpers/loaded.js';
import { lostReply } from '../../../test/helpers/lost-reply.js';
import { MISSED_REASON, MISSED_SESSION, PAY_NOW, PAY_OPPORTUNITY, payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { missingLoadFails, openMissing } from './coprod-claim.states.js';
import type { CoprodClaim } from './coprod-claim.component.js';
import './coprod-claim.js';

/** Also interested in the carers strategy (the seed's INT-3H6C): a second person for the same page. */
const KOFI = 'kofi.b@example.net';

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(api: CoprodApi): Promise<CoprodClaim> {
  sessionStorage.clear();
  return fixture<CoprodClaim>(html`<coprod-claim id="claim" .adapter=${api} .meToken=${ROSA}></coprod-claim>`);
}

async function fill(element: HTMLElement, session = MISSED_SESSION, open = true): Promise<void> {
  if (open) await openMissing(element);
  const select = shadow(element).querySelector<HTMLSelectElement>('#field-missing-sessionStart')!;
  select.value = session;
  select.dispatchEvent(new Event('change'));
  typeInto(element, '#field-missing-activityMinutes', '2.5');
  typeInto(element, '#field-missing-prepMinutes', '0.5');
  typeInto(element, '#field-missing-text', 'I sat with the carers from Llanelli.');
  await (element as CoprodClaim).updateComplete;
}

/** The adapter, except that the server refuses the chosen session (a 422 naming sessionStart, with English words). */
const refusingSession = (api: CoprodApi): CoprodApi =>
  new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'reportMissingSession') return async () => Promise.reject(invalid([field('sessionStart', 'not-allowed', 'Choose a session that has happened.')]));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

/**
 * `api`, except that its "not on the list" answer is held until `release()`: the answer is fetched at
 * once and given late, whatever the signal says (a server whose answer was already on its way).
 * With `person`, only that person's answers are held; anyone else's come at once.
 */
function heldMissing(api: CoprodApi, person?: string): { api: CoprodApi; asked: () => boolean; release: () => void; answered: () => Promise<unknown> } {
  let asked = false;
  let answered: Promise<unknown> = Promise.resolve();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key !== 'listMyMissingSessions' || typeof value !== 'function') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      return (options: { meToken: string; signal?: AbortSignal }) => {
        if (person !== undefined && options.meToken !== person) return (value as (o: unknown) => Promise<unknown>).call(target, options);
        asked = true;
        // Awaited by the widget before the test awaits it, so the widget has taken the answer when the test's await returns.
        answered = (value as (o: unknown) => Promise<unknown>).call(target, { meToken: options.meToken }).then(async (answer) => {
          await released;
          return answer;
        });
        return answered;
      };
    },
  });
  return { api: held, asked: () => asked, release, answered: () => answered };
}

/**
 * The page drawn again, as anything the person does next would draw it: a late answer kept by the
 * controller without asking for an update would show then, not at once.
 */
async function drawnAgain(element: CoprodClaim): Promise<void> {
  element.requestUpdate();
  await element.updateComplete;
}

const send = (element: HTMLElement) => clickOn(element, 'form[part="missing-form"] button[type="submit"]');

describe('<coprod-claim>: "I came but I am not on the list"', () => {
  it('tells staff about a session with no record, with the hours and her words, and lists it as waiting', async () => {
    const { api, ready } = payApi('attended', { missing: 'session' });
    const element = await render(api);
    await fill(element);
    send(element);
    await until(() => shadow(element).querySelector('[data-missing-report="open"]'), 'the waiting report');
    expect(text(element, '[data-missing-report="open"]')).to.contain('3 hours').and.to.contain('Waiting for staff');
    expect(shadow(element).activeElement?.id).to.equal('missing-sent');
    expect(shadow(element).querySelector('form[part="missing-form"]')).to.equal(null);
    const reports = await (await ready).api.listMissingSessions();
    expect(reports.map((r) => [r.sessionStart, r.activityMinutes, r.prepMinutes, r.text])).to.deep.equal([[MISSED_SESSION, 150, 30, 'I sat with the carers from Llanelli.']]);
  });

  it('sent again after a lost reply, it is one report: the same Idempotency-Key both times', async () => {
    const made = payApi('attended', { missing: 'session' });
    const api = lostReply(made.api, 'reportMissingSession');
    const element = await render(api);
    await fill(element);
    send(element);
    await until(() => shadow(element).querySelector('[part="missing-form"] [data-form-failure]'), 'the failure message');
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-missing-text')!.value).to.equal('I sat with the carers from Llanelli.', 'what she typed is kept');
    send(element);
    await until(() => shadow(element).querySelector('[data-missing-report="open"]'), 'the waiting report');
    expect(api.keys.length).to.equal(2);
    expect(api.keys[0]).to.be.a('string');
    expect(api.keys[1]).to.equal(api.keys[0]);
    expect((await (await made.ready).api.listMissingSessions()).length).to.equal(1);
  });

  it('a session she told us about already is a conflict said at the session, and what she typed stays', async () => {
    const element = await render(payApi('attended', { missing: 'open' }).api);
    await fill(element);
    send(element);
    await until(() => shadow(element).querySelector('[data-missing] .error-summary'), 'the error summary');
    expect(text(element, '[data-missing] .error-summary')).to.contain('You told us about this session already');
    expect(shadow(element).querySelector('[data-missing] .has-error #field-missing-sessionStart')).to.not.equal(null);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-missing-text')!.value).to.equal('I sat with the carers from Llanelli.');
  });

  it('offers only sessions that have happened; the server’s field error about the session shows at the session', async () => {
    const { api } = payApi('attended', { missing: 'session' });
    const refusing = refusingSession(api);
    const element = await render(refusing);
    await openMissing(element);
    const offered = [...shadow(element).querySelectorAll<HTMLOptionElement>('#field-missing-sessionStart option')].map((o) => o.value).filter(Boolean);
    expect(offered.length > 0 && offered.every((v) => v <= PAY_NOW.toISOString())).to.equal(true, `only past sessions: ${offered.join(', ')}`);
    await fill(element, MISSED_SESSION, false);
    send(element);
    await until(() => shadow(element).querySelector('[data-missing] .has-error #field-missing-sessionStart'), 'the error at the session');
    expect(text(element, '[data-missing] .error-summary')).to.not.equal('');
  });

  it('shows a Welsh reader the server’s refusal of the session in Welsh, worded from its code, not the server’s English', async () => {
    const { api } = payApi('attended', { missing: 'session' });
    const refusing = refusingSession(api);
    sessionStorage.clear();
    const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale="cy" .adapter=${refusing} .meToken=${ROSA}></coprod-claim>`);
    await fill(element);
    send(element);
    await until(() => shadow(element).querySelector('[data-missing] .has-error #field-missing-sessionStart'), 'the error at the session');
    const summary = text(element, '[data-missing] .error-summary');
    expect(summary).to.equal('Mae problem wedi codi Does dim modd gwneud hyn ar hyn o bryd');
    expect(summary).to.not.contain('Choose a session');
  });

  it('checks in the page first: nothing chosen or typed lists each answer and sends nothing', async () => {
    const { api, ready } = payApi('attended', { missing: 'session' });
    const element = await render(api);
    await openMissing(element);
    send(element);
    await until(() => shadow(element).querySelector('[data-missing] .error-summary'), 'the error summary');
    expect(shadow(element).querySelectorAll('[data-missing] .error-summary li').length).to.equal(3, 'session, hours, what happened (the activity is chosen: she has one)');
    expect((await (await ready).api.listMissingSessions()).length).to.equal(0);
  });

  // Session 20's screenshots: both selects opened blank, with nothing saying what to choose (as staff-claims' record form had).
  it('starts the activity and the session at “Choose an activity” and “Choose a session”, and says so when left there', async () => {
    for (const [locale, words] of [
      ['en-GB', ['Choose an activity', 'Choose a session', 'Choose the activity', 'Choose the session']],
      ['cy', ['Dewiswch weithgaredd', 'Dewiswch sesiwn', 'Dewiswch y gweithgaredd', 'Dewiswch y sesiwn']],
    ] as const) {
      sessionStorage.clear();
      const element = await fixture<CoprodClaim>(html`<coprod-claim id="claim" locale=${locale} .adapter=${payApi('attended', { missing: 'session' }).api} .meToken=${ROSA}></coprod-claim>`);
      await openMissing(element);
      const root = shadow(element);
      const first = (id: string) => root.querySelector<HTMLSelectElement>(id)!.options[0]!;
      expect([first('#field-missing-interestId').textContent, first('#field-missing-interestId').value], locale).to.deep.equal([words[0], '']);
      expect([first('#field-missing-sessionStart').textContent, first('#field-missing-sessionStart').value], locale).to.deep.equal([words[1], '']);
      expect(root.querySelector<HTMLSelectElement>('#field-missing-sessionStart')!.selectedOptions[0]!.value, `${locale}: no session chosen for her`).to.equal('');
      send(element);
      await until(() => root.querySelector('[data-missing] .error-summary'), 'the error summary');
      expect(text(element, '#field-missing-sessionStart-error'), locale).to.contain(words[3]);
      // She goes back to "Choose an activity": the session select goes (it waits for an activity), and sending says to choose one.
      const activity = root.querySelector<HTMLSelectElement>('#field-missing-interestId')!;
      activity.value = '';
      activity.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(root.querySelector('#field-missing-sessionStart'), `${locale}: no session select before an activity is chosen`).to.equal(null);
      send(element);
      await until(() => text(element, '#field-missing-interestId-error'), 'the activity error');
      expect(text(element, '#field-missing-interestId-error'), locale).to.contain(words[2]);
      expect(text(element, '[data-missing] .error-summary'), `${locale}: no link to a session select that is not there`).not.to.contain(words[3]);
    }
  });

  it('while her reports load again, only they are marked busy: not the form she is typing in', async () => {
    // Her reports come at once the first time; the second time (the claim reloads once a claim is sent) they are held.
    const api = payApi('attended', { missing: 'declined' }).api;
    let calls = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        if (key !== 'listMyMissingSessions') return (value as (...a: unknown[]) => unknown).bind(target);
        return async (options: unknown) => {
          const answer: unknown = await (value as (o: unknown) => Promise<unknown>).call(target, options);
          if ((calls += 1) > 1) await released;
          return answer;
        };
      },
    });
    const element = await render(held);
    await fill(element);
    clickOn(element, 'input[value="bank_transfer"]');
    await element.updateComplete;
    clickOn(element, 'form[part="form"] button[type="submit"]');
    await until(() => calls > 1 && shadow(element).querySelector('[part="sent"]'), 'the claim sent and her reports asked for again');
    await element.updateComplete;
    const form = shadow(element).querySelector('form[part="missing-form"]')!;
    expect(form.closest('[aria-busy="true"]'), 'the form she is typing in is not busy').to.equal(null);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-missing-text')!.value, 'what she typed kept').to.equal('I sat with the carers from Llanelli.');
    expect(shadow(element).querySelector('[data-missing-report="declined"]')!.closest('[aria-busy="true"]'), 'her reports are marked busy').to.not.equal(null);
    release();
    await until(() => !shadow(element).querySelector('[aria-busy="true"]'), 'the mark gone once they have come');
  });

  it('a late answer from an earlier api does not overwrite the newer one: the page shows the second', async () => {
    // The first api's answer (her report, declined) is slow; the page moves to a second api (her report, added) whose answer is fast.
    const first = heldMissing(payApi('attended', { missing: 'declined' }).api);
    const element = await render(first.api);
    await until(() => first.asked(), 'the first api asked for her reports');
    element.adapter = payApi('attended', { missing: 'recorded' }).api;
    await until(() => shadow(element).querySelector('[data-missing-report="recorded"]'), 'the second api’s report');
    first.release();
    await first.answered();
    await drawnAgain(element);
    expect([...shadow(element).querySelectorAll('[data-missing-report]')].map((r) => r.getAttribute('data-missing-report'))).to.deep.equal(['recorded']);
  });

  it('a late answer for an earlier person does not overwrite the newer person’s: the page shows only the second person’s report', async () => {
    // Rosa's answer (her report, declined) is slow; the page is signed in as Kofi instead (his report of the same session, added), whose answer is fast.
    const { api, ready } = payApi('attended', { missing: 'declined' });
    const world = await ready;
    const kofi = (await world.api.listInterests(PAY_OPPORTUNITY)).find((i) => i.contact.detail === KOFI)!;
    const his = await world.api.reportMissingSession({ interestId: kofi.id, sessionStart: MISSED_SESSION, activityMinutes: 60, prepMinutes: 0, text: 'I came with my brother.' }, { meToken: KOFI });
    await world.api.resolveMissingSession(his.id, { action: 'record' });
    const rosas = heldMissing(api, ROSA);
    const element = await render(rosas.api);
    await until(() => rosas.asked(), 'Rosa’s reports asked for');
    element.meToken = KOFI;
    await until(() => shadow(element).querySelector('[data-missing-report="recorded"]'), 'Kofi’s report');
    rosas.release();
    await rosas.answered();
    await drawnAgain(element);
    expect([...shadow(element).querySelectorAll('[data-missing-report]')].map((r) => r.getAttribute('data-missing-report'))).to.deep.equal(['recorded']);
    expect(text(element, '[data-missing]')).to.not.contain(MISSED_REASON, 'nothing of Rosa’s');
  });

  it('says the section is still loading (aria-busy) until her reports come, after the rest of the claim has', async () => {
    const held = heldMissing(payApi('attended', { missing: 'declined' }).api);
    const element = await render(held.api);
    await until(() => held.asked(), 'her reports asked for');
    await loaded(element);
    expect(shadow(element).querySelector('[data-missing-open]'), 'the rest of the claim is there').to.not.equal(null);
    expect(stillLoading(element) ?? 'nothing loading', 'busy while her reports are on their way').to.match(/busy/);
    held.release();
    await held.answered();
    await element.updateComplete;
    expect(shadow(element).querySelector('[data-missing-report="declined"]')).to.not.equal(null);
    expect(stillLoading(element), 'not busy once they have come').to.equal(undefined);
  });

  it('shows staff’s reason when they declined it', async () => {
    const element = await render(payApi('attended', { missing: 'declined' }).api);
    await until(() => shadow(element).querySelector('[data-missing-report="declined"]'), 'the declined report');
    expect(text(element, '[data-missing-report="declined"]')).to.contain('Not added').and.to.contain(MISSED_REASON);
  });

  it('when her reports cannot be fetched, says so with Try again (not "no activities"), and Try again brings the part back', async () => {
    const element = await render(missingLoadFails(payApi('attended', { missing: 'session' }).api, 1));
    await until(() => shadow(element).querySelector('[data-missing-failed]'), 'the failure');
    expect(text(element, '[data-missing-failed]')).to.contain('could not fetch');
    expect(shadow(element).querySelector('[data-missing-open]') === null).to.equal(true, 'no way into a form with no activities');
    clickOn(element, '[data-missing-retry]');
    await until(() => shadow(element).querySelector('[data-missing-open]'), 'the "not on the list" button');
    expect(shadow(element).querySelector('[data-missing-failed]') === null).to.equal(true);
    expect(shadow(element).activeElement?.id).to.equal('missing-open');
    await openMissing(element);
    expect(text(element, 'form[part="missing-form"]')).to.not.contain('We can only add sessions');
  });
});
