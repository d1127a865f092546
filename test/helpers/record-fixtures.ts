import type { MeCallOptions } from '../../src/api/api.js';
import { ApiError } from '../../src/api/errors.js';
import type { InvolvementRecord } from '../../src/api/types.js';
import { ME_NOW, MeFixtureApi, type MeFixtureOptions } from './me-fixtures.js';

const carers = { en: 'Help write the carers strategy', cy: 'Helpu i ysgrifennu’r strategaeth gofalwyr' };
const panel = { en: 'Young carers panel', cy: 'Panel gofalwyr ifanc' };

/**
 * Rhian's record over two UK tax years: three sessions, five claims (paid in each tax year,
 * approved, refused, fees declined). In the tax year 6 April 2025 to 5 April 2026: 2 h 30 min
 * taking part, 1 h 30 min preparation, fees paid £60, expenses paid back £35.40.
 */
export const fixtureRecord: InvolvementRecord = {
  generatedAt: ME_NOW.toISOString(),
  // Whose record it is: the server's choice of profile (personProfileIn), as the page's profile says.
  name: 'Rhian',
  activities: [
    {
      opportunityId: 'opp-young-carers', title: panel, roles: ['Panel member'], activityMinutes: 120, prepMinutes: 60,
      sessions: [{ sessionStart: '2025-03-20T14:00:00Z', activityMinutes: 120, prepMinutes: 60 }],
    },
    {
      opportunityId: 'opp-carers-strategy', title: carers, roles: ['Workshop member'], activityMinutes: 150, prepMinutes: 90,
      sessions: [
        { sessionStart: '2026-02-04T10:00:00Z', activityMinutes: 120, prepMinutes: 60 },
        { sessionStart: '2026-03-04T10:00:00Z', activityMinutes: 30, prepMinutes: 30 },
      ],
    },
  ],
  claims: [
    { reference: 'CL-2PAN', opportunityTitle: panel, status: 'paid', submittedAt: '2025-03-21T09:00:00Z', paymentChoice: 'vouchers', feesPence: 4000, expensesPence: 0, totalPence: 4000, paidOn: '2025-04-02' },
    { reference: 'CL-7QX2', opportunityTitle: carers, status: 'paid', submittedAt: '2026-02-05T09:00:00Z', paymentChoice: 'bank_transfer', feesPence: 6000, expensesPence: 3540, totalPence: 9540, paidOn: '2026-02-18' },
    { reference: 'CL-9TRV', opportunityTitle: carers, status: 'approved', submittedAt: '2026-03-05T09:00:00Z', paymentChoice: 'bank_transfer', feesPence: 2000, expensesPence: 540, totalPence: 2540, paidOn: null },
    { reference: 'CL-4DEC', opportunityTitle: carers, status: 'paid', submittedAt: '2026-03-05T10:00:00Z', paymentChoice: 'declined', feesPence: 0, expensesPence: 0, totalPence: 0, paidOn: '2026-03-06' },
    { reference: 'CL-3REF', opportunityTitle: carers, status: 'refused', submittedAt: '2026-03-06T09:00:00Z', paymentChoice: 'bank_transfer', feesPence: 1000, expensesPence: 0, totalPence: 1000, paidOn: null },
  ],
  feedback: [
    { reference: 'FB-4HTD', text: 'Respite breaks are booked up months ahead.', language: 'en-GB', givenAt: '2026-02-10T09:00:00Z', status: 'changed', outcome: 'We now hold ten respite places back for emergencies.', outcomeAt: '2026-03-01T09:00:00Z' },
    { reference: 'FB-2OLD', text: 'The bus to the day centre stops at 4pm.', language: 'en-GB', givenAt: '2025-01-10T09:00:00Z', status: 'received', outcome: null, outcomeAt: null },
  ],
  totals: { activityMinutes: 270, prepMinutes: 150, paidPence: 13540 },
};

export interface RecordFixtureOptions extends MeFixtureOptions {
  /** The record: Rhian's (default), empty, or a failure. */
  record?: 'filled' | 'empty' | 'fails' | 'prep-only';
}

/** The person's page with their involvement record as the server answers `/me/record`. */
export class RecordFixtureApi extends MeFixtureApi {
  constructor(options: RecordFixtureOptions = {}) {
    super(options);
    const kind = options.record ?? 'filled';
    // The pay calls are carried onto the adapter as read-only properties: replace this one's.
    Object.defineProperty(this, 'getMyRecord', {
      value: async (_options: MeCallOptions): Promise<InvolvementRecord> => {
        if (kind === 'fails') throw new ApiError('server', 'Failed', { status: 503 });
        if (kind === 'empty') return { generatedAt: ME_NOW.toISOString(), activities: [], claims: [], feedback: [], totals: { activityMinutes: 0, prepMinutes: 0, paidPence: 0 } };
        const record = structuredClone(fixtureRecord);
        // Prepared for a session but did not take part in it (0 minutes): preparation only.
        if (kind === 'prep-only') record.activities[1]!.sessions.push({ sessionStart: '2026-03-18T10:00:00Z', activityMinutes: 0, prepMinutes: 60 });
        return record;
      },
    });
  }
}
