import { loadWritePath } from '../../api/http-transport.js';
import { define } from '../../core/define.js';
import { CoprodProfileForm } from './coprod-profile-form.component.js';

export { CoprodProfileForm };
define('coprod-profile-form', CoprodProfileForm);
// An HTTP client reads a profile with the write path (http-write.ts), as it saves one: fetched with the form, not after
// its first read. Also on a page that gives an adapter instead, where nothing uses it: one small request, not worth a check.
void loadWritePath().catch(() => undefined);

declare global {
  interface HTMLElementTagNameMap {
    'coprod-profile-form': CoprodProfileForm;
  }
}
