/** Every element the all-in-one module defines. A new widget adds its define module here. */
import './components/provider/coprod-provider.js';
import './components/staff-interest/coprod-staff-interest.js';
import './components/feedback-loop/coprod-feedback-loop.js';
import './components/staff-feedback/coprod-staff-feedback.js';
import './components/opportunity-list/coprod-opportunity-list.js';
import './components/opportunity/coprod-opportunity.js';
import './components/staff-opportunities/coprod-staff-opportunities.js';
import './components/profile-form/coprod-profile-form.js';
