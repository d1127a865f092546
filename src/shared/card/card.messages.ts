import { defineMessages, plural } from '../../core/i18n.js';

/** The words on an opportunity card, shared by the list, the opportunity and the staff preview. */
export const cardMessages = defineMessages({
  'en-GB': {
    when: 'When',
    where: 'Where',
    time: 'Time',
    pay: 'Pay',
    promise: 'How we decide',
    closing: 'Closing date',
    access: 'Accessible ways to take part',
    organisation: (name: string) => `Run by ${name}`,
    places: 'Places',
    placesLeft: (left: number) => plural('en-GB', left, { one: '{n} place left', other: '{n} places left' }),
    waitingList: 'Waiting list: every place is taken, but you can still say you are interested',
    inEnglishOnly: 'In English only',
    partlyInEnglish: 'Some of this is in English only.',
  },
  cy: {
    when: 'Pryd',
    where: 'Ble',
    time: 'Amser',
    pay: 'Tâl',
    promise: 'Sut rydym yn penderfynu',
    closing: 'Dyddiad cau',
    access: 'Ffyrdd hygyrch o gymryd rhan',
    organisation: (name: string) => `Yn cael ei redeg gan ${name}`,
    places: 'Lleoedd',
    placesLeft: (left: number) => plural('cy', left, { one: '{n} lle ar ôl', other: '{n} lle ar ôl' }),
    waitingList: 'Rhestr aros: mae pob lle wedi’i gymryd, ond gallwch chi ddweud bod gennych ddiddordeb o hyd',
    inEnglishOnly: 'Yn Saesneg yn unig',
    partlyInEnglish: 'Mae rhywfaint o hwn yn Saesneg yn unig.',
  },
  easyRead: {
    'en-GB': {
      time: 'How long', pay: 'Money', promise: 'Who decides', closing: 'Last day to say yes', access: 'Help to take part', places: 'Places',
      placesLeft: (left: number) => plural('en-GB', left, { one: 'There is {n} place left.', other: 'There are {n} places left.' }),
      waitingList: 'All the places are taken.\nYou can still say yes.\nWe will put you on the waiting list.',
      organisation: (name: string) => `${name} runs this`,
      inEnglishOnly: 'This is only in English',
      partlyInEnglish: 'Some words here are only in English.',
    },
    cy: {
      time: 'Pa mor hir', pay: 'Arian', promise: 'Pwy sy’n penderfynu', closing: 'Diwrnod olaf i ddweud ie', access: 'Help i gymryd rhan', places: 'Lleoedd',
      placesLeft: (left: number) => plural('cy', left, { one: 'Mae {n} lle ar ôl.', other: 'Mae {n} lle ar ôl.' }),
      waitingList: 'Mae pob lle wedi’i gymryd.\nGallwch chi ddweud ie o hyd.\nByddwn ni’n eich rhoi ar y rhestr aros.',
      organisation: (name: string) => `Mae ${name} yn rhedeg hwn`,
      inEnglishOnly: 'Mae hwn yn Saesneg yn unig',
      partlyInEnglish: 'Mae rhai geiriau yma yn Saesneg yn unig.',
    },
  },
  easyReadSame: ['when', 'where'],
});
