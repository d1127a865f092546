import { expect, fixture, html } from '@open-wc/testing';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { MISSED_SESSION, PAY_NOW, PAY_OPPORTUNITY, payApi, ROSA } from '../../../test/helpers/pay-fixtures.js';
import type { CoprodApi } from '../../api/api.js';
import { field, invalid } from '../../api/in-memory-pay-support.js';
import { STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import type { CoprodStaffClaims } from './coprod-staff-claims.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-claims.js';

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(wrap: (api: CoprodApi) => CoprodApi = (api) => api, locale = 'en-GB') {
  const { api, ready } = payApi('attended', { missing: 'open' });
  const root = await fixture(html`<coprod-provider .adapter=${wrap(api)} token=${STAFF_TOKEN}>
    <coprod-staff-claims opportunity-id=${PAY_OPPORTUNITY} locale=${locale} .now=${PAY_NOW}></coprod-staff-claims>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffClaims>('coprod-staff-claims')!;
  await until(() => shadow(element).querySelector('[data-missing-report="open"]'), 'the report');
  return { element, world: await ready };
}

/** The adapter, except that the server refuses the hours (a 422 naming activityMinutes, with English words): a limit the page does not check itself. */
const refusingHours = (api: CoprodApi): CoprodApi =>
  new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'resolveMissingSession') return async () => Promise.reject(invalid([field('activityMinutes', 'too-big', 'Too many hours for one session.')]));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

describe('<coprod-staff-claims>: "not on the list"', () => {
  it('shows what Rosa said, and records her attendance with the hours corrected; she sees the session in her times', async () => {
    const { element, world } = await render();
    expect(text(element, '[data-missing-report="open"]')).to.contain('Rosa').and.to.contain('2.5 hours').and.to.contain('Llanelli');
    typeInto(element, '[data-missing-report] input[id$="-hours"]', '2');
    clickOn(element, '[data-missing-record]');
    await until(() => shadow(element).querySelector('[data-missing-report="recorded"]'), 'the recorded report');
    expect(text(element, '[data-missing-report="recorded"] .saved')).to.contain('Recorded');
    const pay = await world.api.getMyPay({ meToken: ROSA });
    const added = pay.attendance.find((a) => a.sessionStart === MISSED_SESSION);
    expect([added?.activityMinutes, added?.prepMinutes]).to.deep.equal([120, 30]);
    const mine = await world.api.listMyMissingSessions({ meToken: ROSA });
    expect(mine.items.map((r) => r.status)).to.deep.equal(['recorded']);
  });

  it('will not decline without a reason, then declines with one and Rosa sees it', async () => {
    const { element, world } = await render();
    clickOn(element, '[data-missing-decline]');
    await until(() => shadow(element).querySelector('[data-missing-report] .has-error'), 'the missing reason');
    expect(shadow(element).activeElement?.id ?? '').to.match(/-reason$/);
    typeInto(element, '[data-missing-report] textarea', 'That workshop did not run.');
    clickOn(element, '[data-missing-decline]');
    await until(() => shadow(element).querySelector('[data-missing-report="declined"]'), 'the declined report');
    const mine = await world.api.listMyMissingSessions({ meToken: ROSA });
    expect(mine.items.map((r) => [r.status, r.reason])).to.deep.equal([['declined', 'That workshop did not run.']]);
  });

  it('puts the server’s refusal of the hours at the hours field, not in a message for the row', async () => {
    // A limit the page does not check itself (the council's own, say): the server's 422 names activityMinutes.
    const { element, world } = await render(refusingHours);
    typeInto(element, '[data-missing-report] input[id$="-hours"]', '20');
    clickOn(element, '[data-missing-record]');
    await until(() => shadow(element).querySelector('[data-missing-report] .has-error input[id$="-hours"]'), 'the error at the hours');
    expect(shadow(element).activeElement?.id ?? '').to.match(/-hours$/);
    expect(shadow(element).querySelector('[data-missing-report] [id$="-result"]') === null).to.equal(true, 'no message for the row');
    expect((await world.api.listMyMissingSessions({ meToken: ROSA })).items.map((r) => r.status)).to.deep.equal(['open']);
  });

  it('shows a Welsh reader the server’s refusal of the hours in Welsh, worded from its code, not the server’s English', async () => {
    const { element } = await render(refusingHours, 'cy');
    typeInto(element, '[data-missing-report] input[id$="-hours"]', '20');
    clickOn(element, '[data-missing-record]');
    await until(() => shadow(element).querySelector('[data-missing-report] .has-error input[id$="-hours"]'), 'the error at the hours');
    const said = text(element, '[data-missing-report] .has-error');
    expect(said).to.equal('Oriau yn cymryd rhan Gwall: Rhowch yr oriau fel rhif, fel 2 neu 1.5');
    expect(said).to.not.contain('Too many hours');
  });

  it('records a report whose person got on the list another way meanwhile: linked to that record, and the adapter checks If-Match before the reason, as the server', async () => {
    const { element, world } = await render();
    const [report] = await world.api.listMissingSessions();
    const stale = await world.api.resolveMissingSession(report!.id, { action: 'decline' }, { ifMatch: '"m99"' }).catch((error: { status?: number }) => error.status);
    expect(stale).to.equal(412, 'changed since it was read comes first, as the server');
    const rosa = (await world.api.listInterests(PAY_OPPORTUNITY)).find((i) => i.contact.detail === ROSA)!;
    const direct = await world.api.recordAttendance(PAY_OPPORTUNITY, { interestId: rosa.id, sessionStart: MISSED_SESSION, activityMinutes: 150 });
    clickOn(element, '[data-missing-record]');
    await until(() => shadow(element).querySelector('[data-missing-report="recorded"]'), 'the recorded report');
    const mine = await world.api.listMyMissingSessions({ meToken: ROSA });
    expect(mine.items.map((r) => [r.status, r.attendanceId])).to.deep.equal([['recorded', direct.id]]);
  });
});

