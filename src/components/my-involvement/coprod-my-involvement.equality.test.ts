import { expect, fixture, html } from '@open-wc/testing';
import { shadow, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import './coprod-my-involvement.js';

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function page(options: MeFixtureOptions = {}, locale = 'en-GB') {
  const api = new MeFixtureApi(options);
  const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} locale=${locale} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
  await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
  // The questions load on first use: the person opens "Answer the questions about you".
  (await until(() => shadow(element).querySelector<HTMLElement>('[data-equality-open]'), 'the about-you summary')).click();
  const section = await until(() => shadow(element).querySelector<HTMLElement>('[data-equality]:has(fieldset)'), 'the equality questions');
  return { api, element, section };
}

/** Clicks the label of one answer of one question, as a person would. */
function choose(section: HTMLElement, question: string, answer: string): void {
  const input = [...section.querySelectorAll<HTMLInputElement>(`input[name="field-${question}"]`)].find((i) => i.value === answer);
  if (!input) throw new Error(`no ${question} ${answer}`);
  section.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!.click();
}

describe('<coprod-my-involvement>: about you (equality questions, issue 17)', () => {
  it('loads the questions and the saved answers only when the person opens them', async () => {
    const api = new MeFixtureApi({ equality: 'some' });
    let asked = 0;
    const get = api.getMyEquality;
    Object.defineProperty(api, 'getMyEquality', { value: (...args: Parameters<typeof get>) => (asked++, get(...args)) });
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
    const summary = await until(() => shadow(element).querySelector<HTMLElement>('[data-equality] [data-equality-open]'), 'the about-you summary');
    expect(words(shadow(element).querySelector('#equality-title'))).to.equal('About you (optional)');
    // Let the page settle (its other parts load too) before saying nothing was asked.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shadow(element).querySelector('[data-equality] fieldset')).to.equal(null);
    expect(asked).to.equal(0, 'nothing fetched before the person opens it');
    summary.click();
    await until(() => shadow(element).querySelector('[data-equality] input:checked'), 'the saved answers');
    expect(asked).to.equal(1);
  });

  it('sets the intro apart, a paragraph at a time, and the questions apart from "Answer the questions about you" (GOV.UK spacing, issue 14)', async () => {
    const { section } = await page();
    const intro = [...section.querySelectorAll<HTMLElement>('[data-equality-intro]')];
    expect(intro.length, 'one paragraph each').to.equal(3);
    for (const [a, b] of [[intro[0]!, intro[1]!], [intro[1]!, intro[2]!]] as const) {
      expect(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom, 'space between the intro paragraphs').to.be.at.least(12);
    }
    const summary = section.querySelector<HTMLElement>('[data-equality-open]')!;
    const first = section.querySelector('fieldset')!;
    expect(first.getBoundingClientRect().top - summary.getBoundingClientRect().bottom, 'the first question does not touch the summary').to.be.at.least(15);
  });

  it('asks each question optionally, each with "Prefer not to say", and saves only what the person chose', async () => {
    const { api, section } = await page();
    const legends = [...section.querySelectorAll('legend')].map(words);
    expect(legends).to.deep.equal([
      'What is your age?',
      'What is your sex?',
      'What is your ethnic group?',
      'Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?',
      'Do you look after, or give any help or support to, anyone because they have long-term physical or mental health conditions or illnesses, or problems related to old age? Do not count anything you do as part of your paid work.',
    ]);
    const lastChoices = [...section.querySelectorAll('fieldset')].map((f) => words([...f.querySelectorAll('label')].at(-1)));
    expect(lastChoices.every((w) => w === 'Prefer not to say')).to.equal(true);
    expect(section.querySelectorAll('input:checked').length).to.equal(0);
    expect(section.querySelector('[data-equality-delete]')).to.equal(null);
    choose(section, 'ethnicGroup', 'asian');
    choose(section, 'sex', 'prefer_not_to_say');
    section.querySelector<HTMLButtonElement>('[data-equality-save]')!.click();
    await until(() => words(section.querySelector('[data-equality-status]')) === 'Your answers are saved. Thank you.', 'saved');
    expect(api.equalityAnswers).to.deep.equal({ ethnicGroup: 'asian', sex: 'prefer_not_to_say' });
  });

  it('shows what was saved, and deletes it', async () => {
    const { api, section } = await page({ equality: 'some' });
    const checked = [...section.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
    expect(checked).to.deep.equal(['field-ageBand=age_35_44', 'field-sex=female', 'field-ethnicGroup=prefer_not_to_say', 'field-carer=hours_20_49']);
    (await until(() => section.querySelector<HTMLButtonElement>('[data-equality-delete]'), 'delete')).click();
    await until(() => words(section.querySelector('[data-equality-status]')) === 'Your answers are deleted.', 'deleted');
    expect(api.equalityAnswers).to.deep.equal({});
    expect(section.querySelectorAll('input:checked').length).to.equal(0);
  });

  it('in Welsh, with the census wording', async () => {
    const { section } = await page({}, 'cy');
    expect(words(section.querySelector('legend'))).to.equal('Beth yw eich oed?');
    expect(words([...[...section.querySelectorAll('fieldset')][1]!.querySelectorAll('label')].at(-1))).to.equal('Mae’n well gen i beidio â dweud');
  });

  it('asks the second disability question only after Yes to the first, and clears its answer when the first changes', async () => {
    const { api, section } = await page();
    const reduced = () => section.querySelector('input[name="field-reducedAbility"]');
    expect(reduced()).to.equal(null);
    choose(section, 'longTermCondition', 'yes');
    await until(() => reduced(), 'the second question after Yes');
    expect(words(reduced()!.closest('fieldset')!.querySelector('legend'))).to.equal('Do any of your conditions or illnesses reduce your ability to carry out day-to-day activities?');
    choose(section, 'reducedAbility', 'a_lot');
    choose(section, 'longTermCondition', 'no');
    await until(() => !reduced(), 'the second question gone after No');
    section.querySelector<HTMLButtonElement>('[data-equality-save]')!.click();
    await until(() => words(section.querySelector('[data-equality-status]')) === 'Your answers are saved. Thank you.', 'saved');
    expect(api.equalityAnswers).to.deep.equal({ longTermCondition: 'no' });
    choose(section, 'longTermCondition', 'yes');
    await until(() => reduced(), 'asked again after Yes');
    expect(section.querySelectorAll('input[name="field-reducedAbility"]:checked').length).to.equal(0, 'the earlier answer was cleared');
  });
});

// Issue 17 item 4, "any the council adds": the council's own questions come after the census ones.
describe('<coprod-my-involvement>: the council’s own questions', () => {
  const text = (en: string, cy: string, easyRead: string) => ({ en, cy, easyRead });
  async function withCouncil(locale: string, readingLevel = 'standard') {
    const api = new MeFixtureApi({});
    api.equality.questions = [
      { id: 'cq-care', retired: false, text: text('Are you a care leaver?', 'Ydych chi wedi gadael gofal?', 'Did you grow up in care?'), answers: [{ id: 'a1', text: text('Yes', 'Ydw', 'Yes, I did') }, { id: 'a2', text: text('No', 'Nac ydw', 'No, I did not') }] },
      { id: 'cq-old', retired: true, text: text('Retired question', 'Cwestiwn wedi ymddeol', 'Old question'), answers: [{ id: 'a1', text: text('A', 'A', 'A') }, { id: 'a2', text: text('B', 'B', 'B') }] },
    ];
    const element = await fixture<HTMLElement>(html`<coprod-my-involvement .adapter=${api} locale=${locale} reading-level=${readingLevel} .signInLink=${GOOD_LINK}></coprod-my-involvement>`);
    await until(() => shadow(element).querySelector('[data-sign-out]'), 'the signed-in page');
    (await until(() => shadow(element).querySelector<HTMLElement>('[data-equality-open]'), 'the about-you summary')).click();
    const section = await until(() => shadow(element).querySelector<HTMLElement>('[data-equality]:has(#field-council-cq-care)'), 'the council’s question');
    return { api, section };
  }

  it('asks it after the census ones, with "Prefer not to say", not a retired one, and saves the answer', async () => {
    const { api, section } = await withCouncil('en-GB');
    const legends = [...section.querySelectorAll('legend')].map(words);
    expect(legends.at(-1)).to.equal('Are you a care leaver?');
    expect(legends).not.to.include('Retired question');
    const group = section.querySelector('#field-council-cq-care')!.closest('fieldset')!;
    expect([...group.querySelectorAll('label')].map(words)).to.deep.equal(['Yes', 'No', 'Prefer not to say']);
    choose(section, 'council-cq-care', 'a2');
    section.querySelector<HTMLButtonElement>('[data-equality-save]')!.click();
    await until(() => api.equalityAnswers.council?.['cq-care'] === 'a2', 'the answer saved');
  });

  it('in Welsh easy read (the Welsh words stand in) and in English easy read', async () => {
    const cy = (await withCouncil('cy', 'easy-read')).section;
    expect(words(cy.querySelector('#field-council-cq-care')!.closest('fieldset')!.querySelector('legend'))).to.equal('Ydych chi wedi gadael gofal?');
    const easy = (await withCouncil('en-GB', 'easy-read')).section;
    const group = easy.querySelector('#field-council-cq-care')!.closest('fieldset')!;
    expect(words(group.querySelector('legend'))).to.equal('Did you grow up in care?');
    expect(words(group.querySelector('label'))).to.equal('Yes, I did');
  });
});

describe('<coprod-my-involvement>: an answer to a question no longer asked (issue 17)', () => {
  it('still shows it, not counted, keeps it when the rest is saved, and deletes it when the person asks', async () => {
    const { api, element, section } = await page({ equality: 'retired' });
    const retired = await until(() => section.querySelector<HTMLElement>('[data-equality-retired="cq-wheelchair"]'), 'the answer to the retired question');
    expect(words(retired)).to.contain('Do you use a wheelchair?');
    expect(words(retired)).to.contain('Your answer: Yes');
    expect(words(retired)).to.contain('no longer counted');
    expect([...section.querySelectorAll('legend')].map(words)).not.to.include('Do you use a wheelchair?');
    choose(section, 'sex', 'male');
    section.querySelector<HTMLButtonElement>('[data-equality-save]')!.click();
    await until(() => api.equalityAnswers.sex === 'male', 'saved');
    expect(api.equalityAnswers.council).to.deep.equal({ 'cq-wheelchair': 'a1' }, 'saving the rest keeps it');
    (await until(() => section.querySelector<HTMLButtonElement>('[data-equality-forget="cq-wheelchair"]:not([aria-disabled="true"])'), 'the delete button')).click();
    await until(() => !section.querySelector('[data-equality-retired]'), 'the answer gone');
    expect(api.equalityAnswers).to.deep.equal({ sex: 'male' });
    const status = section.querySelector('[data-equality-status]')!;
    expect(words(status)).to.equal('Your answer to that question is deleted.');
    await until(() => shadow(element).activeElement === status, 'focus on what happened');
  });
});
