import { states } from '../src/components/staff-workspace/coprod-staff-workspace.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: workspace', component: 'coprod-staff-workspace' };

export const SignIn = stateStory(states, 'Sign in');
export const Loading = stateStory(states, 'Loading');
export const Opportunities = stateStory(states, 'Opportunities');
export const InterestInOneOpportunity = stateStory(states, 'Interest in one opportunity');
export const InterestNoOpportunityChosen = stateStory(states, 'Interest, no opportunity chosen');
export const Feedback = stateStory(states, 'Feedback');
export const PayAndClaims = stateStory(states, 'Pay and claims');
export const PeopleForOneOpportunity = stateStory(states, 'People for one opportunity');
export const Insights = stateStory(states, 'Insights');
export const CountsNotAvailable = stateStory(states, 'Counts not available');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
