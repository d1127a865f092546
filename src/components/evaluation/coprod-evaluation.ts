import { define } from '../../core/define.js';
import { CoprodEvaluation } from './coprod-evaluation.component.js';

export { CoprodEvaluation };
define('coprod-evaluation', CoprodEvaluation);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-evaluation': CoprodEvaluation;
  }
}
