import { define } from '../../core/define.js';
import { CoprodFeedbackLoop } from './coprod-feedback-loop.component.js';

export { CoprodFeedbackLoop };
define('coprod-feedback-loop', CoprodFeedbackLoop);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-feedback-loop': CoprodFeedbackLoop;
  }
}
