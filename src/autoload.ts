/**
 * The autoloader: a tiny module that finds `coprod-*` elements that are not defined yet
 * (and `data-coprod` placeholders), and imports only the modules they need from
 * `elements/` beside it. A page with one widget downloads one widget.
 *
 *   <script type="module" src="/widgets/coprod-autoload.js"></script>
 *   import 'coprod-widgets/autoload';   // in a bundled app: each element becomes a lazy chunk
 *
 * Choose it over the all-in-one `coprod-widgets.js` when a page shows one or two widgets;
 * choose the all-in-one when a page shows most of them (one request, no discovery delay).
 *
 * On a page whose widgets the server rendered (GET /embed/…, declarative shadow DOM) it fetches no
 * element code before the first paint: each widget's code comes when the page is idle or when a
 * person first uses it (src/core/load-later.ts).
 *
 * Each import is written out in full (not built from the tag) so that bundlers see every
 * element module and split it into a chunk of its own. The build rewrites these paths to
 * `./elements/coprod-<name>.js`, the published define modules.
 */
import { loadWhenUsed } from './core/load-when-used.js';

const elements: Record<string, () => Promise<unknown>> = {
  'coprod-provider': () => import('./components/provider/coprod-provider.js'),
  'coprod-opportunity-list': () => import('./components/opportunity-list/coprod-opportunity-list.js'),
  'coprod-opportunity': () => import('./components/opportunity/coprod-opportunity.js'),
  'coprod-profile-form': () => import('./components/profile-form/coprod-profile-form.js'),
  'coprod-feedback-loop': () => import('./components/feedback-loop/coprod-feedback-loop.js'),
  'coprod-my-involvement': () => import('./components/my-involvement/coprod-my-involvement.js'),
  'coprod-evaluation': () => import('./components/evaluation/coprod-evaluation.js'),
  'coprod-staff-opportunities': () => import('./components/staff-opportunities/coprod-staff-opportunities.js'),
  'coprod-staff-interest': () => import('./components/staff-interest/coprod-staff-interest.js'),
  'coprod-staff-feedback': () => import('./components/staff-feedback/coprod-staff-feedback.js'),
  'coprod-claim': () => import('./components/claim/coprod-claim.js'),
  'coprod-staff-claims': () => import('./components/staff-claims/coprod-staff-claims.js'),
  'coprod-staff-people': () => import('./components/staff-people/coprod-staff-people.js'),
  'coprod-staff-insights': () => import('./components/staff-insights/coprod-staff-insights.js'),
  'coprod-staff-workspace': () => import('./components/staff-workspace/coprod-staff-workspace.js'),
  'coprod-involvement-results': () => import('./components/involvement-results/coprod-involvement-results.js'),
  'coprod-staff-audit': () => import('./components/staff-audit/coprod-staff-audit.js'),
};

// The long profile form loads when it comes near the viewport (see loadWhenUsed). A widget the
// server rendered is read without its code: that loads on idle or on first use (src/core/load-later.ts,
// its own small file, fetched only by a page that has such a widget; if it cannot come, at once).
loadWhenUsed((tag) => elements[tag]?.(), 'coprod-profile-form', (element, load) =>
  void import('./core/load-later.js').then(
    (later) => later.loadLater(element, load),
    () => load(),
  ),
);
