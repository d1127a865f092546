/** What the person's page shows of "About you" before the questions load (issue 17): en, cy and easy read. */
import { defineMessages } from '../../../core/i18n.js';

export const equalityLazyMessages = defineMessages({
  'en-GB': {
    eqTitle: 'About you (optional)',
    eqIntro:
      'These questions help us see whether every part of the community takes part. Every question is optional.\nStaff never see your answers: they see only how many people gave each answer, and no small numbers. We never use them to choose who to invite.\nYou can change or delete your answers at any time.',
    eqOpen: 'Answer the questions about you',
  },
  cy: {
    eqTitle: 'Amdanoch chi (dewisol)',
    eqIntro:
      'Mae’r cwestiynau hyn yn ein helpu i weld a yw pob rhan o’r gymuned yn cymryd rhan. Mae pob cwestiwn yn ddewisol.\nNid yw’r staff byth yn gweld eich atebion: dim ond faint o bobl a roddodd bob ateb y maen nhw’n ei weld, a dim niferoedd bach. Nid ydym byth yn eu defnyddio i ddewis pwy i’w wahodd.\nGallwch newid neu ddileu eich atebion unrhyw bryd.',
    eqOpen: 'Ateb y cwestiynau amdanoch chi',
  },
  easyRead: {
    'en-GB': {
      eqTitle: 'About you. You do not have to answer.',
      eqIntro: 'These questions help us see if all kinds of people take part.\nYou do not have to answer any of them.\nStaff do not see your answers. They only see totals.\nWe never use your answers to choose people.\nYou can change or delete your answers.',
      eqOpen: 'Answer questions about you',
    },
    cy: {
      eqTitle: 'Amdanoch chi. Does dim rhaid i chi ateb.',
      eqIntro: 'Mae’r cwestiynau hyn yn ein helpu i weld a yw pob math o bobl yn cymryd rhan.\nDoes dim rhaid i chi ateb unrhyw un ohonyn nhw.\nNid yw’r staff yn gweld eich atebion. Dim ond cyfansymiau maen nhw’n eu gweld.\nNid ydym byth yn defnyddio eich atebion i ddewis pobl.\nGallwch newid neu ddileu eich atebion.',
      eqOpen: 'Ateb cwestiynau amdanoch chi',
    },
  },
});
