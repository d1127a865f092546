import { expect } from '@open-wc/testing';
import type { EvaluationInput } from '../../api/types.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { describeStates, renderState } from '../../../test/helpers/state-sweep.js';
import { answerAll, evaluationApi, states, TOKEN, untilShown, widget } from './coprod-evaluation.states.js';

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
});
