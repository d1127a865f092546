import { define } from '../../core/define.js';
import { CoprodProvider } from './coprod-provider.component.js';

export { CoprodProvider };
define('coprod-provider', CoprodProvider);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-provider': CoprodProvider;
  }
}
