import { define } from '../../core/define.js';
import { CoprodStaffInsights } from './coprod-staff-insights.component.js';

export { CoprodStaffInsights };
define('coprod-staff-insights', CoprodStaffInsights);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-staff-insights': CoprodStaffInsights;
  }
}
