import { defineMessages } from '../../core/i18n.js';

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
  },
  easyRead: {
    'en-GB': { time: 'How long', pay: 'Money', promise: 'Who decides', closing: 'Last day to say yes', access: 'Help to take part' },
    cy: { time: 'Pa mor hir', pay: 'Arian', promise: 'Pwy sy’n penderfynu', closing: 'Diwrnod olaf i ddweud ie', access: 'Help i gymryd rhan' },
  },
});
