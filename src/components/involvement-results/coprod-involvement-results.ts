import { define } from '../../core/define.js';
import { CoprodInvolvementResults } from './coprod-involvement-results.component.js';

export { CoprodInvolvementResults };
define('coprod-involvement-results', CoprodInvolvementResults);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-involvement-results': CoprodInvolvementResults;
  }
}
