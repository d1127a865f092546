/**
 * An opened feedback item's own words (internal/timeline.ts loads them with it): English, Welsh
 * and easy read. What the board's cards share with it (status, facts, "I said this too") stays
 * in the board's catalog.
 */
import type { FeedbackUpdateKind } from '../../../api/types.js';
import { defineMessages } from '../../../core/i18n.js';

const updateKindsEn: Record<FeedbackUpdateKind, string> = {
  heard: 'What we heard',
  doing: 'What we are doing',
  changed: 'What we changed',
  not_changed: 'Why we could not change it',
};
const updateKindsCy: Record<FeedbackUpdateKind, string> = {
  heard: 'Beth glywson ni',
  doing: 'Beth rydym yn ei wneud',
  changed: 'Beth wnaethom ei newid',
  not_changed: 'Pam na allem ei newid',
};

export const timelineMessages = defineMessages({
  'en-GB': {
    itemHeading: (reference: string) => `Feedback ${reference}`,
    timelineHeading: 'What happened',
    whatWasSaid: 'What was said',
    postedBy: (author: string) => `By ${author}`,
    linksLabel: 'Links',
    updateKind: (kind: FeedbackUpdateKind) => updateKindsEn[kind],
    noUpdatesYet: 'We have not added an update yet. We will add one here.',
  },
  cy: {
    itemHeading: (reference: string) => `Adborth ${reference}`,
    timelineHeading: 'Beth ddigwyddodd',
    whatWasSaid: 'Beth a ddywedwyd',
    postedBy: (author: string) => `Gan ${author}`,
    linksLabel: 'Dolenni',
    updateKind: (kind: FeedbackUpdateKind) => updateKindsCy[kind],
    noUpdatesYet: 'Nid ydym wedi ychwanegu diweddariad eto. Byddwn yn ychwanegu un yma.',
  },
  easyRead: {
    'en-GB': {
      noUpdatesYet: 'There is no news yet.\nWe will add it here.',
      whatWasSaid: 'What the person said',
      postedBy: (author: string) => `From ${author}`,
      linksLabel: 'Find out more',
    },
    cy: {
      noUpdatesYet: 'Does dim newyddion eto.\nByddwn yn ei ychwanegu yma.',
      whatWasSaid: 'Beth ddywedodd y person',
      postedBy: (author: string) => `Gan ${author}`,
      linksLabel: 'Rhagor o wybodaeth',
    },
  },
  easyReadSame: ['itemHeading', 'timelineHeading', 'updateKind'],
});
