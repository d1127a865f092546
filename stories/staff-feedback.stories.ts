import { states } from '../src/components/staff-feedback/coprod-staff-feedback.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: feedback inbox', component: 'coprod-staff-feedback' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Filled = stateStory(states, 'Filled');
export const FilteredByStatus = stateStory(states, 'Filtered by status');
export const Answering = stateStory(states, 'Answering');
export const WithAWelshVersion = stateStory(states, 'With a Welsh version');
export const DraftRestored = stateStory(states, 'Draft restored');
export const FormWithErrors = stateStory(states, 'Form with errors');
export const Sending = stateStory(states, 'Sending');
export const Sent = stateStory(states, 'Sent');
export const ConfirmMerge = stateStory(states, 'Confirm merge');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const SomeoneElseChangedIt = stateStory(states, 'Someone else changed it');
export const FoundByReference = stateStory(states, 'Found by reference');
export const NothingFound = stateStory(states, 'Nothing found');
export const SecondPage = stateStory(states, 'Second page');
export const SearchFailed = stateStory(states, 'Search failed');
