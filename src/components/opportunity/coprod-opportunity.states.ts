import { html } from 'lit';
import type { CoprodApi } from '../../api/api.js';
import { InMemoryApi } from '../../api/in-memory.js';
import { createSeed } from '@coprod/seed';
import { ACCESS } from '../../api/rules.js';
import type { Access } from '../../api/types.js';
import { flakyApi, neverSettlingApi } from '../../../test/helpers/scripted-adapters.js';
import { draftKey, forgetDrafts } from '../../core/controllers/draft-controller.js';
import type { ComponentStates } from '../../core/states.js';
import { clickOn, shadow, typeInto, until } from '../../../test/helpers/dom.js';
import '../provider/coprod-provider.js';
import './coprod-opportunity.js';

export const NOW = new Date('2026-11-24T10:00:00Z');
export const OPPORTUNITY_ID = 'opp-carers-strategy';

/** Renders the opportunity, starting with no kept draft (an earlier state may have left one). */
function detail(api: CoprodApi, options: { locale?: string; readingLevel?: string; id?: string } = {}) {
  forgetDrafts('interest');
  return html`<coprod-provider .adapter=${api} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}>
    <coprod-opportunity opportunity-id=${options.id ?? OPPORTUNITY_ID} .today=${NOW} share-href="https://council.example/get-involved?opportunity=${options.id ?? OPPORTUNITY_ID}"></coprod-opportunity>
  </coprod-provider>`;
}

/** The in-memory API, except that sending interest never finishes (the "sending" state). */
function sendingForever(inner: InMemoryApi): CoprodApi {
  return new Proxy(inner, {
    get(target, name) {
      if (name === 'createInterest') return () => new Promise(() => {});
      const value = Reflect.get(target, name) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function untilLoaded(element: HTMLElement): Promise<unknown> {
  return until(() => shadow(element).querySelector('.title, [part=error]'), 'the opportunity to load');
}

/** Interest sent by email, read in `options`: the success panel with what a "How often" set does. */
const sentInterest = (options: { locale?: string; readingLevel?: string } = {}) => ({
  render: () => detail(new InMemoryApi({ now: NOW }), options),
  play: async (element: HTMLElement) => {
    await untilLoaded(element);
    await fillInterest(element);
    pressSend(element);
    await until(() => shadow(element).querySelector('[part=success] [data-off-stays]'), 'the success panel');
  },
});

/** Fills in the "I'm interested" form as a person would. */
export async function fillInterest(element: HTMLElement & { updateComplete?: Promise<unknown> }, name = 'Sam Okafor'): Promise<void> {
  typeInto(element, '#field-name', name);
  clickOn(element, '#field-contact-method');
  await element.updateComplete;
  typeInto(element, '#field-contact-detail', 'sam@example.com');
  clickOn(element, '#field-consent');
  await element.updateComplete;
}

/** Ticks needs in the "What would help you take part?" list, by id. */
export async function tickNeeds(element: HTMLElement & { updateComplete?: Promise<unknown> }, ids: readonly Access[]): Promise<void> {
  for (const id of ids) {
    const index = ACCESS.indexOf(id);
    clickOn(element, index === 0 ? '#field-needs' : `#field-needs-${index}`);
    await element.updateComplete;
  }
}

// A constant, not a quoted literal after the name key: the manifest test reads those as state names.
const draftName = 'Rhian Evans';

/** What a person had typed before the page was reloaded. */
export const sampleInterestDraft = {
  name: draftName,
  method: 'phone',
  details: { phone: '01632 960 001' },
  accessNeeds: 'A hearing loop, please.',
  message: '',
  consent: false,
};

/** The carers strategy cancelled by staff, with their reason. */
export function cancelledApi(): InMemoryApi {
  const seed = createSeed(NOW);
  Object.assign(seed.opportunities.find((o) => o.id === OPPORTUNITY_ID)!, { status: 'cancelled', cancelledReason: 'The venue has flooded. We will ask again in the spring.' });
  return new InMemoryApi({ now: NOW, seed });
}

/** The carers strategy with both of its two places taken: it shows "Waiting list" and still takes interest. */
export function fullApi(): InMemoryApi {
  const seed = createSeed(NOW);
  Object.assign(seed.opportunities.find((o) => o.id === OPPORTUNITY_ID)!, { places: 2, placesTaken: 2, status: 'filled' });
  return new InMemoryApi({ now: NOW, seed });
}

/** The carers strategy published as a training or support session (issue 17): the facts say so first. */
export function sessionApi(kind: 'training' | 'support' = 'training'): InMemoryApi {
  const seed = createSeed(NOW);
  Object.assign(seed.opportunities.find((o) => o.id === OPPORTUNITY_ID)!, { kind });
  return new InMemoryApi({ now: NOW, seed });
}

export function pressSend(element: HTMLElement): void {
  clickOn(element, 'button.send');
}

export const states: ComponentStates = {
  tag: 'coprod-opportunity',
  states: [
    { name: 'Loading', render: () => detail(neverSettlingApi()) },
    {
      name: 'Filled',
      description: 'The whole brief under the recipe’s questions, and the form.',
      render: () => detail(new InMemoryApi({ now: NOW })),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Not found',
      render: () => detail(new InMemoryApi({ now: NOW }), { id: 'opp-gone' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Form with errors',
      description: 'Send pressed with nothing filled in: the error summary takes focus.',
      render: () => detail(new InMemoryApi({ now: NOW })),
      play: async (element) => {
        await untilLoaded(element);
        pressSend(element);
        await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    {
      name: 'Form server error, typing kept',
      description: 'The network failed while sending; what was typed is still there.',
      render: () => detail(flakyApi(new InMemoryApi({ now: NOW }), { failures: 1, methods: ['createInterest'] })),
      play: async (element) => {
        await untilLoaded(element);
        await fillInterest(element);
        pressSend(element);
        await until(() => shadow(element).querySelector('[data-form-failure]'), 'the failure message');
      },
    },
    {
      name: 'Draft restored',
      description: 'The page was reloaded while the form was half filled in: what was typed is back, with a notice and "Start again".',
      render: () => {
        const template = detail(new InMemoryApi({ now: NOW }));
        sessionStorage.setItem(draftKey('interest', '', OPPORTUNITY_ID), JSON.stringify(sampleInterestDraft));
        return template;
      },
      play: async (element) => void (await until(() => shadow(element).querySelector('[part="draft-notice"]'), 'the draft notice')),
    },
    {
      name: 'Form sending',
      render: () => detail(sendingForever(new InMemoryApi({ now: NOW }))),
      play: async (element) => {
        await untilLoaded(element);
        await fillInterest(element);
        pressSend(element);
        await until(() => shadow(element).querySelector('button.send[aria-disabled=true]'), 'the sending button');
      },
    },
    {
      name: 'Sent',
      description: 'The reference and what happens next; asked how often (by email), that a choice of how often made on the person’s own page or from a message’s link stays, and messages turned off before stay off until turned on from their own page: the same words whoever the address is.',
      ...sentInterest(),
    },
    { name: 'Welsh: sent', ...sentInterest({ locale: 'cy' }) },
    { name: 'Easy read: sent', ...sentInterest({ readingLevel: 'easy-read' }) },
    {
      name: 'Needs ticked',
      description: 'A hearing loop (offered here) and a BSL interpreter (not yet) ticked: what is already offered, and what the team will be told.',
      render: () => detail(new InMemoryApi({ now: NOW })),
      play: async (element) => {
        await untilLoaded(element);
        await tickNeeds(element, ['hearing_loop', 'bsl']);
        await until(() => shadow(element).querySelector('[part=needs-met]'), 'the needs summary');
      },
    },
    {
      name: 'Welsh',
      render: () => detail(new InMemoryApi({ now: NOW }), { locale: 'cy' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Easy read',
      render: () => detail(new InMemoryApi({ now: NOW }), { readingLevel: 'easy-read' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Waiting list',
      description: 'Every place is taken: the key facts say "Waiting list", and the form still takes interest.',
      render: () => detail(fullApi()),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Training session',
      description: 'A training session for people who take part: the first key fact says "What it is: Training for people who take part".',
      render: () => detail(sessionApi()),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Support session, Welsh',
      description: 'A support session read in Welsh: "Beth yw hwn: Cymorth i bobl sy’n cymryd rhan".',
      render: () => detail(sessionApi('support'), { locale: 'cy' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Training session, easy read',
      description: 'A training session in easy read: "This is training. It helps you take part."',
      render: () => detail(sessionApi(), { readingLevel: 'easy-read' }),
      play: async (element) => void (await untilLoaded(element)),
    },
    {
      name: 'Cancelled',
      description: 'Staff cancelled it: straight under the title, the page says it will not happen, and why; no form and no "Add to calendar".',
      render: () => detail(cancelledApi()),
      play: async (element) => void (await until(() => shadow(element).querySelector('[part=cancelled]'), 'the cancelled notice')),
    },
    {
      name: 'Sent to the waiting list',
      description: 'Interest sent while every place was taken: the person is told they are on the waiting list.',
      render: () => detail(fullApi()),
      play: async (element) => {
        await untilLoaded(element);
        await fillInterest(element);
        pressSend(element);
        await until(() => shadow(element).querySelector('[part=success]'), 'the success panel');
      },
    },
    {
      name: 'Email chosen after errors',
      description: 'Send pressed with nothing filled in, then "Email" chosen: the "how to contact you" error goes (that question is answered), and the email address field appears, not in red, because the person has not had a go at it yet.',
      render: () => detail(new InMemoryApi({ now: NOW })),
      play: chooseEmailAfterErrors,
    },
  ],
};

/** Presses Send with nothing filled in, then chooses "Email" (the first way to be contacted). */
export async function chooseEmailAfterErrors(element: HTMLElement): Promise<void> {
  await untilLoaded(element);
  pressSend(element);
  await until(() => shadow(element).querySelector('.error-summary'), 'the error summary');
  shadow(element).querySelector<HTMLInputElement>('#field-contact-method')!.click();
  await until(() => shadow(element).querySelector('#field-contact-detail'), 'the email address field');
}
