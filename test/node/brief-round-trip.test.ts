/// <reference types="node" />
/**
 * The staff brief form's load and save, as property tests: whole briefs (dated sessions and
 * every Welsh field and the structured pay rates included) go through the form's values and
 * come back exactly; briefs stored before the rates existed go back unchanged too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { OpportunityInput, OpportunityStatus } from '../../src/api/types.js';
import { createSeed } from '@coprod/seed';
import { answersToInput, briefOf, fromOpportunity, toInput, WELSH_FIELDS, type BriefValues } from '../../src/components/staff-opportunities/internal/brief-values.js';
import { fromUkLocal, ukLocal } from '../../src/components/staff-opportunities/internal/sessions.js';

const RUNS = { numRuns: 300 };

// ---- Briefs as the form writes them: trimmed text, sessions on whole minutes in UK time.

const word = fc.constantFrom('carers', 'gofalwyr', 'Anytown', 'Unrhywle', 'ŵyr', 'café', '£20', 'plan', 'we’re', 'a', 'y', '10am', 'don’t', '“quoted”', 'Ysbyty', 'âŷ', '&', '<b>', '🙂');
const line = (max = 8) => fc.array(word, { minLength: 1, maxLength: max }).map((words) => words.join(' '));
const paragraphs = fc.array(line(), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const id = fc.constantFrom('carers', 'adult-social-care', 'mental-health', 'town-centre', 'riverside', 'anytown-council');
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const optional = <K extends string, V>(key: K, value: fc.Arbitrary<V>) => fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : ({ [key]: v } as Record<K, V>)));

const MINUTE = 60_000;
const instant = fc.integer({ min: Date.UTC(2025, 0, 1) / MINUTE, max: Date.UTC(2028, 11, 31) / MINUTE }).map((m) => new Date(m * MINUTE).toISOString());
/** An instant the form can show and write back unchanged (not the repeated hour in autumn). */
const formInstant = instant.filter((iso) => fromUkLocal(ukLocal(iso).date, ukLocal(iso).time) === iso);
const session = fc
  .record({ start: formInstant, minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }), label: fc.option(line(4), { nil: undefined }), venue: fc.option(line(4), { nil: undefined }), onlineLink: fc.option(fc.constantFrom('https://meet.example/abc', 'http://teams.example/x?y=1'), { nil: undefined }) })
  .map(({ start, minutes, ...rest }) => {
    const end = minutes === undefined ? undefined : new Date(Date.parse(start) + minutes * MINUTE).toISOString();
    const sameDay = end !== undefined && ukLocal(end).date === ukLocal(start).date && fromUkLocal(ukLocal(start).date, ukLocal(end).time) === end;
    return Object.fromEntries(Object.entries({ start, end: sameDay ? end : undefined, ...rest }).filter(([, v]) => v !== undefined)) as NonNullable<OpportunityInput['when']['sessions']>[number];
  });

const welsh = fc
  .record(Object.fromEntries(WELSH_FIELDS.map((field) => [field, fc.option(field === 'title' || field === 'timeCommitment' ? line() : paragraphs, { nil: undefined })])) as Record<(typeof WELSH_FIELDS)[number], fc.Arbitrary<string | undefined>>)
  .map((cy) => Object.fromEntries(Object.entries(cy).filter(([, v]) => v !== undefined)));

/** A payment as stored before the structured rates: a list of ticks only. */
const legacyPayment = fc
  .record({
    type: fc.constantFrom('paid', 'voucher', 'unpaid' as const),
    amount: fc.option(fc.record({ amountPence: fc.integer({ min: 0, max: 1_000_000 }), unit: fc.constantFrom('hour', 'session', 'day', 'meeting' as const) }), { nil: undefined }),
    expensesCovered: subset(['travel', 'prep_time', 'care', 'childcare', 'equipment', 'data', 'meals'] as const),
    notes: optional('notes', paragraphs),
  })
  .map(({ type, amount, expensesCovered, notes }) => ({ type, ...(type !== 'unpaid' && amount ? amount : {}), expensesCovered, ...notes }));

/** A payment with the structured rates, as the form writes it: the simple ticks follow from the rates. */
const payment = fc
  .record({
    type: fc.constantFrom('paid', 'voucher', 'unpaid' as const),
    amount: fc.option(fc.record({ amountPence: fc.integer({ min: 0, max: 1_000_000 }), unit: fc.constantFrom('hour', 'session', 'day', 'meeting' as const) }), { nil: undefined }),
    mileagePence: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    dataPence: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: undefined }),
    flags: subset(['tickets', 'taxi', 'care', 'childcare', 'overnight'] as const),
    plainData: fc.boolean(),
    others: subset(['equipment', 'meals'] as const),
    prep: fc.option(fc.record({ paid: fc.boolean(), expectedMinutes: fc.option(fc.integer({ min: 0, max: 96 }).map((q) => q * 15), { nil: undefined }) }), { nil: undefined }),
    vouchersOffered: fc.boolean(),
    payWithinWorkingDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    costCode: fc.option(fc.constantFrom('ASC-CO-01', 'ŵyr 7', '=SUM(A1)', 'cost/code'), { nil: undefined }),
    notes: optional('notes', paragraphs),
  })
  .map((r) => {
    const paid = r.type !== 'unpaid';
    const expenses = {
      ...(r.mileagePence !== undefined ? { mileagePence: r.mileagePence } : {}),
      ...Object.fromEntries(r.flags.map((flag) => [flag, true])),
      ...(r.dataPence !== undefined ? { dataPence: r.dataPence } : {}),
    };
    const prep = paid && r.prep ? { paid: r.prep.paid, ...(r.prep.expectedMinutes !== undefined ? { expectedMinutes: r.prep.expectedMinutes } : {}) } : undefined;
    const data = r.dataPence !== undefined || r.plainData;
    const covered = [
      ...(r.mileagePence !== undefined || r.flags.includes('tickets') ? ['travel' as const] : []),
      ...(prep?.paid ? ['prep_time' as const] : []),
      ...(r.flags.includes('care') ? ['care' as const] : []),
      ...(r.flags.includes('childcare') ? ['childcare' as const] : []),
      ...(r.others.includes('equipment') ? ['equipment' as const] : []),
      ...(data ? ['data' as const] : []),
      ...(r.others.includes('meals') ? ['meals' as const] : []),
    ];
    return {
      type: r.type,
      ...(paid && r.amount ? r.amount : {}),
      expensesCovered: covered,
      ...r.notes,
      ...(prep ? { prep } : {}),
      ...(Object.keys(expenses).length ? { expenses } : {}),
      ...(paid && r.vouchersOffered ? { vouchersOffered: true } : {}),
      ...(r.payWithinWorkingDays !== undefined ? { payWithinWorkingDays: r.payWithinWorkingDays } : {}),
      ...(r.costCode !== undefined ? { costCode: r.costCode } : {}),
    } as OpportunityInput['payment'];
  });

/** A whole brief as the form would write it. */
const formBrief: fc.Arbitrary<OpportunityInput> = fc
  .record({
    title: line(),
    summary: line(),
    description: paragraphs,
    easyReadSummary: optional('easyReadSummary', paragraphs),
    experienceNeeded: paragraphs,
    skills: fc.array(line(3), { maxLength: 5 }),
    time: fc.record({ summary: line(), prepTime: optional('prepTime', line()) }),
    when: fc.record({ summary: paragraphs, sessions: fc.array(session, { maxLength: 6 }) }),
    modes: fc.subarray(['online', 'in_person', 'phone'] as const, { minLength: 1 }),
    venue: fc.record({ name: line(4), address: optional('address', paragraphs), postcode: optional('postcode', fc.constantFrom('AT1 1AA', 'CF10 3NQ')), stepFree: fc.boolean() }),
    areaId: optional('areaId', id),
    onlineDetails: optional('onlineDetails', line()),
    howToGetInvolved: paragraphs,
    closingDate: fc.option(fc.constantFrom('2026-03-01', '2027-12-31'), { nil: null }),
    topics: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    organisationId: id,
    accessibility: subset(['easy_read', 'bsl', 'step_free', 'hearing_loop', 'captions'] as const),
    supportOffered: optional('supportOffered', paragraphs),
    payment,
    places: fc.option(fc.integer({ min: 1, max: 10000 }), { nil: null }),
    contact: fc.record({ name: optional('name', line(3)), email: optional('email', fc.constantFrom('rhian@example.org')), phone: optional('phone', fc.constantFrom('01632 960 220')) }),
    status: fc.constantFrom<OpportunityStatus>('draft', 'open', 'closed', 'filled'),
    promise: optional('promise', fc.constantFrom('informing', 'consultation', 'engagement', 'co_design', 'co_production' as const)),
    kind: optional('kind', fc.constantFrom('training', 'support' as const)),
    cy: welsh,
  })
  .map((b) => {
    const contact = { ...b.contact.name, ...b.contact.email, ...b.contact.phone };
    const { modes } = b;
    return {
      title: b.title,
      summary: b.summary,
      description: b.description,
      ...b.easyReadSummary,
      experienceNeeded: b.experienceNeeded,
      ...(b.skills.length ? { skills: b.skills } : {}),
      timeCommitment: { summary: b.time.summary, ...b.time.prepTime },
      when: { summary: b.when.summary, ...(b.when.sessions.length ? { sessions: b.when.sessions } : {}) },
      where: {
        modes,
        ...(modes.includes('in_person') ? { venue: { name: b.venue.name, ...b.venue.address, ...b.venue.postcode, stepFree: b.venue.stepFree } } : {}),
        ...b.areaId,
        ...(modes.includes('online') ? b.onlineDetails : {}),
      },
      howToGetInvolved: b.howToGetInvolved,
      closingDate: b.closingDate,
      topics: b.topics,
      organisationId: b.organisationId,
      accessibility: b.accessibility,
      ...b.supportOffered,
      payment: b.payment,
      places: b.places,
      ...(Object.keys(contact).length ? { contact } : {}),
      status: b.status,
      ...b.promise,
      ...b.kind,
      ...(Object.keys(b.cy).length ? { translations: { cy: b.cy } } : {}),
    } as OpportunityInput;
  });

// ---- Briefs as anyone might have stored them: stray spaces, fields the form hides.

const untidy = fc.constantFrom('  spaced  ', 'trailing\n', '\tTabbed', ' ', 'line\r\nbreak');
const storedBrief: fc.Arbitrary<OpportunityInput> = fc
  .record({
    brief: formBrief,
    title: untidy,
    cyWhen: untidy,
    hiddenVenue: fc.boolean(),
    unpaidAmount: fc.boolean(),
    odd: fc.constantFrom('2026-03-03T10:00:00+00:00', '2026-10-25T00:30:00.000Z', '2026-06-01T09:00:00.123Z'),
    overnight: fc.boolean(),
    places: fc.boolean(),
    legacy: fc.option(legacyPayment, { nil: undefined }),
  })
  .map(({ brief, title, cyWhen, hiddenVenue, unpaidAmount, odd, overnight, places, legacy }) => {
    const b = structuredClone(brief) as OpportunityInput & { futureField?: unknown };
    b.title = `${title}${b.title}${title}`;
    b.translations = { cy: { ...b.translations?.cy, when: cyWhen } };
    if (hiddenVenue) b.where = { ...b.where, modes: ['phone'], venue: { name: 'Kept while phone only' }, onlineDetails: 'kept too' };
    if (legacy) b.payment = legacy as OpportunityInput['payment'];
    if (unpaidAmount) b.payment = { ...b.payment, type: 'unpaid', amountPence: 1250 };
    b.when.sessions = [...(b.when.sessions ?? []), { start: odd, ...(overnight ? { end: '2026-03-04T02:00:00Z' } : {}), label: ' Night shift ' }];
    if (places) delete b.places;
    b.futureField = { added: 'by a later version of the contract' };
    return b;
  });

const opened = (brief: OpportunityInput): BriefValues => fromOpportunity(brief);

test('every field of a brief is on the form: its answers alone write the brief back exactly', () => {
  fc.assert(
    fc.property(formBrief, (brief) => {
      assert.deepStrictEqual(answersToInput(opened(brief), brief.status), brief);
    }),
    RUNS,
  );
});

test('opening a stored brief and saving it unchanged sends it back exactly, hidden fields and spacing included', () => {
  fc.assert(
    fc.property(fc.oneof(formBrief, storedBrief), (brief) => {
      assert.deepStrictEqual(toInput(opened(brief), brief.status, brief), brief);
    }),
    RUNS,
  );
});

test('changing one Welsh field, or the sessions, changes that and nothing else', () => {
  fc.assert(
    fc.property(fc.oneof(formBrief, storedBrief), fc.constantFrom(...WELSH_FIELDS), line(), (brief, field, words) => {
      const values = opened(brief);
      const sent = toInput({ ...values, cy: { ...values.cy, [field]: words } }, brief.status, brief);
      assert.deepStrictEqual(sent, { ...brief, translations: { cy: { ...brief.translations?.cy, [field]: words } } });

      const fewer = toInput({ ...values, sessions: values.sessions.slice(1) }, brief.status, brief);
      const { when, ...rest } = fewer;
      const { when: whenBefore, ...restBefore } = brief;
      assert.deepStrictEqual(rest, restBefore);
      assert.equal(when.summary, whenBefore.summary);
      assert.equal(when.sessions?.length ?? 0, Math.max(0, (whenBefore.sessions?.length ?? 0) - 1));
    }),
    RUNS,
  );
});

test('the seeded carers strategy keeps its 4 sessions and 4 Welsh fields through an unchanged save', () => {
  const carers = createSeed(new Date('2026-11-02T09:00:00Z')).opportunities.find((o) => o.id === 'opp-carers-strategy')!;
  const sent = toInput(fromOpportunity(carers), carers.status, briefOf(carers));
  assert.equal(sent.when.sessions?.length, 4);
  assert.equal(Object.keys(sent.translations?.cy ?? {}).length, 4);
  assert.deepStrictEqual(sent, briefOf(carers));
});

test('the rates edit as typed: costs paid back, prep, vouchers, paid within, cost code', () => {
  fc.assert(
    fc.property(formBrief, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 60 }), (brief, mileage, days) => {
      const values = opened({ ...brief, payment: { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: [] } });
      const rates = { ...values.rates, costs: ['mileage' as const, 'care' as const], mileagePence: String(mileage), prepPaid: 'yes' as const, prepHours: '1.5', vouchers: true, payWithin: String(days), costCode: ' ASC-01 ' };
      const sent = toInput({ ...values, rates }, brief.status, brief);
      assert.deepStrictEqual(sent.payment, {
        type: 'paid',
        amountPence: 2000,
        unit: 'hour',
        expensesCovered: ['travel', 'prep_time', 'care'],
        prep: { paid: true, expectedMinutes: 90 },
        expenses: { mileagePence: mileage, care: true },
        vouchersOffered: true,
        payWithinWorkingDays: days,
        costCode: 'ASC-01',
      });
      const { payment: _sent, ...rest } = sent;
      const { payment: _before, ...restBefore } = brief;
      assert.deepStrictEqual(rest, restBefore);
    }),
    { numRuns: 50 },
  );
});
