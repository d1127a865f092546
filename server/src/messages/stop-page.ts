/**
 * The pages a message's "stop all messages" link opens (server/src/messages/routes.ts): asking, stopped (with
 * "Turn messages back on"), back on (with "Stop all messages" again), and "this link does not work". Each in the
 * person's language and reading level as their preferences keep them (English or Welsh; standard or easy read:
 * short sentences, one idea a line); a link that does not work names no one, so it has no reading level.
 */
import type { FastifyReply } from 'fastify';
import type { Language, ReadingLevel } from './templates.js';

interface Words {
  title: string;
  ask: string[];
  button: string;
  /** Stopped: what that means, that a form does not turn them on again (review S0), and how to. */
  done: string[];
  onButton: string;
  /** Turned on again with the same link. */
  on: string[];
}

const STANDARD: Record<Language, Words & { invalid: string[] }> = {
  'en-GB': {
    title: 'Stop messages',
    ask: ['<h1>Stop messages to this address?</h1>', '<p>We will not send you any more messages about what you told us or offered to do. You can still see everything on the council’s website.</p>'],
    button: 'Stop all messages',
    done: [
      '<h1>You will not get any more messages</h1>',
      '<p>We have stopped every message to this address, including any waiting to go. They stay off if you tell us something again, until you turn them on: with the button below, or from your own page on the council’s website.</p>',
    ],
    onButton: 'Turn messages back on',
    on: [
      '<h1>Your messages are back on</h1>',
      '<p>We will tell you again when something changes about what you told us or offered to do. Messages that were waiting when you stopped them will not be sent. You can stop them again at any time.</p>',
    ],
    invalid: ['<h1>This link does not work</h1>', '<p>Nothing was changed. Use the link in your latest message, or contact the council.</p>'],
  },
  cy: {
    title: 'Atal negeseuon',
    ask: ['<h1>Atal negeseuon i’r cyfeiriad hwn?</h1>', '<p>Ni fyddwn yn anfon rhagor o negeseuon atoch am yr hyn a ddywedoch wrthym neu’r hyn y gwnaethoch gynnig ei wneud. Gallwch weld popeth ar wefan y cyngor o hyd.</p>'],
    button: 'Atal pob neges',
    done: [
      '<h1>Ni fyddwch yn cael rhagor o negeseuon</h1>',
      '<p>Rydym wedi atal pob neges i’r cyfeiriad hwn, gan gynnwys unrhyw rai oedd yn aros i fynd. Maen nhw’n aros i ffwrdd os byddwch yn dweud rhywbeth wrthym eto, nes i chi eu troi ymlaen: gyda’r botwm isod, neu o’ch tudalen eich hun ar wefan y cyngor.</p>',
    ],
    onButton: 'Troi negeseuon yn ôl ymlaen',
    on: [
      '<h1>Mae eich negeseuon ymlaen eto</h1>',
      '<p>Byddwn yn dweud wrthych eto pan fydd rhywbeth yn newid am yr hyn a ddywedoch wrthym neu’r hyn y gwnaethoch gynnig ei wneud. Ni fydd negeseuon oedd yn aros pan wnaethoch eu hatal yn cael eu hanfon. Gallwch eu hatal eto unrhyw bryd.</p>',
    ],
    invalid: ['<h1>Nid yw’r ddolen hon yn gweithio</h1>', '<p>Ni newidiwyd dim. Defnyddiwch y ddolen yn eich neges ddiweddaraf, neu cysylltwch â’r cyngor.</p>'],
  },
};

const EASY_READ: Record<Language, Words> = {
  'en-GB': {
    title: 'Stop messages',
    ask: ['<h1>Stop our messages?</h1>', '<p>We will not send you any more messages.</p>', '<p>You can still see everything on the council’s website.</p>'],
    button: 'Stop all messages',
    done: [
      '<h1>We have stopped our messages</h1>',
      '<p>We will not send you any more messages.</p>',
      '<p>They stay off if you tell us something again.</p>',
      '<p>To turn them on, press the button below.</p>',
      '<p>Or go to your page on the council’s website.</p>',
    ],
    onButton: 'Turn messages back on',
    on: ['<h1>Your messages are back on</h1>', '<p>We will send you messages again.</p>', '<p>Messages that were waiting when you stopped them will not come.</p>', '<p>You can stop them again at any time.</p>'],
  },
  cy: {
    title: 'Atal negeseuon',
    ask: ['<h1>Atal ein negeseuon?</h1>', '<p>Fyddwn ni ddim yn anfon rhagor o negeseuon atoch chi.</p>', '<p>Gallwch chi weld popeth ar wefan y cyngor o hyd.</p>'],
    button: 'Atal pob neges',
    done: [
      '<h1>Rydyn ni wedi atal ein negeseuon</h1>',
      '<p>Fyddwn ni ddim yn anfon rhagor o negeseuon atoch chi.</p>',
      '<p>Maen nhw’n aros wedi’u diffodd os byddwch chi’n dweud rhywbeth wrthon ni eto.</p>',
      '<p>I’w troi nhw ymlaen, pwyswch y botwm isod.</p>',
      '<p>Neu ewch i’ch tudalen ar wefan y cyngor.</p>',
    ],
    onButton: 'Troi negeseuon yn ôl ymlaen',
    on: ['<h1>Mae eich negeseuon ymlaen eto</h1>', '<p>Byddwn ni’n anfon negeseuon atoch chi eto.</p>', '<p>Fydd negeseuon oedd yn aros pan wnaethoch chi eu hatal ddim yn dod.</p>', '<p>Gallwch chi eu hatal nhw eto unrhyw bryd.</p>'],
  },
};

/** Whose page it is: their language and reading level, and the signed link's token (the proof each button carries). */
export interface Reader {
  language: Language;
  readingLevel: ReadingLevel;
  token: string;
}

type Shown = 'ask' | 'done' | 'on';

/** `shown` for `reader`: the words, and the one button that changes it (stop, or turn back on), carrying the same proof. */
export function stopPage(reply: FastifyReply, reader: Reader, shown: Shown): FastifyReply {
  const words = (reader.readingLevel === 'easy-read' ? EASY_READ : STANDARD)[reader.language];
  const proof = `token=${encodeURIComponent(reader.token)}`;
  const button = (action: string, label: string) => `<form method="post" action="${action}?${proof}"><button type="submit">${label}</button></form>`;
  const body = shown === 'done' ? [...words.done, button('/resubscribe', words.onButton)] : [...words[shown], button('/unsubscribe', words.button)];
  return page(reply, 200, reader.language, body, words.title);
}

function page(reply: FastifyReply, status: number, language: Language, body: string[], title: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${body.join('')}</main></body></html>`);
}

/** "This link does not work" in each of `languages`, in that order: the first is the page's language and heading, each other one a section in its own `lang`. */
export function invalidPage(reply: FastifyReply, languages: readonly Language[]): FastifyReply {
  const [first, ...others] = languages;
  const body = [
    ...STANDARD[first!].invalid,
    ...others.map((language) => {
      const [heading, text] = STANDARD[language].invalid;
      return `<section lang="${language}">${heading!.replace(/h1>/g, 'h2>')}${text}</section>`;
    }),
  ];
  return page(reply, 400, first!, body, languages.map((language) => STANDARD[language].title).join(' / '));
}
