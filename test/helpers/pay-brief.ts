import type { OpportunityInput } from '../../src/api/types.js';

/**
 * A paid brief for pay tests and states (issue 16): £20 an hour with paid preparation, 45p a
 * mile, tickets and carer cover, a cost code. `overrides` change the payment.
 */
export function paidBrief(overrides: Partial<OpportunityInput['payment']> = {}): OpportunityInput {
  return {
    title: 'Carers strategy panel',
    summary: 'Help write the new carers strategy with us.',
    description: 'Four meetings to shape what the council does for carers.',
    experienceNeeded: 'Caring for someone.',
    timeCommitment: { summary: '2 hours a month' },
    when: { summary: 'First Monday', sessions: [{ start: '2026-02-23T10:00:00Z' }] },
    where: { modes: ['in_person'] },
    howToGetInvolved: 'Say you are interested.',
    topics: ['carers'],
    organisationId: 'council',
    accessibility: [],
    payment: {
      type: 'paid',
      amountPence: 2000,
      unit: 'hour',
      expensesCovered: ['travel', 'prep_time', 'care'],
      prep: { paid: true, expectedMinutes: 60 },
      expenses: { mileagePence: 45, care: true, tickets: true },
      payWithinWorkingDays: 10,
      costCode: 'ASC-COPROD-01',
      ...overrides,
    },
    status: 'open',
  };
}

