import { states } from '../src/components/my-involvement/coprod-my-involvement.states.js';
import { stateStory } from './story-helpers.js';
import { states as personStates } from '../src/components/my-involvement/coprod-my-involvement.person.states.js';
import { states as recordStates } from '../src/components/my-involvement/coprod-my-involvement.record.states.js';
import { states as invitationStates } from '../src/components/my-involvement/coprod-my-involvement.invitations.states.js';

export default { title: 'Widgets/My involvement', component: 'coprod-my-involvement' };

export const AskForALink = stateStory(states, 'Ask for a link');
export const AskAddressMissing = stateStory(states, 'Ask: address missing');
export const AskServerRefused = stateStory(states, 'Ask: server refused the address');
export const TooManyRequests = stateStory(states, 'Too many requests');
export const CheckYourEmail = stateStory(states, 'Check your email');
export const EnterTheCode = stateStory(states, 'Enter the code');
export const OpenedAtOneFeedbackItem = stateStory(states, 'Opened at one feedback item');
export const OpenedAtFeedbackThatIsNotTheirs = stateStory(states, 'Opened at feedback that is not theirs');
export const CodeRefused = stateStory(states, 'Code refused');
export const LinkExpiredOrUsed = stateStory(states, 'Link expired or used');
export const SigningIn = stateStory(states, 'Signing in');
export const ProfileKeyRefused = stateStory(states, 'Profile key refused');
export const LoadingThePage = stateStory(states, 'Loading the page');
export const SignedIn = stateStory(states, 'Signed in');
export const SignedInByText = stateStory(states, 'Signed in by text');
export const OpenedWithTheProfileKey = stateStory(states, 'Opened with the profile key');
export const NothingHeld = stateStory(states, 'Nothing held');
export const PageFailedToLoad = stateStory(states, 'Page failed to load');
export const SignInEnded = stateStory(states, 'Sign-in ended');
export const SignedOut = stateStory(states, 'Signed out');
export const ConfirmErasing = stateStory(states, 'Confirm erasing');
export const ErasingFailed = stateStory(states, 'Erasing failed');
export const Erased = stateStory(states, 'Erased');
export const MessagePreferencesSaved = stateStory(states, 'Message preferences saved');
export const NotAvailable = stateStory(states, 'Not available');
export const WelshAskForALink = stateStory(states, 'Welsh: ask for a link');
export const WelshSignedIn = stateStory(states, 'Welsh: signed in');
export const EasyReadCheckYourEmail = stateStory(states, 'Easy read: check your email');
export const EasyReadSignedIn = stateStory(states, 'Easy read: signed in');

// "Who looked at your profile" (issue 20) and "may suit you" (issue 18): their own states module.
export const WhoLooked = stateStory(personStates, 'Who looked at your profile');
export const WhoLookedNobody = stateStory(personStates, 'Who looked: nobody yet');
export const WhoLookedDeleted = stateStory(personStates, 'Who looked: profile deleted');
export const WhoLookedNoOrganisationName = stateStory(personStates, 'Who looked: no organisation name');
export const WhoLookedFailed = stateStory(personStates, 'Who looked: failed');
export const WelshWhoLooked = stateStory(personStates, 'Welsh: who looked');
export const EasyReadWhoLooked = stateStory(personStates, 'Easy read: who looked');
export const MaySuitYou = stateStory(personStates, 'May suit you');
export const MaySuitYouNothingMatches = stateStory(personStates, 'May suit you: nothing matches');
export const MaySuitYouFailed = stateStory(personStates, 'May suit you: failed');
export const WelshMaySuitYou = stateStory(personStates, 'Welsh: may suit you');
export const EasyReadMaySuitYou = stateStory(personStates, 'Easy read: may suit you');
// "Invitations to take part" in the message preferences (issue 18 item 3).
export const InvitationsOnlySomeTopics = stateStory(personStates, 'Invitations: only some topics');
export const InvitationsNoTopicTicked = stateStory(personStates, 'Invitations: no topic ticked');
export const WelshInvitations = stateStory(personStates, 'Welsh: invitations');
export const EasyReadInvitations = stateStory(personStates, 'Easy read: invitations');
// A profile saved whose changed "How often" could not reach the preferences (review P2, session 16).
export const ProfileSavedHowOftenNotChanged = stateStory(personStates, 'Profile saved, how often not changed');
export const WelshHowOftenNotChanged = stateStory(personStates, 'Welsh: how often not changed');
export const EasyReadHowOftenNotChanged = stateStory(personStates, 'Easy read: how often not changed');
// The person’s page opened with the profile key (no address proved): "How often" set on the profile; the saved panel says a choice made with proof stays and messages turned off stay off (session 17; session 19, review S0).
export const ProfileKeyHowOftenSet = stateStory(personStates, 'Opened with the profile key: how often set');
export const WelshProfileKeyHowOftenSet = stateStory(personStates, 'Welsh: profile key, how often set');
export const EasyReadProfileKeyHowOftenSet = stateStory(personStates, 'Easy read: profile key, how often set');
export const WelshEasyReadProfileKeyHowOftenSet = stateStory(personStates, 'Welsh easy read: profile key, how often set');

// The involvement record (issue 16): its own states module.
export const RecordBeforeItOpens = stateStory(recordStates, 'Record: before it opens');
export const InvolvementRecord = stateStory(recordStates, 'Involvement record');
export const RecordPreparationOnly = stateStory(recordStates, 'Record: preparation only');
export const RecordATaxYear = stateStory(recordStates, 'Record: a tax year');
export const RecordDatesTheWrongWayRound = stateStory(recordStates, 'Record: dates the wrong way round');
export const RecordNothingYet = stateStory(recordStates, 'Record: nothing yet');
export const RecordFailed = stateStory(recordStates, 'Record: failed');
export const WelshInvolvementRecord = stateStory(recordStates, 'Welsh: involvement record');
export const EasyReadInvolvementRecord = stateStory(recordStates, 'Easy read: involvement record');
export const YouAreInvited = stateStory(invitationStates, 'You are invited');
export const InvitedSaidYes = stateStory(invitationStates, 'Invited: said yes');
export const InvitedSaidNo = stateStory(invitationStates, 'Invited: said no');
export const InvitedWaitingList = stateStory(invitationStates, 'Invited: waiting list');
export const InvitedAnswerFailed = stateStory(invitationStates, 'Invited: answer failed');
export const InvitedClosed = stateStory(invitationStates, 'Invited: closed');
export const InvitedWithdrawn = stateStory(invitationStates, 'Invited: withdrawn');
export const InvitedFailedToLoad = stateStory(invitationStates, 'Invited: failed to load');
export const WelshYouAreInvited = stateStory(invitationStates, 'Welsh: you are invited');
export const EasyReadYouAreInvited = stateStory(invitationStates, 'Easy read: you are invited');
export const WelshEasyReadSaidYes = stateStory(invitationStates, 'Welsh easy read: said yes');
export const AboutYouClosed = stateStory(personStates, 'About you: closed');
export const AboutYouNotAnswered = stateStory(personStates, 'About you: not answered');
export const AboutYouAnswered = stateStory(personStates, 'About you: answered');
export const AboutYouFailed = stateStory(personStates, 'About you: failed');
export const AboutYouQuestionNoLongerAsked = stateStory(personStates, 'About you: a question no longer asked');
export const WelshAboutYou = stateStory(personStates, 'Welsh: about you');
export const EasyReadAboutYou = stateStory(personStates, 'Easy read: about you');
