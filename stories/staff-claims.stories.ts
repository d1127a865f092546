import { states } from '../src/components/staff-claims/coprod-staff-claims.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/Staff: claims and attendance', component: 'coprod-staff-claims' };

export const SignIn = stateStory(states, 'Sign in');
export const SignInWithCouncilAccount = stateStory(states, 'Sign in with the council account');
export const Loading = stateStory(states, 'Loading');
export const Empty = stateStory(states, 'Empty');
export const ErrorState = stateStory(states, 'Error');
export const SignInExpired = stateStory(states, 'Sign-in expired');
export const Forbidden = stateStory(states, 'Forbidden');
export const Filled = stateStory(states, 'Filled');
export const Approved = stateStory(states, 'Approved');
export const ReasonMissing = stateStory(states, 'Reason missing');
export const Queried = stateStory(states, 'Queried');
export const Paid = stateStory(states, 'Paid');
export const Recorded = stateStory(states, 'Recorded');
export const NoFinanceRole = stateStory(states, 'No finance role');
export const Overdue = stateStory(states, 'Overdue');
export const Welsh = stateStory(states, 'Welsh');
export const EasyRead = stateStory(states, 'Easy read');
export const AttendanceQueried = stateStory(states, 'Attendance queried');
export const AttendanceQueryAnswered = stateStory(states, 'Attendance query answered');
export const PaidOnDateWrong = stateStory(states, 'Paid on date wrong');
export const NotOnTheList = stateStory(states, 'Not on the list');
export const NotOnTheListNoReason = stateStory(states, 'Not on the list: no reason');
export const ChangedBySomeoneElse = stateStory(states, 'Changed by someone else');
