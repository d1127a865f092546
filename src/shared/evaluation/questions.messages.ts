/**
 * The co-evaluation's questions (issue 17), in one place: the recipe's ten ingredients said by the
 * person, the five answers and "not for this activity", the ladder question and the one change. The
 * person answers them on <coprod-evaluation>; staff type the same questions from a paper form or a
 * call on <coprod-staff-insights>. What may be answered is in src/api/rules.ts (INGREDIENTS,
 * AGREEMENTS, FELT_ANSWERS); the rungs' words are src/core/ladder.ts.
 */
import { defineMessages } from '../../core/i18n.js';
import type { Agreement, Ingredient } from '../../api/types.js';

type Statements = Record<Ingredient, string>;
type Answers = Record<Agreement, string>;

/** The recipe's ten ingredients, said by the person ("I ..."), as the recipe says them. */
const statementsEn: Statements = {
  centre: 'I was at the centre of decisions about me',
  power: 'Power was shared between me and the professionals',
  clarity: 'It was clear what I bring to the table: my skills, experience and ambitions',
  relationships: 'I could build trusted relationships with the professionals',
  voice: 'My voice was considered, listened to and respected',
  diversity: 'I could see different views and experiences, and all parts of my community',
  valued: 'My contribution and experience were valued and paid for',
  accessible: 'There were accessible ways to take part, based on my own needs',
  leadership: 'I could see clear leadership for co-production in the council',
  outcomes: 'Working together will improve outcomes for people like me',
};
const statementsCy: Statements = {
  centre: 'Roeddwn i wrth galon penderfyniadau amdana i',
  power: 'Roedd grym yn cael ei rannu rhyngof fi a’r gweithwyr proffesiynol',
  clarity: 'Roedd yn glir beth rydw i’n ei gynnig: fy sgiliau, fy mhrofiad a fy uchelgeisiau',
  relationships: 'Roeddwn i’n gallu meithrin perthynas o ymddiriedaeth gyda’r gweithwyr proffesiynol',
  voice: 'Cafodd fy llais ei ystyried, ei glywed a’i barchu',
  diversity: 'Roeddwn i’n gallu gweld gwahanol safbwyntiau a phrofiadau, a phob rhan o fy nghymuned',
  valued: 'Cafodd fy nghyfraniad a fy mhrofiad eu gwerthfawrogi a’u talu amdanynt',
  accessible: 'Roedd ffyrdd hygyrch o gymryd rhan, yn seiliedig ar fy anghenion fy hun',
  leadership: 'Roeddwn i’n gallu gweld arweinyddiaeth glir ar gyfer cydgynhyrchu yn y cyngor',
  outcomes: 'Bydd gweithio gyda’n gilydd yn gwella canlyniadau i bobl fel fi',
};
const statementsEasyEn: Statements = {
  centre: 'I was part of choices about me.',
  power: 'We shared the power.',
  clarity: 'They knew what I am good at.',
  relationships: 'I could trust the staff.',
  voice: 'They listened to me.',
  diversity: 'I saw lots of different people.',
  valued: 'They valued me. They paid me.',
  accessible: 'It was easy for me to take part.',
  leadership: 'The council leaders cared about this.',
  outcomes: 'Working together will make things better.',
};
const statementsEasyCy: Statements = {
  centre: 'Roeddwn i’n rhan o ddewisiadau amdana i.',
  power: 'Fe wnaethon ni rannu’r grym.',
  clarity: 'Roedden nhw’n gwybod beth rydw i’n dda am ei wneud.',
  relationships: 'Roeddwn i’n gallu ymddiried yn y staff.',
  voice: 'Fe wnaethon nhw wrando arna i.',
  diversity: 'Fe welais i lawer o wahanol bobl.',
  valued: 'Fe wnaethon nhw fy ngwerthfawrogi. Fe wnaethon nhw fy nhalu.',
  accessible: 'Roedd yn hawdd i mi gymryd rhan.',
  leadership: 'Roedd hyn yn bwysig i arweinwyr y cyngor.',
  outcomes: 'Bydd gweithio gyda’n gilydd yn gwneud pethau’n well.',
};

const answersEn: Answers = { strongly_disagree: 'Strongly disagree', disagree: 'Disagree', neither: 'Neither agree nor disagree', agree: 'Agree', strongly_agree: 'Strongly agree', not_for_this: 'Not for this activity' };
const answersCy: Answers = { strongly_disagree: 'Anghytuno’n gryf', disagree: 'Anghytuno', neither: 'Ddim yn cytuno nac yn anghytuno', agree: 'Cytuno', strongly_agree: 'Cytuno’n gryf', not_for_this: 'Ddim ar gyfer y gweithgaredd hwn' };
const answersEasyEn: Answers = { strongly_disagree: 'No, not at all', disagree: 'No', neither: 'Not sure', agree: 'Yes', strongly_agree: 'Yes, very much', not_for_this: 'This was not part of it' };
const answersEasyCy: Answers = { strongly_disagree: 'Na, dim o gwbl', disagree: 'Na', neither: 'Ddim yn siŵr', agree: 'Ie', strongly_agree: 'Ie, yn fawr iawn', not_for_this: 'Doedd hyn ddim yn rhan ohono' };

export const evaluationQuestionMessages = defineMessages({
  'en-GB': {
    statementLegend: 'How much do you agree?',
    statement: (i: Ingredient) => statementsEn[i],
    answer: (a: Agreement) => answersEn[a],
    feltLegend: 'Which of these did it feel like?',
    notSure: 'I am not sure',
    changeLabel: 'What one thing should change?',
  },
  cy: {
    statementLegend: 'Faint ydych chi’n cytuno?',
    statement: (i: Ingredient) => statementsCy[i],
    answer: (a: Agreement) => answersCy[a],
    feltLegend: 'Sut roedd yn teimlo?',
    notSure: 'Dydw i ddim yn siŵr',
    changeLabel: 'Beth yw’r un peth a ddylai newid?',
  },
  easyRead: {
    'en-GB': {
      statementLegend: 'Is this true?',
      statement: (i: Ingredient) => statementsEasyEn[i],
      answer: (a: Agreement) => answersEasyEn[a],
      feltLegend: 'How did it feel?',
      changeLabel: 'What should we change?',
    },
    cy: {
      statementLegend: 'Ydy hyn yn wir?',
      statement: (i: Ingredient) => statementsEasyCy[i],
      answer: (a: Agreement) => answersEasyCy[a],
      feltLegend: 'Sut roedd yn teimlo?',
      changeLabel: 'Beth ddylen ni ei newid?',
    },
  },
  easyReadSame: ['notSure'],
});
