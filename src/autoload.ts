/**
 * The autoloader: a tiny module that finds `coprod-*` elements that are not defined yet
 * (and `data-coprod` placeholders), and imports only the modules they need from
 * `elements/` beside it. A page with one widget downloads one widget.
 *
 *   <script type="module" src="/widgets/coprod-autoload.js"></script>
 *
 * Choose it over the all-in-one `coprod-widgets.js` when a page shows one or two widgets;
 * choose the all-in-one when a page shows most of them (one request, no discovery delay).
 */
import { loadWhenUsed } from './core/load-when-used.js';

loadWhenUsed((tag) => import(/* @vite-ignore */ new URL(`./elements/${tag}.js`, import.meta.url).href));
