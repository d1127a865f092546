import { defineMessages, plural, shareWords } from '../../core/i18n.js';

/**
 * The words only an opportunity's own page says (the staff preview draws that page): the time, the
 * places left and the accessible ways to take part. They
 * load with card-full.ts, so a page of list cards does not carry them; every translator finds them
 * under its own catalog (`shareWords`), so the card's facts name them by key as before.
 */
export const cardFullMessages = defineMessages({
  'en-GB': {
    time: 'Time',
    access: 'Accessible ways to take part',
    places: 'Places',
    placesLeft: (left: number) => plural('en-GB', left, { one: '{n} place left', other: '{n} places left' }),
    waitingList: 'Waiting list: every place is taken, but you can still say you are interested',
  },
  cy: {
    time: 'Amser',
    access: 'Ffyrdd hygyrch o gymryd rhan',
    places: 'Lleoedd',
    placesLeft: (left: number) => plural('cy', left, { one: '{n} lle ar ôl', other: '{n} lle ar ôl' }),
    waitingList: 'Rhestr aros: mae pob lle wedi’i gymryd, ond gallwch chi ddweud bod gennych ddiddordeb o hyd',
  },
  easyRead: {
    'en-GB': {
      time: 'How long', access: 'Help to take part', places: 'Places',
      placesLeft: (left: number) => plural('en-GB', left, { one: 'There is {n} place left.', other: 'There are {n} places left.' }),
      waitingList: 'All the places are taken.\nYou can still say yes.\nWe will put you on the waiting list.',
    },
    cy: {
      time: 'Pa mor hir', access: 'Help i gymryd rhan', places: 'Lleoedd',
      placesLeft: (left: number) => plural('cy', left, { one: 'Mae {n} lle ar ôl.', other: 'Mae {n} lle ar ôl.' }),
      waitingList: 'Mae pob lle wedi’i gymryd.\nGallwch chi ddweud ie o hyd.\nByddwn ni’n eich rhoi ar y rhestr aros.',
    },
  },
});

shareWords(cardFullMessages);
