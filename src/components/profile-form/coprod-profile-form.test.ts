import { describeStates } from '../../../test/helpers/state-sweep.js';
import { states } from './coprod-profile-form.states.js';

describeStates(states);
