import type { Opportunity, Payment, Taxonomy } from './contract.js';
import { at, dateFrom, dayName, describeSessions, session, term } from './helpers.js';
import type { Session } from './helpers.js';
import { withRates } from './pay-rates.js';

/** What we write by hand; `build` adds the organisation and area terms and the timestamps. */
type Spec = Omit<
  Opportunity,
  'organisation' | 'area' | 'placesTaken' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'interestCount'
> & {
  /** Days before `now` that it was created, last updated and published (null: never). */
  created: number;
  updated?: number;
  published?: number | null;
  placesTaken?: number;
};

/* Fictional venues. Postcodes use the made-up "AT" area. */
const VENUES = {
  civicCentre: {
    name: 'Anytown Civic Centre, Committee Room 2',
    address: '1 Market Square, Town Centre, Anytown',
    postcode: 'AT1 1AA',
    stepFree: true,
  },
  carersCentre: {
    name: 'Anytown Carers Centre',
    address: '7 Station Approach, Town Centre, Anytown',
    postcode: 'AT1 5SA',
    stepFree: true,
  },
  riversideHub: {
    name: 'Riverside Community Hub',
    address: '14 Mill Lane, Riverside, Anytown',
    postcode: 'AT2 3RB',
    stepFree: true,
  },
  northgateLibrary: {
    name: 'Northgate Library, first-floor meeting room',
    address: '52 North Road, Northgate, Anytown',
    postcode: 'AT3 7NL',
    stepFree: false,
  },
  millbrookYouth: {
    name: 'Millbrook Youth Centre',
    address: '3 Brook Street, Millbrook, Anytown',
    postcode: 'AT6 4MB',
    stepFree: true,
  },
  castleHillCentre: {
    name: 'Castle Hill Community Centre',
    address: '8 Keep Street, Castle Hill, Anytown',
    postcode: 'AT4 2CH',
    stepFree: false,
  },
  oakfieldDayCentre: {
    name: 'Oakfield Day Centre',
    address: 'Acorn Way, Oakfield, Anytown',
    postcode: 'AT5 9QF',
    stepFree: true,
  },
  signingSpace: {
    name: 'The Signing Space (Deaf Community Anytown)',
    address: '21 Bell Walk, Town Centre, Anytown',
    postcode: 'AT1 4BW',
    stepFree: true,
  },
} as const;

/* Fictional contacts. Phone numbers are in Ofcom's ranges reserved for drama. */
const CONTACTS = {
  council: {
    name: 'Jo Ashworth, Co-production Lead',
    email: 'coproduction@anytown.example',
    phone: '01632 960 100',
  },
  commissioning: {
    name: 'Priyanka Holloway, Commissioning Manager',
    email: 'commissioning@anytown.example',
    phone: '01632 960 140',
  },
  carers: {
    name: 'Rhian Castellan, Carers Voice Worker',
    email: 'voice@carerscentre.example',
    phone: '01632 960 220',
  },
  mentalHealth: {
    name: 'Femi Ashgrove, Forum Coordinator',
    email: 'hello@riversidemhforum.example',
    phone: '01632 960 330',
  },
  deaf: {
    name: 'Lowri Pennant, Community Development Worker',
    email: 'info@deafcommunityanytown.example',
    phone: '07700 900 440 (text or video call)',
  },
  learningDisability: {
    name: 'Carys Bellweather, Self-Advocacy Worker',
    email: 'ourvoice@anytownldp.example',
    phone: '01632 960 415',
  },
  youth: {
    name: 'Dev Marchetti, Youth Participation Worker',
    email: 'youthvoice@anytown.example',
    phone: '07700 900 550',
  },
  olderPeople: {
    name: 'Maggie Thorncliffe, Network Organiser',
    email: 'northgateopn@example.org',
    phone: '01632 960 660',
  },
} as const;

const PAID_NOTE =
  'Paid by bank transfer within two weeks. Payment can affect some benefits. We can put you in touch with free benefits advice before you decide.';
const VOUCHER_NOTE = 'A high-street shopping voucher, given on the day or posted to you.';
const EXPENSES_NOTE = 'We do not pay for time. We pay your expenses back within two weeks.';

type Expense = Payment['expensesCovered'][number];

function paid(
  pounds: number,
  unit: NonNullable<Payment['unit']>,
  expensesCovered: Expense[],
  notes = PAID_NOTE,
): Payment {
  return { type: 'paid', amountPence: pounds * 100, unit, expensesCovered, notes };
}

function voucher(
  pounds: number,
  unit: NonNullable<Payment['unit']>,
  expensesCovered: Expense[],
  notes = VOUCHER_NOTE,
): Payment {
  return { type: 'voucher', amountPence: pounds * 100, unit, expensesCovered, notes };
}

function unpaid(expensesCovered: Expense[], notes = EXPENSES_NOTE): Payment {
  return { type: 'unpaid', expensesCovered, notes };
}

function build(now: Date, taxonomy: Taxonomy, spec: Spec): Opportunity {
  const { created, updated, published, placesTaken, ...input } = spec;
  const areaId = input.where.areaId;
  const publishedDaysAgo = published === undefined ? (input.status === 'draft' ? null : created) : published;
  return {
    ...input,
    payment: withRates(input.id, input.payment),
    organisation: term(taxonomy.organisations, input.organisationId),
    area: areaId ? term(taxonomy.areas, areaId) : null,
    placesTaken: placesTaken ?? 0,
    createdAt: at(now, -created, 9, 15),
    updatedAt: at(now, -(updated ?? created), 14, 40),
    publishedAt: publishedDaysAgo === null ? null : at(now, -publishedDaysAgo, 10, 0),
  };
}

/** Every opportunity, newest first within each group. `interestCount` is added by `createSeed`. */
export function createOpportunities(now: Date, taxonomy: Taxonomy): Opportunity[] {
  const s = (minDays: number, weekday: Parameters<typeof session>[2], from: string, to: string, label?: string): Session =>
    session(now, minDays, weekday, from, to, label);

  const carersStrategySessions = [
    s(21, 'tue', '10:00', '12:30', 'Workshop 1: what matters to carers'),
    s(35, 'tue', '10:00', '12:30', 'Workshop 2: what good support looks like'),
    s(49, 'tue', '10:00', '12:30', 'Workshop 3: our promises'),
    s(63, 'tue', '10:00', '12:30', 'Workshop 4: checking the draft'),
  ];
  const directorSessions = [
    s(16, 'wed', '13:00', '16:00', 'Panel training and meeting the other panel members'),
    s(23, 'thu', '09:30', '16:30', 'Interview day'),
  ];
  const homeCareSessions = [
    s(20, 'mon', '10:00', '13:00', 'Training on how to score bids'),
    s(34, 'mon', '10:00', '16:00', 'Scoring day'),
    s(41, 'wed', '10:00', '16:00', 'Presentations from providers'),
  ];
  const mysteryShopSessions = [
    s(14, 'tue', '10:00', '13:00', 'Briefing'),
    s(21, 'thu', '10:00', '15:00', 'Visit to Oakfield Day Centre'),
    s(28, 'tue', '10:00', '12:00', 'Talking about what we found'),
  ];
  const crisisSessions = [
    s(18, 'thu', '13:30', '16:00', 'Workshop 1'),
    s(32, 'thu', '13:30', '16:00', 'Workshop 2'),
    s(46, 'thu', '13:30', '16:00', 'Workshop 3'),
    s(60, 'thu', '13:30', '16:00', 'Workshop 4'),
  ];
  const formTestSessions = [
    s(10, 'mon', '10:00', '10:45', 'Test slot'),
    s(10, 'mon', '11:00', '11:45', 'Test slot'),
    s(10, 'mon', '14:00', '14:45', 'Test slot'),
    s(11, 'tue', '10:00', '10:45', 'Test slot'),
    s(11, 'tue', '11:00', '11:45', 'Test slot'),
    s(11, 'tue', '17:30', '18:15', 'Evening test slot'),
  ];
  const youngCarersSessions = [
    s(9, 'wed', '16:30', '18:00', 'Monthly meeting'),
    s(37, 'wed', '16:30', '18:00', 'Monthly meeting'),
    s(65, 'wed', '16:30', '18:00', 'Monthly meeting'),
  ];
  const bslSessions = [
    s(12, 'sat', '10:30', '12:30', 'Reference group meeting'),
    s(75, 'sat', '10:30', '12:30', 'Reference group meeting'),
  ];
  const busStopSessions = [s(17, 'fri', '10:00', '12:30', 'Walkabout, meeting at the bus station')];
  const ldStrategySessions = [
    s(15, 'wed', '10:30', '14:00', 'Big conversation day (lunch included)'),
    s(43, 'wed', '10:30', '14:00', 'Checking the easy-read strategy'),
  ];
  const chargingSessions = [
    s(13, 'mon', '18:00', '19:30', 'Evening listening event'),
    s(15, 'wed', '10:00', '11:30', 'Daytime listening event'),
  ];
  const directPaymentsSessions = [
    s(6, 'fri', '10:00', '12:00', 'Direct Payments Café'),
    s(34, 'fri', '10:00', '12:00', 'Direct Payments Café'),
  ];
  const trainingSessions = [
    s(27, 'tue', '09:30', '16:00', 'Train the trainer day'),
    s(41, 'tue', '09:30', '16:00', 'Co-delivering the first course'),
  ];
  const lunchClubSessions = [s(8, 'thu', '11:00', '13:30', 'Planning lunch')];
  const socialWorkSessions = [
    s(30, 'mon', '13:30', '15:00', 'Induction session with new social workers'),
  ];
  const carersWeekSessions = [
    s(5, 'thu', '18:30', '20:00', 'Planning meeting (online)'),
    s(19, 'thu', '18:30', '20:00', 'Planning meeting (online)'),
  ];
  const suicidePreventionSessions = [s(26, 'tue', '18:00', '19:30', 'First group meeting (online)')];
  const transitionsSessions = [s(24, 'sat', '11:00', '14:00', 'Design day with pizza')];
  const dfgSessions = [s(22, 'wed', '10:00', '12:30', 'Workshop at Castle Hill')];

  const specs: Spec[] = [
    // ---------------------------------------------------------------- open
    {
      id: 'opp-carers-strategy',
      title: "Help us write the new carers' strategy",
      summary:
        'Work with us as an equal partner to shape how Anytown supports unpaid carers for the next five years.',
      description:
        "Our carers' strategy runs out next year. We do not want to write the new one on our own. We want carers to write it with us, from the first page.\n\nYou will join a group of about 12 carers, council staff and Anytown Carers Centre. We will meet four times. Together we will decide what the strategy should promise, and how we will check that we keep those promises.\n\nYou do not need to have done anything like this before. Your experience of caring is what matters.",
      easyReadSummary:
        "We are writing a new plan for carers.\nA carer looks after someone without being paid.\nWe want carers to write the plan with us.\nThere are 4 meetings.\nWe pay you £20 an hour.\nWe pay for someone to look after the person you care for.",
      experienceNeeded:
        'You look after, or have looked after, a family member or friend who could not manage without you. This could be a parent, child, partner or friend. Young adult carers (18 to 25) are very welcome.',
      skills: ['Sharing your experience', 'Listening to others', 'Reading draft documents (we can read them with you)'],
      timeCommitment: {
        summary: 'Four workshops of 2.5 hours over about two months',
        prepTime: 'About 1 hour of reading before each workshop. We pay for this time too.',
      },
      when: { summary: describeSessions(carersStrategySessions), sessions: carersStrategySessions },
      where: {
        modes: ['in_person', 'online'],
        venue: VENUES.civicCentre,
        areaId: 'town-centre',
        onlineDetails: 'You can join each workshop on Microsoft Teams. We can lend you a tablet and pay for data.',
      },
      howToGetInvolved:
        'Press "I\'m interested" and tell us the best way to contact you. Rhian from Anytown Carers Centre will call you for a chat about what is involved. You can also phone Rhian on 01632 960 220.',
      closingDate: dateFrom(now, 12),
      topics: ['carers', 'adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'easy_read', 'large_print', 'carer_or_supporter', 'captions', 'quiet_space'],
      supportOffered:
        'We pay for replacement care while you are with us. You can bring the person you care for if you prefer; there is a quiet room. Rhian can meet you before the first workshop.',
      payment: paid(20, 'hour', ['travel', 'prep_time', 'care', 'childcare']),
      places: 12,
      contact: CONTACTS.carers,
      status: 'open',
      translations: {
        cy: {
          title: 'Helpwch ni i ysgrifennu’r strategaeth newydd i ofalwyr',
          summary:
            "Gweithiwch gyda ni fel partner cyfartal i lunio sut mae Unrhywle yn cefnogi gofalwyr di-dâl am y pum mlynedd nesaf.",
          timeCommitment: 'Pedwar gweithdy o 2.5 awr dros tua deufis',
          easyReadSummary:
            'Rydyn ni’n ysgrifennu cynllun newydd i ofalwyr.\nMae gofalwr yn edrych ar ôl rhywun heb gael ei dalu.\nRydyn ni eisiau i ofalwyr ysgrifennu’r cynllun gyda ni.\nMae 4 cyfarfod.\nRydyn ni’n talu £20 yr awr i chi.',
        },
      },
      created: 20,
      updated: 6,
      published: 18,
    },
    {
      id: 'opp-director-interview-panel',
      title: 'Interview panel: Director of Adult Social Care',
      summary: 'Sit on the panel that chooses our next Director of Adult Social Care.',
      description:
        'Our Director of Adult Social Care is retiring. The new director will lead services that thousands of people in Anytown rely on. We want people who use those services to help choose them.\n\nThere will be two panels on the day: a panel of councillors and senior staff, and a panel of people with lived experience. Both panels score every candidate. Your scores count as much as theirs.\n\nBefore the interviews we will train you and agree the questions together.',
      easyReadSummary:
        'We need a new boss for adult social care.\nWe want people who use care to help choose.\nYou will meet the people who want the job.\nYou will ask them questions.\nThere is training first.\nWe pay you £150 for each day.',
      experienceNeeded:
        'You draw on care and support, or you are a family carer. You feel comfortable asking questions and giving your honest view. You will need to keep what you hear confidential.',
      skills: ['Asking questions', 'Making fair judgements', 'Keeping things confidential'],
      timeCommitment: {
        summary: 'Half a day of training and one full interview day',
        prepTime: 'About 2 hours to read the candidate pack before the interview day (paid).',
      },
      when: { summary: describeSessions(directorSessions), sessions: directorSessions },
      where: { modes: ['in_person'], venue: VENUES.civicCentre, areaId: 'town-centre' },
      howToGetInvolved:
        'Press "I\'m interested". Jo will call you to talk it through. We will choose 3 people, aiming for a mix of experience. We will tell everyone either way.',
      closingDate: dateFrom(now, 7),
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'bsl', 'large_print', 'easy_read', 'quiet_space', 'transport'],
      supportOffered:
        'We can book a taxi both ways. Lunch is provided. A member of the co-production team stays with the panel all day.',
      payment: paid(150, 'day', ['travel', 'prep_time', 'care', 'meals']),
      places: 3,
      contact: CONTACTS.council,
      status: 'open',
      translations: {
        cy: {
          title: 'Panel cyfweld: Cyfarwyddwr Gofal Cymdeithasol Oedolion',
          summary: 'Eisteddwch ar y panel a fydd yn dewis ein Cyfarwyddwr Gofal Cymdeithasol Oedolion nesaf.',
        },
      },
      created: 15,
      updated: 15,
    },
    {
      id: 'opp-easy-read-leaflets',
      title: 'Check our easy-read leaflets',
      summary: 'Read our easy-read leaflets and tell us what works and what is confusing.',
      description:
        'We are making easy-read versions of our most used leaflets. These include how to ask for help at home, how charging works and how to complain.\n\nWe want people with a learning disability to check them before we print them. You will read a leaflet with a small group and tell us which words, pictures and layouts work for you.\n\nWe hold a checking session most months. Come to as many as you like.',
      easyReadSummary:
        'We have made some easy-read leaflets.\nWe want to know if they are clear.\nYou read the leaflets with a small group.\nYou tell us what is good and what is hard.\nWe pay you £60 for each session.\nYou can bring a supporter.',
      experienceNeeded: 'You have a learning disability, or you support someone who does. No reading level is needed.',
      skills: ['Reading or listening to leaflets', 'Saying what you think'],
      timeCommitment: { summary: 'A 2-hour session, about once a month. Come when you can.' },
      when: { summary: 'Most months, on a weekday morning. We agree dates with the group.' },
      where: {
        modes: ['in_person', 'online', 'phone'],
        venue: VENUES.riversideHub,
        areaId: 'riverside',
        onlineDetails: 'We can post you the leaflets and talk on the phone or on Zoom.',
      },
      howToGetInvolved:
        'Press "I\'m interested", or ask your supporter to call Carys on 01632 960 415. There is no closing date.',
      closingDate: null,
      topics: ['learning-disability', 'adult-social-care'],
      organisationId: 'anytown-ld-partnership',
      accessibility: ['easy_read', 'step_free', 'carer_or_supporter', 'quiet_space', 'large_print'],
      supportOffered: 'Your supporter is welcome and we pay their travel too. We take a break every 30 minutes.',
      payment: paid(60, 'session', ['travel', 'care']),
      places: null,
      contact: CONTACTS.learningDisability,
      status: 'open',
      translations: {
        cy: {
          title: "Gwiriwch ein taflenni hawdd eu deall",
          summary:
            'Darllenwch ein taflenni hawdd eu deall a dywedwch wrthym beth sy’n gweithio a beth sy’n ddryslyd.',
          easyReadSummary:
            'Rydyn ni wedi gwneud taflenni hawdd eu deall.\nRydyn ni eisiau gwybod a ydyn nhw’n glir.\nByddwch chi’n darllen y taflenni gyda grŵp bach.\nRydyn ni’n talu £60 i chi am bob sesiwn.\nGallwch chi ddod â rhywun i’ch cefnogi.',
        },
      },
      created: 120,
      updated: 30,
    },
    {
      id: 'opp-mystery-shop-day-service',
      title: 'Mystery shop Oakfield Day Centre',
      summary: 'Visit a day service as a "mystery shopper" and tell us what it is really like.',
      description:
        'We pay for Oakfield Day Centre to support about 40 people each week. We want to know what it feels like to go there for the first time.\n\nMystery shoppers visit as if they were thinking of using the service. Afterwards, you tell us what you saw and how you were treated. The day centre knows visits will happen, but not when.\n\nWe will train you first and you will always visit in pairs.',
      easyReadSummary:
        'We want to check a day centre.\nYou visit the day centre.\nYou see what it is like.\nYou tell us what you found.\nYou go with another person.\nWe pay you £60 for each session.',
      experienceNeeded:
        'You use, or have used, a day service, or you care for someone who does. You notice the little things.',
      skills: ['Noticing details', 'Telling us what you saw'],
      timeCommitment: {
        summary: 'Three sessions over a month: a briefing, one visit, and a talk afterwards',
        prepTime: 'About 30 minutes to fill in a short form after your visit (paid).',
      },
      when: { summary: describeSessions(mysteryShopSessions), sessions: mysteryShopSessions },
      where: { modes: ['in_person'], venue: VENUES.oakfieldDayCentre, areaId: 'oakfield' },
      howToGetInvolved: 'Press "I\'m interested" or phone Jo on 01632 960 100.',
      closingDate: dateFrom(now, 9),
      topics: ['adult-social-care', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'transport', 'carer_or_supporter'],
      supportOffered: 'We can arrange a taxi to and from the visit.',
      payment: paid(60, 'session', ['travel', 'prep_time']),
      places: 6,
      contact: CONTACTS.council,
      status: 'open',
      created: 11,
    },
    {
      id: 'opp-home-care-commissioning',
      title: 'Home care commissioning panel',
      summary: 'Help us choose who will provide home care in Anytown from next year.',
      description:
        'We are buying home care for about 900 people. Home care is when a care worker visits you at home to help with things like getting washed, dressed and eating.\n\nCompanies will send us bids. We want people who get home care, and family carers, to score the bids with our commissioners. You will also hear short presentations from providers and ask them questions.\n\nYour scores count towards the final decision.',
      easyReadSummary:
        'We are choosing companies to give home care.\nHome care is help at home from a care worker.\nYou read what the companies say.\nYou give them a score.\nWe pay you £150 for each full day.',
      experienceNeeded: 'You get home care now or did recently, or you care for someone who does.',
      skills: ['Reading and scoring documents', 'Asking questions', 'Keeping things confidential'],
      timeCommitment: {
        summary: 'One half-day of training and two full days over six weeks',
        prepTime: 'About 4 hours reading the bids at home before the scoring day (paid at £20 an hour).',
      },
      when: { summary: describeSessions(homeCareSessions), sessions: homeCareSessions },
      where: {
        modes: ['in_person', 'online'],
        venue: VENUES.civicCentre,
        areaId: 'town-centre',
        onlineDetails: 'The training can be on Teams. Scoring day is in person.',
      },
      howToGetInvolved:
        'Press "I\'m interested". Priyanka will call you. You will need to sign a short form saying you have no link to any company bidding.',
      closingDate: dateFrom(now, 10),
      topics: ['adult-social-care', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'large_print', 'bsl', 'transport', 'quiet_space'],
      supportOffered: 'We can send the papers in large print or read them with you over the phone.',
      payment: paid(150, 'day', ['travel', 'prep_time', 'care', 'meals']),
      places: 4,
      contact: CONTACTS.commissioning,
      status: 'open',
      translations: {
        cy: {
          title: 'Panel comisiynu gofal cartref',
          summary: 'Helpwch ni i ddewis pwy fydd yn darparu gofal cartref yn Unrhywle o’r flwyddyn nesaf.',
        },
      },
      created: 13,
      updated: 4,
    },
    {
      id: 'opp-young-carers-advisory',
      title: "Young carers' advisory group",
      summary: 'A monthly group for young carers aged 12 to 18 to tell the council what would help.',
      description:
        'Young carers look after someone at home. Often nobody at school knows. We want young carers to tell the council and schools what would make life easier.\n\nThe group meets once a month after school at Millbrook Youth Centre. There is food, and time to chat. Last year the group designed the young carers\' ID card now used in every Anytown school.',
      easyReadSummary:
        'This group is for young carers.\nYou must be 12 to 18.\nWe meet once a month after school.\nThere is food.\nYou get a £15 voucher each time.',
      experienceNeeded: 'You are 12 to 18 and you help look after someone in your family.',
      skills: ['Sharing ideas'],
      timeCommitment: { summary: '1.5 hours a month. Come when you can.' },
      when: { summary: `Monthly on Wednesdays, 4:30pm to 6pm. Next: ${describeSessions(youngCarersSessions.slice(0, 1))}`, sessions: youngCarersSessions },
      where: { modes: ['in_person'], venue: VENUES.millbrookYouth, areaId: 'millbrook' },
      howToGetInvolved:
        'Press "I\'m interested", or ask a parent, teacher or youth worker to contact Dev. You can come along once to see what it is like.',
      closingDate: null,
      topics: ['young-people', 'carers'],
      organisationId: 'youth-voice-anytown',
      accessibility: ['step_free', 'quiet_space', 'transport'],
      supportOffered: 'We can pick you up from school and take you home. A youth worker is always there.',
      payment: voucher(15, 'session', ['travel', 'meals']),
      places: 15,
      placesTaken: 9,
      contact: CONTACTS.youth,
      status: 'open',
      translations: {
        cy: {
          title: 'Grŵp cynghori gofalwyr ifanc',
          summary: 'Grŵp misol i ofalwyr ifanc rhwng 12 a 18 oed ddweud wrth y cyngor beth fyddai’n helpu.',
        },
      },
      created: 200,
      updated: 10,
    },
    {
      id: 'opp-bsl-reference-group',
      title: "BSL users' reference group",
      summary: 'Deaf BSL users meet every two months to check that council services work for them.',
      description:
        'The reference group is run in BSL, by Deaf people, for Deaf people. Council managers come to the group to ask for advice. The group tells them what needs to change.\n\nRecent topics: how to contact social care out of hours, video relay for the housing repairs line, and BSL versions of council letters.\n\nHearing people do not lead the group. Interpreters are there for council visitors.',
      easyReadSummary:
        'This group is for Deaf people who use BSL.\nThe group meets every 2 months.\nThe group tells the council what to change.\nWe pay you £20 an hour.',
      experienceNeeded: 'You are Deaf and BSL is your first or preferred language.',
      skills: ['BSL', 'Sharing your experience of council services'],
      timeCommitment: { summary: '2 hours every two months' },
      when: { summary: describeSessions(bslSessions), sessions: bslSessions },
      where: {
        modes: ['in_person', 'online'],
        venue: VENUES.signingSpace,
        areaId: 'town-centre',
        onlineDetails: 'Join on Zoom with spotlighted interpreters.',
      },
      howToGetInvolved:
        'Press "I\'m interested", send a BSL video to 07700 900 440, or drop in to the Signing Space on a Saturday morning.',
      closingDate: null,
      topics: ['deaf-sensory-loss', 'adult-social-care'],
      organisationId: 'deaf-community-anytown',
      accessibility: ['bsl', 'captions', 'step_free', 'interpreter'],
      supportOffered: 'Council papers are sent as BSL videos a week before each meeting.',
      payment: paid(20, 'hour', ['travel', 'prep_time', 'data']),
      places: null,
      contact: CONTACTS.deaf,
      status: 'open',
      translations: {
        cy: {
          title: 'Grŵp cyfeirio defnyddwyr Iaith Arwyddion Prydain (BSL)',
          summary:
            'Mae defnyddwyr BSL Byddar yn cwrdd bob deufis i wirio bod gwasanaethau’r cyngor yn gweithio iddyn nhw.',
        },
      },
      created: 300,
      updated: 3,
    },
    {
      id: 'opp-test-blue-badge-form',
      title: 'Test our new Blue Badge online form',
      summary: 'Try our new online form before it goes live and tell us where you get stuck.',
      description:
        'We have rebuilt the online form to apply for a Blue Badge parking permit. Before it goes live we want to watch real people use it.\n\nYou will fill in the form with made-up details, using your own phone, tablet or computer, or one of ours. We will ask you to think out loud. We are testing the form, not you.\n\nWe especially want to hear from people who use screen readers, magnifiers, voice control or switch access.',
      easyReadSummary:
        'We have made a new form on our website.\nWe want you to try it.\nYou tell us what is hard.\nIt takes 45 minutes.\nYou get a £20 voucher.',
      experienceNeeded: 'You have a disability or health condition, or you help someone who does. You do not need to be good with computers.',
      skills: ['Using a phone, tablet or computer (any level)'],
      timeCommitment: { summary: 'One 45-minute session' },
      when: {
        summary: `45-minute slots on ${dayName(formTestSessions[0]!.start)} and ${dayName(formTestSessions[3]!.start)}, including one evening slot. You choose one.`,
        sessions: formTestSessions,
      },
      where: {
        modes: ['online', 'in_person'],
        venue: VENUES.civicCentre,
        areaId: 'town-centre',
        onlineDetails: 'On Teams, sharing your screen. We can talk you through setting it up.',
      },
      howToGetInvolved: 'Press "I\'m interested" and tell us which time suits you.',
      closingDate: dateFrom(now, 8),
      topics: ['digital-services', 'transport'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'captions', 'large_print', 'bsl'],
      payment: voucher(20, 'session', ['travel', 'data']),
      places: 6,
      placesTaken: 2,
      contact: { name: 'Sam Okoro-Lindqvist, Digital Services Lead', email: 'digital@anytown.example' },
      status: 'open',
      translations: {
        cy: {
          title: 'Profwch ein ffurflen Bathodyn Glas newydd ar-lein',
          summary:
            'Rhowch gynnig ar ein ffurflen ar-lein newydd cyn iddi fynd yn fyw a dywedwch wrthym ble rydych chi’n mynd yn sownd.',
        },
      },
      created: 9,
    },
    {
      id: 'opp-crisis-pathway',
      title: 'Redesign the mental health crisis pathway',
      summary: 'Help us change what happens when someone in Anytown is in a mental health crisis.',
      description:
        'People have told us that getting help in a crisis is too hard. Phone lines pass you on. A&E is not the right place. Follow-up is patchy.\n\nThe council, the NHS and Riverside Mental Health Forum are redesigning the whole pathway together. We need people who have been through it to sit at the table as equals. You will help map what happens now, design what should happen, and test the new plan.\n\nWe know this can bring up hard memories. A peer support worker will be at every workshop.',
      easyReadSummary:
        'A crisis is when you need urgent help with your mental health.\nGetting help is too hard now.\nWe want to make it better.\nThere are 4 workshops.\nWe pay you £20 an hour.',
      experienceNeeded:
        'You have been in a mental health crisis, or supported someone who has, in the last five years.',
      skills: ['Sharing your experience', 'Working in a group'],
      timeCommitment: {
        summary: 'Four workshops of 2.5 hours over two months',
        prepTime: 'Up to 1 hour before each workshop (paid).',
      },
      when: { summary: describeSessions(crisisSessions), sessions: crisisSessions },
      where: {
        modes: ['in_person', 'online'],
        venue: VENUES.riversideHub,
        areaId: 'riverside',
        onlineDetails: 'Join on Zoom. Cameras are optional.',
      },
      howToGetInvolved:
        'Press "I\'m interested". Femi will call you for an informal chat first. You can stop at any time.',
      closingDate: dateFrom(now, 14),
      topics: ['mental-health', 'public-health'],
      organisationId: 'riverside-mental-health-forum',
      accessibility: ['step_free', 'quiet_space', 'captions', 'hearing_loop', 'carer_or_supporter'],
      supportOffered: 'A peer support worker is at every workshop. There is a quiet room and you can leave at any time.',
      payment: paid(20, 'hour', ['travel', 'prep_time', 'childcare', 'data']),
      places: 10,
      contact: CONTACTS.mentalHealth,
      status: 'open',
      translations: {
        cy: {
          title: 'Ailgynllunio’r llwybr argyfwng iechyd meddwl',
          summary:
            'Helpwch ni i newid beth sy’n digwydd pan fydd rhywun yn Unrhywle mewn argyfwng iechyd meddwl.',
        },
      },
      created: 19,
      updated: 2,
    },
    {
      id: 'opp-making-it-real-board',
      title: 'Join the Making it Real board',
      summary: 'Co-lead adult social care in Anytown with senior managers, as a paid board member.',
      description:
        'The Making it Real board checks that adult social care in Anytown does what it promises. Half the board are people with lived experience. The other half are senior managers. The chair is someone with lived experience.\n\nThe board meets every other month. It looks at complaints, plans and spending, and it can ask any manager to come and explain a decision.',
      easyReadSummary:
        'The board checks adult social care.\nHalf the board are people who use care.\nThe board meets every 2 months.\nWe pay you £40 for each meeting.',
      experienceNeeded: 'You draw on care and support, or you are a carer. You want to help the whole system get better.',
      skills: ['Seeing the bigger picture', 'Speaking up in meetings', 'Reading reports (we can go through them with you)'],
      timeCommitment: {
        summary: 'A 2-hour meeting every two months, for at least a year',
        prepTime: 'About 2 hours of reading before each meeting (paid at £20 an hour).',
      },
      when: { summary: 'Every other month on a Thursday, 1pm to 3pm' },
      where: {
        modes: ['in_person', 'online'],
        venue: VENUES.civicCentre,
        areaId: 'town-centre',
        onlineDetails: 'You can join on Teams.',
      },
      howToGetInvolved: 'Press "I\'m interested". You can come to one meeting to watch first.',
      closingDate: null,
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'large_print', 'easy_read', 'captions', 'bsl'],
      supportOffered: 'New members get a mentor from the board and a half-day induction.',
      payment: paid(40, 'meeting', ['travel', 'prep_time', 'care']),
      places: 4,
      placesTaken: 1,
      contact: CONTACTS.council,
      status: 'open',
      translations: {
        cy: {
          title: 'Ymunwch â bwrdd Making it Real',
          summary:
            'Arweiniwch ofal cymdeithasol oedolion yn Unrhywle ar y cyd ag uwch reolwyr, fel aelod o’r bwrdd sy’n cael tâl.',
        },
      },
      created: 90,
      updated: 12,
    },
    {
      id: 'opp-temporary-accommodation-letters',
      title: 'Rewrite our temporary housing letters',
      summary: 'Help us make the letters we send to people in temporary housing clear and kind.',
      description:
        'When someone becomes homeless we send a lot of letters. People tell us they are long, full of legal words, and frightening.\n\nWe want people who have lived in temporary housing to rewrite them with our housing officers. Some wording is set by law, but a lot is not.',
      easyReadSummary:
        'We send letters to people who have lost their home.\nThe letters are hard to read.\nWe want you to help us make them clear.\nWe pay you £20 an hour.',
      experienceNeeded: 'You have lived in temporary or emergency housing in the last few years.',
      skills: ['Plain English', 'Sharing your experience'],
      timeCommitment: { summary: 'Two 2-hour sessions, a week apart' },
      when: { summary: 'Two weekday afternoons next month. We will pick dates that suit the group.' },
      where: {
        modes: ['online', 'phone', 'in_person'],
        venue: VENUES.riversideHub,
        areaId: 'riverside',
        onlineDetails: 'On Zoom or by phone. We can post the letters to you.',
      },
      howToGetInvolved: 'Press "I\'m interested" or call the housing team on 01632 960 170.',
      closingDate: dateFrom(now, 18),
      topics: ['housing'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'large_print', 'interpreter'],
      supportOffered: 'We can provide an interpreter for any language.',
      payment: paid(20, 'hour', ['travel', 'childcare', 'data']),
      places: 8,
      contact: { name: 'Oksana Merriweather, Housing Options Manager', email: 'housing@anytown.example', phone: '01632 960 170' },
      status: 'open',
      created: 6,
    },
    {
      id: 'opp-bus-stop-walkabout',
      title: 'Accessible bus stops walkabout',
      summary: 'Walk or wheel the town centre with our highways team and show us what gets in the way.',
      description:
        'We are improving 30 bus stops in the town centre. Before we draw the plans, we want to see the streets through your eyes.\n\nJoin a walkabout with our highways engineers. Show us the kerbs, bins, signs and shelters that make getting on a bus hard.',
      easyReadSummary:
        'We are making bus stops better.\nWe want to walk around town with you.\nYou show us what is hard.\nYou get a £25 voucher.',
      experienceNeeded: 'You use a wheelchair, a walking aid, a buggy, or have sight loss, or you find bus stops hard to use.',
      skills: ['Knowing your local streets'],
      timeCommitment: { summary: 'One morning, about 2.5 hours with breaks' },
      when: { summary: describeSessions(busStopSessions), sessions: busStopSessions },
      where: {
        modes: ['in_person'],
        venue: { name: 'Anytown Bus Station, café entrance', address: 'Station Road, Town Centre, Anytown', postcode: 'AT1 2XY', stepFree: true },
        areaId: 'town-centre',
      },
      howToGetInvolved: 'Press "I\'m interested". If you cannot come on the day, you can send us photos instead.',
      closingDate: dateFrom(now, 13),
      topics: ['transport', 'deaf-sensory-loss', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'carer_or_supporter', 'transport'],
      supportOffered: 'We stop for tea halfway. Bring a companion if you like.',
      payment: voucher(25, 'session', ['travel', 'meals']),
      places: 12,
      placesTaken: 4,
      contact: { name: 'Gareth Inchbald, Highways Engineer', email: 'highways@anytown.example', phone: '01632 960 180' },
      status: 'open',
      created: 8,
    },
    {
      id: 'opp-lunch-club-relaunch',
      title: 'Plan the Northgate lunch club relaunch',
      summary: 'Help older people in Northgate plan a new weekly lunch club that people actually want to go to.',
      description:
        'The old lunch club closed during the pandemic. Many people told us they miss it. We have funding to start again, but we want older people to decide what it should look like.\n\nCome to a planning lunch. We will ask what day, what food, what activities, and how to reach people who are lonely.',
      easyReadSummary:
        'We want to start a lunch club again.\nIt is for older people in Northgate.\nCome and help us plan it.\nLunch is free.',
      experienceNeeded: 'You are over 60 and live in or near Northgate, or you care for someone who does.',
      skills: ['Ideas', 'Knowing people in Northgate'],
      timeCommitment: { summary: 'One lunchtime' },
      when: { summary: describeSessions(lunchClubSessions), sessions: lunchClubSessions },
      where: { modes: ['in_person'], venue: VENUES.northgateLibrary, areaId: 'northgate' },
      howToGetInvolved: 'Press "I\'m interested" or ring Maggie on 01632 960 660.',
      closingDate: dateFrom(now, 5),
      topics: ['older-people', 'public-health'],
      organisationId: 'northgate-older-peoples-network',
      accessibility: ['hearing_loop', 'large_print', 'transport', 'carer_or_supporter'],
      supportOffered:
        'The meeting room is upstairs and there is no lift. If you cannot manage stairs, tell us and we will move the lunch downstairs into the library.',
      payment: unpaid(['travel', 'meals'], 'We do not pay for time. Lunch is free and we pay your bus or taxi fare.'),
      places: 20,
      placesTaken: 11,
      contact: CONTACTS.olderPeople,
      status: 'open',
      created: 14,
    },
    {
      id: 'opp-flu-campaign-focus-group',
      title: 'Healthy winter campaign: phone focus group',
      summary: 'Tell us, by phone or online, what would persuade you or your family to get winter vaccines.',
      description:
        'Every winter we run a campaign to encourage people to get their flu and other vaccines. Fewer people are coming forward.\n\nWe want to test our ideas for posters, leaflets and text messages with a small group. You can take part by phone, so you do not need the internet.',
      easyReadSummary:
        'We want more people to get winter vaccines.\nWe have ideas for posters.\nTell us what you think.\nYou can join by phone.\nYou get a £25 voucher.',
      experienceNeeded: 'Anyone who lives in Anytown. We especially want to hear from people who have decided not to have a vaccine.',
      skills: ['Giving your honest opinion'],
      timeCommitment: { summary: 'One 1-hour call' },
      when: { summary: 'Weekday evenings in the next month. You choose the time.' },
      where: { modes: ['phone', 'online'], onlineDetails: 'By phone, or on Zoom if you prefer.' },
      howToGetInvolved: 'Press "I\'m interested" and tell us which evenings suit you.',
      closingDate: dateFrom(now, 20),
      topics: ['public-health'],
      organisationId: 'anytown-council',
      accessibility: ['large_print', 'interpreter', 'captions'],
      payment: voucher(25, 'session', ['data']),
      places: 16,
      placesTaken: 3,
      contact: { name: 'Dr Ifeoma Gallacher-Bryce, Public Health Consultant', email: 'publichealth@anytown.example' },
      status: 'open',
      created: 5,
    },
    {
      id: 'opp-sight-loss-letters-review',
      title: 'Review council letters for people with sight loss',
      summary: 'Listen to or read our letters in large print and audio, and tell us what would make them easier.',
      description:
        'People with sight loss tell us our letters are hard to use. Large print is sometimes just enlarged. Audio versions arrive late or not at all.\n\nWe will send you some sample letters in the format you choose. Then we will phone you to talk about them.',
      easyReadSummary:
        'We send letters.\nSome people cannot see them well.\nWe will send you some letters.\nWe will phone you to ask what you think.\nWe pay you £20 an hour.',
      experienceNeeded: 'You are blind or partially sighted.',
      skills: ['Sharing your experience'],
      timeCommitment: { summary: 'About 2 hours in total, at home' },
      when: { summary: 'At a time that suits you over the next six weeks.' },
      where: { modes: ['phone'] },
      howToGetInvolved: 'Press "I\'m interested", or phone 01632 960 100 and ask for the co-production team.',
      closingDate: null,
      topics: ['deaf-sensory-loss', 'digital-services'],
      organisationId: 'anytown-council',
      accessibility: ['large_print'],
      supportOffered: 'We send letters in large print, braille, audio or by email: you choose.',
      payment: paid(20, 'hour', []),
      places: 10,
      placesTaken: 2,
      contact: CONTACTS.council,
      status: 'open',
      created: 40,
    },
    {
      id: 'opp-ld-strategy',
      title: 'Our lives, our say: learning disability strategy',
      summary: 'People with a learning disability and family carers write the new strategy with us.',
      description:
        'The learning disability strategy sets out what Anytown will do about homes, jobs, friendships, health and support. The last one was written mostly by staff. This time it will be different.\n\nWe start with a big conversation day. Then a smaller group writes the strategy with us, in easy read first. The council version will be made from the easy-read version, not the other way round.',
      easyReadSummary:
        'We are writing a new plan.\nThe plan is about the lives of people with a learning disability.\nWe want you to write it with us.\nThere is a big meeting with lunch.\nWe pay you £60 for each session.',
      experienceNeeded: 'You have a learning disability, or you are a family carer of someone who does.',
      skills: ['Saying what matters to you'],
      timeCommitment: { summary: 'Two day-time sessions. Some people will join a smaller writing group after.' },
      when: { summary: describeSessions(ldStrategySessions), sessions: ldStrategySessions },
      where: { modes: ['in_person'], venue: VENUES.riversideHub, areaId: 'riverside' },
      howToGetInvolved: 'Press "I\'m interested", or ask your supporter to ring Carys on 01632 960 415.',
      closingDate: dateFrom(now, 11),
      topics: ['learning-disability'],
      organisationId: 'anytown-ld-partnership',
      accessibility: ['easy_read', 'step_free', 'carer_or_supporter', 'quiet_space', 'transport'],
      supportOffered: 'Supporters are welcome and paid travel. We use pictures and Makaton.',
      payment: paid(60, 'session', ['travel', 'meals', 'care']),
      places: 30,
      placesTaken: 17,
      contact: CONTACTS.learningDisability,
      status: 'open',
      translations: {
        cy: {
          title: 'Ein bywydau, ein llais: strategaeth anabledd dysgu',
          summary:
            'Pobl ag anabledd dysgu a gofalwyr teulu yn ysgrifennu’r strategaeth newydd gyda ni.',
        },
      },
      created: 25,
      updated: 5,
    },
    {
      id: 'opp-mh-grants-peer-reviewer',
      title: 'Peer reviewer for community mental health grants',
      summary: 'Read grant applications from local groups and help decide who gets funding.',
      description:
        'Each year we give small grants of up to £5,000 to community groups that support people\'s mental health. We want people with lived experience to read the applications and help decide.\n\nYou will read about 10 applications at home, score them, then meet online with the other reviewers to agree the final list.',
      easyReadSummary:
        'We give money to local groups.\nThe groups help with mental health.\nYou read what the groups say.\nYou help choose who gets money.\nWe pay you £150.',
      experienceNeeded: 'You have lived experience of mental ill health.',
      skills: ['Reading and scoring applications', 'Being fair'],
      timeCommitment: { summary: 'About one day in total: reading at home plus one 2-hour online meeting' },
      when: { summary: 'Reading over two weeks next month, then one online meeting.' },
      where: { modes: ['online'], onlineDetails: 'Applications by email or post; meeting on Zoom.' },
      howToGetInvolved: 'Press "I\'m interested". You must not be part of a group that is applying.',
      closingDate: dateFrom(now, 16),
      topics: ['mental-health'],
      organisationId: 'riverside-mental-health-forum',
      accessibility: ['captions', 'large_print'],
      payment: paid(150, 'day', ['prep_time', 'data']),
      places: 5,
      contact: CONTACTS.mentalHealth,
      status: 'open',
      created: 7,
    },
    {
      id: 'opp-social-work-induction',
      title: 'Share your story with new social workers',
      summary: 'Tell newly qualified social workers what good support feels like, in their first week.',
      description:
        'Every new social worker in Anytown spends an afternoon with people who draw on care and support. They hear, first hand, what helped and what did not.\n\nYou can tell your story in any way: talking, a video, pictures or a written piece. We help you plan what to say.',
      easyReadSummary:
        'New social workers start every few months.\nWe want them to hear from you.\nYou tell them what helps you.\nWe pay you £60.',
      experienceNeeded: 'You have had a social worker, or your family member has.',
      skills: ['Telling your story'],
      timeCommitment: { summary: 'One 1.5-hour session, plus a planning chat' },
      when: { summary: describeSessions(socialWorkSessions), sessions: socialWorkSessions },
      where: { modes: ['in_person', 'online'], venue: VENUES.civicCentre, areaId: 'town-centre', onlineDetails: 'You can join on Teams or send a video.' },
      howToGetInvolved: 'Press "I\'m interested". There is a new group of social workers every few months, so there is no closing date.',
      closingDate: null,
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'bsl', 'easy_read'],
      payment: paid(60, 'session', ['travel', 'prep_time']),
      places: null,
      contact: CONTACTS.council,
      status: 'open',
      created: 60,
      updated: 20,
    },
    {
      id: 'opp-carers-assessment-form',
      title: "Rewrite the carers' assessment form",
      summary: "Help us turn a long, hard form into a short, friendly conversation guide.",
      description:
        "Carers told us the carers' assessment form is far too long. They are right. We want carers to help us cut it down and rewrite the questions.\n\nThis is a small group working mostly online, with a phone option.",
      easyReadSummary:
        'Carers fill in a form to get help.\nThe form is too long.\nHelp us make it shorter.\nWe pay you £20 an hour.',
      experienceNeeded: "You are a carer and you have had a carer's assessment, or tried to.",
      skills: ['Plain English', 'Sharing your experience'],
      timeCommitment: { summary: 'Three 1.5-hour online meetings over a month' },
      when: { summary: 'Evenings, so that working carers can join. Dates agreed with the group.' },
      where: { modes: ['online', 'phone'], onlineDetails: 'On Teams, or dial in by phone.' },
      howToGetInvolved: 'Press "I\'m interested" or email voice@carerscentre.example.',
      closingDate: dateFrom(now, 25),
      topics: ['carers'],
      organisationId: 'anytown-carers-centre',
      accessibility: ['captions', 'large_print'],
      payment: paid(20, 'hour', ['care', 'data']),
      places: 8,
      contact: CONTACTS.carers,
      status: 'open',
      created: 4,
    },
    {
      id: 'opp-preparing-for-adulthood',
      title: 'Design the preparing for adulthood service',
      summary: 'Young disabled people aged 14 to 25 design how support moves from children\'s to adult services.',
      description:
        'Moving from children\'s services to adult services can feel like falling off a cliff. New workers, new rules, new forms.\n\nWe want young people who are going through it, or have just been through it, to design a better way. Come to a design day (with pizza).',
      easyReadSummary:
        'At 18 your support changes.\nThis can be hard.\nHelp us make it better.\nThere is pizza.\nYou get a £30 voucher.',
      experienceNeeded: 'You are 14 to 25 and have a disability, or an education, health and care plan.',
      skills: ['Ideas', 'Drawing or making things (if you like)'],
      timeCommitment: { summary: 'One 3-hour Saturday session' },
      when: { summary: describeSessions(transitionsSessions), sessions: transitionsSessions },
      where: { modes: ['in_person'], venue: VENUES.millbrookYouth, areaId: 'millbrook' },
      howToGetInvolved: 'Press "I\'m interested" or message Dev on 07700 900 550.',
      closingDate: dateFrom(now, 19),
      topics: ['young-people', 'learning-disability', 'adult-social-care'],
      organisationId: 'youth-voice-anytown',
      accessibility: ['step_free', 'quiet_space', 'carer_or_supporter', 'easy_read', 'transport'],
      payment: voucher(30, 'session', ['travel', 'meals']),
      places: 15,
      contact: CONTACTS.youth,
      status: 'open',
      created: 10,
    },
    {
      id: 'opp-dial-a-ride-phone-test',
      title: 'Test the new Dial-a-Ride booking line',
      summary: 'Ring our new community transport booking line and tell us how it went.',
      description:
        'Dial-a-Ride is our door-to-door minibus for people who cannot use ordinary buses. We have a new booking system and longer phone hours.\n\nWe want people to book a pretend journey and tell us how easy it was. It all happens by phone.',
      easyReadSummary:
        'Dial-a-Ride is a bus that picks you up at home.\nWe have a new phone line to book it.\nPlease try it and tell us how it went.\nYou get a £10 voucher.',
      experienceNeeded: 'You use Dial-a-Ride, or you would like to.',
      skills: ['Using the phone'],
      timeCommitment: { summary: 'About 30 minutes' },
      when: { summary: 'Any weekday in the next three weeks, 8am to 6pm.' },
      where: { modes: ['phone'] },
      howToGetInvolved: 'Press "I\'m interested" and we will send you a test booking code.',
      closingDate: dateFrom(now, 21),
      topics: ['transport', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['large_print', 'interpreter'],
      supportOffered: 'Text relay and BSL video relay calls are welcome.',
      payment: voucher(10, 'session', []),
      places: 25,
      placesTaken: 6,
      contact: { name: 'Passenger Transport Team', email: 'dialaride@anytown.example', phone: '01632 960 190' },
      status: 'open',
      created: 3,
    },
    {
      id: 'opp-adaptations-review',
      title: 'Home adaptations: fix the waiting list',
      summary: 'Help us speed up grab rails, ramps and stairlifts by redesigning the adaptations process.',
      description:
        'People wait too long for home adaptations like ramps, wet rooms and stairlifts. We want to find out where the time goes and what to cut.\n\nWe will map the process together, from first phone call to the builder leaving.',
      easyReadSummary:
        'Some people need changes at home, like a ramp.\nThey wait too long.\nHelp us make it quicker.\nWe pay you £20 an hour.',
      experienceNeeded: 'You have had, or waited for, a home adaptation.',
      skills: ['Sharing your experience'],
      timeCommitment: { summary: 'One 2.5-hour workshop' },
      when: { summary: describeSessions(dfgSessions), sessions: dfgSessions },
      where: { modes: ['in_person', 'phone'], venue: VENUES.castleHillCentre, areaId: 'castle-hill' },
      howToGetInvolved: 'Press "I\'m interested". If you cannot come, we can interview you by phone.',
      closingDate: dateFrom(now, 15),
      topics: ['housing', 'older-people', 'adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['hearing_loop', 'transport', 'large_print'],
      supportOffered:
        'The hall has three steps at the entrance and no ramp. If this is a problem for you, choose a phone interview and we will still pay you.',
      payment: paid(20, 'hour', ['travel', 'care']),
      places: 10,
      contact: CONTACTS.council,
      status: 'open',
      created: 12,
    },
    {
      id: 'opp-direct-payments-cafe',
      title: 'Co-host the Direct Payments Café',
      summary: 'Help run a friendly monthly drop-in where people share tips about direct payments.',
      description:
        'The Direct Payments Café is a relaxed monthly drop-in. People who use direct payments help others to get started: hiring a personal assistant, keeping records, and what to do when things go wrong.\n\nWe are looking for two co-hosts who use direct payments themselves.',
      easyReadSummary:
        'A direct payment is money to buy your own care.\nWe run a café once a month.\nPeople share tips there.\nHelp us run it.\nWe pay you £20 an hour.',
      experienceNeeded: 'You use a direct payment, or manage one for a family member.',
      skills: ['Welcoming people', 'Explaining things simply'],
      timeCommitment: { summary: '2 hours a month' },
      when: { summary: `First Friday of the month, 10am to 12pm. Next: ${describeSessions(directPaymentsSessions.slice(0, 1))}`, sessions: directPaymentsSessions },
      where: { modes: ['in_person'], venue: VENUES.riversideHub, areaId: 'riverside' },
      howToGetInvolved: 'Press "I\'m interested", or just come along to the café first.',
      closingDate: null,
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'carer_or_supporter'],
      payment: paid(20, 'hour', ['travel']),
      places: 2,
      contact: CONTACTS.council,
      status: 'open',
      created: 35,
    },
    {
      id: 'opp-suicide-prevention-group',
      title: 'Suicide prevention reference group',
      summary: 'Guide our suicide prevention plan, drawing on your own experience or a loss.',
      description:
        'Our suicide prevention plan needs to be shaped by people who understand it from the inside. This includes people who have survived a suicide attempt and people bereaved by suicide.\n\nThe group meets online, in the evening, with a trained facilitator. You can keep your camera off.',
      easyReadSummary:
        'We are making a plan to stop suicide.\nWe want people with experience to help.\nThe group meets online in the evening.\nWe pay you £20 an hour.',
      experienceNeeded:
        'You have lived experience of suicidal thoughts or attempts, or you have been bereaved by suicide. You should feel ready to talk about it in a group.',
      skills: ['Sharing your experience safely'],
      timeCommitment: { summary: '1.5 hours every two months for a year' },
      when: { summary: describeSessions(suicidePreventionSessions), sessions: suicidePreventionSessions },
      where: { modes: ['online'], onlineDetails: 'On Zoom. Cameras are optional. We can lend a tablet.' },
      howToGetInvolved: 'Press "I\'m interested". Femi will have a private chat with you first to check it is right for you now.',
      closingDate: dateFrom(now, 22),
      topics: ['mental-health', 'public-health'],
      organisationId: 'riverside-mental-health-forum',
      accessibility: ['captions'],
      supportOffered: 'Free, confidential support after each meeting if you need it.',
      payment: paid(20, 'hour', ['data']),
      places: 8,
      contact: CONTACTS.mentalHealth,
      status: 'open',
      created: 16,
    },
    {
      id: 'opp-local-account-reading-group',
      title: 'Local Account reading group',
      summary: 'Read the draft of our yearly report on adult social care and tell us if it rings true.',
      description:
        'Each year we publish a Local Account. It says what adult social care did, what went well and what did not. We want people who use services to check it before it goes out.',
      easyReadSummary:
        'Each year we write a report.\nIt says how adult social care is doing.\nRead it and tell us if it is true.\nWe pay you £60.',
      experienceNeeded: 'You use adult social care or you are a carer.',
      skills: ['Reading (we have easy-read and audio versions)'],
      timeCommitment: { summary: 'One 2-hour meeting, plus reading time', prepTime: 'About 2 hours reading (included in the fee).' },
      when: { summary: 'One weekday morning in about six weeks.' },
      where: { modes: ['in_person', 'online'], venue: VENUES.civicCentre, areaId: 'town-centre' },
      howToGetInvolved: 'Press "I\'m interested".',
      closingDate: dateFrom(now, 30),
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['easy_read', 'large_print', 'step_free', 'hearing_loop'],
      payment: paid(60, 'session', ['travel']),
      places: 10,
      contact: CONTACTS.council,
      status: 'open',
      created: 2,
    },
    {
      id: 'opp-coproduction-trainers',
      title: 'Co-deliver co-production training for staff',
      summary: 'Train council staff in co-production, side by side with our trainers.',
      description:
        'We are training 200 staff in co-production this year. We want every course to be delivered by a staff trainer and a trainer with lived experience, as equals.\n\nWe will train you first. Then you co-deliver at least three courses.',
      easyReadSummary:
        'We teach staff how to work with people.\nWe want you to teach with us.\nWe train you first.\nWe pay you £150 a day.',
      experienceNeeded: 'You have taken part in co-production before and feel comfortable speaking to a group.',
      skills: ['Speaking to groups', 'Telling your story', 'Facilitation'],
      timeCommitment: { summary: 'One training day, then at least three course days over six months' },
      when: { summary: describeSessions(trainingSessions), sessions: trainingSessions },
      where: { modes: ['in_person'], venue: VENUES.civicCentre, areaId: 'town-centre' },
      howToGetInvolved: 'Press "I\'m interested" and tell us a little about your experience.',
      closingDate: dateFrom(now, 17),
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'quiet_space'],
      payment: paid(150, 'day', ['travel', 'prep_time', 'care', 'meals']),
      places: 6,
      contact: CONTACTS.council,
      status: 'open',
      created: 21,
    },
    {
      id: 'opp-video-relay-trial',
      title: 'Try BSL video relay for the council contact centre',
      summary: 'Call the council through a BSL video relay service and tell us if it works for you.',
      description:
        'Deaf BSL users told us they cannot phone the council. We are trialling a video relay service: you sign to an interpreter on video, who speaks to our contact centre.\n\nWe want 10 people to use it for real calls over a month and tell us how it went.',
      easyReadSummary:
        'Deaf people find it hard to call the council.\nWe are trying a video call with a BSL interpreter.\nTry it and tell us what you think.\nWe pay you £20 an hour.',
      experienceNeeded: 'You are Deaf and use BSL.',
      skills: ['BSL', 'Using video calls'],
      timeCommitment: { summary: 'A few calls over a month, plus a 1-hour feedback meeting' },
      when: { summary: 'Over the next month, whenever you need to contact the council.' },
      where: { modes: ['online'], onlineDetails: 'Through the relay app on your phone, tablet or computer.' },
      howToGetInvolved: 'Press "I\'m interested" or send a BSL video to 07700 900 440.',
      closingDate: dateFrom(now, 10),
      topics: ['deaf-sensory-loss', 'digital-services'],
      organisationId: 'deaf-community-anytown',
      accessibility: ['bsl', 'captions', 'interpreter'],
      payment: paid(20, 'hour', ['data', 'equipment']),
      places: 10,
      placesTaken: 7,
      contact: CONTACTS.deaf,
      status: 'open',
      created: 18,
    },
    {
      id: 'opp-charging-policy-listening',
      title: 'Listening events: changes to care charges',
      summary: 'Come and tell us what you think about proposed changes to how we charge for care at home.',
      description:
        'We are proposing changes to how we work out what people pay towards their care at home. Before we decide anything, we want to hear from people who would be affected.\n\nThere are two listening events, one in the evening and one in the day. Senior managers will be there to listen and answer questions.',
      easyReadSummary:
        'Some people pay for their care.\nWe might change how much they pay.\nCome and tell us what you think.\nWe pay your travel.',
      experienceNeeded: 'You pay towards your care, or you might in the future, or you are a carer.',
      skills: ['Telling us what you think'],
      timeCommitment: { summary: 'One 1.5-hour event' },
      when: { summary: describeSessions(chargingSessions), sessions: chargingSessions },
      where: { modes: ['in_person', 'online'], venue: VENUES.castleHillCentre, areaId: 'castle-hill', onlineDetails: 'The evening event is also on Teams.' },
      howToGetInvolved: 'Press "I\'m interested", or just turn up.',
      closingDate: null,
      topics: ['adult-social-care', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['hearing_loop', 'bsl', 'large_print', 'easy_read', 'transport'],
      supportOffered:
        'The centre has steps at the entrance. If you cannot manage steps, join online or ask us for a home visit.',
      payment: unpaid(['travel', 'care']),
      places: null,
      contact: CONTACTS.council,
      status: 'open',
      created: 22,
    },
    {
      id: 'opp-carers-week-planning',
      title: 'Carers Week planning group',
      summary: 'Plan this year\'s Carers Week events with Anytown Carers Centre.',
      description:
        'Carers Week is a chance to celebrate carers and make sure they know what help there is. We want carers to decide what happens this year: a picnic, pampering sessions, an information fair, or something new.',
      easyReadSummary:
        'Carers Week is a week to thank carers.\nHelp us plan the events.\nWe meet online in the evening.',
      experienceNeeded: 'You are a carer of any age.',
      skills: ['Ideas', 'Organising'],
      timeCommitment: { summary: 'Two 1.5-hour online meetings' },
      when: { summary: describeSessions(carersWeekSessions), sessions: carersWeekSessions },
      where: { modes: ['online'], onlineDetails: 'On Zoom. Join from your phone if you like.' },
      howToGetInvolved: 'Press "I\'m interested".',
      closingDate: dateFrom(now, 4),
      topics: ['carers'],
      organisationId: 'anytown-carers-centre',
      accessibility: ['captions'],
      payment: unpaid(['care', 'data'], 'We do not pay for time. We pay for replacement care and mobile data.'),
      places: 12,
      placesTaken: 5,
      contact: CONTACTS.carers,
      status: 'open',
      created: 9,
    },
    {
      id: 'opp-hospital-discharge-stories',
      title: 'Tell us about leaving hospital',
      summary: 'Tell us, by phone, what it was like to come home from a mental health hospital stay.',
      description:
        'We want to improve what happens when people leave a mental health ward. We would like to hear your story in a private phone call with a peer researcher.\n\nWe will not use your name. What you tell us will shape a new discharge checklist.',
      easyReadSummary:
        'We want to hear about leaving hospital.\nA peer researcher will phone you.\nWe will not use your name.\nYou get a £20 voucher.',
      experienceNeeded: 'You have left a mental health hospital in the last three years, or you are a carer of someone who has.',
      skills: ['Sharing your experience'],
      timeCommitment: { summary: 'One phone call of up to an hour' },
      when: { summary: 'At a time that suits you, including evenings and Saturdays.' },
      where: { modes: ['phone'] },
      howToGetInvolved: 'Press "I\'m interested".',
      closingDate: dateFrom(now, 28),
      topics: ['mental-health'],
      organisationId: 'riverside-mental-health-forum',
      accessibility: ['interpreter'],
      payment: voucher(20, 'session', []),
      places: 20,
      placesTaken: 8,
      contact: CONTACTS.mentalHealth,
      status: 'open',
      created: 27,
    },
    {
      id: 'opp-digital-inclusion-tablets',
      title: 'Shape our tablet lending scheme',
      summary: 'Help design a scheme that lends tablets and teaches older people to get online.',
      description:
        'We have 100 tablets to lend. We want the scheme to be designed by the people who will use it: what training, what apps, who to call when it goes wrong.',
      easyReadSummary:
        'We have tablets to lend.\nHelp us plan how to lend them.\nYou get a £15 voucher.',
      experienceNeeded: 'You are over 65, or you help an older person with technology. You do not need to be online already.',
      skills: ['Ideas'],
      timeCommitment: { summary: 'One 2-hour session' },
      when: { summary: 'A weekday afternoon next month.' },
      where: { modes: ['in_person'], venue: VENUES.northgateLibrary, areaId: 'northgate' },
      howToGetInvolved: 'Press "I\'m interested" or ring Maggie on 01632 960 660.',
      closingDate: dateFrom(now, 24),
      topics: ['older-people', 'digital-services'],
      organisationId: 'northgate-older-peoples-network',
      accessibility: ['large_print', 'hearing_loop'],
      supportOffered: 'The room is upstairs. We can move downstairs if you tell us in advance.',
      payment: voucher(15, 'session', ['travel']),
      places: 12,
      contact: CONTACTS.olderPeople,
      status: 'open',
      created: 1,
    },
    // ---------------------------------------------------------------- closed
    {
      id: 'opp-respite-review',
      title: 'Short breaks and respite review',
      summary: 'Tell us what short breaks carers need, so we can buy the right respite services.',
      description:
        'We reviewed the short breaks and respite we buy for carers. A group of 10 carers worked with us over three sessions. Their report is now with our commissioners.',
      easyReadSummary: 'This has finished.\nThank you to the carers who helped.',
      experienceNeeded: 'You are a carer who has used, or tried to use, respite.',
      timeCommitment: { summary: 'Three 2-hour sessions' },
      when: { summary: 'Finished.' },
      where: { modes: ['in_person', 'online'], venue: VENUES.carersCentre, areaId: 'town-centre' },
      howToGetInvolved: 'This opportunity has closed. Look at our other opportunities for carers.',
      closingDate: dateFrom(now, -45),
      topics: ['carers', 'adult-social-care'],
      organisationId: 'anytown-carers-centre',
      accessibility: ['step_free', 'hearing_loop', 'carer_or_supporter'],
      payment: paid(20, 'hour', ['travel', 'care']),
      places: 10,
      placesTaken: 10,
      contact: CONTACTS.carers,
      status: 'closed',
      created: 110,
      updated: 40,
    },
    {
      id: 'opp-autism-strategy',
      title: 'Autism strategy: online survey design',
      summary: 'Help us write survey questions for autistic adults that are clear and not confusing.',
      description:
        'We asked autistic adults to help write the questions for our autism strategy survey. The survey has now run. Thank you to everyone who took part.',
      easyReadSummary: 'This has finished.\nThank you for your help.',
      experienceNeeded: 'You are autistic, or you support an autistic adult.',
      timeCommitment: { summary: 'Two online sessions' },
      when: { summary: 'Finished.' },
      where: { modes: ['online'] },
      howToGetInvolved: 'This opportunity has closed.',
      closingDate: dateFrom(now, -70),
      topics: ['adult-social-care', 'learning-disability'],
      organisationId: 'anytown-council',
      accessibility: ['captions', 'quiet_space'],
      payment: paid(20, 'hour', ['data']),
      places: 8,
      placesTaken: 6,
      contact: CONTACTS.council,
      status: 'closed',
      created: 130,
      updated: 65,
    },
    {
      id: 'opp-library-access-audit',
      title: 'Libraries accessibility check',
      summary: 'Visit a library and check how easy it is to get in, get around and use.',
      description:
        'Volunteers visited all six Anytown libraries with a checklist. Their findings are in our library improvement plan.',
      easyReadSummary: 'This has finished.\nWe are fixing what you found.',
      experienceNeeded: 'You have a disability, or sight or hearing loss.',
      timeCommitment: { summary: 'One visit of about 2 hours' },
      when: { summary: 'Finished.' },
      where: { modes: ['in_person'], areaId: 'northgate' },
      howToGetInvolved: 'This opportunity has closed.',
      closingDate: dateFrom(now, -20),
      topics: ['deaf-sensory-loss', 'older-people'],
      organisationId: 'anytown-council',
      accessibility: ['transport', 'carer_or_supporter'],
      payment: voucher(20, 'session', ['travel']),
      places: 12,
      placesTaken: 9,
      contact: CONTACTS.council,
      status: 'closed',
      created: 75,
      updated: 19,
    },
    // ---------------------------------------------------------------- filled
    {
      id: 'opp-head-of-commissioning-panel',
      title: 'Interview panel: Head of Commissioning',
      summary: 'Join the lived experience panel to interview candidates for Head of Commissioning.',
      description:
        'All places on this panel are now taken. Thank you to everyone who offered. We will tell you when the next interview panel comes up.',
      easyReadSummary: 'All places are taken.\nThank you.',
      experienceNeeded: 'You draw on care and support, or you are a carer.',
      skills: ['Asking questions', 'Keeping things confidential'],
      timeCommitment: { summary: 'Half a day of training and one interview day', prepTime: 'About 2 hours of reading (paid).' },
      when: {
        summary: describeSessions([s(12, 'tue', '09:30', '16:00', 'Interview day')]),
        sessions: [s(12, 'tue', '09:30', '16:00', 'Interview day')],
      },
      where: { modes: ['in_person'], venue: VENUES.civicCentre, areaId: 'town-centre' },
      howToGetInvolved: 'All places are taken.',
      closingDate: dateFrom(now, -3),
      topics: ['adult-social-care'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'hearing_loop', 'large_print'],
      payment: paid(150, 'day', ['travel', 'prep_time', 'meals']),
      places: 3,
      placesTaken: 3,
      contact: CONTACTS.council,
      status: 'filled',
      created: 30,
      updated: 3,
    },
    {
      id: 'opp-summer-scheme-design',
      title: 'Design the summer activities scheme',
      summary: 'Young people choose the activities for this summer\'s free holiday scheme.',
      description:
        'The design group is full. Thank you! The group meets weekly until the scheme launches.',
      easyReadSummary: 'The group is full.\nThank you.',
      experienceNeeded: 'You are 11 to 16 and live in Anytown.',
      timeCommitment: { summary: '1 hour a week for six weeks' },
      when: { summary: 'Thursdays after school, 4pm to 5pm' },
      where: { modes: ['in_person'], venue: VENUES.millbrookYouth, areaId: 'millbrook' },
      howToGetInvolved: 'The group is full. Join Youth Voice Anytown to hear about the next one.',
      closingDate: null,
      topics: ['young-people', 'public-health'],
      organisationId: 'youth-voice-anytown',
      accessibility: ['step_free', 'quiet_space'],
      payment: voucher(10, 'session', ['travel', 'meals']),
      places: 12,
      placesTaken: 12,
      contact: CONTACTS.youth,
      status: 'filled',
      created: 45,
      updated: 8,
    },
    // ---------------------------------------------------------------- draft
    {
      id: 'opp-dementia-friendly-town',
      title: 'Dementia-friendly town centre group',
      summary: 'People living with dementia and their carers help make the town centre easier to visit.',
      description:
        'DRAFT. We want to set up a group of people living with dementia and carers who will work with shops, the bus company and the council to make the town centre dementia friendly.\n\nTo do: confirm venue and dates with the dementia café.',
      easyReadSummary:
        'We want the town centre to be easier for people with dementia.\nHelp us make it better.',
      experienceNeeded: 'You live with dementia, or you care for someone who does.',
      timeCommitment: { summary: 'About 2 hours a month' },
      when: { summary: 'To be confirmed.' },
      where: { modes: ['in_person'], areaId: 'town-centre' },
      howToGetInvolved: 'Press "I\'m interested".',
      closingDate: null,
      topics: ['older-people', 'carers'],
      organisationId: 'anytown-council',
      accessibility: ['step_free', 'carer_or_supporter', 'quiet_space'],
      payment: paid(20, 'hour', ['travel', 'care']),
      places: null,
      contact: CONTACTS.council,
      status: 'draft',
      created: 2,
      updated: 1,
    },
    {
      id: 'opp-supported-housing-tender',
      title: 'Supported housing tender evaluation',
      summary: 'Score bids from providers who want to run supported housing for people with a learning disability.',
      description:
        'DRAFT: waiting for procurement sign-off before we publish. We will need 4 people with lived experience to score the quality questions.',
      easyReadSummary: 'We are choosing who runs supported homes.\nHelp us choose.',
      experienceNeeded: 'You live in supported housing, or your family member does.',
      timeCommitment: { summary: 'Two days', prepTime: 'About 4 hours of reading (paid).' },
      when: { summary: 'To be confirmed, in about three months.' },
      where: { modes: ['in_person', 'online'], venue: VENUES.civicCentre, areaId: 'town-centre' },
      howToGetInvolved: 'Press "I\'m interested".',
      closingDate: dateFrom(now, 60),
      topics: ['housing', 'learning-disability'],
      organisationId: 'anytown-council',
      accessibility: ['easy_read', 'step_free'],
      payment: paid(150, 'day', ['travel', 'prep_time']),
      places: 4,
      contact: CONTACTS.commissioning,
      status: 'draft',
      created: 6,
      updated: 6,
    },
  ];

  return specs.map((spec) => build(now, taxonomy, spec));
}
