import { states } from '../src/components/staff-interest/coprod-staff-interest.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: expressions of interest', component: 'coprod-staff-interest' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Filled = stateStory(states, 'Filled');
export const Saving = stateStory(states, 'Saving');
export const Saved = stateStory(states, 'Saved');
export const SaveFailed = stateStory(states, 'Save failed');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const SomeoneElseAnswered = stateStory(states, 'Someone else answered');
export const NoPlacesLeft = stateStory(states, 'No places left');
export const ChooseAnOpportunity = stateStory(states, 'Choose an opportunity');
export const FoundByName = stateStory(states, 'Found by name');
export const NothingFound = stateStory(states, 'Nothing found');
export const SecondPage = stateStory(states, 'Second page');
