import type { Seed } from '../src/types.js';
import type { Opportunity } from '../../src/api/types.js';

/** A tiny council of our own, so these tests do not move when the shared demo seed changes. */
export function fixtureSeed(now = new Date()): Seed {
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const date = (days: number) => at(days).slice(0, 10);
  const opportunity = (id: string, over: Partial<Opportunity>): Opportunity => ({
    id,
    title: `Opportunity ${id}`,
    summary: 'Help us shape a service that matters to you.',
    description: 'A longer description of what we will do together.',
    experienceNeeded: 'Lived experience of care and support.',
    timeCommitment: { summary: '2 hours a month for 6 months' },
    when: { summary: 'First Tuesday of each month' },
    where: { modes: ['online'] },
    howToGetInvolved: 'Press "I am interested".',
    closingDate: date(30),
    topics: ['housing'],
    organisationId: 'council',
    accessibility: ['easy_read'],
    payment: { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: ['travel'] },
    places: 5,
    status: 'open',
    organisation: { id: 'council', name: { en: 'Anytown Council' } },
    area: null,
    placesTaken: 0,
    createdAt: at(-10),
    updatedAt: at(-10),
    publishedAt: at(-10),
    ...over,
  });
  return {
    taxonomy: {
      topics: [
        { id: 'housing', name: { en: 'Housing', cy: 'Tai' } },
        { id: 'transport', name: { en: 'Transport', cy: 'Trafnidiaeth' } },
        { id: 'carers', name: { en: 'Carers' } },
      ],
      areas: [{ id: 'riverside', name: { en: 'Riverside', cy: 'Glan yr Afon' } }],
      organisations: [
        { id: 'council', name: { en: 'Anytown Council' } },
        { id: 'carers-centre', name: { en: 'Anytown Carers Centre' } },
      ],
    },
    opportunities: [
      opportunity('opp-housing', { title: 'Housing strategy panel', description: 'Tell us how the new housing strategy should help disabled tenants find homes.', closingDate: date(5) }),
      opportunity('opp-buses', {
        title: 'Accessible buses review', topics: ['transport'], where: { modes: ['in_person'], areaId: 'riverside', venue: { name: 'Riverside Hub' } },
        area: { id: 'riverside', name: { en: 'Riverside', cy: 'Glan yr Afon' } }, description: 'Ride the new buses and tell us what works for wheelchair users.', closingDate: date(10),
        payment: { type: 'voucher', amountPence: 1500, unit: 'session', expensesCovered: [] },
      }),
      opportunity('opp-carers', { title: 'Carers week planning', topics: ['carers'], organisationId: 'carers-centre', organisation: { id: 'carers-centre', name: { en: 'Anytown Carers Centre' } }, payment: { type: 'unpaid', expensesCovered: ['care'] }, closingDate: null }),
      opportunity('opp-draft', { title: 'Draft: day services', status: 'draft', publishedAt: null }),
      opportunity('opp-closed', { title: 'Closed: libraries', status: 'closed' }),
      opportunity('opp-filled', { title: 'Filled: recruitment panel', status: 'filled' }),
    ],
    interests: [
      {
        id: 'int-1', reference: 'INT-AAAA', opportunityId: 'opp-housing', name: 'Sam', contact: { method: 'email', detail: 'sam@example.com' }, consent: true,
        status: 'joined', note: 'Joined the panel', createdAt: at(-5), updatedAt: at(-4), firstAnsweredAt: at(-4),
      },
    ],
    feedback: [
      {
        id: 'fb-bus', reference: 'FB-BBBB', topic: 'transport', text: 'The 12 bus has no ramp on Sundays.', language: 'en-GB', attribution: 'Pat', name: 'Pat', reply: { method: 'email', detail: 'pat@example.com' },
        consentToPublish: true, createdAt: at(-20), status: 'considering', published: true, mergedInto: null, supporters: 3,
        updates: [
          { id: 'u-1', kind: 'heard', text: 'We have asked the bus company.', links: [], createdAt: at(-15), author: 'Transport lead' },
          { id: 'u-2', kind: 'doing', text: 'New buses arrive in spring.', links: [{ title: 'Bus plan', url: 'https://example.org/plan' }], createdAt: at(-5) },
        ],
        updateCount: 2, lastUpdatedAt: at(-5), lastAnsweredAt: at(-5),
      },
      {
        id: 'fb-private', reference: 'FB-CCCC', topic: 'housing', text: 'My flat has been damp for a year.', language: 'en-GB', attribution: null, name: 'Alex', reply: { method: 'phone', detail: '01632 960000' },
        consentToPublish: false, createdAt: at(-3), status: 'received', published: false, mergedInto: null, supporters: 0, updates: [], updateCount: 0, lastUpdatedAt: at(-3), lastAnsweredAt: null,
      },
    ],
    profiles: [
      {
        id: 'profile-seed', name: 'Jo', importantToMe: 'My family and my dog.', experience: 'Twenty years as a carer.', contact: { method: 'text', detail: '07700 900000' },
        consent: true, topics: ['carers'], skills: ['Listening', 'Welsh speaker'], createdAt: at(-30), updatedAt: at(-30),
      },
    ],
  };
}
