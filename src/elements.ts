/**
 * Every element the all-in-one module defines. A new widget adds its define module here:
 * public widgets load with the module; staff widgets, which a public page never shows,
 * load on demand the first time their tag appears, and so do the profile form and the
 * opportunity page (the detail view with "I'm interested"), which a page shows on its own
 * or the list opens in place (about 12 KB and 6 KB gzip).
 */
import './components/provider/coprod-provider.js';
import './components/opportunity-list/coprod-opportunity-list.js';
import './components/feedback-loop/coprod-feedback-loop.js';
import { loadWhenUsed } from './core/load-when-used.js';

const onDemand: Record<string, () => Promise<unknown>> = {
  // One opportunity in full: on its own page, or opened in place by the list (which imports it then too).
  'coprod-opportunity': () => import('./components/opportunity/coprod-opportunity.js'),
  'coprod-profile-form': () => import('./components/profile-form/coprod-profile-form.js'),
  'coprod-staff-opportunities': () => import('./components/staff-opportunities/coprod-staff-opportunities.js'),
  'coprod-staff-interest': () => import('./components/staff-interest/coprod-staff-interest.js'),
  'coprod-staff-feedback': () => import('./components/staff-feedback/coprod-staff-feedback.js'),
  // The person's own page is on one page of a site only: it loads when that page shows it.
  'coprod-my-involvement': () => import('./components/my-involvement/coprod-my-involvement.js'),
  // Valued and paid (issue 16): the person's claims (inside their own page) and the finance queue.
  'coprod-claim': () => import('./components/claim/coprod-claim.js'),
  'coprod-staff-claims': () => import('./components/staff-claims/coprod-staff-claims.js'),
  // "How well did we involve you?" opens from a link in a message, on one page only.
  'coprod-evaluation': () => import('./components/evaluation/coprod-evaluation.js'),
  // The right people (issue 18): the pool, suggestions and invitations for staff with the people role.
  'coprod-staff-people': () => import('./components/staff-people/coprod-staff-people.js'),
  // How well did we involve people (issue 17): results per activity and across the programme.
  'coprod-staff-insights': () => import('./components/staff-insights/coprod-staff-insights.js'),
  // The staff workspace (issue 14): its sections load their widgets when first shown.
  'coprod-staff-workspace': () => import('./components/staff-workspace/coprod-staff-workspace.js'),
  // What people said about how well they were involved, published (issue 17): on the public results page and the person's own page.
  'coprod-involvement-results': () => import('./components/involvement-results/coprod-involvement-results.js'),
  // The audit trail for staff with the auditor role (issue 20).
  'coprod-staff-audit': () => import('./components/staff-audit/coprod-staff-audit.js'),
};

// The long profile form loads when it comes near the viewport (see loadWhenUsed).
loadWhenUsed((tag) => onDemand[tag]?.(), 'coprod-profile-form');
