import type { AccessFeature, Opportunity, OpportunityInput, OpportunityStatus, ParticipationMode, Payment } from '../../api/types.js';

/** What the brief form holds: every answer as typed, so nothing is lost on a failed save. */
export interface BriefValues {
  title: string;
  summary: string;
  description: string;
  easyReadSummary: string;
  experienceNeeded: string;
  skills: string;
  timeSummary: string;
  prepTime: string;
  whenSummary: string;
  modes: ParticipationMode[];
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  venueStepFree: boolean;
  onlineDetails: string;
  areaId: string;
  howToGetInvolved: string;
  closingDate: string;
  places: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  paymentType: Payment['type'] | '';
  amount: string;
  unit: NonNullable<Payment['unit']>;
  expenses: NonNullable<Payment['expensesCovered']>;
  paymentNotes: string;
  accessibility: AccessFeature[];
  supportOffered: string;
  topics: string[];
  organisationId: string;
  cyTitle: string;
  cySummary: string;
}

export const blankBrief = (organisationId = ''): BriefValues => ({
  title: '',
  summary: '',
  description: '',
  easyReadSummary: '',
  experienceNeeded: '',
  skills: '',
  timeSummary: '',
  prepTime: '',
  whenSummary: '',
  modes: [],
  venueName: '',
  venueAddress: '',
  venuePostcode: '',
  venueStepFree: false,
  onlineDetails: '',
  areaId: '',
  howToGetInvolved: '',
  closingDate: '',
  places: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  paymentType: '',
  amount: '',
  unit: 'hour',
  expenses: [],
  paymentNotes: '',
  accessibility: [],
  supportOffered: '',
  topics: [],
  organisationId,
  cyTitle: '',
  cySummary: '',
});

/** The contract's field paths in the order the form asks them, for the error summary. */
export const FIELD_ORDER = [
  'title',
  'summary',
  'description',
  'easyReadSummary',
  'experienceNeeded',
  'skills',
  'timeCommitment.summary',
  'timeCommitment.prepTime',
  'when.summary',
  'where.modes',
  'where.venue.name',
  'where.onlineDetails',
  'where.areaId',
  'howToGetInvolved',
  'closingDate',
  'places',
  'contact.name',
  'contact.email',
  'contact.phone',
  'payment.type',
  'payment.amountPence',
  'payment.expensesCovered',
  'payment.notes',
  'accessibility',
  'supportOffered',
  'topics',
  'organisationId',
  'translations.cy.title',
  'translations.cy.summary',
] as const;

const trimmed = (value: string): string | undefined => value.trim() || undefined;

export function poundsToPence(amount: string): number | undefined {
  const match = /^£?\s*(\d{1,5})(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The request body for the answers, leaving out what was not given. */
export function toInput(values: BriefValues, status: OpportunityStatus): OpportunityInput {
  const paid = values.paymentType === 'paid' || values.paymentType === 'voucher';
  const pence = paid ? poundsToPence(values.amount) : undefined;
  const inPerson = values.modes.includes('in_person');
  const online = values.modes.includes('online');
  const contact = { name: trimmed(values.contactName), email: trimmed(values.contactEmail), phone: trimmed(values.contactPhone) };
  const cy = { title: trimmed(values.cyTitle), summary: trimmed(values.cySummary) };
  const input: OpportunityInput = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    experienceNeeded: values.experienceNeeded.trim(),
    timeCommitment: { summary: values.timeSummary.trim(), ...(trimmed(values.prepTime) ? { prepTime: values.prepTime.trim() } : {}) },
    when: { summary: values.whenSummary.trim() },
    where: {
      modes: values.modes,
      ...(inPerson && trimmed(values.venueName)
        ? {
            venue: {
              name: values.venueName.trim(),
              ...(trimmed(values.venueAddress) ? { address: values.venueAddress.trim() } : {}),
              ...(trimmed(values.venuePostcode) ? { postcode: values.venuePostcode.trim().toUpperCase() } : {}),
              stepFree: values.venueStepFree,
            },
          }
        : {}),
      ...(values.areaId ? { areaId: values.areaId } : {}),
      ...(online && trimmed(values.onlineDetails) ? { onlineDetails: values.onlineDetails.trim() } : {}),
    },
    howToGetInvolved: values.howToGetInvolved.trim(),
    closingDate: values.closingDate.trim() || null,
    topics: values.topics,
    organisationId: values.organisationId,
    accessibility: values.accessibility,
    payment: {
      type: (values.paymentType || 'unpaid') as Payment['type'],
      ...(paid && pence !== undefined ? { amountPence: pence, unit: values.unit } : {}),
      expensesCovered: values.expenses,
      ...(trimmed(values.paymentNotes) ? { notes: values.paymentNotes.trim() } : {}),
    },
    places: values.places.trim() ? Number(values.places.trim()) : null,
    status,
  };
  const skills = values.skills.split('\n').map((s) => s.trim()).filter(Boolean);
  if (skills.length) input.skills = skills;
  if (trimmed(values.easyReadSummary)) input.easyReadSummary = values.easyReadSummary.trim();
  if (trimmed(values.supportOffered)) input.supportOffered = values.supportOffered.trim();
  if (contact.name || contact.email || contact.phone) input.contact = Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) as OpportunityInput['contact'];
  if (cy.title || cy.summary) input.translations = { cy: Object.fromEntries(Object.entries(cy).filter(([, v]) => v)) };
  return input;
}

/** An existing opportunity as form answers. */
export function fromOpportunity(o: Opportunity): BriefValues {
  return {
    title: o.title,
    summary: o.summary,
    description: o.description,
    easyReadSummary: o.easyReadSummary ?? '',
    experienceNeeded: o.experienceNeeded,
    skills: (o.skills ?? []).join('\n'),
    timeSummary: o.timeCommitment.summary,
    prepTime: o.timeCommitment.prepTime ?? '',
    whenSummary: o.when.summary,
    modes: [...o.where.modes],
    venueName: o.where.venue?.name ?? '',
    venueAddress: o.where.venue?.address ?? '',
    venuePostcode: o.where.venue?.postcode ?? '',
    venueStepFree: o.where.venue?.stepFree ?? false,
    onlineDetails: o.where.onlineDetails ?? '',
    areaId: o.where.areaId ?? '',
    howToGetInvolved: o.howToGetInvolved,
    closingDate: o.closingDate ?? '',
    places: o.places ? String(o.places) : '',
    contactName: o.contact?.name ?? '',
    contactEmail: o.contact?.email ?? '',
    contactPhone: o.contact?.phone ?? '',
    paymentType: o.payment.type,
    amount: o.payment.amountPence !== undefined ? (o.payment.amountPence / 100).toFixed(o.payment.amountPence % 100 ? 2 : 0) : '',
    unit: o.payment.unit ?? 'hour',
    expenses: [...(o.payment.expensesCovered ?? [])],
    paymentNotes: o.payment.notes ?? '',
    accessibility: [...o.accessibility],
    supportOffered: o.supportOffered ?? '',
    topics: [...o.topics],
    organisationId: o.organisationId,
    cyTitle: o.translations?.cy?.title ?? '',
    cySummary: o.translations?.cy?.summary ?? '',
  };
}

/** The brief part of an opportunity, as the write calls take it, with another status. */
export function withStatus(o: Opportunity, status: OpportunityStatus): OpportunityInput {
  const { id: _id, organisation: _org, area: _area, placesTaken: _taken, interestCount: _count, createdAt: _created, updatedAt: _updated, publishedAt: _published, ...input } = o;
  return { ...input, status };
}
