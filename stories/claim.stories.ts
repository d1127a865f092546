import { states } from '../src/components/claim/coprod-claim.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Claim: fees and expenses', component: 'coprod-claim' };

export const NotSignedIn = stateStory(states, 'Not signed in');
export const Loading = stateStory(states, 'Loading');
export const ErrorState = stateStory(states, 'Error');
export const Empty = stateStory(states, 'Empty');
export const Filled = stateStory(states, 'Filled');
export const Invalid = stateStory(states, 'Invalid');
export const ReceiptTooBig = stateStory(states, 'Receipt too big');
export const Sent = stateStory(states, 'Sent');
export const Queried = stateStory(states, 'Queried');
export const Paid = stateStory(states, 'Paid');
export const OverMyLimit = stateStory(states, 'Over my limit');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const TellingUsTheHoursAreWrong = stateStory(states, 'Telling us the hours are wrong');
export const HoursQueried = stateStory(states, 'Hours queried');
export const HoursQueryAnswered = stateStory(states, 'Hours query answered');
export const Overdue = stateStory(states, 'Overdue');
export const OverdueEasyRead = stateStory(states, 'Overdue, easy read');
export const NotOnTheListTellingUs = stateStory(states, 'Not on the list: telling us');
export const NotOnTheListInvalid = stateStory(states, 'Not on the list: invalid');
export const NotOnTheListWaiting = stateStory(states, 'Not on the list: waiting');
export const NotOnTheListDeclined = stateStory(states, 'Not on the list: declined');
export const NotOnTheListDeclinedWelsh = stateStory(states, 'Not on the list: declined, Welsh');
export const NotOnTheListCouldNotLoad = stateStory(states, 'Not on the list: could not load');
