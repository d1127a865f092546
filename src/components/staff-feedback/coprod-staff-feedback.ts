import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffFeedback } from './coprod-staff-feedback.component.js';

export { CoprodStaffFeedback };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-feedback', CoprodStaffFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-feedback': CoprodStaffFeedback;
  }
}
