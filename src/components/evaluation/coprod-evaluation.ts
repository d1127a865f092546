import { httpCalls } from '../../api/http-calls.js';
import { define } from '../../core/define.js';
import { CoprodEvaluation } from './coprod-evaluation.component.js';

export { CoprodEvaluation };
// The HTTP client's calls beyond a public page's, which this element makes (http-calls.ts).
httpCalls();
define('coprod-evaluation', CoprodEvaluation);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-evaluation': CoprodEvaluation;
  }
}
