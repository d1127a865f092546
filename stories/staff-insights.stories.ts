import { states } from '../src/components/staff-insights/coprod-staff-insights.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: insights', component: 'coprod-staff-insights' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Results = stateStory(states, 'Results');
export const Suppressed = stateStory(states, 'Suppressed');
export const TooFew = stateStory(states, 'Too few');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const WhoIsTakingPart = stateStory(states, 'Who is taking part');
export const WhoIsTakingPartSomeHidden = stateStory(states, 'Who is taking part: some hidden');
export const WhoIsTakingPartNoneYet = stateStory(states, 'Who is taking part: none answered yet');
export const WhoIsTakingPartFailed = stateStory(states, 'Who is taking part: failed');
export const WhoIsTakingPartNotAllowed = stateStory(states, 'Who is taking part: not allowed');
export const WelshWhoIsTakingPart = stateStory(states, 'Welsh: who is taking part');
export const EasyReadWhoIsTakingPart = stateStory(states, 'Easy read: who is taking part');
export const ChangingTheAreasFigures = stateStory(states, 'Who is taking part: changing the area’s figures');
export const AreasFiguresSaved = stateStory(states, 'Who is taking part: the area’s figures saved');
export const WelshAShareRefused = stateStory(states, 'Welsh: a share refused');
export const EasyReadChangingTheAreasFigures = stateStory(states, 'Easy read: changing the area’s figures');
