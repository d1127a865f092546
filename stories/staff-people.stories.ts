import { states } from '../src/components/staff-people/coprod-staff-people.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: people', component: 'coprod-staff-people' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Filled = stateStory(states, 'Filled');
export const PoolOnly = stateStory(states, 'Pool only');
export const ProfileOpen = stateStory(states, 'Profile open');
export const NobodyMatches = stateStory(states, 'Nobody matches');
export const NobodyChosen = stateStory(states, 'Nobody chosen');
export const Invited = stateStory(states, 'Invited');
export const CorrectingAProfile = stateStory(states, 'Correcting a profile');
export const ChangeWithoutAReason = stateStory(states, 'Change without a reason');
export const ConfirmDelete = stateStory(states, 'Confirm delete');
export const ConfirmErase = stateStory(states, 'Confirm erase');
export const ProfileDeleted = stateStory(states, 'Profile deleted');
export const ChangedSinceOpened = stateStory(states, 'Changed since opened');
export const TheirChangeLoaded = stateStory(states, 'Their change loaded');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
