import { states } from '../src/components/involvement-results/coprod-involvement-results.states.js';
import { stateStory } from './story-helpers.js';

export default { title: 'Widgets/How well did we involve you: results', component: 'coprod-involvement-results' };

export const Loading = stateStory(states, 'Loading');
export const ErrorState = stateStory(states, 'Error');
export const TooFew = stateStory(states, 'Too few');
export const Results = stateStory(states, 'Results');
export const WhatChanged = stateStory(states, 'What changed');
export const ResultsWithBars = stateStory(states, 'Results with bars');
export const Welsh = stateStory(states, 'Welsh');
export const WelshWithBars = stateStory(states, 'Welsh, with bars');
export const EasyReadWithBars = stateStory(states, 'Easy read, with bars');
export const EasyRead = stateStory(states, 'Easy read');
export const OneActivity = stateStory(states, 'One activity');
export const OneActivityNotEnoughYet = stateStory(states, 'One activity, not enough yet');
