import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EvaluationInput } from '../../api/types.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { describeStates, renderState } from '../../../test/helpers/state-sweep.js';
import type { CoprodApi } from '../../api/api.js';
import { forgetReaderChoice } from '../../core/reader-choice.js';
import { answerAll, answerFrom, evaluationApi, skipAll, startAnswering, states, TOKEN, untilShown, widget } from './coprod-evaluation.states.js';

describeStates(states);

const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-evaluation>', () => {
  it('asks the ten ingredients, the ladder and one change, one per screen, and sends only the token and the answers', async () => {
    const sent: EvaluationInput[] = [];
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ sent })));
    await untilShown('button.button')(element);
    expect(text(element, '.promise')).to.equal('We said: We will decide together');
    let events = 0;
    element.addEventListener('coprod-evaluation-sent', () => events++);
    await answerAll(element);
    await untilShown('[role=status]')(element);
    expect(text(element, '[role=status] h2')).to.equal('Thank you: your answers are sent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.token).to.equal(TOKEN);
    expect(Object.keys(sent[0]!.ratings)).to.have.length(10);
    expect(sent[0]!.felt).to.equal('co_production');
    expect(sent[0]!.change).to.equal('Send the papers a week before');
    expect(events).to.equal(1);
  });

  it('asks for at least one answer: Send with every question skipped sends nothing, the summary (which takes focus) names question 1 and opens it; one answer, and it goes', async () => {
    const sent: EvaluationInput[] = [];
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ sent })));
    await skipAll(element);
    const words = 'Answer at least one question before you send. Question 1 is “I was at the centre of decisions about me”.';
    await until(() => text(element, '.error-summary').includes(words), 'the summary');
    expect(shadow(element).activeElement?.classList.contains('error-summary'), 'the summary has focus').to.equal(true);
    expect(sent, 'nothing sent').to.have.length(0);
    shadow(element).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await untilShown('#field-ratings-centre-error')(element);
    expect(text(element, '.progress')).to.equal('Question 1 of 12');
    expect(text(element, '#field-ratings-centre-error')).to.equal('Error: Answer at least one question before you send.');
    expect(shadow(element).activeElement?.id, 'focus on the question').to.equal('field-ratings-centre');
    shadow(element).querySelector<HTMLInputElement>('input[value="agree"]')!.click();
    await until(() => !shadow(element).querySelector('#field-ratings-centre-error'), 'the error goes once answered');
    shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    for (let step = 1; step < 12; step++) {
      await until(() => text(element, '.progress').startsWith(`Question ${step + 1} `), `question ${step + 1}`);
      shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    }
    await untilShown('[role=status]')(element);
    expect(sent.map((s) => [s.ratings, s.felt, s.change]), 'one answer, the rest left out').to.deep.equal([[{ centre: 'agree' }, undefined, undefined]]);
  });

  it('says "answer at least one" in Welsh and easy read too', async () => {
    for (const [locale, level, words] of [
      ['cy', 'standard', 'Atebwch o leiaf un cwestiwn cyn anfon. Cwestiwn 1 yw “Roeddwn i wrth galon penderfyniadau amdana i”.'],
      ['en-GB', 'easy-read', 'Answer 1 question or more. Then send. Question 1 is: I was part of choices about me.'],
      ['cy', 'easy-read', 'Atebwch 1 cwestiwn neu fwy. Yna anfonwch. Cwestiwn 1 yw: Roeddwn i’n rhan o ddewisiadau amdana i.'],
    ] as const) {
      const element = await renderState('coprod-evaluation', () => widget(evaluationApi(), locale, level));
      await skipAll(element);
      await until(() => text(element, '.error-summary').includes(words), `${locale} ${level}: ${words}`);
      element.closest('coprod-provider')?.remove();
    }
  });

  it('at question 1, "Question 1 is" is said once: in the summary, not again in the error under the question itself (review N4)', async () => {
    for (const [locale, level, named, here] of [
      ['en-GB', 'standard', 'Question 1 is', 'Answer at least one question before you send.'],
      ['cy', 'standard', 'Cwestiwn 1 yw', 'Atebwch o leiaf un cwestiwn cyn anfon.'],
      ['en-GB', 'easy-read', 'Question 1 is', 'Answer 1 question or more.\nThen send.'],
      ['cy', 'easy-read', 'Cwestiwn 1 yw', 'Atebwch 1 cwestiwn neu fwy.\nYna anfonwch.'],
    ] as const) {
      const element = await renderState('coprod-evaluation', () => widget(evaluationApi(), locale, level));
      await skipAll(element);
      const link = await until(() => shadow(element).querySelector<HTMLAnchorElement>('.error-summary a'), `${locale} ${level}: the summary`);
      expect(link!.textContent, `${locale} ${level}: the summary names question 1`).to.contain(named);
      link!.click();
      const error = await until(() => shadow(element).querySelector<HTMLElement>('#field-ratings-centre-error'), `${locale} ${level}: the error at question 1`);
      expect(error!.textContent!.trim(), `${locale} ${level}: the error under question 1`).to.match(new RegExp(`${here}$`));
      expect(shadow(element).querySelector('form')!.textContent!.split(named).length - 1, `${locale} ${level}: "${named}" on screen`).to.equal(1);
      element.closest('coprod-provider')?.remove();
    }
  });

  it('in easy read, the error summary keeps one idea a line: "Answer 1 question or more. / Then send. / Question 1 is: …" is three lines, not one', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const element = await renderState('coprod-evaluation', () => widget(evaluationApi(), 'en-GB', 'easy-read'));
      await skipAll(element);
      const link = await until(() => shadow(element).querySelector<HTMLAnchorElement>('.error-summary a'), 'the summary’s link');
      expect(link!.textContent, 'the words have three lines').to.equal('Answer 1 question or more.\nThen send.\nQuestion 1 is: I was part of choices about me.');
      expect(getComputedStyle(link!).whiteSpace).to.equal('pre-line');
      const line = link!.getClientRects()[0]!.height;
      const height = link!.getBoundingClientRect().height;
      expect(height / line, 'the link drawn three lines high, not one (the first line box, a little shorter than the line height)').to.be.within(2.5, 4.5);
      element.closest('coprod-provider')?.remove();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('when the link cannot be opened, shows no questions but Try again, and then the answers go', async () => {
    const sent: EvaluationInput[] = [];
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ openFails: 1, sent })));
    await untilShown('[role=status]')(element);
    expect(text(element, '[role=status] h2')).to.equal('We could not open your invitation');
    expect(shadow(element).querySelector('fieldset') === null).to.equal(true, 'no question to answer into nowhere');
    shadow(element).querySelector<HTMLButtonElement>('button.button')!.click();
    await untilShown('.promise')(element);
    await answerAll(element);
    await untilShown('[role=status]')(element);
    expect(text(element, '[role=status] h2')).to.equal('Thank you: your answers are sent');
    expect(sent).to.have.length(1);
  });

  it('gives each answer a legend, a label and a picture, in Welsh and easy read too', async () => {
    const easy = await renderState('coprod-evaluation', () => widget(evaluationApi(), 'cy', 'easy-read'));
    (await untilShown('button.button')(easy) as HTMLButtonElement).click();
    await untilShown('fieldset')(easy);
    expect(text(easy, 'legend')).to.equal('Ydy hyn yn wir?');
    const labels = [...shadow(easy).querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Na, dim o gwbl', 'Na', 'Ddim yn siŵr', 'Ie', 'Ie, yn fawr iawn', 'Doedd hyn ddim yn rhan ohono']);
    expect(shadow(easy).querySelectorAll('label svg.picture')).to.have.length(6);
    expect(shadow(easy).activeElement?.textContent).to.equal('Cwestiwn 1 o 12');
  });

  it('takes the token from the link and removes it from the address bar', async () => {
    history.replaceState(null, '', `${location.pathname}#coprod-evaluation=${TOKEN}`);
    const element = await renderState('coprod-evaluation', () => {
      const el = document.createElement('coprod-evaluation');
      (el as unknown as { adapter: unknown }).adapter = evaluationApi();
      return el as unknown as ReturnType<typeof widget>;
    });
    await until(() => shadow(element).querySelector('button.button'));
    expect(location.hash).to.equal('');
  });

  afterEach(() => history.replaceState(null, '', location.pathname));

  it('takes a link’s reading out of the address at once, and every widget on the page follows it, switch or not', async () => {
    history.replaceState(null, '', `${location.pathname}#coprod-lang=cy&coprod-reading=easy-read`);
    try {
      const element = await renderState('coprod-evaluation', bare(evaluationApi()));
      expect(location.hash, 'a reading level says something about a person: not left in the address').to.equal('');
      expect(element.getAttribute('data-locale')).to.equal('cy');
      expect(element.hasAttribute('data-easy-read')).to.equal(true);
      expect(JSON.parse(sessionStorage.getItem('coprod-reader-choice') ?? '{}')).to.deep.equal({ locale: 'cy', readingLevel: 'easy-read', linked: true });
    } finally {
      forgetReaderChoice();
    }
  });

  it('opens in the reading the link carries (a Welsh easy-read message), whatever the element says, until the person switches', async () => {
    history.replaceState(null, '', `${location.pathname}#coprod-evaluation=${TOKEN}&coprod-lang=cy&coprod-reading=easy-read`);
    try {
      const element = await renderState('coprod-evaluation', () => {
        const el = document.createElement('coprod-evaluation');
        (el as unknown as { adapter: unknown }).adapter = evaluationApi();
        el.setAttribute('locale', 'en-GB');
        el.setAttribute('show-reading-switch', '');
        return el as unknown as ReturnType<typeof widget>;
      });
      await until(() => shadow(element).querySelector('button.button'));
      expect(element.getAttribute('data-locale')).to.equal('cy');
      expect(element.hasAttribute('data-easy-read')).to.equal(true);
      expect(location.hash, 'the token is out of the address bar').to.equal('');
      // The switch still changes it.
      const switchButton = await until(() => shadow(element).querySelector<HTMLButtonElement>('.reading-switch [data-switch="reading"]'), 'the reading switch');
      switchButton.click();
      await until(() => (element.hasAttribute('data-easy-read') ? null : true), 'standard words after the switch');
    } finally {
      forgetReaderChoice();
    }
  });

  const bare = (api: CoprodApi) => () => {
    const el = document.createElement('coprod-evaluation');
    (el as unknown as { adapter: unknown }).adapter = api;
    return el as unknown as ReturnType<typeof widget>;
  };

  it('comes back to the invitation on a reload before sending, and not after', async () => {
    history.replaceState(null, '', `${location.pathname}#coprod-evaluation=${TOKEN}`);
    await renderState('coprod-evaluation', bare(evaluationApi()));
    expect(location.hash).to.equal('');
    // A reload: the address has no token, the tab's history entry still has it.
    const again = await renderState('coprod-evaluation', bare(evaluationApi()));
    await answerAll(again);
    await untilShown('[role=status]')(again);
    const afterSending = await renderState('coprod-evaluation', bare(evaluationApi()));
    await until(() => text(afterSending, 'p'), 'what shows after a reload');
    expect(text(afterSending, 'p')).to.contain('link');
    expect(shadow(afterSending).querySelector('form, button.button')).to.equal(null);
  });

  it('keeps the answers when the API changes while answering', async () => {
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi()));
    await startAnswering(element);
    let opened = 0;
    const provider = element.closest('coprod-provider') as HTMLElement & { adapter: CoprodApi; updateComplete: Promise<unknown> };
    provider.adapter = { ...evaluationApi(), openEvaluationInvitation: async () => (opened++, evaluationApi().openEvaluationInvitation!('x')) } as CoprodApi;
    await provider.updateComplete;
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(opened).to.equal(0);
    expect(text(element, '.progress')).to.equal('Question 1 of 12');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="agree"]')!.checked).to.equal(true);
  });

  it('sends with the invitation and the address it was opened with, whatever the attributes say by then, and never the page’s token', async () => {
    const requests: { url: string; authorization: string | null; token: string }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      const body = (await request.json()) as { token: string };
      requests.push({ url: new URL(request.url).pathname, authorization: request.headers.get('Authorization'), token: body.token });
      const opened = { opportunityId: 'opp-carers-strategy', title: { en: 'Help us write the new carers’ strategy' }, used: false };
      return new Response(JSON.stringify(request.url.endsWith('/invitation') ? opened : { received: true }), { status: request.url.endsWith('/invitation') ? 200 : 201, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const element = await renderState('coprod-evaluation', () => {
        const el = document.createElement('coprod-evaluation');
        el.setAttribute('api-base', '/council-a/api/v1');
        el.setAttribute('token', 'page-token-a');
        el.setAttribute('invitation-token', TOKEN);
        return el as unknown as ReturnType<typeof widget>;
      });
      await startAnswering(element);
      // While the person answers, the page changes all three.
      element.setAttribute('api-base', '/council-b/api/v1');
      element.setAttribute('token', 'page-token-b');
      element.setAttribute('invitation-token', 'another-invite-token-0123456789');
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(element, '.progress')).to.equal('Question 1 of 12');
      await answerFrom(element, 0);
      await untilShown('[role=status]')(element);
      expect(text(element, '[role=status] h2')).to.equal('Thank you: your answers are sent');
      expect(requests.map((r) => `${r.url} ${r.authorization} ${r.token}`)).to.deep.equal([
        `/council-a/api/v1/evaluations/invitation null ${TOKEN}`,
        `/council-a/api/v1/evaluations null ${TOKEN}`,
      ]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows the latest opening when an older one comes back last', async () => {
    let release: () => void = () => {};
    const slow = { ...evaluationApi(), openEvaluationInvitation: () => new Promise((resolve) => (release = () => resolve(evaluationApi().openEvaluationInvitation!('x')))) } as CoprodApi;
    const element = await renderState('coprod-evaluation', () => widget(slow));
    const provider = element.closest('coprod-provider') as HTMLElement & { adapter: CoprodApi };
    provider.adapter = evaluationApi({ used: true });
    await untilShown('[role=status]')(element);
    release();
    await new Promise((resolve) => setTimeout(resolve));
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(element, '[role=status] h2')).to.contain('already');
  });

  // Session 19's screenshots: the radios sat at the top of each row while the ladder was centred on the words.
  it('at 320 px lines up each answer’s radio, picture and first line of words, in Welsh and easy read too', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const level of ['standard', 'easy-read']) {
        const element = await renderState('coprod-evaluation', () => widget(evaluationApi(), 'cy', level));
        await startAnswering(element);
        for (let step = 0; step < 10; step++) {
          await until(() => shadow(element).querySelector('.progress')?.textContent?.includes(`${step + 1} o`), `question ${step + 1}`);
          shadow(element).querySelector<HTMLInputElement>('input[value="agree"]')!.click();
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        }
        await untilShown('input[value="co_production"]')(element);
        const rows = [...shadow(element).querySelectorAll<HTMLElement>('.choice')];
        expect(rows).to.have.length(8);
        let wrapped = 0;
        for (const row of rows) {
          const radio = row.getBoundingClientRect().top + 20; // the 40 px box drawn at the row's top (form-styles.ts)
          const picture = row.querySelector('svg.picture')!.getBoundingClientRect();
          const words = row.querySelector('label > span')!;
          const range = document.createRange();
          range.selectNodeContents(words);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const first = lines[0]!;
          if (new Set(lines.map((rect) => Math.round(rect.top))).size > 1) wrapped++;
          const name = `${level}: ${words.textContent}`;
          expect(Math.abs(picture.top + picture.height / 2 - radio), `${name}: the picture beside the radio`).to.be.at.most(4);
          expect(Math.abs(first.top + first.height / 2 - radio), `${name}: the first line of words beside the radio`).to.be.at.most(4);
        }
        expect(wrapped, `${level}: some answers wrap at 320 px`).to.be.greaterThan(2);
        // Session 20's screenshots: easy read's 3em ladders came within a few px of the row above.
        const body = parseFloat(getComputedStyle(rows[0]!).fontSize);
        for (let i = 1; i < rows.length; i++) {
          const above = rows[i - 1]!;
          const words = above.querySelector('label > span')!.getBoundingClientRect();
          const bottom = Math.max(words.bottom, above.querySelector('svg.picture')!.getBoundingClientRect().bottom);
          const top = Math.min(rows[i]!.querySelector('svg.picture')!.getBoundingClientRect().top, rows[i]!.getBoundingClientRect().top);
          expect(top - bottom, `${level}: room between row ${i} and row ${i + 1}`).to.be.at.least(body * 0.5);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // Session 22's screenshots: the ladder's question ("Which of these did it feel like?") was label-size text under the
  // ten statements' heading-size ones; GOV.UK's one-question pages make the question the page's heading.
  it('asks each screen’s question at one heading size: the statements, the ladder’s legend and the last question’s label', async () => {
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi()));
    await startAnswering(element);
    const size = (selector: string) => parseFloat(getComputedStyle(shadow(element).querySelector(selector)!).fontSize);
    const statement = size('.statement');
    const body = size('.progress');
    expect(statement, 'a statement larger than the body text').to.be.above(body * 1.2);
    for (let step = 0; step < 11; step++) {
      await until(() => shadow(element).querySelector('.progress')?.textContent?.match(new RegExp(`\\b${step + 1}\\b`)), `question ${step + 1}`);
      if (step === 10) {
        expect(size('.pictured legend'), 'the ladder’s question').to.equal(statement);
        shadow(element).querySelector<HTMLInputElement>('input[value="co_production"]')!.click();
      } else shadow(element).querySelector<HTMLInputElement>('input[value="agree"]')!.click();
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    }
    await untilShown('textarea')(element);
    expect(size('.pictured .label'), 'the last question').to.equal(statement);
  });

  // Session 19's screenshots: the focused "Thank you" heading showed a ring broken across its two lines.
  it('shows no ring round the heading focus is moved to, and a ring on a button reached with the keyboard', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await renderState('coprod-evaluation', () => widget(evaluationApi(), 'en-GB', 'easy-read'));
      await startAnswering(element);
      for (let step = 0; step < 11; step++) {
        await until(() => shadow(element).querySelector('.progress')?.textContent?.match(new RegExp(`\\b${step + 1}\\b`)), `question ${step + 1}`);
        shadow(element).querySelector<HTMLInputElement>(step < 10 ? 'input[value="agree"]' : 'input[value="co_production"]')!.click();
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      }
      const box = await untilShown('textarea')(element) as HTMLTextAreaElement;
      box.focus();
      await sendKeys({ type: 'Send the papers a week before' });
      await sendKeys({ press: 'Tab' });
      const send = shadow(element).activeElement as HTMLElement;
      expect(send.matches('button[type="submit"]'), 'Tab reaches Send').to.equal(true);
      expect(getComputedStyle(send).outlineStyle, 'a ring on the button reached with the keyboard').to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await untilShown('[role=status]')(element);
      const focused = await until(() => shadow(element).activeElement as HTMLElement | null, 'focus on the heading');
      expect(focused.closest('h2'), 'focus on the words of the heading').to.not.equal(null);
      expect(focused.getClientRects().length, 'the heading wraps at 320 px').to.be.greaterThan(1);
      expect(getComputedStyle(focused).outlineStyle, 'no ring round the heading focus was moved to').to.equal('none');
      expect(getComputedStyle(focused.closest('h2')!).outlineStyle).to.equal('none');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
