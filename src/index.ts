/**
 * The all-in-one module: one `<script type="module">` defines every element and upgrades
 * `data-coprod` placeholders. Each element also has a module of its own in `elements/`.
 */
export * from './api/index.js';
export { configure, type CoprodConfig, type Locale, type ReadingLevel, type TokenSource } from './core/config.js';
export { CoprodElement } from './core/coprod-element.js';
// Every `coprod-*` event's detail type; importing the package also types `addEventListener('coprod-…')`.
export type * from './events/events.js';
export { upgradePlaceholders } from './core/placeholders.js';
export { forgetDrafts } from './core/controllers/draft-keys.js';
// Staff sign-in (`staffSignIn`) is its own module, `coprod-widgets/staff-sign-in` (dist/staff-sign-in.js): public pages do not carry it.

// The element classes, for `instanceof`, typing a ref, or extending one. The staff elements,
// the opportunity page and the profile form load on demand, so only their types are exported
// here (their classes are in `elements/`).
export { CoprodProvider } from './components/provider/coprod-provider.js';
export { CoprodOpportunityList } from './components/opportunity-list/coprod-opportunity-list.js';
export type { CoprodOpportunity } from './components/opportunity/coprod-opportunity.js';
export type { CoprodProfileForm } from './components/profile-form/coprod-profile-form.js';
export { CoprodFeedbackLoop } from './components/feedback-loop/coprod-feedback-loop.js';
export type { CoprodMyInvolvement } from './components/my-involvement/coprod-my-involvement.js';
export type { CoprodEvaluation } from './components/evaluation/coprod-evaluation.js';
export type { CoprodStaffOpportunities } from './components/staff-opportunities/coprod-staff-opportunities.js';
export type { CoprodStaffInterest } from './components/staff-interest/coprod-staff-interest.js';
export type { CoprodStaffFeedback } from './components/staff-feedback/coprod-staff-feedback.js';
export type { CoprodClaim } from './components/claim/coprod-claim.js';
export type { CoprodStaffClaims } from './components/staff-claims/coprod-staff-claims.js';
export type { CoprodStaffPeople } from './components/staff-people/coprod-staff-people.js';
export type { CoprodStaffInsights } from './components/staff-insights/coprod-staff-insights.js';
export type { CoprodStaffWorkspace } from './components/staff-workspace/coprod-staff-workspace.js';
export type { CoprodInvolvementResults } from './components/involvement-results/coprod-involvement-results.js';
export type { CoprodStaffAudit } from './components/staff-audit/coprod-staff-audit.js';

/** @internal For the reference server's embed (server/src/embed/): settles once the strings a locale and reading level need have loaded. */
export { readingsReady } from './core/i18n.js';

// Defines the elements, and from then on upgrades placeholders and loads on-demand elements as they appear.
import './elements.js';
