import { states } from '../src/components/staff-audit/coprod-staff-audit.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: audit trail', component: 'coprod-staff-audit' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Events = stateStory(states, 'Events');
export const Filtered = stateStory(states, 'Filtered');
export const OlderEvents = stateStory(states, 'Older events');
export const DateErrors = stateStory(states, 'Date errors');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
