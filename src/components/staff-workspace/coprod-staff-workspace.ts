import { define } from '../../core/define.js';
import { CoprodStaffWorkspace } from './coprod-staff-workspace.component.js';

export { CoprodStaffWorkspace };
define('coprod-staff-workspace', CoprodStaffWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-workspace': CoprodStaffWorkspace;
  }
}
