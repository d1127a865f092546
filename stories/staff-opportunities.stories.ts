import { states } from '../src/components/staff-opportunities/coprod-staff-opportunities.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: opportunities', component: 'coprod-staff-opportunities' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Filled = stateStory(states, 'Filled');
export const Drafts = stateStory(states, 'Drafts');
export const ConfirmMarkFilled = stateStory(states, 'Confirm mark filled');
export const ConfirmCancel = stateStory(states, 'Confirm cancel');
export const EmptyForm = stateStory(states, 'Empty form');
export const FormWithErrors = stateStory(states, 'Form with errors');
export const FilledFormWithPreview = stateStory(states, 'Filled form with preview');
export const EditingSessionsAndWelsh = stateStory(states, 'Editing sessions and Welsh');
export const SessionErrors = stateStory(states, 'Session errors');
export const Conflict = stateStory(states, 'Conflict');
export const ConflictInWelsh = stateStory(states, 'Conflict in Welsh');
export const ConflictInEasyRead = stateStory(states, 'Conflict in easy read');
export const Saving = stateStory(states, 'Saving');
export const Saved = stateStory(states, 'Saved');
export const Welsh = stateStory(states, 'Welsh');
export const WelshForm = stateStory(states, 'Welsh form');
export const DraftRestored = stateStory(states, 'Draft restored');
