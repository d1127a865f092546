import { define } from '../../core/define.js';
import { CoprodStaffInterest } from './coprod-staff-interest.component.js';

export { CoprodStaffInterest };
define('coprod-staff-interest', CoprodStaffInterest);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-interest': CoprodStaffInterest;
  }
}
