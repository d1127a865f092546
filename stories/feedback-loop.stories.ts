import { states } from '../src/components/feedback-loop/coprod-feedback-loop.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Feedback loop', component: 'coprod-feedback-loop' };

export const BoardLoading = stateStory(states, 'Board loading');
export const BoardEmpty = stateStory(states, 'Board empty');
export const BoardError = stateStory(states, 'Board error');
export const BoardFilled = stateStory(states, 'Board filled');
export const BoardFiltered = stateStory(states, 'Board filtered');
export const BoardFilteredNothingFound = stateStory(states, 'Board filtered, nothing found');
export const ItemOpenWithALongTimeline = stateStory(states, 'Item open with a long timeline');
export const SaidThisToo = stateStory(states, 'Said this too');
export const SaidThisTooTellMe = stateStory(states, 'Said this too, tell me when this changes');
export const SaidThisTooTellMeEmailNotRight = stateStory(states, 'Said this too, tell me: email not right');
export const BoardAndForm = stateStory(states, 'Board and form');
export const FormBehindAButton = stateStory(states, 'Form behind a button');
export const FormEmpty = stateStory(states, 'Form empty');
export const DraftRestored = stateStory(states, 'Draft restored');
export const FormWithErrors = stateStory(states, 'Form with errors');
export const FormSending = stateStory(states, 'Form sending');
export const FormFailedKeptTyping = stateStory(states, 'Form failed (kept typing)');
export const Sent = stateStory(states, 'Sent');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const ModeFormOnly = stateStory(states, 'Mode form only');
export const TopicPinned = stateStory(states, 'Topic pinned');
export const NotConfigured = stateStory(states, 'Not configured');
