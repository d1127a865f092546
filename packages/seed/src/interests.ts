import type { Access, ContactPreference, Interest, InterestStatus } from './contract.js';
import { at } from './helpers.js';

interface Spec {
  reference: string;
  opportunityId: string;
  name: string;
  contact: ContactPreference;
  /** Ticked from the one access vocabulary. */
  needs?: Access[];
  accessNeeds?: string;
  message?: string;
  status: InterestStatus;
  note?: string;
  /** Days before `now`, and the hour (UTC) it came in. */
  created: [days: number, hour: number];
  /** When the status first left "new" (days before `now`), for non-new ones. */
  answered?: number;
  /** Last change, if later than `answered`. */
  updated?: number;
}

function build(now: Date, spec: Spec): Interest {
  const { reference, created, answered, updated, note, status, ...rest } = spec;
  const [createdDays, createdHour] = created;
  const createdAt = at(now, -createdDays, createdHour, 12);
  const firstAnsweredAt = status === 'new' || answered === undefined ? null : at(now, -answered, 11, 5);
  const updatedAt =
    updated !== undefined ? at(now, -updated, 15, 30) : (firstAnsweredAt ?? createdAt);
  return {
    id: reference.toLowerCase(),
    reference,
    ...rest,
    status,
    note: note ?? '',
    consent: true,
    createdAt,
    updatedAt,
    firstAnsweredAt,
  };
}

/** Expressions of interest, across five opportunities, in every status. */
export function createInterests(now: Date): Interest[] {
  const specs: Spec[] = [
    // ---------------------------------------------- Carers' strategy (4)
    {
      reference: 'INT-7K3Q',
      opportunityId: 'opp-carers-strategy',
      name: 'Rosa Quennell',
      contact: { method: 'email', detail: 'rosa.quennell@example.com' },
      message:
        'I have cared for my husband since his stroke six years ago. I would love to help, but I can only do mornings.',
      status: 'joined',
      note: 'Called Rosa. Replacement care booked for all four workshops through the Carers Centre.',
      created: [16, 8],
      answered: 15,
      updated: 9,
    },
    {
      reference: 'INT-4M9T',
      opportunityId: 'opp-carers-strategy',
      name: 'Idris Blackthorn',
      contact: { method: 'phone', detail: '07700 900 312' },
      needs: ['hearing_loop', 'papers_in_advance'],
      accessNeeds: 'I have a hearing aid. Please make sure the loop is working and people speak one at a time.',
      status: 'contacted',
      note: 'Left a voicemail. Will try again on Thursday afternoon as he asked.',
      created: [6, 19],
      answered: 4,
    },
    {
      reference: 'INT-9P2W',
      opportunityId: 'opp-carers-strategy',
      name: 'Mei Lin Ashdown',
      contact: { method: 'text', detail: '07700 900 871' },
      message: 'I look after my mum and work full time. Can I join online?',
      status: 'new',
      created: [12, 21],
    },
    {
      reference: 'INT-3H6C',
      opportunityId: 'opp-carers-strategy',
      name: 'Kofi Brightwater',
      contact: { method: 'email', detail: 'kofi.b@example.net' },
      message: 'I am 19 and I care for my younger brother. Is this for young carers too?',
      status: 'new',
      created: [1, 22],
    },
    // ---------------------------------------------- Director interview panel (3)
    {
      reference: 'INT-6V8N',
      opportunityId: 'opp-director-interview-panel',
      name: 'Agnieszka Hollins',
      contact: { method: 'email', detail: 'a.hollins@example.org' },
      message: 'I sat on the panel for the Head of Commissioning last year and found it rewarding.',
      needs: ['step_free'],
      accessNeeds: 'I use a wheelchair. I need an accessible toilet nearby.',
      status: 'joined',
      note: 'Confirmed. Taxi booked both days. Accessible toilet is next to Committee Room 2.',
      created: [13, 10],
      answered: 12,
      updated: 5,
    },
    {
      reference: 'INT-2B5X',
      opportunityId: 'opp-director-interview-panel',
      name: 'Pat Underhill',
      contact: {
        method: 'post',
        detail: '12 Willowbank Terrace, Northgate, Anytown AT3 6WT',
      },
      needs: ['large_print'],
      accessNeeds: 'Large print, please (at least 18 point).',
      message: 'My daughter helped me fill this in. I have had home care for three years.',
      status: 'not_this_time',
      note:
        'Pat cannot make the interview day because of a hospital appointment. Wrote to Pat in large print and added them to the list for the next panel.',
      created: [11, 14],
      answered: 7,
    },
    {
      reference: 'INT-8F4R',
      opportunityId: 'opp-director-interview-panel',
      name: 'Callum Featherstone',
      contact: { method: 'phone', detail: '01632 960 733' },
      status: 'new',
      created: [2, 9],
    },
    // ---------------------------------------------- Mystery shopping (3)
    {
      reference: 'INT-5T7J',
      opportunityId: 'opp-mystery-shop-day-service',
      name: 'Yasmin Okafor-Reeve',
      contact: {
        method: 'supporter',
        detail: 'My support worker, Tegan Marsh at Oakfield Supported Living, 01632 960 812 (weekdays 9 to 5)',
      },
      needs: ['carer_or_supporter', 'quiet_space'],
      accessNeeds: 'I need someone with me. I find new places hard, so I would like to see photos first.',
      message: 'I used to go to a day centre and I know what good looks like.',
      status: 'contacted',
      note: 'Spoke to Tegan. Sending photos of the day centre. Yasmin would be paired with Derek.',
      created: [9, 13],
      answered: 8,
      updated: 3,
    },
    {
      reference: 'INT-1D9G',
      opportunityId: 'opp-mystery-shop-day-service',
      name: 'Derek Penrose',
      contact: { method: 'email', detail: 'derek.penrose@example.com' },
      status: 'joined',
      note: 'Booked on the briefing session.',
      created: [10, 11],
      answered: 9,
    },
    {
      reference: 'INT-6W3K',
      opportunityId: 'opp-mystery-shop-day-service',
      name: 'Shanice Wintergreen',
      contact: { method: 'text', detail: '07700 900 266' },
      message: 'My nan goes to Oakfield on Tuesdays.',
      status: 'not_this_time',
      note:
        'Shanice knows staff at the centre well, so she would not be a mystery shopper. Thanked her and suggested the day services survey instead.',
      created: [8, 18],
      answered: 6,
    },
    // ---------------------------------------------- Home care commissioning (2)
    {
      reference: 'INT-4X2H',
      opportunityId: 'opp-home-care-commissioning',
      name: 'Tomasz Kettle',
      contact: { method: 'email', detail: 'tkettle@example.com' },
      accessNeeds: 'Dyslexia: I would like the papers a week early and in a cream colour if possible.',
      message: 'My dad has had home care from three different agencies. I have a lot to say.',
      status: 'contacted',
      note: 'Emailed the conflict-of-interest form. Waiting for it back.',
      created: [10, 20],
      answered: 9,
    },
    {
      reference: 'INT-9C6L',
      opportunityId: 'opp-home-care-commissioning',
      name: 'Eleri Moss',
      contact: { method: 'phone', detail: '07700 900 905' },
      needs: ['breaks'],
      accessNeeds: 'I tire easily, so I need regular breaks.',
      status: 'new',
      created: [3, 12],
    },
    // ---------------------------------------------- BSL reference group (3)
    {
      reference: 'INT-3R8V',
      opportunityId: 'opp-bsl-reference-group',
      name: 'Aled Pryce-Lowry',
      contact: { method: 'text', detail: '07700 900 448' },
      needs: ['bsl'],
      accessNeeds: 'Please text, do not call.',
      message: 'Deaf, BSL user. Moved to Anytown last month.',
      status: 'contacted',
      note: 'Texted to invite Aled to the next meeting. Sent a BSL welcome video.',
      created: [20, 17],
      answered: 19,
    },
    {
      reference: 'INT-7N2D',
      opportunityId: 'opp-bsl-reference-group',
      name: 'Hannah Thistlewood',
      contact: {
        method: 'supporter',
        detail: 'My son Joel will help: joel.thistlewood@example.com',
      },
      accessNeeds: 'BSL. I also have some sight loss, so I need good lighting and to sit near the front.',
      status: 'not_this_time',
      note: 'Hannah has moved out of the area. Passed on details of the Deaf group in her new town.',
      created: [40, 10],
      answered: 35,
    },
    {
      reference: 'INT-5J4Y',
      opportunityId: 'opp-bsl-reference-group',
      name: 'Gloria Mbeki-Stone',
      contact: { method: 'email', detail: 'gloria.ms@example.co.uk' },
      message: 'I want to talk about GP appointments. Nobody books an interpreter.',
      status: 'new',
      created: [14, 9],
    },
  ];
  return specs.map((spec) => build(now, spec));
}
