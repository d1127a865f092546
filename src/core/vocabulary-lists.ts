import type { ContactMethod, FeedbackStatus, InterestStatus, OpportunityStatus, Weekday } from '../api/types.js';
import { defineMessages } from './i18n.js';
import type { IconName } from './icons.js';
import type { Labels } from './vocabulary.js';

/** The fixed lists a page of opportunities does not name: read them through vocabulary.ts, which re-exports them. */
export const contactMethods: Labels<ContactMethod> = defineMessages({
  'en-GB': {
    email: 'Email',
    phone: 'Phone call',
    text: 'Text message',
    post: 'Post',
    supporter: 'Through a supporter',
  },
  cy: {
    email: 'E-bost',
    phone: 'Galwad ffôn',
    text: 'Neges destun',
    post: 'Post',
    supporter: 'Drwy gefnogwr',
  },
});

export const weekdays: Labels<Weekday> = defineMessages({
  'en-GB': {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  cy: {
    // U+00A0: a day's name is one name, never cut across two lines at 320 px.
    mon: 'Dydd\u00a0Llun',
    tue: 'Dydd\u00a0Mawrth',
    wed: 'Dydd\u00a0Mercher',
    thu: 'Dydd\u00a0Iau',
    fri: 'Dydd\u00a0Gwener',
    sat: 'Dydd\u00a0Sadwrn',
    sun: 'Dydd\u00a0Sul',
  },
});

export const opportunityStatuses: Labels<OpportunityStatus> = defineMessages({
  'en-GB': {
    draft: 'Draft',
    open: 'Open',
    closed: 'Closed',
    filled: 'All places filled',
    cancelled: 'Cancelled',
  },
  cy: {
    draft: 'Drafft',
    open: 'Ar agor',
    closed: 'Ar gau',
    filled: 'Pob lle wedi’i lenwi',
    cancelled: 'Wedi’i ganslo',
  },
});

export const feedbackStatuses: Labels<FeedbackStatus> = defineMessages({
  'en-GB': {
    received: 'Received',
    considering: 'Being considered',
    changed: 'We did: changed',
    not_changed: 'Not changed: why not',
  },
  cy: {
    received: 'Wedi’i dderbyn',
    considering: 'Yn cael ei ystyried',
    changed: 'Gwnaethom: newidiwyd',
    not_changed: 'Heb newid: pam ddim',
  },
});

/** Status is never told by colour alone: each has an icon and words. */
export const feedbackStatusIcons: Record<FeedbackStatus, IconName> = {
  received: 'mail',
  considering: 'clock',
  changed: 'check',
  not_changed: 'cross',
};

export const interestStatuses: Labels<InterestStatus> = defineMessages({
  'en-GB': {
    new: 'New',
    contacted: 'Contacted',
    joined: 'Joined',
    not_this_time: 'Not this time',
  },
  cy: {
    new: 'Newydd',
    contacted: 'Wedi cysylltu',
    joined: 'Wedi ymuno',
    not_this_time: 'Nid y tro hwn',
  },
});
