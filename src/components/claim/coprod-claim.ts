import { define } from '../../core/define.js';
import { CoprodClaim } from './coprod-claim.component.js';

export { CoprodClaim };
define('coprod-claim', CoprodClaim);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-claim': CoprodClaim;
  }
}
