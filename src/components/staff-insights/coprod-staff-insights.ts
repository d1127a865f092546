import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffInsights } from './coprod-staff-insights.component.js';

export { CoprodStaffInsights };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-insights', CoprodStaffInsights);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-insights': CoprodStaffInsights;
  }
}
