import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffOpportunities } from './coprod-staff-opportunities.component.js';

export { CoprodStaffOpportunities };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-opportunities', CoprodStaffOpportunities);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-opportunities': CoprodStaffOpportunities;
  }
}
