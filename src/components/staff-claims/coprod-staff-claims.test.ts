import { expect, fixture, html } from '@open-wc/testing';
import type { CoprodApi } from '../../api/api.js';
import { flakyApi } from '../../../test/helpers/scripted-adapters.js';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { PAY_NOW, PAY_OPPORTUNITY, payApi, ROSA, type PayStage } from '../../../test/helpers/pay-fixtures.js';
import { downloadFrom, STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { attendanceShown, HOURS_WRONG, queueShown, recordRosa, STALE_TEXT, staleRefuse, states } from './coprod-staff-claims.states.js';
import type { CoprodStaffClaims } from './coprod-staff-claims.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-claims.js';

describeStates(states);

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(stage: PayStage, options: { staffRoles?: string[]; opportunityId?: string; attendanceQuery?: string; wrap?: (api: CoprodApi) => CoprodApi } = {}) {
  const made = payApi(stage, { ...(options.staffRoles ? { staffRoles: options.staffRoles } : {}), ...(options.attendanceQuery ? { attendanceQuery: options.attendanceQuery } : {}) });
  const { ready } = made;
  const api = options.wrap ? options.wrap(made.api) : made.api;
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}>
    <coprod-staff-claims opportunity-id=${options.opportunityId ?? PAY_OPPORTUNITY} .now=${PAY_NOW}></coprod-staff-claims>
  </coprod-provider>`);
  return { element: root.querySelector<CoprodStaffClaims>('coprod-staff-claims')!, world: await ready };
}

describe('<coprod-staff-claims>', () => {
  it('a decision on a claim someone else changed meanwhile gets a 412: what was typed stays, and the newer version loads on request', async () => {
    const { element, world } = await render('claimed');
    await staleRefuse(element, world.api);
    expect(text(element, '[part="claim"] .row-result')).to.contain('Someone else changed this claim since you opened it');
    const box = () => shadow(element).querySelector<HTMLTextAreaElement>('[part="claim"] textarea')!;
    expect(box().value).to.equal(STALE_TEXT, 'the reason typed is kept');
    expect(shadow(element).querySelector('[part="claim"]')!.getAttribute('data-status')).to.equal('submitted', 'still the old version');
    shadow(element).querySelector<HTMLButtonElement>('[data-load-newer]')!.click();
    await until(() => shadow(element).querySelector('[part="claim"][data-status="queried"]'), 'the newer version: the colleague’s question');
    expect(text(element, '[part="claim"]')).to.contain('Which bus did you take?');
    expect(box().value).to.equal(STALE_TEXT, 'still kept after loading');
    expect(shadow(element).querySelector('[data-load-newer]') === null).to.equal(true);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="refuse"]')!.click();
    await until(() => shadow(element).querySelector('[part="claim"][data-status="refused"]'), 'refused with the kept reason');
    const [claim] = (await world.api.listClaims({ status: ['refused'] })).items;
    expect(claim?.refusedReason).to.equal(STALE_TEXT);
  });

  it('shows each line of a claim: the fee from attendance, 12 miles at 45p, carer cover, and the total', async () => {
    const { element } = await render('claimed');
    await queueShown(element);
    const claim = text(element, '[part="claim"]');
    expect(claim).to.contain('2 h + 1 h preparation, £60');
    expect(claim).to.contain('Mileage (12 miles): £5.40');
    expect(claim).to.contain('Carer or PA cover (PA cover, 9am to 1pm): £36');
    expect(claim).to.contain('Total: £101.40');
    expect(claim).to.contain('ASC-CARERS');
  });

  it('approves, then marks paid with a date, and the person sees it paid', async () => {
    const { element, world } = await render('claimed');
    await queueShown(element);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="approve"]')!.click();
    await until(() => shadow(element).querySelector('[data-status="approved"]'), 'approved');
    // GOV.UK's date input: day, month and year, today's date already in them.
    const parts = [...shadow(element).querySelectorAll<HTMLInputElement>('[data-status="approved"] .date-part')];
    expect(parts.map((part) => part.value)).to.deep.equal(['24', '11', '2026']);
    // A day that does not exist is refused at the field, naming it, with focus on it.
    typeInto(element, '[data-status="approved"] .date-day input', '31');
    shadow(element).querySelector<HTMLButtonElement>('[data-action="pay"]')!.click();
    await until(() => shadow(element).querySelector('[data-status="approved"] .has-error'), 'the date error');
    expect(text(element, '[data-status="approved"] .error-message')).to.contain('Paid on must be a real date');
    expect(shadow(element).activeElement?.classList.contains('date-part')).to.equal(true);
    typeInto(element, '[data-status="approved"] .date-day input', '24');
    shadow(element).querySelector<HTMLButtonElement>('[data-action="pay"]')!.click();
    await until(() => shadow(element).querySelector('[data-status="paid"]'), 'paid');
    const mine = await world.api.getMyPay({ meToken: ROSA });
    expect(mine.claims[0]).to.include({ status: 'paid', paidOn: '2026-11-24' });
  });

  it('refuses only with a reason, which the person then reads', async () => {
    const { element, world } = await render('claimed');
    await queueShown(element);
    shadow(element).querySelector<HTMLButtonElement>('[data-action="refuse"]')!.click();
    await until(() => shadow(element).querySelector('.has-error'), 'the missing reason');
    expect(text(element, '.has-error')).to.contain('Write the question or the reason first');
    const area = shadow(element).querySelector<HTMLTextAreaElement>('[part="claim"] textarea')!;
    area.value = 'This session was unpaid.';
    area.dispatchEvent(new InputEvent('input'));
    shadow(element).querySelector<HTMLButtonElement>('[data-action="refuse"]')!.click();
    await until(() => shadow(element).querySelector('[data-status="refused"]'), 'refused');
    expect((await world.api.getMyPay({ meToken: ROSA })).claims[0]!.refusedReason).to.equal('This session was unpaid.');
  });

  it('downloads the finance export as a CSV file', async () => {
    const { element } = await render('approved');
    await queueShown(element);
    const file = await downloadFrom(element);
    const csv = await file.text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).to.match(/^record,claim,status,/);
    expect(rows.join('\n')).to.contain('ASC-CARERS');
  });

  it('records Rosa for a session with 2 hours and 1 hour of preparation, and she can then claim £60', async () => {
    const { element, world } = await render('rates');
    await recordRosa(element);
    await until(() => shadow(element).querySelector('.record .saved'), 'recorded');
    expect(text(element, '[part="attendance"]')).to.contain('Rosa Quennell');
    expect(text(element, '[part="attendance"]')).to.contain('2 h + 1 h preparation (£60)');
    const mine = await world.api.getMyPay({ meToken: ROSA });
    expect(mine.attendance[0]).to.include({ activityMinutes: 120, prepMinutes: 60, feePence: 6000 });
  });

  // Session 20's screenshots: both selects opened blank, with nothing saying what to choose.
  it('starts the session and the person at “Choose a session” and “Choose a person”, and says so when left there', async () => {
    const { element } = await render('rates');
    await attendanceShown(element);
    const root = shadow(element);
    const first = (id: string) => root.querySelector<HTMLSelectElement>(id)!.selectedOptions[0]!;
    expect([first('#field-sessionStart').textContent, first('#field-sessionStart').value]).to.deep.equal(['Choose a session', '']);
    expect([first('#field-interestId').textContent, first('#field-interestId').value]).to.deep.equal(['Choose a person', '']);
    typeInto(element, '#field-activityMinutes', '2');
    root.querySelector<HTMLButtonElement>('[part="record-form"] button[type="submit"]')!.click();
    await until(() => root.querySelector('.error-summary'), 'the error summary');
    expect(text(element, '#field-sessionStart-error')).to.contain('Choose the session');
    expect(text(element, '#field-interestId-error')).to.contain('Choose who took part');
  });

  it('takes 0 hours taking part only with preparation hours (they prepared, the session did not go ahead for them)', async () => {
    const { element, world } = await render('rates');
    await recordRosa(element);
    await until(() => shadow(element).querySelector('.record .saved'), 'recorded');
    const root = shadow(element);
    await recordRosa(element, { session: 2, hours: '0', prep: '' });
    await until(() => root.activeElement?.closest('.error-summary') ?? root.activeElement?.classList.contains('error-summary'), 'the error summary');
    expect(text(element, '[part="record-form"]')).to.contain('If the session did not go ahead for them, enter 0 here and their preparation hours below');
    typeInto(element, '#field-prepMinutes', '1');
    root.querySelector<HTMLButtonElement>('[part="record-form"] button[type="submit"]')!.click();
    await until(() => text(element, '[part="attendance"]').includes('£20'), 'the second record');
    const mine = await world.api.getMyPay({ meToken: ROSA });
    expect(mine.attendance.map((a) => [a.activityMinutes, a.prepMinutes, a.feePence])).to.deep.include([0, 60, 2000]);
  });

  it('says plainly which role is missing, and the other part still works', async () => {
    const { element } = await render('claimed', { staffRoles: ['staff', 'attendance'] });
    await until(() => shadow(element).querySelector('[part="no-role"]'), 'the role message');
    expect(text(element, '[part="no-role"]')).to.contain('Claims need the finance role');
    await attendanceShown(element);
  });

  it('shows the person’s question by their record, answers it after a failed send, and the person can read the answer', async () => {
    let flaky: ReturnType<typeof flakyApi> | undefined;
    const { element, world } = await render('attended', { attendanceQuery: HOURS_WRONG, wrap: (api) => (flaky = flakyApi(api, { failures: 1, methods: ['updateAttendance'] })) });
    await until(() => shadow(element).querySelector('form.query-answer textarea'), 'the answer box');
    expect(text(element, '[part="attendance"]')).to.contain(`They asked: ${HOURS_WRONG}`);
    const box = () => shadow(element).querySelector<HTMLTextAreaElement>('form.query-answer textarea')!;
    const send = () => shadow(element).querySelector<HTMLButtonElement>('form.query-answer button[type="submit"]')!.click();
    send();
    await until(() => text(element, 'form.query-answer').includes('Write your answer'), 'the missing answer');
    expect(shadow(element).activeElement).to.equal(box());
    typeInto(element, `#${box().id}`, 'You are right: 3 hours. We have changed it.');
    send();
    await until(() => text(element, 'form.query-answer').includes('was not sent'), 'the failure');
    expect(box().value).to.equal('You are right: 3 hours. We have changed it.');
    send();
    await until(() => shadow(element).querySelector('[data-query="answered"]'), 'the answered question');
    expect(text(element, '[part="attendance"]')).to.contain('Answer sent. Rosa').and.contain('You are right: 3 hours.');
    expect(element.shadowRoot!.activeElement?.textContent, 'focus on the line that says it was sent').to.contain('Answer sent. Rosa');
    expect(flaky!.calls.filter((c) => c.method === 'updateAttendance').map((c) => c.failed)).to.deep.equal([true, false]);
    const mine = await world.api.getMyPay({ meToken: ROSA });
    expect(mine.attendance[0]!.query!.answer).to.equal('You are right: 3 hours. We have changed it.');
  });

  it('corrects the hours in the same control that answers the person, in one change they are told about', async () => {
    let calls: ReturnType<typeof flakyApi> | undefined;
    const { element, world } = await render('attended', { attendanceQuery: HOURS_WRONG, wrap: (api) => (calls = flakyApi(api, { failures: 0, methods: ['updateAttendance'] })) });
    await until(() => shadow(element).querySelector('form.query-answer textarea'), 'the answer box');
    const hoursId = `${shadow(element).querySelector<HTMLTextAreaElement>('form.query-answer textarea')!.id}-hours`;
    expect(shadow(element).querySelector<HTMLInputElement>(`#${hoursId}`)!.value, 'the recorded hours to start from').to.equal('2');
    typeInto(element, 'form.query-answer textarea', 'You are right: 3 hours. We have changed it.');
    typeInto(element, `#${hoursId}`, 'three');
    shadow(element).querySelector<HTMLButtonElement>('form.query-answer button[type="submit"]')!.click();
    await until(() => shadow(element).activeElement?.id === hoursId, 'focus on the hours that are not a number');
    expect(text(element, 'form.query-answer')).to.contain('Enter the hours as a number');
    typeInto(element, `#${hoursId}`, '3');
    shadow(element).querySelector<HTMLButtonElement>('form.query-answer button[type="submit"]')!.click();
    await until(() => shadow(element).querySelector('[data-query="answered"]'), 'the answered question');
    expect(text(element, '[part="attendance"]')).to.contain('3 h + 1 h preparation (£80)').and.contain('Answer sent and the hours changed. Rosa');
    const sent = calls!.calls.filter((c) => c.method === 'updateAttendance');
    expect(sent, 'one change').to.have.length(1);
    const mine = await world.api.getMyPay({ meToken: ROSA });
    expect([mine.attendance[0]!.activityMinutes, mine.attendance[0]!.prepMinutes, mine.attendance[0]!.feePence]).to.deep.equal([180, 60, 8000]);
    expect(mine.attendance[0]!.query!.answer).to.equal('You are right: 3 hours. We have changed it.');
  });
});
