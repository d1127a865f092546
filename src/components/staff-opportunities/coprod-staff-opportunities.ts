import { define } from '../../core/define.js';
import { CoprodStaffOpportunities } from './coprod-staff-opportunities.component.js';

export { CoprodStaffOpportunities };
define('coprod-staff-opportunities', CoprodStaffOpportunities);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-opportunities': CoprodStaffOpportunities;
  }
}
