/**
 * Named states of the person's page for "You are invited" (issue 15): the invitations staff
 * sent that still wait for an answer, and each answer given there. Their own module, so the
 * page's other states stay as they are; the stories are in stories/my-involvement.stories.ts.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComponentStates, NamedState } from '../../core/states.js';
import { shadow, until } from '../../../test/helpers/dom.js';
import { GOOD_LINK, MeFixtureApi, type MeFixtureOptions } from '../../../test/helpers/me-fixtures.js';
import './coprod-my-involvement.js';

interface Options extends MeFixtureOptions {
  locale?: 'en-GB' | 'cy';
  readingLevel?: 'standard' | 'easy-read';
  opportunityHref?: string;
}

const widget = (options: Options = {}) =>
  html`<coprod-my-involvement .adapter=${new MeFixtureApi({ invitations: 'some', ...options })} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'} opportunity-href=${ifDefined(options.opportunityHref)} .signInLink=${GOOD_LINK}></coprod-my-involvement>`;

const shows = (selector: string, what: string) => async (element: HTMLElement) => {
  await until(() => shadow(element).querySelector(selector), what);
};

const waiting = shows('[data-invitation]', 'the invitations');
/** Answers the first invitation and waits for what follows. */
const answer = (given: 'interested' | 'not_this_time', then: string) => async (element: HTMLElement) => {
  await waiting(element);
  shadow(element).querySelector<HTMLButtonElement>(`[data-invitation] [data-answer="${given}"]`)!.click();
  await shows(then, 'the answer')(element);
};

const invitationStates: NamedState[] = [
  {
    name: 'You are invited',
    description: 'Two invitations wait for an answer: each opportunity (its title links through `opportunity-href`), when it is, when we asked, by when to answer, why we asked, and "Yes, I’m interested" / "No, thank you".',
    render: () => widget({ opportunityHref: '/get-involved/' }),
    play: waiting,
  },
  { name: 'Invited: said yes', description: 'The person said yes on the page: the item says the team was told, the reference, and what happens next.', render: () => widget(), play: answer('interested', '[data-answered="interested"]') },
  { name: 'Invited: said no', description: '"No, thank you": we will not ask about this one again, and still tell them about others.', render: () => widget(), play: answer('not_this_time', '[data-answered="not_this_time"]') },
  { name: 'Invited: waiting list', description: 'The places were taken when they said yes: they are on the waiting list.', render: () => widget({ invitations: 'waiting' }), play: answer('interested', '[data-answered="interested"]') },
  { name: 'Invited: answer failed', description: 'The answer could not be sent: the item and its buttons stay, and it says nothing changed.', render: () => widget({ invitations: 'answer-fails' }), play: answer('interested', '[data-answer-failed]') },
  { name: 'Invited: closed', description: 'The opportunity closed before they said yes: nothing was recorded, and it says so.', render: () => widget({ invitations: 'closed' }), play: answer('interested', '[data-answer-failed]') },
  { name: 'Invited: withdrawn', description: 'Staff withdrew the invitation before they answered (404): it says so, not "please try again", and the buttons go.', render: () => widget({ invitations: 'withdrawn' }), play: answer('interested', '[data-answer-failed]') },
  { name: 'Invited: failed to load', render: () => widget({ invitations: 'fails' }), play: shows('[data-invitations] [part="error"]', 'the error') },
  { name: 'Welsh: you are invited', render: () => widget({ locale: 'cy' }), play: waiting },
  { name: 'Easy read: you are invited', render: () => widget({ readingLevel: 'easy-read' }), play: waiting },
  { name: 'Welsh easy read: said yes', render: () => widget({ locale: 'cy', readingLevel: 'easy-read' }), play: answer('interested', '[data-answered="interested"]') },
];

export const states: ComponentStates = { tag: 'coprod-my-involvement', states: invitationStates };
