import { defineMessages } from '../i18n.js';

/**
 * The file control's own words (the button and what it says when no file is chosen), kept out of
 * the core form words so a widget without a file field does not carry them: a widget that uses
 * `fileField` merges this catalog into its own (`mergeCatalogs(fileMessages, own)`).
 * Welsh as GOV.UK's file upload says it ("Dewiswch ffeil"); "Dim ffeil wedi’i dewis" agrees with
 * feminine "ffeil".
 */
export const fileMessages = defineMessages({
  'en-GB': {
    chooseFile: 'Choose a file',
    noFileChosen: 'No file chosen',
  },
  cy: {
    chooseFile: 'Dewiswch ffeil',
    noFileChosen: 'Dim ffeil wedi’i dewis',
  },
  easyRead: {
    'en-GB': {
      noFileChosen: 'No file yet',
    },
    cy: {
      noFileChosen: 'Dim ffeil eto',
    },
  },
  easyReadSame: ['chooseFile'],
});

export type FileStrings = (typeof fileMessages)['en-GB'];
