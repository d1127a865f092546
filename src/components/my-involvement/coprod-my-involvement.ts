import { define } from '../../core/define.js';
import { CoprodMyInvolvement } from './coprod-my-involvement.component.js';

export { CoprodMyInvolvement };
define('coprod-my-involvement', CoprodMyInvolvement);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-my-involvement': CoprodMyInvolvement;
  }
}
