import { expect } from '@open-wc/testing';
import { shadow, until } from '../../../test/helpers/dom.js';
import { renderState } from '../../../test/helpers/state-sweep.js';
import { answerAll, evaluationApi, refusal, untilShown, widget } from './coprod-evaluation.states.js';

/**
 * Issue 11: a Welsh reader whose answers the server refuses (a 422 naming a field with a code, with
 * the server's English words) reads the refusal in Welsh, worded from its code, at that question
 * and in the error summary, which takes focus; the answers are kept; a summary link to a question
 * on another screen opens that screen.
 */
const text = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<coprod-evaluation>: the server’s refusals, in Welsh (issue 11)', () => {
  it('the one change: an answer the server refuses is worded in Welsh at the question and in the summary, nothing lost', async () => {
    const english = 'The change must be 1000 characters or fewer.';
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ refuse: refusal('change', 'too-long', english) }), 'cy'));
    await answerAll(element, 'Anfon y papurau wythnos ynghynt');
    const welsh = 'Defnyddiwch 1,000 nod neu lai';
    await until(() => text(element, '.error-summary').includes(welsh), `"${welsh}" in the summary`);
    expect(text(element, '#field-change-error'), 'at the question').to.contain(welsh);
    expect(shadow(element).querySelector('#field-change')!.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
    expect(shadow(element).activeElement?.classList.contains('error-summary'), 'the summary has focus').to.equal(true);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain(english);
    expect(shadow(element).querySelector('[data-form-failure]'), 'a field problem, not a general failure').to.equal(null);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#field-change')!.value, 'what was typed kept').to.equal('Anfon y papurau wythnos ynghynt');
  });

  it('nothing answered, as the server says it (422, ratings.centre, required): in Welsh, naming question 1, not "fill in this field"', async () => {
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ refuse: refusal('ratings.centre', 'required', 'Answer at least one question before you send.') }), 'cy'));
    await answerAll(element);
    const welsh = 'Atebwch o leiaf un cwestiwn cyn anfon. Cwestiwn 1 yw “Roeddwn i wrth galon penderfyniadau amdana i”.';
    await until(() => text(element, '.error-summary').includes(welsh), `"${welsh}" in the summary`);
    expect(shadow(element).textContent, 'the server’s English').to.not.contain('Answer at least one');
  });

  it('a refused answer on another screen: the summary’s link opens that question, the answer still chosen', async () => {
    const element = await renderState('coprod-evaluation', () => widget(evaluationApi({ refuse: refusal('ratings.centre', 'not-in-list', 'Choose one of the answers.') }), 'cy'));
    await answerAll(element);
    const welsh = 'Dewiswch ateb o’r rhestr';
    await until(() => text(element, '.error-summary').includes(welsh), `"${welsh}" in the summary`);
    shadow(element).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await untilShown('#field-ratings-centre-error')(element);
    expect(text(element, '.progress')).to.equal('Cwestiwn 1 o 12');
    expect(text(element, '#field-ratings-centre-error')).to.contain(welsh);
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="agree"]')!.checked, 'the answer kept').to.equal(true);
    expect(shadow(element).activeElement?.id, 'focus on the question').to.equal('field-ratings-centre');
  });
});
