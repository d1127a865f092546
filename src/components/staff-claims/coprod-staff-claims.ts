import { define } from '../../core/define.js';
import { CoprodStaffClaims } from './coprod-staff-claims.component.js';

export { CoprodStaffClaims };
define('coprod-staff-claims', CoprodStaffClaims);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-claims': CoprodStaffClaims;
  }
}
