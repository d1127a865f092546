import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodInvolvementResults } from './coprod-involvement-results.component.js';

export { CoprodInvolvementResults };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-involvement-results', CoprodInvolvementResults);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-involvement-results': CoprodInvolvementResults;
  }
}
