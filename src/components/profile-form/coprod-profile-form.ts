import { define } from '../../core/define.js';
import { CoprodProfileForm } from './coprod-profile-form.component.js';

export { CoprodProfileForm };
define('coprod-profile-form', CoprodProfileForm);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-profile-form': CoprodProfileForm;
  }
}
