import { define } from '../../core/define.js';
import { CoprodStaffFeedback } from './coprod-staff-feedback.component.js';

export { CoprodStaffFeedback };
define('coprod-staff-feedback', CoprodStaffFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-feedback': CoprodStaffFeedback;
  }
}
