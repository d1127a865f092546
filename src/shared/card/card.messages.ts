import { defineMessages } from '../../core/i18n.js';

/** The words on an opportunity card and its key facts, shared by the list, the opportunity page and the staff preview (the words only the opportunity page says: card-full.messages.ts). */
export const cardMessages = defineMessages({
  'en-GB': {
    kind: 'What it is',
    kind_training: 'Training for people who take part',
    kind_support: 'A support session for people who take part',
    when: 'When',
    where: 'Where',
    pay: 'Pay',
    promise: 'How we decide',
    closing: 'Closing date',
    inEnglishOnly: 'In English only',
    partlyInEnglish: 'Some of this is in English only.',
    // The closing date on a card (closing-words.ts closingInWords): from 2 to 7 days, else the date.
    closed: 'Closed',
    closesToday: 'Closes today',
    closesTomorrow: 'Closes tomorrow',
    closesIn: (days: number) => `Closes in ${days} days`,
    closes: (date: string) => `Closes ${date}`,
  },
  cy: {
    kind: 'Beth yw hwn',
    kind_training: 'Hyfforddiant i bobl sy’n cymryd rhan',
    kind_support: 'Sesiwn gymorth i bobl sy’n cymryd rhan',
    when: 'Pryd',
    where: 'Ble',
    pay: 'Tâl',
    promise: 'Sut rydym yn penderfynu',
    closing: 'Dyddiad cau',
    inEnglishOnly: 'Yn Saesneg yn unig',
    partlyInEnglish: 'Mae rhywfaint o hwn yn Saesneg yn unig.',
    closed: 'Wedi cau',
    closesToday: 'Yn cau heddiw',
    closesTomorrow: 'Yn cau yfory',
    closesIn: (days: number) => `Yn cau mewn ${days} diwrnod`,
    closes: (date: string) => `Yn cau ${date}`,
  },
  easyRead: {
    'en-GB': {
      kind_training: 'This is training.\nIt helps you take part.',
      kind_support: 'This is a support session.\nYou can get help here.',
      pay: 'Money', promise: 'Who decides', closing: 'Last day to say yes',
      inEnglishOnly: 'This is only in English',
      partlyInEnglish: 'Some words here are only in English.',
    },
    cy: {
      kind_training: 'Hyfforddiant yw hwn.\nMae’n eich helpu i gymryd rhan.',
      kind_support: 'Sesiwn gymorth yw hon.\nGallwch gael help yma.',
      pay: 'Arian', promise: 'Pwy sy’n penderfynu', closing: 'Diwrnod olaf i ddweud ie',
      inEnglishOnly: 'Mae hwn yn Saesneg yn unig',
      partlyInEnglish: 'Mae rhai geiriau yma yn Saesneg yn unig.',
    },
  },
  easyReadSame: ['kind', 'when', 'where', 'closed', 'closesToday', 'closesTomorrow', 'closesIn', 'closes'],
});
