import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodMyInvolvement } from './coprod-my-involvement.component.js';

export { CoprodMyInvolvement };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-my-involvement', CoprodMyInvolvement);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-my-involvement': CoprodMyInvolvement;
  }
}
