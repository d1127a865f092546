import { defineMessages } from '../../core/i18n.js';

/**
 * The reasons staff give for looking at a person's records, written once: staff-people's "Why are you looking?" offers
 * the first four, and staff-audit shows the one given (with a merged profile's second copy), in the same words. Short
 * enough to show whole in a select at 320 px (staff-people's test).
 */
export const lookReasonMessages = defineMessages({
  'en-GB': {
    'reason_find-people': 'To find people to invite',
    'reason_person-asked': 'At the person’s request',
    reason_contact: 'To contact them',
    reason_records: 'To keep our records right',
    reason_duplicate: 'A second copy of the same profile',
  },
  cy: {
    'reason_find-people': 'I wahodd pobl',
    'reason_person-asked': 'Ar gais yr unigolyn',
    reason_contact: 'I gysylltu â nhw',
    reason_records: 'I gadw ein cofnodion yn gywir',
    reason_duplicate: 'Ail gopi o’r un proffil',
  },
  easyRead: {
    'en-GB': {
      reason_records: 'To keep records right',
    },
    cy: {
      reason_records: 'I gywiro cofnodion',
    },
  },
});
