import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { InMemoryApi } from '../../api/in-memory.js';
import { flakyApi } from '../../../test/helpers/scripted-adapters.js';
import { answeringWith } from '../../../test/fixtures/server-answer.js';
import { serverProblems } from '../../../test/fixtures/server-problems.js';
import type { Opportunity } from '../../api/types.js';
import { currentAnnouncement } from '../../core/announcer.js';
import { forgetDrafts } from '../../core/controllers/draft-controller.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import { describeStates, renderState } from '../../../test/helpers/state-sweep.js';
import { calendarFile, escapeText, foldLine } from './internal/calendar-file.js';
import type { CoprodOpportunity } from './coprod-opportunity.component.js';
import { cancelledApi, chooseEmailAfterErrors, fillInterest, NOW, OPPORTUNITY_ID, pressSend, states, untilLoaded } from './coprod-opportunity.states.js';

describeStates(states);

type Detail = CoprodOpportunity & HTMLElement;

async function show(api: unknown, attributes: { locale?: string; readingLevel?: string; id?: string; consentText?: string } = {}): Promise<Detail> {
  const element = (await renderState(
    'coprod-opportunity',
    () => html`<coprod-provider .adapter=${api} locale=${attributes.locale ?? 'en-GB'} reading-level=${attributes.readingLevel ?? 'standard'}>
      <coprod-opportunity opportunity-id=${attributes.id ?? OPPORTUNITY_ID} .today=${NOW} consent-text=${attributes.consentText ?? ''}></coprod-opportunity>
    </coprod-provider>`,
  )) as Detail;
  await untilLoaded(element);
  return element;
}

const text = (element: HTMLElement, selector: string): string => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (element: HTMLElement): Element | null => shadow(element).activeElement;

describe('<coprod-opportunity>', () => {
  beforeEach(() => forgetDrafts('interest'));

  it('shows the whole brief under the recipe’s questions, with pay in plain words', async () => {
    const element = await show(new InMemoryApi({ now: NOW }));
    const headings = [...shadow(element).querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings).to.include.members([
      'What is it?',
      'What experience or skills do I need?',
      'What is the time commitment?',
      'When and where?',
      'How do I get involved?',
      'What is paid and what support is there?',
    ]);
    expect(text(element, 'h2.title')).to.equal("Help us write the new carers' strategy");
    expect(text(element, '.fact-pay dd')).to.equal('Paid £20 an hour, travel, prep time, replacement care and childcare covered');
    expect(text(element, '.fact-closing dd')).to.equal('Closes 6 December 2026');
  });

  it('reads in Welsh from the translations', async () => {
    const element = await show(new InMemoryApi({ now: NOW }), { locale: 'cy' });
    expect(text(element, 'h2.title')).to.equal('Helpwch ni i ysgrifennu’r strategaeth newydd i ofalwyr');
    expect(text(element, '.fact-pay dd')).to.match(/^Tâl o £20 yr awr, /);
    expect(text(element, '#s-what')).to.equal('Beth ydyw?');
    expect(text(element, 'button.send')).to.equal('Anfon');
  });

  it('tells a Welsh reader when from the sessions, in Welsh, not the brief’s English summary (easy read too)', async () => {
    const when = (element: HTMLElement) => text(element, '.fact-when dd');
    const english = await show(new InMemoryApi({ now: NOW }));
    expect(when(english), 'English: the council’s own summary').to.match(/^Workshop 1: what matters to carers: Tuesday 15 December, 10am to 12:30pm;/);
    for (const readingLevel of ['standard', 'easy-read']) {
      const element = await show(new InMemoryApi({ now: NOW }), { locale: 'cy', readingLevel });
      const fact = shadow(element).querySelector('.fact-when dd')!;
      // One session a line, its day name whole and its day held to its month (non-breaking spaces).
      expect(Array.from(fact.querySelectorAll('.line'), (line) => line.innerHTML.replace(/<!--[^>]*-->/g, '').trim()), readingLevel).to.deep.equal([
        'Dydd&nbsp;Mawrth 15&nbsp;Rhagfyr 2026, 10:00–12:30',
        'Dydd&nbsp;Mawrth 29&nbsp;Rhagfyr 2026, 10:00–12:30',
        'Dydd&nbsp;Mawrth 12&nbsp;Ionawr 2027, 10:00–12:30',
        'Dydd&nbsp;Mawrth 26&nbsp;Ionawr 2027, 10:00–12:30',
      ]);
      const section = text(element, 'section[aria-labelledby=s-when]');
      expect(section, `${readingLevel}: no English day or month under "Pryd a ble?"`).not.to.match(/Tuesday|December|January/);
      expect(section).to.contain('Dydd Mawrth 15 Rhagfyr 2026, 10:00–12:30: Workshop 1: what matters to carers');
      // The session's name is the council's English: spoken as English.
      expect(shadow(element).querySelector('.sessions li span')?.getAttribute('lang')).to.equal('en-GB');
    }
  });

  // Session 22's screenshots: an English reader read the four workshops three times over (the summary in "When", the
  // same summary again under "When and where?", then the sessions listed).
  it('says the sessions once under "When and where?": the list, not the summary again; a brief with no sessions keeps its summary there', async () => {
    const english = await show(new InMemoryApi({ now: NOW }));
    expect(text(english, '.fact-when dd'), 'the summary at the top').to.match(/^Workshop 1: what matters to carers: Tuesday 15 December, 10am/);
    const section = text(english, 'section[aria-labelledby=s-when]');
    expect(section, 'no summary under "When and where?"').not.to.contain('Tuesday 15 December, 10am');
    expect(shadow(english).querySelectorAll('.sessions li')).to.have.length(4);
    const noSessions = await show(new InMemoryApi({ now: NOW }), { id: 'opp-video-relay-trial' });
    expect(shadow(noSessions).querySelector('.sessions')).to.equal(null);
    expect(text(noSessions, 'section[aria-labelledby=s-when]'), 'the summary is all there is').to.contain('Over the next month, whenever you need to contact the council');
  });

  // Session 19's screenshots: at 320 px each Welsh session wrapped onto two lines, so two sessions read as four.
  it('at 320 px keeps each session one item: space between sessions, in "When" and under "When and where?"', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.fontSize = '19px'; // GOV.UK's body text, as the screenshots' page
    try {
      const element = await show(new InMemoryApi({ now: NOW }), { locale: 'cy' });
      const gaps = (selector: string): number[] => {
        const boxes = Array.from(shadow(element).querySelectorAll(selector), (item) => item.getBoundingClientRect());
        expect(boxes.length, selector).to.be.at.least(2);
        expect(boxes[0]!.height, `${selector}: a session wraps at 320 px`).to.be.greaterThan(parseFloat(getComputedStyle(shadow(element).querySelector(selector)!).lineHeight) * 1.5);
        return boxes.slice(1).map((box, i) => box.top - boxes[i]!.bottom);
      };
      for (const gap of gaps('.fact-when .line')) expect(gap, 'space between the sessions of "When"').to.be.at.least(6);
      for (const gap of gaps('.sessions li')) expect(gap, 'space between the sessions under "When and where?"').to.be.at.least(6);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  // Session 20's screenshots: the accessible ways were boxed tags like buttons, with icons repeated (a book for easy read
  // and large print, a speech bubble for captions and an interpreter).
  it('lists the accessible ways to take part as words, a bullet each, in English and easy read', async () => {
    for (const readingLevel of ['standard', 'easy-read']) {
      const element = await show(new InMemoryApi({ now: NOW }), { readingLevel });
      const list = shadow(element).querySelector<HTMLElement>('.access-list')!;
      const items = [...list.querySelectorAll('li')];
      expect(items.map((li) => li.textContent!.trim()), readingLevel).to.include('Step-free access');
      expect(list.querySelector('svg'), `${readingLevel}: no icons`).to.equal(null);
      expect(getComputedStyle(items[0]!).display, readingLevel).to.equal('list-item');
      expect(getComputedStyle(items[0]!).borderTopStyle, `${readingLevel}: not a boxed tag`).to.equal('none');
    }
  });

  it('shows the easy-read summary with an icon beside each key fact', async () => {
    const element = await show(new InMemoryApi({ now: NOW }), { readingLevel: 'easy-read' });
    expect(text(element, '.easy-read-summary')).to.contain('We are writing a new plan for carers.');
    for (const fact of ['when', 'where', 'time', 'pay']) {
      expect(shadow(element).querySelector(`.fact-${fact} dt svg.icon`), fact).to.exist;
    }
    expect(text(element, '.fact-time dt')).to.equal('How long');
    expect(text(element, '.fact-pay dd')).to.equal('We pay you £20 an hour.');
  });

  it('renders a title holding HTML as text', async () => {
    const api = new InMemoryApi({ now: NOW });
    const real = await api.getOpportunity(OPPORTUNITY_ID);
    const hostile: Opportunity = { ...real, title: '<img src=x onerror=alert(1)>' };
    const element = (await renderState(
      'coprod-opportunity',
      () => html`<coprod-provider .adapter=${api}><coprod-opportunity .opportunity=${hostile} .today=${NOW}></coprod-opportunity></coprod-provider>`,
    )) as Detail;
    await untilLoaded(element);
    expect(text(element, '.title')).to.equal('<img src=x onerror=alert(1)>');
    expect(shadow(element).querySelector('.title img')).to.equal(null);
  });

  it('shows "not found" for an opportunity that does not exist', async () => {
    const element = await show(new InMemoryApi({ now: NOW }), { id: 'opp-gone' });
    expect(text(element, '[part=error] h2')).to.contain('We could not find this opportunity');
  });

  describe('"I’m interested"', () => {
    it('lists every problem in a summary that takes focus and links to each field', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      pressSend(element);
      await until(() => shadow(element).querySelector('.error-summary'));
      await until(() => active(element)?.classList.contains('error-summary'), 'focus on the summary');
      const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
        'Enter your name',
        'Select how you would like us to contact you',
        'Confirm that you agree to be contacted about this opportunity',
      ]);
      links[1]!.click();
      expect(active(element)?.id).to.equal('field-contact-method');
      expect(text(element, '#field-name-error')).to.equal('Error: Enter your name');
    });

    it('reveals only the detail field that matches the contact method, with the right type', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      const field = () => shadow(element).querySelector<HTMLInputElement | HTMLTextAreaElement>('#field-contact-detail');
      expect(field()).to.equal(null);
      const radios = shadow(element).querySelectorAll<HTMLInputElement>('input[name=field-contact-method]');
      const expectations: [number, string, string | null, string | null][] = [
        [0, 'email', 'email', 'email'],
        [1, 'tel', 'tel', 'tel'],
        [2, 'tel', 'tel', 'tel'],
        [3, 'textarea', 'street-address', null],
      ];
      for (const [index, type, autocomplete, inputmode] of expectations) {
        radios[index]!.click();
        await element.updateComplete;
        expect(shadow(element).querySelectorAll('#field-contact-detail').length).to.equal(1);
        const input = field()!;
        expect(input.localName === 'textarea' ? 'textarea' : input.getAttribute('type')).to.equal(type);
        expect(input.getAttribute('autocomplete')).to.equal(autocomplete);
        expect(input.getAttribute('inputmode')).to.equal(inputmode);
      }
      expect(shadow(element).querySelector('#field-name')!.getAttribute('autocomplete')).to.equal('name');
    });

    it('does not show a field in red that appeared after a failed send, and checks it on the next send', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      await chooseEmailAfterErrors(element);
      const email = shadow(element).querySelector<HTMLInputElement>('#field-contact-detail')!;
      // Booleans, not elements: chai describing a failed element match hangs the browser.
      expect(email.closest('.form-group')!.classList.contains('has-error'), 'the new email field is not in red').to.equal(false);
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      expect(shadow(element).querySelector('#field-contact-detail-error')).to.equal(null);
      expect(text(element, '#field-name-error'), 'a field that was on screen keeps its error').to.equal('Error: Enter your name');
      pressSend(element);
      await until(() => shadow(element).querySelector('#field-contact-detail-error'), 'the email error after the next send');
      expect(email.closest('.form-group')!.classList.contains('has-error')).to.equal(true);
    });

    it('clears a field’s error once it is answered, at the field and in the summary (the errors-clear rule)', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      const choose = 'Select how you would like us to contact you';
      pressSend(element);
      await until(() => text(element, '.error-summary').includes(choose), 'the contact error in the summary');
      shadow(element).querySelector<HTMLInputElement>('#field-contact-method')!.click();
      await until(() => !text(element, '.error-summary').includes(choose), 'the contact error gone from the summary');
      expect(shadow(element).querySelector('#field-contact-method-error'), 'gone at the field').to.equal(null);
      expect(text(element, '.error-summary'), 'an error not put right stays').to.contain('Enter your name');
      typeInto(element, '#field-name', 'Sam');
      await until(() => !text(element, '.error-summary').includes('Enter your name'), 'the name error gone once typed');
      expect(shadow(element).querySelector('#field-name-error')).to.equal(null);
    });

    it('checks the email address format before sending', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      await fillInterest(element);
      typeInto(element, '#field-contact-detail', 'sam at example');
      pressSend(element);
      await until(() => shadow(element).querySelector('.error-summary'));
      expect(text(element, '.error-summary li')).to.equal('Enter an email address in the correct format, like name@example.com');
    });

    it('words the server’s field errors itself, by code, not in the server’s English', async () => {
      const element = await show(answeringWith(new InMemoryApi({ now: NOW }), 'createInterest', serverProblems.interest));
      await fillInterest(element);
      pressSend(element);
      await until(() => shadow(element).querySelector('.error-summary'));
      expect(text(element, '.error-summary a')).to.equal('Enter an email address in the correct format, like name@example.com');
      expect(text(element, '#field-contact-detail-error')).to.equal('Error: Enter an email address in the correct format, like name@example.com');
      expect(shadow(element).querySelector<HTMLInputElement>('#field-contact-detail')!.value).to.equal('sam@example.com');
    });

    it('shows a Welsh reader the server’s 422 in Welsh', async () => {
      const element = await show(answeringWith(new InMemoryApi({ now: NOW }), 'createInterest', serverProblems.interest), { locale: 'cy' });
      await fillInterest(element);
      pressSend(element);
      await until(() => shadow(element).querySelector('.error-summary'));
      expect(text(element, '.error-summary a')).to.equal('Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com');
      expect(text(element, '#field-contact-detail-error')).to.equal('Gwall: Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com');
      expect(shadow(element).textContent).not.to.contain(serverProblems.interest.problem.errors[0]!.message);
    });

    it('keeps what was typed when sending fails, and a second press reuses the key and makes one interest', async () => {
      const inner = new InMemoryApi({ now: NOW });
      const api = flakyApi(inner, { failures: 1, methods: ['createInterest'] });
      const element = await show(api);
      await fillInterest(element, 'Sam Okafor');
      typeInto(element, '#field-message', 'I care for my mum.');
      pressSend(element);
      await until(() => shadow(element).querySelector('[data-form-failure]'));
      await until(() => active(element)?.hasAttribute('data-form-failure'), 'focus on the failure');
      expect(text(element, '[data-form-failure]')).to.contain('We have kept what you typed.');
      expect(shadow(element).querySelector<HTMLInputElement>('#field-name')!.value).to.equal('Sam Okafor');
      expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-message')!.value).to.equal('I care for my mum.');

      const sent = oneEvent(element, 'coprod-interest-sent');
      pressSend(element);
      const event = await sent;
      const sends = api.calls.filter((call) => call.method === 'createInterest');
      expect(sends).to.have.length(2);
      expect(sends[0]!.idempotencyKey).to.be.a('string');
      expect(sends[1]!.idempotencyKey).to.equal(sends[0]!.idempotencyKey);
      const interests = await inner.listInterests(OPPORTUNITY_ID);
      expect(interests.filter((interest) => interest.name === 'Sam Okafor')).to.have.length(1);
      expect(event.detail.reference).to.match(/^INT-/);
    });

    it('keeps what was typed through a reload, brings it back with a notice, and forgets it once sent', async () => {
      const api = new InMemoryApi({ now: NOW });
      const first = await show(api);
      await fillInterest(first, 'Dafydd Jones');
      typeInto(first, '#field-message', 'I care for my dad.');
      // A reload: the page is hidden (no time for the typing pause), then everything is made again.
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const kept = () => Object.keys(sessionStorage).filter((key) => key.startsWith('coprod-interest-draft:'));
      expect(kept()).to.have.length(1);
      first.closest('coprod-provider')!.remove();

      const again = await show(api);
      const notice = await until(() => shadow(again).querySelector('[part="draft-notice"]'), 'the draft notice');
      expect(notice.textContent).to.contain('We have kept what you typed');
      expect(shadow(again).querySelector<HTMLInputElement>('#field-name')!.value).to.equal('Dafydd Jones');
      expect(shadow(again).querySelector<HTMLInputElement>('#field-contact-detail')!.value).to.equal('sam@example.com');
      expect(shadow(again).querySelector<HTMLTextAreaElement>('#field-message')!.value).to.equal('I care for my dad.');
      expect(shadow(again).querySelector<HTMLInputElement>('#field-consent')!.checked).to.equal(true);
      await until(() => currentAnnouncement() === 'We have kept what you typed', 'the announcement');

      pressSend(again);
      await until(() => shadow(again).querySelector('[part=success]'), 'the success panel');
      expect(kept()).to.deep.equal([]);
      again.closest('coprod-provider')!.remove();
      const third = await show(api);
      expect(shadow(third).querySelector('[part="draft-notice"]')).to.equal(null);
      expect(shadow(third).querySelector<HTMLInputElement>('#field-name')!.value).to.equal('');
    });

    it('asks how often to tell you by email or text (each time unless weekly is chosen), keeps it in the draft and sends it as messages.frequency', async () => {
      const inner = new InMemoryApi({ now: NOW });
      const api = flakyApi(inner, { failures: 0, methods: ['createInterest'] });
      const first = await show(api);
      await fillInterest(first, 'Dafydd Jones');
      expect(shadow(first).querySelector<HTMLInputElement>('#field-messages-frequency')!.checked).to.equal(true);
      expect(text(first, '#field-messages-frequency-hint')).to.contain('decision straight away');
      // After all the ways to contact, as on the profile form and the feedback form, not inside the email choice.
      const often = shadow(first).querySelector('#field-messages-frequency')!.closest('.form-group')!;
      const methods = shadow(first).querySelector('#field-contact-method')!.closest('.form-group')!;
      expect(methods.contains(often), 'not inside the contact choices').to.equal(false);
      expect(methods.compareDocumentPosition(often) & Node.DOCUMENT_POSITION_FOLLOWING, 'after them').to.not.equal(0);
      clickOn(first, '#field-contact-method-1');
      await first.updateComplete;
      expect(shadow(first).querySelector('#field-messages-frequency')).to.equal(null);
      clickOn(first, '#field-contact-method');
      await first.updateComplete;
      clickOn(first, '#field-messages-frequency-1');
      await first.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      first.closest('coprod-provider')!.remove();

      const again = await show(api);
      await until(() => shadow(again).querySelector('[part="draft-notice"]'), 'the draft notice');
      expect(shadow(again).querySelector<HTMLInputElement>('#field-messages-frequency-1')!.checked).to.equal(true);
      pressSend(again);
      await until(() => shadow(again).querySelector('[part=success]'), 'the success panel');
      again.closest('coprod-provider')!.remove();

      const other = await show(api);
      await fillInterest(other, 'Sam Okafor');
      pressSend(other);
      await until(() => shadow(other).querySelector('[part=success]'), 'the success panel');
      const bodies = api.calls.filter((call) => call.method === 'createInterest').map((call) => call.args[1] as { messages?: object });
      expect(bodies[0]!.messages).to.deep.include({ frequency: 'weekly' });
      expect(bodies[1]!.messages).to.deep.include({ frequency: 'each_time' });
    });

    it('"Start again" clears the kept draft and the form', async () => {
      const first = await show(new InMemoryApi({ now: NOW }));
      await fillInterest(first, 'Dafydd Jones');
      first.closest('coprod-provider')!.remove();
      const again = await show(new InMemoryApi({ now: NOW }));
      await until(() => shadow(again).querySelector('[part="draft-notice"]'), 'the draft notice');
      (shadow(again).querySelector('[part="draft-notice"] button') as HTMLButtonElement).click();
      await until(() => !shadow(again).querySelector('[part="draft-notice"]'), 'the notice to go');
      expect(shadow(again).querySelector<HTMLInputElement>('#field-name')!.value).to.equal('');
      expect(active(again)?.id).to.equal('field-name');
      expect(Object.keys(sessionStorage).some((key) => key.startsWith('coprod-interest-draft:'))).to.equal(false);
    });

    it('shows the reference and what happens next, with focus on the heading', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      await fillInterest(element);
      pressSend(element);
      await until(() => shadow(element).querySelector('[part=success]'));
      await until(() => active(element)?.classList.contains('success-title'), 'focus on the success heading');
      expect(text(element, '.reference')).to.match(/^INT-[2-9A-Z]+$/);
      expect(text(element, '[part=success]')).to.contain('Anytown Council will contact you by email within 10 working days.');
    });

    it('sent by email: says that messages turned off before stay off until turned on from the person’s own page, in English, Welsh and easy read, the same words for anyone (review S0)', async () => {
      const said = {
        'en-GB/standard':
          'If you turned our messages off before, they stay off: sending this does not turn them on again. To turn them on, sign in to your own page, or open it from the link in one of our messages.',
        'cy/standard':
          'Os gwnaethoch ddiffodd ein negeseuon o’r blaen, maen nhw’n aros wedi’u diffodd: nid yw anfon hwn yn eu troi ymlaen eto. I’w troi ymlaen, mewngofnodwch i’ch tudalen eich hun, neu agorwch hi o’r ddolen yn un o’n negeseuon.',
        'en-GB/easy-read': 'Did you turn our messages off before?Then they stay off.Sending this does not turn them on.To turn them on, go to your page.Or use the link in one of our messages.',
      };
      for (const [reading, words] of Object.entries(said)) {
        const [locale, readingLevel] = reading.split('/') as [string, string];
        const element = await show(new InMemoryApi({ now: NOW }), { locale, readingLevel });
        await fillInterest(element);
        pressSend(element);
        const notice = await until(() => shadow(element).querySelector('[part=success] [data-off-stays]'), `the notice (${reading})`);
        expect(notice.textContent!.replace(/\s+/g, ' ').trim(), reading).to.equal(words);
        forgetDrafts('interest');
      }
    });

    it('uses the council’s consent wording', async () => {
      const element = await show(new InMemoryApi({ now: NOW }), { consentText: 'I agree to Anytown Council’s privacy notice.' });
      expect(text(element, 'label[for=field-consent]')).to.equal('I agree to Anytown Council’s privacy notice.');
    });

    it('can be filled in and sent with the keyboard only', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      shadow(element).querySelector<HTMLInputElement>('#field-name')!.focus();
      await sendKeys({ type: 'Kim Lee' });
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.id).to.equal('field-contact-method');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.id).to.equal('field-contact-detail');
      await sendKeys({ type: 'kim@example.com' });
      await sendKeys({ press: 'Tab' }); // how often: each time, already chosen
      expect(active(element)?.id).to.equal('field-messages-frequency');
      await sendKeys({ press: 'Tab' }); // the first need: easy read papers
      expect(active(element)?.id).to.equal('field-needs');
      await sendKeys({ press: ' ' });
      for (let i = 1; i < 13; i++) await sendKeys({ press: 'Tab' }); // the other twelve needs
      await sendKeys({ press: 'Tab' }); // anything else
      expect(active(element)?.id).to.equal('field-accessNeeds');
      await sendKeys({ press: 'Tab' }); // message
      await sendKeys({ press: 'Tab' }); // consent
      expect(active(element)?.id).to.equal('field-consent');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      expect(active(element)?.classList.contains('send')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => shadow(element).querySelector('[part=success]'), 'the success panel');
    });

    it('Tab from the receipt’s heading goes on to "Print or save as PDF", not back up to "Add to calendar" (session 28: Chromium went back from a focused heading at the end of the element)', async () => {
      for (const [readingLevel, words] of [['standard', 'Print or save as PDF'], ['easy-read', 'Print it or save it']] as const) {
        const element = await show(new InMemoryApi({ now: NOW }), { readingLevel });
        await fillInterest(element);
        pressSend(element);
        await until(() => active(element)?.classList.contains('success-title'), 'focus on the success heading');
        await sendKeys({ press: 'Tab' });
        expect(active(element)?.textContent?.trim(), readingLevel).to.equal(words);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(active(element)?.classList.contains('copy'), 'Shift+Tab goes back up the page, to "Copy link"').to.equal(true);
        forgetDrafts('interest');
      }
    });
  });

  it('treats an open opportunity past its closing date (UK day) as closed: no form, the closed message', async () => {
    const api = new InMemoryApi({ now: NOW });
    const real = await api.getOpportunity(OPPORTUNITY_ID);
    const stale: Opportunity = { ...real, status: 'open', closingDate: '2026-11-23' };
    const element = (await renderState(
      'coprod-opportunity',
      () => html`<coprod-provider .adapter=${api}><coprod-opportunity .opportunity=${stale} .today=${NOW}></coprod-opportunity></coprod-provider>`,
    )) as Detail;
    await untilLoaded(element);
    expect(text(element, '.fact-closing dd')).to.equal('Closed');
    expect(shadow(element).querySelector('form')).to.equal(null);
    expect(shadow(element).querySelector('a[href="#interest-heading"]')).to.equal(null);
    expect(text(element, '.interest .notice')).to.equal('This opportunity is no longer taking expressions of interest.');
  });

  it('says a cancelled opportunity will not happen, and why, in English, Welsh and easy read', async () => {
    const en = await show(cancelledApi());
    await until(() => shadow(en).querySelector('[part=cancelled]'), 'the cancelled notice');
    expect(shadow(en).querySelector('form')).to.equal(null);
    expect(text(en, '[part=cancelled]')).to.equal('This opportunity is cancelled: it will not happen. If you said you were interested, we have told you. Why: The venue has flooded. We will ask again in the spring.');
    // Read first, straight after the title, before the brief; nothing to add to a calendar.
    const notice = shadow(en).querySelector('[part=cancelled]')!;
    expect(notice.previousElementSibling?.id).to.equal('opportunity-title');
    expect(notice.compareDocumentPosition(shadow(en).querySelector('.brief-section')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shadow(en).querySelector('button.calendar')).to.equal(null);
    expect(text(en, '.interest .notice')).to.equal('This opportunity is no longer taking expressions of interest.');
    const cy = await show(cancelledApi(), { locale: 'cy' });
    await until(() => shadow(cy).querySelector('[part=cancelled]'), 'the Welsh notice');
    expect(text(cy, '[part=cancelled]')).to.match(/^Mae’r cyfle hwn wedi’i ganslo: ni fydd yn digwydd\..* Pam: The venue has flooded/);
    // The reason is the council's English (it has no Welsh field): read with English rules, as on the server's page.
    expect(shadow(cy).querySelector('[part=cancelled] [lang="en-GB"]')?.textContent).to.equal('The venue has flooded. We will ask again in the spring.');
    expect(shadow(en).querySelector('[part=cancelled] [lang]'), 'no lang mark on an English page').to.equal(null);
    const easy = await show(cancelledApi(), { readingLevel: 'easy-read' });
    await until(() => shadow(easy).querySelector('[part=cancelled]'), 'the easy-read notice');
    expect(shadow(easy).querySelector('[part=cancelled] p')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('This is cancelled.<br>It will not happen.<br>Sorry.');
  });

  it('still takes interest on the closing day itself, counted in UK time', async () => {
    const api = new InMemoryApi({ now: NOW });
    const real = await api.getOpportunity(OPPORTUNITY_ID);
    const lastDay: Opportunity = { ...real, status: 'open', closingDate: '2026-07-15' };
    const element = (await renderState(
      'coprod-opportunity',
      () => html`<coprod-provider .adapter=${api}><coprod-opportunity .opportunity=${lastDay} .today=${new Date('2026-07-14T23:30:00Z')}></coprod-opportunity></coprod-provider>`,
    )) as Detail;
    await untilLoaded(element);
    expect(text(element, '.fact-closing dd')).to.equal('Closes today');
    expect(shadow(element).querySelector('form')).to.exist;
  });

  describe('sharing and calendar', () => {
    it('copies the share link, or selects it when the clipboard is not allowed, and says so', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
      try {
        shadow(element).querySelector<HTMLButtonElement>('button.copy')!.click();
        await until(() => currentAnnouncement() === 'Link copied', 'the announcement');
        expect(copied).to.contain(`opportunity=${OPPORTUNITY_ID}`);
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
        shadow(element).querySelector<HTMLButtonElement>('button.copy')!.click();
        await until(() => currentAnnouncement().startsWith('Link selected'), 'the fallback announcement');
        const input = shadow(element).querySelector<HTMLInputElement>('#share-link')!;
        expect(active(element)).to.equal(input);
        expect(input.selectionEnd! - input.selectionStart!).to.equal(input.value.length);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('builds an RFC 5545 calendar file that parses back to the sessions', async () => {
      const api = new InMemoryApi({ now: NOW });
      const opportunity = await api.getOpportunity(OPPORTUNITY_ID);
      const tricky: Opportunity = { ...opportunity, summary: 'Meet; talk, plan\\decide\nthen rest', title: 'Carers’ strategy, part 1; the long workshop series with a very long title that needs folding' };
      const file = calendarFile(tricky, { locale: 'en-GB', url: 'https://council.example/o?opportunity=1', now: NOW });
      expect(file.endsWith('\r\n')).to.equal(true);
      expect(file.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const physical = file.split('\r\n');
      for (const line of physical) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      // Unfold (RFC 5545 3.1) and read each property.
      const lines = file.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines).to.include('VERSION:2.0');
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(opportunity.when.sessions!.length);
      const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT'));
      const property = (name: string) => first.find((line) => line.startsWith(`${name}:`))!.slice(name.length + 1);
      const session = opportunity.when.sessions![0]!;
      expect(property('DTSTART')).to.equal(session.start.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
      expect(property('SUMMARY')).to.equal(`Carers’ strategy\\, part 1\\; the long workshop series with a very long title that needs folding: ${session.label}`);
      expect(property('DESCRIPTION')).to.equal('Meet\\; talk\\, plan\\\\decide\\nthen rest\\n\\nhttps://council.example/o?opportunity=1');
      expect(property('LOCATION')).to.contain('Anytown Civic Centre\\, Committee Room 2');
      expect(property('DTSTAMP')).to.equal('20261124T100000Z');
    });

    it('escapes text and folds long lines without splitting a character', () => {
      expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
      const folded = foldLine(`SUMMARY:${'ŵ'.repeat(60)}`);
      for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${'ŵ'.repeat(60)}`);
    });

    it('offers a calendar download that announces itself', async () => {
      const element = await show(new InMemoryApi({ now: NOW }));
      const created: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        return 'blob:test';
      };
      const clicks: string[] = [];
      const listener = (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        clicks.push(link.download);
        event.preventDefault();
      };
      element.shadowRoot!.addEventListener('click', listener, true);
      try {
        shadow(element).querySelector<HTMLButtonElement>('button.calendar')!.click();
        await until(() => currentAnnouncement() === 'Calendar file downloaded', 'the announcement');
      } finally {
        URL.createObjectURL = original;
        element.shadowRoot!.removeEventListener('click', listener, true);
      }
      expect(clicks).to.include('help-us-write-the-new-carers-strategy.ics');
      expect(await created[0]!.text()).to.contain('BEGIN:VCALENDAR');
    });

    it('labels the closing-date reminder in the reader’s language', async () => {
      const api = new InMemoryApi({ now: NOW });
      const real = await api.getOpportunity(OPPORTUNITY_ID);
      const noSessions: Opportunity = { ...real, when: { ...real.when, sessions: [] }, closingDate: '2026-12-06' };
      const element = (await renderState(
        'coprod-opportunity',
        () => html`<coprod-provider .adapter=${api} locale="cy"><coprod-opportunity .opportunity=${noSessions} .today=${NOW}></coprod-opportunity></coprod-provider>`,
      )) as Detail;
      await untilLoaded(element);
      const created: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        return 'blob:test';
      };
      const listener = (event: Event) => event.preventDefault();
      element.shadowRoot!.addEventListener('click', listener, true);
      try {
        shadow(element).querySelector<HTMLButtonElement>('button.calendar')!.click();
        await until(() => created.length > 0, 'the calendar file');
      } finally {
        URL.createObjectURL = original;
        element.shadowRoot!.removeEventListener('click', listener, true);
      }
      const unfolded = (await created[0]!.text()).replace(/\r\n /g, '');
      const summary = unfolded.split('\r\n').find((line) => line.startsWith('SUMMARY:'))!;
      expect(summary).to.match(/^SUMMARY:Dyddiad cau: /);
      expect(unfolded).not.to.contain('Closing date');
    });
  });
});
