import type { AccessFeature, LadderRung, Opportunity, OpportunityInput, OpportunityKind, OpportunityStatus, ParticipationMode, Payment } from '../../../api/types.js';
import { applyPaths, changedPaths } from '../../../shared/conflict/field-merge.js';
import { blankRates, RATE_PATHS, ratesFrom, ratesToPayment, type RatesValues } from './brief-rates.js';
import { fromSession, toSession, type SessionValues } from './sessions.js';

/** The brief's free-text fields that take Welsh (the contract's OpportunityTranslation). */
export const WELSH_FIELDS = [
  'title',
  'summary',
  'description',
  'easyReadSummary',
  'experienceNeeded',
  'timeCommitment',
  'prepTime',
  'when',
  'howToGetInvolved',
  'paymentNotes',
  'supportOffered',
] as const;
export type WelshField = (typeof WELSH_FIELDS)[number];
export type WelshValues = Record<WelshField, string>;

const blankWelsh = (): WelshValues => Object.fromEntries(WELSH_FIELDS.map((field) => [field, ''])) as WelshValues;

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
  sessions: SessionValues[];
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
  /** Costs paid back, prep, vouchers, when we pay, cost code (see `brief-rates.ts`). */
  rates: RatesValues;
  paymentNotes: string;
  accessibility: AccessFeature[];
  supportOffered: string;
  topics: string[];
  organisationId: string;
  cy: WelshValues;
  /** The ladder rung promised (issue 17), or '' when not said. */
  promise: LadderRung | '';
  /** A training or support session (issue 17), or '' for an activity. */
  kind: OpportunityKind | '';
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
  sessions: [],
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
  rates: blankRates(),
  paymentNotes: '',
  accessibility: [],
  supportOffered: '',
  topics: [],
  organisationId,
  cy: blankWelsh(),
  promise: '',
  kind: '',
});

/** The contract's field paths in the order the form asks them, for the error summary. */
export const FIELD_ORDER = [
  'kind',
  'title',
  'summary',
  'description',
  'easyReadSummary',
  'experienceNeeded',
  'skills',
  'timeCommitment.summary',
  'timeCommitment.prepTime',
  'when.summary',
  'when.sessions',
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
  ...RATE_PATHS,
  'payment.notes',
  'accessibility',
  'supportOffered',
  'topics',
  'organisationId',
  'promise',
  ...WELSH_FIELDS.map((field) => `translations.cy.${field}`),
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

/**
 * The request body for the answers alone, leaving out what was not given. `toInput` is what
 * the form sends: this, laid over the brief as it was loaded.
 */
export function answersToInput(values: BriefValues, status: OpportunityStatus): OpportunityInput {
  const paid = values.paymentType === 'paid' || values.paymentType === 'voucher';
  const pence = paid ? poundsToPence(values.amount) : undefined;
  const inPerson = values.modes.includes('in_person');
  const online = values.modes.includes('online');
  const contact = { name: trimmed(values.contactName), email: trimmed(values.contactEmail), phone: trimmed(values.contactPhone) };
  const cy = Object.fromEntries(WELSH_FIELDS.map((field) => [field, trimmed(values.cy[field])]).filter(([, text]) => text));
  const input: OpportunityInput = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    experienceNeeded: values.experienceNeeded.trim(),
    timeCommitment: { summary: values.timeSummary.trim(), ...(trimmed(values.prepTime) ? { prepTime: values.prepTime.trim() } : {}) },
    when: { summary: values.whenSummary.trim(), ...(values.sessions.length ? { sessions: values.sessions.map(toSession) } : {}) },
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
      ...ratesToPayment(values.rates, paid),
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
  if (Object.keys(cy).length) input.translations = { cy };
  if (values.promise) input.promise = values.promise;
  if (values.kind && values.kind !== 'activity') input.kind = values.kind;
  return input;
}

/**
 * What the form sends. Without `loaded` (a new brief) it is the answers. Editing, it is the
 * brief as loaded with only the fields the person changed replaced: a field the form does
 * not show, or shows but nobody touched, goes back exactly as it came (its spacing, its
 * timestamps, a venue kept while the brief is online only).
 */
export function toInput(values: BriefValues, status: OpportunityStatus, loaded?: OpportunityInput): OpportunityInput {
  const answers = answersToInput(values, status);
  if (!loaded) return answers;
  const asLoaded = answersToInput(fromOpportunity(loaded), status);
  return { ...applyPaths(loaded, answers, changedPaths(asLoaded, answers)), status };
}

/** An existing opportunity as form answers. */
export function fromOpportunity(o: OpportunityInput): BriefValues {
  const cy = o.translations?.cy ?? {};
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
    sessions: (o.when.sessions ?? []).map(fromSession),
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
    rates: ratesFrom(o.payment),
    paymentNotes: o.payment.notes ?? '',
    accessibility: [...o.accessibility],
    supportOffered: o.supportOffered ?? '',
    topics: [...o.topics],
    organisationId: o.organisationId,
    cy: Object.fromEntries(WELSH_FIELDS.map((field) => [field, cy[field] ?? ''])) as WelshValues,
    promise: o.promise ?? '',
    kind: o.kind === 'activity' ? '' : (o.kind ?? ''),
  };
}

/** The brief part of an opportunity, as the write calls take it, with another status (and, to cancel it, why). */
export function withStatus(o: Opportunity, status: OpportunityStatus, cancelledReason?: string): OpportunityInput {
  const { id: _id, organisation: _org, area: _area, placesTaken: _taken, interestCount: _count, createdAt: _created, updatedAt: _updated, publishedAt: _published, ...input } = o;
  return { ...input, status, ...(status === 'cancelled' && cancelledReason ? { cancelledReason } : {}) };
}

/** The brief part of an opportunity, as it is. */
export const briefOf = (o: Opportunity): OpportunityInput => withStatus(o, o.status);
