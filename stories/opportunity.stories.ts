import { states } from '../src/components/opportunity/coprod-opportunity.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Opportunity', component: 'coprod-opportunity' };

export const Loading = stateStory(states, 'Loading');
export const Filled = stateStory(states, 'Filled');
export const NotFound = stateStory(states, 'Not found');
export const FormWithErrors = stateStory(states, 'Form with errors');
export const FormServerErrorTypingKept = stateStory(states, 'Form server error, typing kept');
export const DraftRestored = stateStory(states, 'Draft restored');
export const FormSending = stateStory(states, 'Form sending');
export const Sent = stateStory(states, 'Sent');
export const WelshSent = stateStory(states, 'Welsh: sent');
export const EasyReadSent = stateStory(states, 'Easy read: sent');
export const Welsh = stateStory(states, 'Welsh');
export const NeedsTicked = stateStory(states, 'Needs ticked');
export const EasyRead = stateStory(states, 'Easy read');
export const WaitingList = stateStory(states, 'Waiting list');
export const SentToTheWaitingList = stateStory(states, 'Sent to the waiting list');
export const Cancelled = stateStory(states, 'Cancelled');
export const TrainingSession = stateStory(states, 'Training session');
export const SupportSessionWelsh = stateStory(states, 'Support session, Welsh');
export const TrainingSessionEasyRead = stateStory(states, 'Training session, easy read');
export const EmailChosenAfterErrors = stateStory(states, 'Email chosen after errors');
