import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { describeStates } from '../../../test/helpers/state-sweep.js';
import { clickOn, shadow, until } from '../../../test/helpers/dom.js';
import { loaded } from '../../../test/helpers/loaded.js';
import { ACTIVITY, insightsApi } from '../../../test/helpers/insights-fixtures.js';
import { downloadFrom, STAFF_TOKEN } from '../../../test/helpers/staff-states.js';
import { councilReachApi, reachApi, reachFor, SOURCE } from '../../../test/helpers/reach-fixtures.js';
import { addCouncilQuestion, enterPaper, givenApi, openPaper, openReference, PAPER_FORM, refusingPaperApi, retireCouncilQuestion, saveShare, states, WHEELCHAIR, withoutInsightsApi } from './coprod-staff-insights.states.js';
import type { CoprodStaffInsights } from './coprod-staff-insights.component.js';
import type { LadderRung } from '../../api/types.js';
import type { CoprodApi } from '../../api/api.js';
import '../provider/coprod-provider.js';
import './coprod-staff-insights.js';

describeStates(states);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(answers: number, promise?: LadderRung) {
  const { api } = insightsApi(answers, promise);
  const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}>
    <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
  </coprod-provider>`);
  const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
  await loaded(element);
  expect(shadow(element).querySelector('[part="chart"]'), 'a chart').to.exist;
  return element;
}

/** The row of the first table whose header reads `name`, as its cells' text. */
function row(element: HTMLElement, name: string): string[] {
  const th = [...shadow(element).querySelectorAll('table tbody th')].find((h) => clean(h) === name);
  return [...(th?.parentElement?.querySelectorAll('td') ?? [])].map((td) => clean(td));
}

describe('<coprod-staff-insights>', () => {
  // Session 22's screenshots: at 320 px in easy read the ladder's table ("Step on the ladder" | "People") was wider than its
  // region, so its counts sat out of view behind the scroll shadow (both columns held at 8em since session 21).
  it('at 320 px the ladder’s two-column table fits its region, its counts in view, in English, Welsh and easy read', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.fontSize = '19px'; // GOV.UK's body text, as the screenshots' page
    try {
      const wide: string[] = [];
      for (const [locale, readingLevel] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read'], ['cy', 'easy-read']]) {
        const { api } = insightsApi(6, 'co_design');
        const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale} reading-level=${readingLevel}>
          <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
        </coprod-provider>`);
        const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
        // Its loads followed, not a time (a 4 s wait for the table timed out once at load 23).
        await loaded(element);
        const tables = [...shadow(element).querySelectorAll('table')].filter((table) => table.querySelectorAll('thead th').length === 2);
        expect(tables, `${locale} ${readingLevel}: the ladder’s table`).to.not.be.empty;
        for (const table of tables) {
          const region = table.closest<HTMLElement>('.table-wrap')!;
          if (region.scrollWidth > region.clientWidth + 1) wide.push(`${locale} ${readingLevel}: ${region.scrollWidth} px in ${region.clientWidth} px`);
        }
      }
      expect(wide).to.deep.equal([]);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({ width: 1280, height: 720 });
    }
  });

  // Session 26's screenshots: at 320 px the bar charts ran 8 px past the widget's right edge, to the screen's edge
  // (a flex item keeps its content's width unless allowed to shrink: the longest felt label held the bars wide).
  it('at 320 px every bar chart stays inside the widget, in English, Welsh and easy read', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.fontSize = '19px'; // GOV.UK's body text, as the screenshots' page
    try {
      const past: string[] = [];
      for (const [locale, readingLevel] of [['en-GB', 'standard'], ['cy', 'standard'], ['en-GB', 'easy-read']]) {
        const { api } = insightsApi(6, 'co_design');
        const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale} reading-level=${readingLevel}>
          <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
        </coprod-provider>`);
        const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
        // Each bar's row, its name and its bar: what a person reads and compares.
        await loaded(element);
        const parts = [...shadow(element).querySelectorAll<HTMLElement>('.bars, .bar-row, .bar-label, .bar-track')];
        expect(parts.length, `${locale} ${readingLevel}: the bar charts`).to.be.greaterThan(10);
        const edge = element.getBoundingClientRect().right;
        for (const part of parts) {
          const right = part.getBoundingClientRect().right;
          if (right > edge + 0.5) past.push(`${locale} ${readingLevel}: ${part.getAttribute('class')} "${part.textContent!.trim().slice(0, 30)}" ends at ${right} px, the widget at ${edge} px`);
        }
      }
      expect(past).to.deep.equal([]);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({ width: 1280, height: 720 });
    }
  });

  it('shows each ingredient’s answers in a table beside a chart with a title and description', async () => {
    const element = await render(6);
    // strongly disagree, disagree, neither, agree, strongly agree, not for this
    expect(row(element, 'Power shared')).to.deep.equal(['0', '1', '0', '4', '1', '0']);
    expect(row(element, 'Voice listened to')).to.deep.equal(['0', '0', '0', '5', '1', '0']);
    const svg = shadow(element).querySelector('[part="chart"] [role="img"]')!;
    const labelled = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => clean(shadow(element).getElementById(id)));
    expect(labelled[0]).to.equal('The ten ingredients');
    expect(labelled[1]).to.contain('The table beside has the same figures');
    expect(svg.querySelectorAll('rect.bar').length).to.be.greaterThan(10);
    expect(clean(shadow(element).querySelector('[part="changes"]'))).to.contain('Send the papers a week earlier.');
  });

  // Session 22's screenshots: the felt bars had no count beside them, and a rung nobody chose was a lone start line (read
  // as a stray "|"); the tables were named "How it felt, and what we promised, Help us write…" (two commas, a capital
  // mid-sentence).
  it('says each felt bar’s count after it ("0" for a rung nobody chose), and names each table "title (whose answers)"', async () => {
    const element = await render(6);
    const chart = [...shadow(element).querySelectorAll('[part="chart"]')].find((figure) => figure.querySelector('.bar-count'))!;
    const bars = [...chart.querySelectorAll('.bar-row')].map((barRow) => ({
      name: clean(barRow.querySelector('.bar-label')),
      count: clean(barRow.querySelector('.bar-count')),
      bar: barRow.querySelector('rect.bar')?.getBoundingClientRect(),
      // `?.`: a bar with no count fails below in words (its row's count against ''), not as a TypeError here.
      text: barRow.querySelector('.bar-count')?.getBoundingClientRect(),
    }));
    expect(bars.map((bar) => [bar.name, bar.count])).to.deep.equal(
      bars.map((bar) => [bar.name, row(element, bar.name).join('')]),
      'each bar says the count its table row says',
    );
    const none = bars.filter((bar) => bar.count === '0');
    expect(none.length, 'some rungs nobody chose').to.be.greaterThan(0);
    for (const bar of none) expect(bar.bar, `${bar.name}: no bar`).to.equal(undefined);
    for (const bar of bars.filter((b) => b.bar)) {
      expect(bar.text!.left, `${bar.name}: the count after its bar`).to.be.at.least(bar.bar!.right);
      expect(bar.text!.left - bar.bar!.right, `${bar.name}: the count beside its bar`).to.be.below(15);
    }
    const captions = [...shadow(element).querySelectorAll('.table-caption')].map((caption) => clean(caption));
    expect(captions.length).to.be.greaterThan(1);
    for (const caption of captions) expect(caption, 'the title, then whose answers in brackets').to.match(/^(The ten ingredients|How it felt, and what we promised) \(.+\)$/);
  });

  it('says how they answered (online, on paper, by phone), and in easy read and Welsh easy read one line each way', async () => {
    const lines = async (locale = 'en-GB', reading = 'standard') => {
      const root = await fixture(html`<coprod-provider .adapter=${givenApi()} token=${STAFF_TOKEN} locale=${locale} reading-level=${reading}>
        <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
      </coprod-provider>`);
      const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
      const given = await until(() => shadow(element).querySelector('[data-given]'), 'how they answered');
      return given.innerHTML.replace(/<!--[^>]*-->/g, '').split(/<br\s*\/?>/).map((line) => line.trim());
    };
    expect(await lines()).to.deep.equal(['How they answered: 4 online, 1 on a paper form, 1 over the phone.']);
    expect(await lines('en-GB', 'easy-read')).to.deep.equal(['How people answered:', '4 online.', '1 on a paper form.', '1 on the phone.']);
    expect(await lines('cy', 'easy-read')).to.deep.equal(['Sut wnaeth pobl ateb:', '4 ar-lein.', '1 ar ffurflen bapur.', '1 dros y ffôn.']);
  });

  // Session 20's screenshots: "6 people answered of 7 invited." read oddly.
  it('says how many of those invited answered, in English, Welsh and easy read', async () => {
    const said = async (api: CoprodApi, locale: string, reading: string) => {
      const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale} reading-level=${reading}>
        <coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights>
      </coprod-provider>`);
      const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
      const title = await until(() => shadow(element).querySelector('#activity-title'), 'the activity');
      const answered = await until(() => title.closest('section')!.querySelector(':scope > p:not([part])'), 'how many answered');
      return answered.innerHTML.replace(/<!--[^>]*-->/g, '').split(/<br\s*\/?>/).map((line) => line.trim());
    };
    const some = () => insightsApi(2).api;
    const invited = (await some().getActivityEvaluation!(ACTIVITY)).invited!;
    expect(invited).to.be.greaterThan(2);
    expect(await said(some(), 'en-GB', 'standard')).to.deep.equal([`2 of the ${invited} people invited answered.`]);
    expect(await said(some(), 'cy', 'standard')).to.deep.equal([`Atebodd 2 o’r ${invited} o bobl a wahoddwyd.`]);
    expect(await said(some(), 'en-GB', 'easy-read')).to.deep.equal([`We asked ${invited} people.`, '2 of them answered.']);
    expect(await said(some(), 'cy', 'easy-read')).to.deep.equal([`Gofynnon ni i ${invited} o bobl.`, 'Atebodd 2 ohonyn nhw.']);
    // Session 20's figures: four online, one on paper, one by phone, of seven invited.
    expect(await said(givenApi(), 'en-GB', 'standard')).to.deep.equal(['6 of the 7 people invited answered.']);
    // Everyone invited answered.
    const everyone = () => {
      const api = some();
      return new Proxy(api, {
        get: (target, key, receiver) =>
          key === 'getActivityEvaluation' ? async (id: string) => ({ ...(await target.getActivityEvaluation!(id)), invited: 2 }) : Reflect.get(target, key, receiver),
      });
    };
    expect(await said(everyone(), 'en-GB', 'standard')).to.deep.equal(['Everyone invited answered: 2 people.']);
    expect(await said(everyone(), 'cy', 'standard')).to.deep.equal(['Atebodd pawb a wahoddwyd: 2 o bobl.']);
    expect(await said(everyone(), 'en-GB', 'easy-read')).to.deep.equal(['We asked 2 people.', 'Everyone answered.']);
    expect(await said(everyone(), 'cy', 'easy-read')).to.deep.equal(['Gofynnon ni i 2 o bobl.', 'Atebodd pawb.']);
  });

  it('shows staff an activity from two answers, with the promise beside the rung felt, while the programme hides it', async () => {
    const element = await render(2, 'co_design');
    await until(() => shadow(element).querySelector('[part="empty"]'), 'the programme hidden');
    expect(clean(shadow(element).querySelector('#activity-title'))).to.contain('carers');
    expect(shadow(element).querySelectorAll('[part="group"]').length).to.equal(1);
    const activity = clean(shadow(element).querySelector('#activity-title')?.closest('section'));
    expect(activity).to.match(/\b2 of the \d+ people invited answered\./);
    expect(activity).to.contain('We promised: We designed it together');
    expect(row(element, 'We designed it together (promised)')).to.deep.equal(['1']);
    expect(row(element, 'They asked our views and then decided')).to.deep.equal(['1']);
    expect(clean(shadow(element).querySelector('[part="changes"]'))).to.contain('Meet somewhere with parking.');
  });

  it('shows nothing of one answer, not even what they asked to change', async () => {
    const { api } = insightsApi(1);
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(clean(shadow(element).querySelector('[part="too-few"]'))).to.contain('Results show once 2 have');
    expect(shadow(element).querySelector('table') === null).to.equal(true);
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers');
  });

  it('shows no change asked for by one person alone, even when a server sends one', async () => {
    const { api } = insightsApi(2);
    const sent = await api.getActivityEvaluation!(ACTIVITY);
    // A server set below the minimum: one respondent, with their change.
    const lowered = new Proxy(api, {
      get: (target, key, receiver) =>
        key === 'getActivityEvaluation' ? async () => ({ ...sent, staffMinimum: 1, respondents: 1, groups: sent.groups.map((g) => ({ ...g, respondents: 1 })) }) : Reflect.get(target, key, receiver),
    });
    const root = await fixture(html`<coprod-provider .adapter=${lowered} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[part="too-few"]'), 'too few');
    expect(clean(shadow(element).querySelector('section'))).not.to.contain('Send the papers');
    expect(shadow(element).querySelector('[part="changes"]') === null).to.equal(true);
  });


  it('downloads the same figures as CSV', async () => {
    const element = await render(6);
    const file = await downloadFrom(element);
    const csv = (await file.text()).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).to.equal('group,question,answer,count');
    expect(csv).to.contain('Power shared,Disagree,1');
    expect(csv).to.contain('Power shared,Agree,4');
  });

  describe('who is taking part (issue 17)', () => {
    async function reach(figures: Parameters<typeof reachApi>[0], locale = 'en-GB') {
      const root = await fixture(html`<coprod-provider .adapter=${reachApi(figures)} token=${STAFF_TOKEN} locale=${locale}><coprod-staff-insights></coprod-staff-insights></coprod-provider>`);
      const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
      return { element, section: await until(() => shadow(element).querySelector<HTMLElement>('[data-reach]:not(:has([part="loading"]))'), 'who is taking part') };
    }
    const rowOf = (section: HTMLElement, question: string, answer: string) => {
      const th = [...section.querySelectorAll(`[data-question="${question}"] tbody th`)].find((h) => clean(h) === answer);
      return [...(th?.parentElement?.querySelectorAll('td') ?? [])].map(clean);
    };

    it('shows each answer’s rounded count and share beside the area’s, the table the truth and the chart hidden from assistive tech', async () => {
      const figures = reachFor(30);
      const { section } = await reach(figures);
      const ethnic = figures.questions.find((q) => q.question === 'ethnicGroup')!.answers;
      const white = ethnic.find((a) => a.answer === 'white')!;
      expect(rowOf(section, 'ethnicGroup', 'White')).to.deep.equal([String(white.count), `${white.percent}%`, '77%']);
      // Black: 3 or 4 of 30, hidden; said in words, with the area's figure still there.
      expect(rowOf(section, 'ethnicGroup', 'Black, Black British, Black Welsh, Caribbean or African')).to.deep.equal(['fewer than 8 — not shown to protect people', '5%']);
      expect(rowOf(section, 'ethnicGroup', 'Prefer not to say')).to.deep.equal(['fewer than 8 — not shown to protect people', 'not given']);
      for (const svg of section.querySelectorAll('.reach-bars, .legend')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
      const counts = [...section.querySelectorAll('tbody td:first-of-type')].map(clean).filter((c) => /^\d+$/.test(c)).map(Number);
      expect(counts.every((n) => n >= 8 && n % 5 === 0)).to.equal(true, `every shown count is 8 or more and a multiple of 5: ${counts.join(', ')}`);
      expect(clean(section.querySelector('[data-published]'))).to.contain('27 November 2026');
      expect(clean(section.querySelector('[data-training]'))).to.equal('About 15 people have said what training or support they would like.');
    });

    it('says plainly when fewer than 8 have answered, and shows no table', async () => {
      const { section } = await reach(reachFor(3));
      expect(clean(section.querySelector('[part="reach-none"]'))).to.equal('Fewer than 8 people have answered so far, so there is nothing to show yet.');
      expect(section.querySelector('table')).to.equal(null);
      expect(clean(section.querySelector('[data-training]'))).to.equal('Fewer than 8 people have said what training or support they would like.');
    });

    it('a refused or failed count leaves the evaluation results showing', async () => {
      const { element, section } = await reach('forbidden');
      await until(() => section.querySelector('[part="error"]'), 'the permission message');
      await until(() => shadow(element).querySelector('#programme-title'), 'the programme results');
    });

    // Review SHOULD 12: at 320 px each table's name stays in view (it scrolled away inside the
    // table's region) and the chart's words are body size.
    it('at 320 px every table’s name is in view and the chart’s words are body size', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { element, section } = await reach(reachFor(30));
        const right = element.getBoundingClientRect().right;
        const names = [...section.querySelectorAll('[role="region"]')].map((r) => shadow(element).getElementById(r.getAttribute('aria-labelledby')!)!);
        expect(names.length).to.be.greaterThan(3);
        for (const name of names) {
          expect(name.closest('[role="region"]'), `${clean(name)}: outside the scroller`).to.equal(null);
          expect(name.getBoundingClientRect().right, clean(name)).to.be.at.most(right + 0.5);
        }
        const body = parseFloat(getComputedStyle(element).fontSize);
        for (const words of section.querySelectorAll('.reach-bars li')) expect(parseFloat(getComputedStyle(words).fontSize)).to.be.at.least(body);
      } finally {
        await setViewport({ width: 1280, height: 720 });
      }
    });

    it('counts the council’s own question with the census ones, and says where the area’s figures come from (issue 17)', async () => {
      const root = await fixture(html`<coprod-provider .adapter=${councilReachApi()} token=${STAFF_TOKEN}><coprod-staff-insights></coprod-staff-insights></coprod-provider>`);
      const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
      const section = await until(() => shadow(element).querySelector<HTMLElement>('[data-reach]:has([data-question="council-cq-care"])'), 'the council’s question');
      expect(clean(section.querySelector('[data-question="council-cq-care"] h3, [data-question="council-cq-care"] h4'))).to.equal('Are you a care leaver?');
      // 10 of 30 said yes (shown, rounded), 20 no; nobody preferred not to say (hidden: fewer than 8).
      expect(rowOf(section, 'council-cq-care', 'Yes')).to.deep.equal(['10', '33.3%', 'not given']);
      expect(rowOf(section, 'council-cq-care', 'No')).to.deep.equal(['20', '66.7%', 'not given']);
      expect(rowOf(section, 'council-cq-care', 'Prefer not to say')).to.deep.equal(['fewer than 8 — not shown to protect people', 'not given']);
      expect(clean(section.querySelector('[data-reference-source]'))).to.equal(`The area’s figures come from: ${SOURCE}`);
    });

    it('in Welsh', async () => {
      const { section } = await reach(reachFor(30), 'cy');
      expect(clean(section.querySelector('#reach-title'))).to.equal('Pwy sy’n cymryd rhan');
      expect(clean(section.querySelector('[data-hidden]'))).to.equal('llai nag 8 — heb ei ddangos i ddiogelu pobl');
    });
  });
});

describe('<coprod-staff-insights>: the area’s figures (issue 17 item 4)', () => {
  async function widget(locale: 'en-GB' | 'cy' = 'en-GB') {
    const root = await fixture(html`<coprod-provider .adapter=${reachApi(reachFor(120))} token=${STAFF_TOKEN} locale=${locale}>
      <coprod-staff-insights></coprod-staff-insights>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[data-question="sex"] table'), 'the sex table');
    return element;
  }
  const areaShare = (element: HTMLElement, answer: string) => {
    const th = [...shadow(element).querySelectorAll('[data-question="sex"] tbody th')].find((h) => clean(h) === answer);
    return clean(th?.parentElement?.querySelector('td:last-child'));
  };

  it('opens with the saved figures, changes a share, saves, and the table shows it', async () => {
    const element = await widget();
    const before = areaShare(element, 'Female');
    await openReference(element);
    expect(shadow(element).querySelector<HTMLInputElement>('#field-sex-female')!.value + '%').to.equal(before);
    await saveShare(element, '53.5');
    expect(clean(shadow(element).querySelector('[data-reference-saved]'))).to.contain('saved');
    await until(() => areaShare(element, 'Female') === '53.5%', 'the table with the new share');
  });

  it('shows the server’s refusal of a negative share at the field, in Welsh for a Welsh reader', async () => {
    const element = await widget('cy');
    await saveShare(element, '-3');
    expect(clean(shadow(element).querySelector('#field-sex-female-error'))).to.equal('Gwall: Rhowch gyfran o 0% neu fwy');
    expect(shadow(element).querySelector('#field-sex-female')!.getAttribute('aria-invalid')).to.equal('true');
    expect(clean(shadow(element).querySelector('.error-summary'))).to.contain('Rhowch gyfran o 0% neu fwy');
    expect(shadow(element).querySelector('[data-reference-saved]')).to.equal(null);
  });
});

describe('<coprod-staff-insights>: the council’s own questions (issue 17 item 4)', () => {
  async function widget(api = councilReachApi(), locale: 'en-GB' | 'cy' = 'en-GB') {
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale}><coprod-staff-insights></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[data-council-questions]'), 'the council’s questions');
    return element;
  }
  const asked = (element: HTMLElement) => [...shadow(element).querySelectorAll('[data-council-question] .council-question')].map(clean);

  it('adds a question in English, Welsh and easy read, one answer a line, and lists it', async () => {
    const api = councilReachApi();
    const element = await widget(api);
    expect(asked(element)).to.deep.equal(['Are you a care leaver?']);
    await addCouncilQuestion(element);
    const { questions } = await api.getEqualityQuestions!();
    const added = questions.find((q) => q.text.en === 'Do you use a wheelchair?')!;
    expect(added.text).to.deep.equal({ en: 'Do you use a wheelchair?', cy: 'Ydych chi’n defnyddio cadair olwyn?', easyRead: 'Do you use a wheelchair?' });
    expect(added.answers.slice(0, 3).map((a) => [a.text.en, a.text.cy, a.text.easyRead])).to.deep.equal([
      ['Yes, all the time', 'Ydw, drwy’r amser', 'Yes, always'],
      ['Yes, sometimes', 'Ydw, weithiau', 'Yes, sometimes'],
      ['No', 'Nac ydw', 'No'],
    ]);
    await until(() => asked(element).length === 2, 'the list with it');
    expect(asked(element)).to.deep.equal(['Are you a care leaver?', 'Do you use a wheelchair?']);
    const message = shadow(element).querySelector('[data-council-added]');
    expect(clean(message)).to.contain('“Do you use a wheelchair?” is added');
    expect(shadow(element).activeElement).to.equal(message);
  });

  it('says at each box what is wrong when the answers do not match, and sends nothing', async () => {
    const api = councilReachApi();
    let sent = 0;
    const add = api.addEqualityQuestion!.bind(api);
    const counting = new Proxy(api, { get: (target, key, receiver) => (key === 'addEqualityQuestion' ? (...args: Parameters<typeof add>) => (sent++, add(...args)) : Reflect.get(target, key, receiver)) });
    const element = await widget(counting);
    await addCouncilQuestion(element, { ...WHEELCHAIR, 'text.easyRead': '', 'answers.cy': 'Ydw\nNac ydw' });
    expect(clean(shadow(element).querySelector('#field-text-easyRead-error'))).to.equal('Error: Enter the question in easy read');
    expect(clean(shadow(element).querySelector('#field-answers-cy-error'))).to.equal('Error: Give as many answers as in English, one a line, in the same order');
    expect(shadow(element).querySelector('#field-answers-cy')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(element).querySelector('#field-answers-en-error')).to.equal(null);
    expect(sent).to.equal(0);
  });

  it('stops asking a question only after “Yes, stop asking it”, and says answers stay with the people who gave them', async () => {
    const api = councilReachApi();
    const element = await widget(api);
    await retireCouncilQuestion(element);
    expect(clean(shadow(element).querySelector('[data-council-confirm]'))).to.contain('still see their answer on their own page and can delete it');
    expect(shadow(element).activeElement).to.equal(shadow(element).querySelector('[data-council-retire-yes]'));
    expect((await api.getEqualityQuestions!()).questions[0]!.retired).to.equal(false);
    clickOn(element, '[data-council-retire-yes]');
    await until(() => shadow(element).querySelector('[data-council-retired]'), 'stopped');
    expect((await api.getEqualityQuestions!()).questions[0]!.retired).to.equal(true);
    expect(asked(element)).to.deep.equal([]);
    expect(clean(shadow(element).querySelector('[data-council-none]'))).to.contain('not added any');
  });
});

describe('<coprod-staff-insights>: answers from a paper form (issue 17)', () => {
  async function renderPaper(answers: number, locale = 'en-GB', opportunityId: string | null = ACTIVITY) {
    const { api, inner } = insightsApi(answers);
    const root = await fixture(html`<coprod-provider .adapter=${api} token=${STAFF_TOKEN} locale=${locale}>
      <coprod-staff-insights opportunity-id=${opportunityId ?? ''}></coprod-staff-insights>
    </coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    return { element, inner };
  }

  it('asks the same questions as the person’s own form, takes the activity chosen and how they came, and counts the answers like online ones, with no person chosen', async () => {
    const { element, inner } = await renderPaper(2, 'en-GB', null);
    await openPaper(element);
    const form = shadow(element).querySelector('[data-paper-form]')!;
    expect(clean(form)).to.contain('My voice was considered, listened to and respected').and.contain('Not for this activity').and.contain('Which of these did it feel like?').and.contain('What one thing should change?');
    expect(form.querySelectorAll('input[type="radio"][name^="field-ratings-"]').length, 'ten statements, six answers each').to.equal(60);
    expect(form.querySelector('[name*="person"], [name*="profile"], [name*="interest"]'), 'nobody to choose').to.equal(null);
    const select = form.querySelector<HTMLSelectElement>('#field-opportunityId')!;
    expect([...select.options].some((o) => o.value === ACTIVITY), 'the activity is on the list').to.equal(true);
    select.value = ACTIVITY;
    select.dispatchEvent(new Event('change'));
    await enterPaper(element, { ...PAPER_FORM, how: 'phone' });
    const added = shadow(element).querySelector<HTMLElement>('[data-paper-added]');
    expect(clean(added)).to.contain('The answers are added');
    expect(shadow(element).activeElement, 'focus on the message').to.equal(added);
    const results = await inner.getActivityEvaluation(ACTIVITY);
    expect([results.respondents, results.given]).to.deep.equal([3, { online: 2, paper: 0, phone: 1 }]);
    const voice = results.groups[0]!.ingredients.find((i) => i.ingredient === 'voice')!.counts;
    expect(voice.strongly_agree, 'counted with the online answers').to.equal(2);
    expect(results.groups[0]!.changes).to.include('Send the form in large print.');
  });

  it('says at each field what is missing and sends nothing', async () => {
    const { element, inner } = await renderPaper(2, 'en-GB', null);
    await enterPaper(element, { change: 'Bigger print.' });
    expect(clean(shadow(element).querySelector('[data-paper-form] .error-summary'))).to.contain('Choose an activity.').and.contain('Say how they answered.');
    expect(shadow(element).querySelector('#field-opportunityId')!.getAttribute('aria-invalid')).to.equal('true');
    expect((await inner.getActivityEvaluation(ACTIVITY)).respondents, 'nothing sent').to.equal(2);
  });

  it('a refusal by the server (everyone invited has answered) is said at the activity, in Welsh, from its code', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${refusingPaperApi()} token=${STAFF_TOKEN} locale="cy"><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await enterPaper(element);
    const welsh = 'Allwch chi ddim ychwanegu atebion ar gyfer y gweithgaredd hwn';
    await until(() => clean(shadow(element).querySelector('[data-paper-form] .error-summary')).includes(welsh), `"${welsh}" in the summary`);
    expect(clean(shadow(element).querySelector('#field-opportunityId-error')), 'at the activity').to.contain(welsh);
    expect(shadow(element).querySelector('#field-opportunityId')!.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
    expect(shadow(element).querySelector('[data-paper-form] [data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(clean(shadow(element).querySelector('[data-paper-form]')), 'the questions in Welsh').to.contain('Cafodd fy llais ei ystyried');
    expect(shadow(element).querySelector('[data-paper-added]'), 'not added').to.equal(null);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain('has answered already');
  });

  it('refuses a sign-in without the insights role, as the server does, and says to ask for it (review S4)', async () => {
    const { element, inner } = await renderPaper(2);
    inner.evaluations.roles = ['staff'];
    await enterPaper(element);
    await until(() => clean(shadow(element).querySelector('[data-paper-form]')).includes('Ask for the insights role'), 'the forbidden words');
    expect(shadow(element).querySelector('[data-paper-added]'), 'not added').to.equal(null);
    expect((await inner.getActivityEvaluation(ACTIVITY)).given?.paper ?? 0, 'nothing counted').to.equal(0);
  });

  it('tells the page when answers are added (the activity and how, never an answer), reports a failure as coprod-error, and words the change’s limit from the contract’s rule (review S5)', async () => {
    const { element, inner } = await renderPaper(2);
    const events: CustomEvent[] = [];
    for (const name of ['coprod-evaluation-entered', 'coprod-error']) element.addEventListener(name, (e) => events.push(e as CustomEvent));
    await enterPaper(element, { ...PAPER_FORM, change: 'x'.repeat(1001) });
    expect(clean(shadow(element).querySelector('#field-change-error'))).to.contain('Use 1,000 characters or fewer.');
    expect(events, 'nothing sent, nothing told').to.deep.equal([]);
    await enterPaper(element, { change: 'Send the form in large print.' });
    await until(() => shadow(element).querySelector('[data-paper-added]'), 'added');
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['coprod-evaluation-entered', { opportunityId: ACTIVITY, how: 'paper' }]]);
    expect(events[0]!.bubbles && events[0]!.composed, 'bubbles out of the element').to.equal(true);
    expect(JSON.stringify(events[0]!.detail), 'no answer in the event').to.not.contain('large print');
    inner.evaluations.roles = ['staff'];
    clickOn(element, '[data-paper-open]');
    await enterPaper(element);
    await until(() => events.length === 2, 'the failure reported');
    expect([events[1]!.type, events[1]!.detail.action, events[1]!.detail.kind]).to.deep.equal(['coprod-error', 'save', 'forbidden']);
  });

  it('says up front, with no form to type into, that a sign-in without the insights role cannot enter answers (review S4)', async () => {
    const root = await fixture(html`<coprod-provider .adapter=${withoutInsightsApi()} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('[data-paper-not-allowed]'), 'the words saying who may enter answers');
    expect(clean(shadow(element).querySelector('[data-paper]'))).to.contain('Enter answers from a paper form').and.contain('Ask for the insights role');
    expect(shadow(element).querySelector('[data-paper-open], [data-paper-form]'), 'no form to open').to.equal(null);
    expect(shadow(element).querySelector('#activity-title'), 'the results still show').to.not.equal(null);
    await until(() => shadow(element).querySelector('[data-reach]'), 'who is taking part');
    expect(shadow(element).querySelector('[data-reference-open], [data-council-open]'), 'nor the other forms the insights role guards').to.equal(null);
  });

  it('offers no paper form when the back end cannot say whether the sign-in has the insights role (an adapter without getEqualityReach): unknown is not allowed (review S4, prefs)', async () => {
    const { api } = insightsApi(2);
    const withoutReach = new Proxy(api, { get: (target, key, receiver) => (key === 'getEqualityReach' ? undefined : Reflect.get(target, key, receiver)) });
    const root = await fixture(html`<coprod-provider .adapter=${withoutReach} token=${STAFF_TOKEN}><coprod-staff-insights opportunity-id=${ACTIVITY}></coprod-staff-insights></coprod-provider>`);
    const element = root.querySelector<CoprodStaffInsights>('coprod-staff-insights')!;
    await until(() => shadow(element).querySelector('#activity-title'), 'the results');
    await until(() => shadow(element).querySelector('[data-paper]'), 'the paper part');
    // Booleans, not elements: chai printing a shadow root's element on failure ends the browser's connection.
    expect(shadow(element).querySelector('[data-paper-open], [data-paper-form]') === null, 'no form to open').to.equal(true);
    expect(clean(shadow(element).querySelector('[data-paper]'))).to.contain('Ask for the insights role');
  });
});
