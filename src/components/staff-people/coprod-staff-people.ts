import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffPeople } from './coprod-staff-people.component.js';

export { CoprodStaffPeople };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-people', CoprodStaffPeople);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-people': CoprodStaffPeople;
  }
}
