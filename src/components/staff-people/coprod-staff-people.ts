import { define } from '../../core/define.js';
import { CoprodStaffPeople } from './coprod-staff-people.component.js';

export { CoprodStaffPeople };
define('coprod-staff-people', CoprodStaffPeople);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-people': CoprodStaffPeople;
  }
}
