import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodStaffWorkspace } from './coprod-staff-workspace.component.js';

export { CoprodStaffWorkspace };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-staff-workspace', CoprodStaffWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-workspace': CoprodStaffWorkspace;
  }
}
