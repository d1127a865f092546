import { define } from '../../core/define.js';
import { CoprodStaffAudit } from './coprod-staff-audit.component.js';

export { CoprodStaffAudit };
define('coprod-staff-audit', CoprodStaffAudit);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-audit': CoprodStaffAudit;
  }
}
