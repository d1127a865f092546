import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffAudit } from './coprod-staff-audit.component.js';

export { CoprodStaffAudit };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-audit', CoprodStaffAudit);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-audit': CoprodStaffAudit;
  }
}
