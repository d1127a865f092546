import { define } from '../../core/define.js';
import { CoprodOpportunity } from './coprod-opportunity.component.js';

export { CoprodOpportunity };
define('coprod-opportunity', CoprodOpportunity);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-opportunity': CoprodOpportunity;
  }
}
