import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffClaims } from './coprod-staff-claims.component.js';

export { CoprodStaffClaims };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-claims', CoprodStaffClaims);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-claims': CoprodStaffClaims;
  }
}
