import { describeStates } from '../../../test/helpers/state-sweep.js';
import { states } from './coprod-staff-opportunities.states.js';

describeStates(states);
