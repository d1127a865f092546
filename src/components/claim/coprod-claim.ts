import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodClaim } from './coprod-claim.component.js';

export { CoprodClaim };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-claim', CoprodClaim);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-claim': CoprodClaim;
  }
}
