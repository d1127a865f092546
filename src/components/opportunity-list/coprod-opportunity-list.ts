import { define } from '../../core/define.js';
import { CoprodOpportunityList } from './coprod-opportunity-list.component.js';

export { CoprodOpportunityList };
define('coprod-opportunity-list', CoprodOpportunityList);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-opportunity-list': CoprodOpportunityList;
  }
}
