import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { ACTIVITY, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { states, twentyAnswersApi, widget } from './coprod-involvement-results.states.js';
import type { CoprodInvolvementResults } from './coprod-involvement-results.component.js';

describeStates(states);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(answers: number | 'twenty', changed = false, options: { locale?: string; readingLevel?: string } = {}) {
  const root = await fixture(widget(answers === 'twenty' ? twentyAnswersApi() : insightsApi(answers).api, { changed, ...options }));
  return root.querySelector<CoprodInvolvementResults>('coprod-involvement-results')!;
}

function row(element: HTMLElement, name: string): string[] {
  const th = [...shadow(element).querySelectorAll('table tbody th')].find((h) => clean(h) === name);
  return [...(th?.parentElement?.querySelectorAll('td') ?? [])].map((td) => clean(td));
}

/** Twenty answers as a server publishes them: counts shown, so the charts have bars. */
const ENOUGH = 'twenty';

describe('<coprod-involvement-results>', () => {
  it('publishes six answers with every count under the threshold hidden, and no free text', async () => {
    const element = await render(6);
    await until(() => shadow(element).querySelector('[part="chart"]'), 'a chart');
    // strongly disagree, disagree, neither, agree, strongly agree, not for this: the one "disagree" and the one "strongly agree" are hidden
    expect(row(element, 'Power shared')).to.deep.equal(['0', 'hidden', '0', 'hidden', 'hidden', '0']);
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers a week earlier.');
    expect(shadow(element).querySelector<HTMLElement>('[part="changed"]')!.hidden).to.equal(true);
  });

  // Session 20's screenshots: "No bars to draw" with the bars' colour key under it (display: flex beat [hidden]).
  it('with no bars to draw, shows no colour key either; with bars, shows it', async () => {
    const none = await render(6);
    await until(() => shadow(none).querySelector('[data-no-bars]'), 'no bars');
    for (const legend of shadow(none).querySelectorAll<HTMLElement>('.legend')) expect(legend.getBoundingClientRect().height, 'no key without bars').to.equal(0);
    const some = await render(ENOUGH);
    await until(() => shadow(some).querySelector('.bars'), 'bars');
    expect(shadow(some).querySelector<HTMLElement>('.legend')!.getBoundingClientRect().height, 'the key beside bars').to.be.greaterThan(0);
  });

  it('publishes nothing of two answers, and says when results will appear', async () => {
    const element = await render(2);
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(shadow(element).querySelector('table')).to.equal(null);
    expect(clean(shadow(element).querySelector('[part="too-few"]'))).to.contain('at least 5 people');
  });

  it('with opportunity-id shows that activity’s own results only, never a pool it is counted in', async () => {
    const { api } = insightsApi(6);
    const real = await api.getInvolvementResults!();
    const [carers] = real.groups;
    // The programme as a server may publish it: the carers strategy on its own, and a pool of two small activities.
    const pool = { ...carers!, opportunityIds: ['opp-buses', 'opp-housing'], titles: [{ en: 'Buses' }, { en: 'Housing' }] };
    const published = new Proxy(api, { get: (target, key, receiver) => (key === 'getInvolvementResults' ? async () => ({ ...real, groups: [carers, pool] }) : Reflect.get(target, key, receiver)) });
    const shown = async (id: string) => {
      const root = await fixture(widget(published, { opportunityId: id }));
      const element = root.querySelector<CoprodInvolvementResults>('coprod-involvement-results')!;
      await until(() => shadow(element).querySelector('[part="chart"], [part="too-few"]'), 'results or too few');
      return element;
    };
    const own = await shown(ACTIVITY);
    expect([...shadow(own).querySelectorAll('[part="group"] h3')].map((h) => clean(h))).to.deep.equal(["Help us write the new carers' strategy"]);
    expect(clean(shadow(own).querySelector('section'))).not.to.contain('Buses');
    const pooled = await shown('opp-housing');
    expect(shadow(pooled).querySelector('table') === null).to.equal(true);
    expect(clean(shadow(pooled).querySelector('[part="too-few"]'))).to.contain('Not enough answers about this activity yet');
    expect(clean(shadow(pooled).querySelector('section'))).not.to.contain('Buses');
  });

  it('shows what changed, in the council’s words, under its own heading', async () => {
    const element = await render(6, true);
    const part = shadow(element).querySelector<HTMLElement>('[part="changed"]')!;
    expect(part.hidden).to.equal(false);
    expect(clean(part.querySelector('h3, h4, h5'))).to.equal('What changed because of what you said');
    expect(part.querySelector('slot')!.assignedElements()[0]!.textContent).to.contain('a week before');
  });

  it('names each bar in words, whole and at the text’s size: above its bar at 320 px, beside it at 1280 px', async () => {
    after(() => setViewport({ width: 1280, height: 800 }));
    for (const [width, beside] of [[320, false], [1280, true]] as const) {
      await setViewport({ width, height: 800 });
      for (const options of [{}, { locale: 'cy' }, { readingLevel: 'easy-read' }]) {
        const element = await render(ENOUGH, false, options);
        const said = `${width} px ${JSON.stringify(options)}`;
        const charts = await until(() => (shadow(element).querySelectorAll('[part="chart"] .bars').length === 2 ? shadow(element).querySelectorAll('[part="chart"] .bars') : null), `${said}: both charts drawn`);
        const body = parseFloat(getComputedStyle(shadow(element).querySelector('p')!).fontSize);
        for (const chart of charts) {
          const rows = [...chart.querySelectorAll('.bar-row')];
          // Each bar's name is its table row's name (the ingredients, the rungs).
          const table = chart.closest('[part="chart"]')!.querySelectorAll('tbody th');
          expect(rows.map((r) => clean(r.querySelector('.bar-label'))), said).to.deep.equal([...table].map((th) => clean(th)));
          for (const r of rows) {
            const label = r.querySelector<HTMLElement>('.bar-label')!;
            const box = label.getBoundingClientRect();
            const track = r.querySelector('.bar-track')!.getBoundingClientRect();
            const name = `${said}: "${clean(label)}"`;
            expect(label.scrollWidth, `${name} is not cut`).to.be.at.most(label.clientWidth + 1);
            expect(box.right, `${name} stays in the window`).to.be.at.most(width);
            expect(parseFloat(getComputedStyle(label).fontSize), `${name} at the text’s size`).to.be.at.least(body - 0.05);
            expect(track.width, `${name}: its bar has room`).to.be.at.least(body * 9);
            if (beside) expect(box.right <= track.left && box.top < track.bottom && track.top < box.bottom, `${name} beside its bar`).to.equal(true);
            else expect(box.bottom, `${name} above its bar`).to.be.at.most(track.top + 1);
          }
          // Rows do not crowd: each below the one before.
          const tops = rows.map((r) => r.getBoundingClientRect());
          for (let i = 1; i < tops.length; i++) expect(tops[i]!.top, `${said}: row ${i + 1} below row ${i}`).to.be.at.least(tops[i - 1]!.bottom);
        }
      }
    }
  });

  // Session 20's screenshots: at 320 px the Welsh easy-read table's "Na, dim o gwbl" stood a word a line.
  it('at 320 px keeps each column heading of the tables from standing a word a line, in English, Welsh and easy read', async () => {
    await setViewport({ width: 320, height: 800 });
    document.body.style.fontSize = '19px'; // GOV.UK's body text, as the screenshots' page
    try {
      const crowded: string[] = [];
      for (const options of [{}, { locale: 'cy' }, { readingLevel: 'easy-read' }, { locale: 'cy', readingLevel: 'easy-read' }]) {
        const element = await render(ENOUGH, false, options);
        const heads = await until(() => (shadow(element).querySelectorAll('[part="chart"] thead th').length > 6 ? shadow(element).querySelectorAll('[part="chart"] thead th') : null), 'the tables');
        for (const th of heads) {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          // Up to four words on at most two lines ("Na, dim o / gwbl"); a longer heading at most two lines fewer than its words
          // (Firefox's font sets "Ddim ar gyfer y gweithgaredd hwn" on four).
          if (lines > Math.max(2, clean(th).split(' ').length - 2)) crowded.push(`${JSON.stringify(options)} "${clean(th)}": ${lines} lines`);
        }
      }
      expect(crowded).to.deep.equal([]);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('says in words when a chart has nothing to draw (every count hidden), in English, Welsh and easy read, not an empty frame', async () => {
    for (const [options, words] of [
      [{}, 'No bars to draw: too few people gave each answer to show it safely.'],
      [{ locale: 'cy' }, 'Dim barrau i’w dangos: rhy ychydig o bobl a roddodd bob ateb i’w ddangos yn ddiogel.'],
      [{ readingLevel: 'easy-read' }, 'We cannot draw this chart.'],
    ] as const) {
      const element = await render(6, false, options);
      await until(() => shadow(element).querySelectorAll('[part="chart"]').length === 2 || null, 'both charts');
      const charts = [...shadow(element).querySelectorAll('[part="chart"]')];
      for (const chart of charts) {
        expect(chart.querySelector('[role="img"]'), 'no empty image').to.equal(null);
        expect(clean(chart.querySelector('[data-no-bars]'))).to.contain(words);
        expect(chart.querySelector('table'), 'the table still shows what can be shown').to.exist;
      }
      expect(charts[0]!.querySelector<HTMLElement>('.legend')!.hidden, 'no key to bars that are not there').to.equal(true);
    }
  });

  it('gives a screen-reader user the chart’s figures: Chromium’s accessibility tree (CDP) has the chart as one named image and its table with the same cells', async function () {
    if (!navigator.userAgent.includes('Chrome')) return this.skip();
    const element = await render(ENOUGH);
    await until(() => shadow(element).querySelector('[part="chart"]'), 'a chart');
    interface AxNode { id: string; ignored: boolean; role: string; name: string; childIds: string[] }
    const nodes = (await executeServerCommand('ax-tree')) as AxNode[];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    /** What a screen reader gets under a node: its children, with ignored nodes replaced by theirs. */
    const kids = (n: AxNode): AxNode[] => n.childIds.flatMap((id) => byId.get(id) ?? []).flatMap((c) => (c.ignored ? kids(c) : [c]));
    const text = (n: AxNode): string => n.name || kids(n).map(text).join('');
    const image = nodes.find((n) => !n.ignored && n.role === 'image' && n.name.startsWith('The ten ingredients'));
    expect(image, 'the chart as one image named by its title').to.exist;
    expect(kids(image!).filter((c) => c.role !== 'StaticText' && c.role !== 'InlineTextBox').length, 'no bars read one by one').to.equal(0);
    const table = nodes.find((n) => !n.ignored && n.role === 'table' && n.name.startsWith('The ten ingredients ('));
    expect(table, 'the table beside the chart, named by its caption').to.exist;
    const rows: AxNode[] = [];
    const rowsOf = (n: AxNode): void => void (n.role === 'row' ? rows.push(n) : kids(n).forEach(rowsOf));
    rowsOf(table!);
    const heard = rows.map((r) => kids(r).map((c) => text(c).trim())).find((r) => r[0] === 'Power shared');
    // The same row as a sighted person reads it in the table on screen.
    expect(heard).to.deep.equal(['Power shared', ...row(element, 'Power shared')]);
    expect(rows.length).to.equal(11); // the header and the ten ingredients
  });
});
