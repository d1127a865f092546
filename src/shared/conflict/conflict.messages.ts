import { defineMessages } from '../../core/i18n.js';

/** "Someone else changed this since you opened it": the words of the shared conflict view. */
export const conflictMessages = defineMessages({
  'en-GB': {
    conflictTitle: 'Someone else changed this since you opened it',
    conflictBody: 'Nothing has been saved yet. Their version is beside yours. Choose what to keep.',
    conflictField: 'Question',
    conflictTheirs: 'Their version',
    conflictMine: 'Your version',
    conflictEmpty: '(empty)',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    mergeFields: 'Merge by field',
    mergeHint: 'Merging keeps every change each of you made. Where you both changed the same question, choose which to keep:',
    useMine: 'Use mine',
    useTheirs: 'Use theirs',
    tookTheirs: 'Showing their version now. Your changes were not saved.',
  },
  cy: {
    conflictTitle: 'Mae rhywun arall wedi newid hwn ers i chi ei agor',
    conflictBody: 'Does dim wedi’i gadw eto. Mae eu fersiwn nhw wrth ymyl eich un chi. Dewiswch beth i’w gadw.',
    conflictField: 'Cwestiwn',
    conflictTheirs: 'Eu fersiwn nhw',
    conflictMine: 'Eich fersiwn chi',
    conflictEmpty: '(gwag)',
    keepMine: 'Cadw fy un i',
    takeTheirs: 'Cymryd eu un nhw',
    mergeFields: 'Cyfuno fesul cwestiwn',
    mergeHint: 'Mae cyfuno’n cadw pob newid a wnaeth pob un ohonoch. Lle newidioch chi’ch dau yr un cwestiwn, dewiswch pa un i’w gadw:',
    useMine: 'Defnyddio fy un i',
    useTheirs: 'Defnyddio eu un nhw',
    tookTheirs: 'Yn dangos eu fersiwn nhw nawr. Ni chafodd eich newidiadau eu cadw.',
  },
  easyRead: {
    'en-GB': {
      conflictTitle: 'Someone else changed this',
      conflictBody: 'Someone else changed this while you had it open.\nWe have not saved your changes yet.\nLook at both versions.\nChoose which one to keep.',
      mergeHint: 'Merge keeps the changes you both made.\nIf you both changed the same thing, choose one:',
      tookTheirs: 'You are now looking at their version.\nYour changes were not saved.',
    },
    cy: {
      conflictTitle: 'Mae rhywun arall wedi newid hwn',
      conflictBody: 'Newidiodd rhywun arall hwn tra oedd ar agor gennych chi.\nNid ydym wedi cadw eich newidiadau eto.\nEdrychwch ar y ddau fersiwn.\nDewiswch pa un i’w gadw.',
      mergeHint: 'Mae cyfuno’n cadw’r newidiadau a wnaethoch chi’ch dau.\nOs newidioch chi’ch dau yr un peth, dewiswch un:',
      tookTheirs: 'Rydych chi nawr yn edrych ar eu fersiwn nhw.\nNi chafodd eich newidiadau eu cadw.',
    },
  },
});
