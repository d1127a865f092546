import { states } from '../src/components/evaluation/coprod-evaluation.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/How well did we involve you?', component: 'coprod-evaluation' };

export const Invited = stateStory(states, 'Invited');
export const Answering = stateStory(states, 'Answering');
export const LadderQuestion = stateStory(states, 'Ladder question');
export const Sent = stateStory(states, 'Sent');
export const AlreadySent = stateStory(states, 'Already sent');
export const LinkNotFound = stateStory(states, 'Link not found');
export const CouldNotOpen = stateStory(states, 'Could not open');
export const SendFailed = stateStory(states, 'Send failed');
export const AnAnswerRefused = stateStory(states, 'An answer refused');
export const NothingAnswered = stateStory(states, 'Nothing answered');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const WelshEasyRead = stateStory(states, 'Welsh easy read');
