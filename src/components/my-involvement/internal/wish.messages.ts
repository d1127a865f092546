/**
 * "Invitations to take part" in the person's message preferences (issue 18 item 3): English,
 * Welsh and easy read for every key. Loaded with the wish's fields (wish-part.ts).
 */
import { defineMessages } from '../../../core/i18n.js';

export const wishMessages = defineMessages({
  'en-GB': {
    wishLegend: 'Invitations to take part',
    wishHint: 'Council staff may invite you to an opportunity that suits your profile.',
    wishAll: 'Send me invitations',
    wishSome: 'Only about these topics',
    wishNone: 'Do not send me invitations',
    wishTopics: 'Topics',
    wishTopicsNeeded: 'Choose at least one topic, or choose another answer',
  },
  cy: {
    wishLegend: 'Gwahoddiadau i gymryd rhan',
    wishHint: 'Gall staff y cyngor eich gwahodd i gyfle sy’n addas i’ch proffil.',
    wishAll: 'Anfonwch wahoddiadau ataf',
    wishSome: 'Dim ond am y pynciau hyn',
    wishNone: 'Peidiwch ag anfon gwahoddiadau ataf',
    wishTopics: 'Pynciau',
    wishTopicsNeeded: 'Dewiswch o leiaf un pwnc, neu dewiswch ateb arall',
  },
  easyRead: {
    'en-GB': {
      wishLegend: 'Do you want us to ask you to take part?',
      wishHint: 'We may ask you to help with something that fits what you told us.',
      wishAll: 'Yes, ask me',
      wishSome: 'Only ask me about these things',
      wishNone: 'No, do not ask me',
      wishTopics: 'Things you care about',
      wishTopicsNeeded: 'Tick at least one thing. Or choose a different answer.',
    },
    cy: {
      wishLegend: 'Ydych chi eisiau i ni ofyn i chi gymryd rhan?',
      wishHint: 'Efallai y byddwn yn gofyn i chi helpu gyda rhywbeth sy’n addas i’r hyn a ddywedoch wrthym.',
      wishAll: 'Ydw, gofynnwch i mi',
      wishSome: 'Dim ond gofyn i mi am y pethau hyn',
      wishNone: 'Na, peidiwch â gofyn i mi',
      wishTopics: 'Pethau sy’n bwysig i chi',
      wishTopicsNeeded: 'Ticiwch o leiaf un peth. Neu dewiswch ateb gwahanol.',
    },
  },
});
