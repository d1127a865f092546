/**
 * The access vocabulary's names, apart from vocabulary.ts (which re-exports them), so a
 * page of opportunities, which names none of them, does not carry them (issue 19).
 */
import type { Access } from '../api/types.js';
import { defineMessages } from './i18n.js';
import type { Labels } from './vocabulary.js';

/**
 * The one access vocabulary (`ACCESS` in rules.ts), one label per id in each language. Each
 * label reads both as what an opportunity offers and as what a person needs.
 */
export const accessLabels: Labels<Access> = defineMessages({
  'en-GB': {
    easy_read: 'Easy read papers',
    bsl: 'British Sign Language interpreter',
    step_free: 'Step-free access',
    hearing_loop: 'Hearing loop',
    large_print: 'Large print',
    captions: 'Live captions',
    quiet_space: 'A quiet space',
    carer_or_supporter: 'A carer or supporter can come too',
    transport: 'Help with transport',
    interpreter: 'Language interpreter',
    breaks: 'Regular breaks',
    extra_time: 'Extra time',
    papers_in_advance: 'Papers sent in advance',
  },
  cy: {
    easy_read: 'Papurau hawdd eu darllen',
    bsl: 'Dehonglydd Iaith Arwyddion Prydain',
    step_free: 'Mynediad heb risiau',
    hearing_loop: 'Dolen glyw',
    large_print: 'Print bras',
    captions: 'Capsiynau byw',
    quiet_space: 'Lle tawel',
    carer_or_supporter: 'Gall gofalwr neu gefnogwr ddod hefyd',
    transport: 'Help gyda thrafnidiaeth',
    interpreter: 'Cyfieithydd iaith',
    breaks: 'Seibiannau rheolaidd',
    extra_time: 'Amser ychwanegol',
    papers_in_advance: 'Papurau wedi’u hanfon ymlaen llaw',
  },
});
