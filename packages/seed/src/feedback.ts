import type {
  ContactPreference,
  FeedbackItem,
  FeedbackStatus,
  FeedbackUpdate,
  FeedbackUpdateKind,
} from './contract.js';
import { at, longDate } from './helpers.js';

type Link = FeedbackUpdate['links'] extends (infer L)[] | undefined ? L : never;

interface UpdateSpec {
  /** Days before `now`. Must go down (later) through the timeline. */
  days: number;
  kind: FeedbackUpdateKind;
  text: string;
  /** The language `text` is written in; English unless said. */
  language?: FeedbackUpdate['language'];
  /** The Welsh version of an update written in English. */
  cy?: string;
  links?: Link[];
  author: string;
}

interface Spec {
  reference: string;
  topic: string;
  text: string;
  /** The language `text` is written in; English unless said. */
  language?: FeedbackItem['language'];
  attribution?: string | null;
  name?: string | null;
  reply?: ContactPreference | null;
  consentToPublish: boolean;
  /** Days before `now` it was given. */
  created: number;
  status: FeedbackStatus;
  published: boolean;
  mergedInto?: string | null;
  supporters: number;
  updates: UpdateSpec[];
}

const idOf = (reference: string) => reference.toLowerCase();

function build(now: Date, spec: Spec): FeedbackItem {
  const { reference, created, updates: updateSpecs, attribution, name, reply, mergedInto, language, ...rest } = spec;
  const id = idOf(reference);
  const createdAt = at(now, -created, 8, 45);
  const updates: FeedbackUpdate[] = updateSpecs.map((u, i) => ({
    id: `${id}-u${i + 1}`,
    createdAt: at(now, -u.days, 10 + (i % 6), 20),
    kind: u.kind,
    text: u.text,
    language: u.language ?? 'en-GB',
    ...(u.cy ? { translations: { cy: { text: u.cy } } } : {}),
    links: u.links ?? [],
    author: u.author,
  }));
  const last = updates[updates.length - 1];
  return {
    id,
    reference,
    ...rest,
    language: language ?? 'en-GB',
    // The public board never names the giver: the consent to publish promises "without your name".
    attribution: null,
    name: name ?? attribution ?? null,
    reply: reply ?? null,
    mergedInto: mergedInto ?? null,
    createdAt,
    updates,
    updateCount: updates.length,
    lastUpdatedAt: last ? last.createdAt : createdAt,
    lastAnsweredAt: last ? last.createdAt : null,
  };
}

const ROLES = {
  coproduction: 'Co-production lead, Adult Social Care',
  carers: 'Carers Lead, Adult Social Care',
  transport: 'Service Manager, Passenger Transport',
  equalities: 'Equalities Officer, Anytown Council',
  housing: 'Head of Housing Services',
  publicHealth: 'Consultant in Public Health',
  mentalHealth: 'Commissioning Manager, Mental Health',
  customer: 'Customer Services Manager',
  digital: 'Digital Services Lead',
  learningDisability: 'Head of Learning Disability Services',
  youth: 'Youth Services Manager',
  finance: 'Head of Finance, Adult Social Care',
  highways: 'Highways Engineer',
} as const;

/** "You said, we heard, we did" items in every status. */
export function createFeedback(now: Date): FeedbackItem[] {
  const on = (days: number) => longDate(at(now, -days, 12));

  const specs: Spec[] = [
    // ------------------------------------------------------------ changed
    {
      reference: 'FB-8M2D',
      topic: 'carers',
      text:
        "The carers' assessment form is 24 pages long. I gave up halfway through. Carers do not have time for this. Most of the questions are about the person I care for, not about me.",
      attribution: 'Maureen',
      name: 'Maureen Ashcombe-Tate',
      reply: { method: 'email', detail: 'maureen.at@example.com' },
      consentToPublish: true,
      created: 170,
      status: 'changed',
      published: true,
      supporters: 38,
      updates: [
        {
          days: 165,
          kind: 'heard',
          text:
            'Thank you, Maureen. You are right: the form is too long. 31 other carers have told us the same thing this year. We are going to rewrite it with carers, not for them.',
          author: ROLES.carers,
        },
        {
          days: 150,
          kind: 'doing',
          text: `We have set up a group of 8 carers to rewrite the form with us. The first meeting was on ${on(150)}. You can still join the group.`,
          links: [
            { title: "Rewrite the carers' assessment form: get involved", url: 'https://anytown.example/get-involved/carers-assessment-form' },
          ],
          author: ROLES.carers,
        },
        {
          days: 118,
          kind: 'doing',
          text:
            'The group has cut the form from 24 pages to 9. Questions about the person you care for are gone: we already ask those in their own assessment. We have shared the first draft for comments.',
          links: [{ title: 'First draft of the new form (PDF, 9 pages)', url: 'https://anytown.example/documents/carers-assessment-draft-1.pdf' }],
          author: ROLES.carers,
        },
        {
          days: 90,
          kind: 'doing',
          text:
            '22 carers tested the draft. Most finished it in under 30 minutes. They asked for a phone option and for the form to save as you go. We are now working on both.',
          links: [{ title: 'What carers told us in testing', url: 'https://anytown.example/carers/assessment-testing-summary' }],
          author: ROLES.carers,
        },
        {
          days: 62,
          kind: 'doing',
          text:
            'Our IT team is building the online version, with save and return. Carers Centre staff have been trained to complete it with you by phone.',
          author: ROLES.digital,
        },
        {
          days: 40,
          kind: 'doing',
          text: 'The carers group checked the final version and signed it off. Launch is planned for the start of next month.',
          author: ROLES.carers,
        },
        {
          days: 28,
          kind: 'changed',
          text: `We did it. Since ${on(28)} the carers' assessment is 6 pages, not 24. You can fill it in online and save as you go, do it by phone with the Carers Centre, or ask for a paper copy. It is now about you, not the person you care for.`,
          links: [
            { title: "Ask for a carer's assessment", url: 'https://anytown.example/carers/assessment' },
            { title: 'Easy-read guide to the new assessment', url: 'https://anytown.example/documents/carers-assessment-easy-read.pdf' },
          ],
          author: ROLES.carers,
        },
      ],
    },
    {
      reference: 'FB-3HQ7',
      topic: 'transport',
      text: 'The Dial-a-Ride phone line is only open from 10am to 12pm. I ring every day and cannot get through. By the time I do, all the journeys are gone.',
      attribution: null,
      consentToPublish: true,
      created: 95,
      status: 'changed',
      published: true,
      supporters: 27,
      updates: [
        {
          days: 90,
          kind: 'heard',
          text: 'We heard you. Calls to Dial-a-Ride doubled last year, but the phone hours did not change.',
          author: ROLES.transport,
        },
        {
          days: 60,
          kind: 'doing',
          text: 'We are moving to a new booking system and recruiting two more call handlers.',
          author: ROLES.transport,
        },
        {
          days: 21,
          kind: 'changed',
          text: `Since ${on(21)} the Dial-a-Ride line is open 8am to 6pm, Monday to Friday. You can also book by text message or online. People using it to get to medical appointments can book up to four weeks ahead.`,
          links: [{ title: 'Book Dial-a-Ride', url: 'https://anytown.example/transport/dial-a-ride' }],
          author: ROLES.transport,
        },
      ],
    },
    {
      reference: 'FB-6TW4',
      topic: 'deaf-sensory-loss',
      text: 'There was no BSL interpreter at the public meeting about day services. Deaf people could not take part. This happens again and again.',
      attribution: 'Tobi',
      name: 'Tobi',
      reply: { method: 'text', detail: '07700 900 123' },
      consentToPublish: true,
      created: 140,
      status: 'changed',
      published: true,
      supporters: 19,
      updates: [
        {
          days: 138,
          kind: 'heard',
          text: 'We are sorry. That should not have happened. We have shared a BSL video apology and the notes of the meeting in BSL.',
          links: [{ title: 'BSL video: apology and meeting notes', url: 'https://anytown.example/bsl/day-services-meeting' }],
          author: ROLES.equalities,
        },
        {
          days: 100,
          kind: 'changed',
          text: `Since ${on(100)}, we book BSL interpreters for every public meeting as standard, without waiting to be asked. Meetings that are streamed now have live captions too. The BSL users' reference group checks this every two months.`,
          links: [{ title: 'Our accessible meetings promise', url: 'https://anytown.example/equalities/accessible-meetings' }],
          author: ROLES.equalities,
        },
      ],
    },
    {
      reference: 'FB-9KR2',
      topic: 'learning-disability',
      text: 'The letters about my direct payment are full of hard words. I have to wait for my support worker to read them to me.',
      attribution: 'Jimmy',
      name: 'Jimmy',
      reply: { method: 'supporter', detail: 'Carys at Anytown Learning Disability Partnership, 01632 960 415' },
      consentToPublish: true,
      created: 120,
      status: 'changed',
      published: true,
      supporters: 12,
      updates: [
        {
          days: 115,
          kind: 'heard',
          text: 'Thank you, Jimmy. Letters should be easy to understand. We will look at every letter we send about direct payments.',
          author: ROLES.learningDisability,
        },
        {
          days: 80,
          kind: 'doing',
          text: 'The easy-read checking group is rewriting our 7 direct payment letters with us.',
          author: ROLES.learningDisability,
        },
        {
          days: 45,
          kind: 'changed',
          text: `Since ${on(45)}, every direct payment letter has an easy-read version. If you tell us once that you want easy read, you will always get it.`,
          links: [{ title: 'Easy-read direct payment letters', url: 'https://anytown.example/easy-read/direct-payments' }],
          author: ROLES.learningDisability,
        },
      ],
    },
    {
      reference: 'FB-4VN8',
      topic: 'older-people',
      text: 'There is nowhere to sit near the lifts at the Civic Centre. I have to stand for ages waiting. I am 84.',
      attribution: null,
      consentToPublish: true,
      created: 50,
      status: 'changed',
      published: true,
      supporters: 9,
      updates: [
        {
          days: 44,
          kind: 'changed',
          text: `On ${on(44)} we put six chairs with arms next to the lifts. We also fixed the hearing loop at reception, which another visitor told us was not working.`,
          author: ROLES.customer,
        },
      ],
    },
    {
      reference: 'FB-2XP6',
      topic: 'mental-health',
      text: 'I rang the crisis line at 11pm and was told to call back in the morning. I did not know where else to go.',
      attribution: null,
      consentToPublish: true,
      created: 210,
      status: 'changed',
      published: true,
      supporters: 33,
      updates: [
        {
          days: 205,
          kind: 'heard',
          text: 'Thank you for telling us. No one should be told to call back in a crisis. We have shared this, without your name, with the NHS trust that runs the line.',
          author: ROLES.mentalHealth,
        },
        {
          days: 160,
          kind: 'doing',
          text: 'The council, the NHS and Riverside Mental Health Forum are now funding the line together so that it can run all night.',
          author: ROLES.mentalHealth,
        },
        {
          days: 75,
          kind: 'changed',
          text: `Since ${on(75)} the crisis line is open 24 hours a day, every day. Calls at night are answered by trained staff and peer supporters. We are now redesigning the rest of the crisis pathway with people who have used it.`,
          links: [
            { title: 'Get help in a mental health crisis', url: 'https://anytown.example/mental-health/crisis' },
            { title: 'Help redesign the crisis pathway', url: 'https://anytown.example/get-involved/crisis-pathway' },
          ],
          author: ROLES.mentalHealth,
        },
      ],
    },
    // ------------------------------------------------------------ not changed
    {
      reference: 'FB-7LM3',
      topic: 'housing',
      text: 'Please keep the Northgate housing office open on Saturdays. I work all week and cannot get there.',
      attribution: 'Dawit',
      name: 'Dawit Hallorann',
      reply: { method: 'email', detail: 'dawit.h@example.com' },
      consentToPublish: true,
      created: 80,
      status: 'not_changed',
      published: true,
      supporters: 14,
      updates: [
        {
          days: 76,
          kind: 'heard',
          text: 'Thank you. We know Saturday opening mattered to some people.',
          author: ROLES.housing,
        },
        {
          days: 50,
          kind: 'not_changed',
          text:
            'We cannot reopen the office on Saturdays. Fewer than 5 people a month came on Saturdays, and the building is closing next year. Instead, from this month you can book a phone or video appointment with a housing officer on Saturday mornings, 9am to 12pm.',
          links: [{ title: 'Book a Saturday housing appointment', url: 'https://anytown.example/housing/appointments' }],
          author: ROLES.housing,
        },
      ],
    },
    {
      reference: 'FB-5DJ9',
      topic: 'transport',
      text: 'Disabled bus passes should work before 9:30am. I cannot get to my 9am hospital appointments.',
      attribution: null,
      consentToPublish: true,
      created: 130,
      status: 'not_changed',
      published: true,
      supporters: 40,
      updates: [
        {
          days: 125,
          kind: 'heard',
          text: 'We hear this a lot. 40 people have now said the same.',
          author: ROLES.transport,
        },
        {
          days: 100,
          kind: 'not_changed',
          text:
            'We cannot change the times. They are set by national rules, not by the council. We have written to the minister asking for the rules to change, and we will share the reply here. Until then, Dial-a-Ride and the hospital patient transport service can take you to early appointments for free.',
          links: [
            { title: 'Our letter about bus pass times', url: 'https://anytown.example/transport/bus-pass-letter' },
            { title: 'Dial-a-Ride', url: 'https://anytown.example/transport/dial-a-ride' },
          ],
          author: ROLES.transport,
        },
      ],
    },
    {
      reference: 'FB-3CY5',
      topic: 'public-health',
      text: 'Hold the flu jab clinic in the supermarket car park. Everyone goes there anyway.',
      attribution: 'Bev',
      consentToPublish: true,
      created: 60,
      status: 'not_changed',
      published: true,
      supporters: 6,
      updates: [
        {
          days: 52,
          kind: 'not_changed',
          text:
            'Good idea, but we cannot do it safely. Vaccines must be kept in a fridge, and people need a private space in case they feel unwell. The car park has neither. Instead we have added a Saturday clinic at Oakfield Library, next to the supermarket.',
          author: ROLES.publicHealth,
        },
      ],
    },
    {
      reference: 'FB-8BF2',
      topic: 'adult-social-care',
      text: 'Stop charging people for going to day services. We are being charged for being disabled.',
      attribution: null,
      consentToPublish: true,
      created: 100,
      status: 'not_changed',
      published: true,
      supporters: 22,
      updates: [
        {
          days: 95,
          kind: 'heard',
          text: 'We understand why this feels unfair. We are looking at the numbers and will come back to you.',
          author: ROLES.finance,
        },
        {
          days: 70,
          kind: 'not_changed',
          text:
            'We are not able to stop charging. Charges bring in £1.2 million a year, which pays for care for about 150 people. What we have done: nobody pays more than they can afford after a financial assessment, and we now check everyone for benefits they are missing. Last year this found an average of £1,900 a year per person.',
          links: [{ title: 'How we work out what you pay', url: 'https://anytown.example/adult-social-care/paying-for-care' }],
          author: ROLES.finance,
        },
      ],
    },
    // ------------------------------------------------------------ considering
    {
      reference: 'FB-4PW7',
      topic: 'young-people',
      text: 'The youth club in Millbrook closes at 8. There is nothing to do after that so people just hang around on the street.',
      attribution: 'Kian',
      consentToPublish: true,
      created: 35,
      status: 'considering',
      published: true,
      supporters: 17,
      updates: [
        { days: 33, kind: 'heard', text: 'Thanks Kian. We have heard this from other young people too.', author: ROLES.youth },
        {
          days: 12,
          kind: 'doing',
          text: 'We are trying a Friday late session until 10pm for six weeks from next month. Youth Voice Anytown will tell us if it works.',
          author: ROLES.youth,
        },
      ],
    },
    {
      reference: 'FB-6GK3',
      topic: 'mental-health',
      text: 'I have been waiting 14 weeks for talking therapy. Nobody has told me how much longer.',
      attribution: null,
      consentToPublish: true,
      created: 42,
      status: 'considering',
      published: true,
      supporters: 25,
      updates: [
        {
          days: 38,
          kind: 'heard',
          text:
            'Thank you. Waiting without news is hard. We have asked the service to write to everyone on the waiting list with their expected wait, and to tell them what help there is meanwhile.',
          author: ROLES.mentalHealth,
        },
      ],
    },
    {
      reference: 'FB-2RM8',
      topic: 'carers',
      // Given in Welsh: "Carers need a break without waiting months for the council to arrange it. An emergency does not wait."
      text: 'Mae angen seibiant ar ofalwyr heb aros misoedd i’r cyngor ei drefnu. Dydy argyfwng ddim yn aros.',
      language: 'cy',
      attribution: 'Gwen',
      consentToPublish: true,
      created: 75,
      status: 'considering',
      published: true,
      supporters: 30,
      updates: [
        // Answered in Welsh, the language it was given in: "We agree that arranging respite takes too long."
        { days: 70, kind: 'heard', text: "Rydym yn cytuno ei bod yn cymryd gormod o amser i drefnu seibiant.", language: 'cy', author: ROLES.carers },
        {
          days: 30,
          kind: 'doing',
          text: 'A group of carers has reviewed our short breaks. Their report asks for an emergency respite service. Commissioners will decide by the end of next month.',
          // Written in English for the board, with the Welsh a Welsh reader sees in its place.
          cy: "Mae grŵp o ofalwyr wedi adolygu ein seibiannau byr. Mae eu hadroddiad yn gofyn am wasanaeth seibiant brys. Bydd y comisiynwyr yn penderfynu erbyn diwedd y mis nesaf.",
          links: [{ title: 'Short breaks review: what carers said', url: 'https://anytown.example/carers/short-breaks-review' }],
          author: ROLES.carers,
        },
      ],
    },
    {
      reference: 'FB-9HT4',
      topic: 'digital-services',
      text: 'Your website forms time out while I am filling them in. I am slower because I use a screen reader. I lose everything and have to start again.',
      attribution: 'Nasrin',
      name: 'Nasrin',
      reply: { method: 'email', detail: 'nasrin.k@example.org' },
      consentToPublish: true,
      created: 25,
      status: 'considering',
      published: true,
      supporters: 11,
      updates: [
        {
          days: 24,
          kind: 'heard',
          text: 'We are sorry. Time limits like this break accessibility rules and we need to fix them.',
          author: ROLES.digital,
        },
        {
          days: 9,
          kind: 'doing',
          text: 'Our new forms have no time limit and save as you go. We are testing the first one, for Blue Badges, with disabled people now.',
          links: [{ title: 'Help test the new Blue Badge form', url: 'https://anytown.example/get-involved/blue-badge-form' }],
          author: ROLES.digital,
        },
      ],
    },
    {
      reference: 'FB-5QZ6',
      topic: 'deaf-sensory-loss',
      text: 'The housing repairs line does not accept text relay calls. They hang up on me.',
      attribution: null,
      consentToPublish: true,
      created: 18,
      status: 'considering',
      published: true,
      supporters: 4,
      updates: [
        {
          days: 16,
          kind: 'heard',
          text: 'That is not acceptable. We are retraining repairs staff on relay calls this month and will tell you what else we do.',
          author: ROLES.housing,
        },
      ],
    },
    {
      reference: 'FB-7NC2',
      topic: 'learning-disability',
      text: 'Day centre trips stopped during COVID and never started again. We used to go to the seaside every summer.',
      attribution: 'Shelley',
      consentToPublish: true,
      created: 28,
      status: 'considering',
      published: true,
      supporters: 8,
      updates: [
        { days: 26, kind: 'heard', text: 'Thank you, Shelley. Trips matter and we want to bring them back.', author: ROLES.learningDisability },
        {
          days: 10,
          kind: 'doing',
          text: 'We are pricing minibus hire and staffing for three trips this summer. We will ask people at each day centre where they want to go.',
          author: ROLES.learningDisability,
        },
      ],
    },
    {
      reference: 'FB-9MX3',
      topic: 'adult-social-care',
      text: 'My home care visits are meant to be 30 minutes but the carer is always rushing to the next person. Sometimes it is 10 minutes.',
      attribution: null,
      name: 'Ronald Ibbotson',
      reply: { method: 'phone', detail: '01632 960 377' },
      consentToPublish: true,
      created: 22,
      status: 'considering',
      published: true,
      supporters: 15,
      updates: [
        {
          days: 20,
          kind: 'heard',
          text: 'Thank you. Short visits are not acceptable. We have raised this with your provider.',
          author: ROLES.coproduction,
        },
        {
          days: 6,
          kind: 'doing',
          text:
            'We are buying new home care contracts this year. Travel time between visits will be paid separately so carers are not rushed. People who get home care will help us choose the providers.',
          links: [{ title: 'Join the home care commissioning panel', url: 'https://anytown.example/get-involved/home-care-panel' }],
          author: ROLES.coproduction,
        },
      ],
    },
    // ------------------------------------------------------------ received
    {
      reference: 'FB-3WB9',
      topic: 'housing',
      text: 'My flat has had damp and black mould for a year. I have reported it four times. My son has asthma.',
      attribution: null,
      name: 'Leanne Corrigan',
      reply: { method: 'phone', detail: '07700 900 614' },
      consentToPublish: false,
      created: 2,
      status: 'received',
      published: false,
      supporters: 0,
      updates: [],
    },
    {
      reference: 'FB-4KD6',
      topic: 'older-people',
      text: 'The benches in Castle Hill park have been taken away. Older people used them to rest on the way to the shops.',
      attribution: 'Harold',
      consentToPublish: true,
      created: 5,
      status: 'received',
      published: true,
      supporters: 7,
      updates: [],
    },
    {
      reference: 'FB-8TF5',
      topic: 'transport',
      text: 'There is no dropped kerb on Mill Lane opposite the community hub. I have to go into the road in my wheelchair.',
      attribution: null,
      consentToPublish: true,
      created: 3,
      status: 'received',
      published: true,
      supporters: 2,
      updates: [],
    },
    {
      reference: 'FB-6YH2',
      topic: 'public-health',
      text: 'Can the stop smoking service run an evening group? I work days.',
      attribution: null,
      consentToPublish: true,
      created: 1,
      status: 'received',
      published: false,
      supporters: 0,
      updates: [],
    },
    {
      reference: 'FB-2JV7',
      topic: 'mental-health',
      text: 'Why is the wait for counselling so long? I was referred in the spring and still have no date.',
      attribution: null,
      consentToPublish: true,
      created: 30,
      status: 'considering',
      published: false,
      mergedInto: idOf('FB-6GK3'),
      supporters: 0,
      updates: [],
    },
  ];

  return specs.map((spec) => build(now, spec));
}
