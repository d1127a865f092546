import { states } from '../src/components/opportunity-list/coprod-opportunity-list.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Opportunity list', component: 'coprod-opportunity-list' };

export const Loading = stateStory(states, 'Loading');
export const Filled = stateStory(states, 'Filled');
export const Filtered = stateStory(states, 'Filtered');
export const Empty = stateStory(states, 'Empty');
export const LoadFailed = stateStory(states, 'Error');
export const Offline = stateStory(states, 'Offline');
export const MoreFiltersFailed = stateStory(states, 'More filters could not load');
export const EasyRead = stateStory(states, 'Easy read');
export const Welsh = stateStory(states, 'Welsh');
export const ReadingSwitch = stateStory(states, 'Reading switch');
export const ReadingSwitchWelshEasyRead = stateStory(states, 'Reading switch, Welsh easy read chosen');
export const FiltersHidden = stateStory(states, 'Filters hidden');
export const HeadingHidden = stateStory(states, 'Heading hidden');
export const ForMe = stateStory(states, 'For me');
export const ForMeFiltered = stateStory(states, 'For me: filtered');
export const ForMeFilteredNone = stateStory(states, 'For me: filtered, none');
export const ForMeNoneSuit = stateStory(states, 'For me: none suit');
export const ForMeFailed = stateStory(states, 'For me: failed');
export const ForMeSignInEnded = stateStory(states, 'For me: sign-in ended');
export const ForMeSignedOut = stateStory(states, 'For me: signed out');
export const WelshForMe = stateStory(states, 'Welsh: for me');
export const EasyReadForMe = stateStory(states, 'Easy read: for me');
