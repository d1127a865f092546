/**
 * Issue 17 item 6, "readable in forced colours": Chromium emulates Windows' forced colours (CDP
 * Emulation.setEmulatedMedia, the `forced-colors` server command in web-test-runner.config.mjs)
 * and the charts still show: every bar outlined in the system's text colour, six answers told
 * apart by pattern (not colour alone), the "who is taking part" bars drawn in the text colour. With COPROD_SCREENSHOT_DIR
 * set, a screenshot (coprod-forced-colours-insights.png) is written there for a person to look at; otherwise none. Chromium only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { shadow, until } from '../../../test/helpers/dom.js';
import { reachApi, reachFor } from '../../../test/helpers/reach-fixtures.js';
import { STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import type { CoprodStaffInsights } from './coprod-staff-insights.component.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

const chromium = navigator.userAgent.includes('Chrome');

/** What a system colour keyword computes to on this page now. */
function system(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
const visible = (colour: string) => colour !== 'none' && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);

describe('<coprod-staff-insights> in forced colours (Windows high contrast)', function () {
  before(async function () {
    if (!chromium) return this.skip();
    await executeServerCommand('forced-colors', { active: true });
  });
  after(async () => {
    if (chromium) await executeServerCommand('forced-colors', { active: false });
  });

  it('outlines every bar in the text colour, tells the answers apart by pattern', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${reachApi(reachFor(120))} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id="opp-carers-strategy"></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    const s = shadow(element);
    await until(() => s.querySelector('[part="chart"] rect.bar') && s.querySelector('[data-reach] .reach-people'), 'the charts');
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const text = system('CanvasText');

    const bars = [...s.querySelectorAll<SVGRectElement>('rect.bar')];
    expect(bars.length).to.be.greaterThan(10);
    for (const bar of bars) {
      const style = getComputedStyle(bar);
      expect(style.stroke, 'each bar outlined in the text colour').to.equal(text);
      expect(style.fill).to.match(/^url\("?#p-/);
    }
    // Six answers, six patterns: each its own fill, and all but one carry marks (lines or dots) that show.
    const patterns = [...s.querySelectorAll('pattern')];
    expect(patterns.length).to.equal(6);
    const fills = patterns.map((p) => getComputedStyle(p.querySelector('rect')!).fill);
    expect(new Set(fills).size, `patterns' fills ${fills.join(' | ')}`).to.equal(6);
    const marks = patterns.map((p) => p.querySelector('.mark, .dot')).filter(Boolean) as SVGElement[];
    expect(new Set(marks.map((m) => m.getAttribute('d') ?? 'dot')).size).to.equal(5);
    for (const mark of marks) expect(visible(getComputedStyle(mark).stroke) || visible(getComputedStyle(mark).fill), 'a pattern’s mark shows').to.equal(true);
    for (const key of s.querySelectorAll('.legend svg')) expect(visible(getComputedStyle(key).borderTopColor)).to.equal(true);

    // Who is taking part: solid bars in the text colour, the area's outlined in it.
    const people = getComputedStyle(s.querySelector('[data-reach] .reach-people')!);
    const area = getComputedStyle(s.querySelector('[data-reach] .reach-area')!);
    expect([people.fill, people.stroke, area.stroke]).to.deep.equal([text, text, text]);

    s.querySelector('[part="chart"]')!.scrollIntoView();
    await executeServerCommand('forced-colors', { active: true, screenshot: 'coprod-forced-colours-insights.png' });
  });
});
