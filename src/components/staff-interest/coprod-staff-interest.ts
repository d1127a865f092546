import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffInterest } from './coprod-staff-interest.component.js';

export { CoprodStaffInterest };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-interest', CoprodStaffInterest);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-interest': CoprodStaffInterest;
  }
}
