import { define } from '../../core/define.js';
import { CoprodProvider } from './coprod-provider.component.js';

export { CoprodProvider };
// At once: its reading switch, drawn a task later, would push the page down (define.ts).
define('coprod-provider', CoprodProvider, true);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-provider': CoprodProvider;
  }
}
