/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { InMemoryApi, type Seed } from '../../src/api/in-memory.js';
import type { FeedbackItem, InterestInput, Opportunity, ProfileInput } from '../../src/api/types.js';
import { rejection } from './rejection.js';

const NOW = new Date('2026-03-02T10:00:00Z');

/** A small fixture, so that each expectation below can be counted by hand. */
function opportunity(id: string, overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id,
    title: `Opportunity ${id}`,
    summary: 'A short summary of this opportunity.',
    description: 'A longer description of what it involves.',
    experienceNeeded: 'Lived experience of care and support.',
    skills: [],
    timeCommitment: { summary: '2 hours a month' },
    when: { summary: 'First Tuesday of each month' },
    where: { modes: ['online'] },
    howToGetInvolved: 'Say you are interested.',
    closingDate: null,
    topics: ['carers'],
    organisationId: 'council',
    organisation: { id: 'council', name: { en: 'Anytown Council' } },
    area: null,
    accessibility: [],
    payment: { type: 'unpaid', expensesCovered: [] },
    status: 'open',
    placesTaken: 0,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-01T09:00:00Z',
    publishedAt: '2026-01-01T09:00:00Z',
    ...overrides,
  };
}

function feedback(id: string, overrides: Partial<FeedbackItem> = {}): FeedbackItem {
  return {
    id,
    reference: `FB-${id.toUpperCase()}`,
    topic: 'carers',
    text: `Feedback ${id}`,
    language: 'en-GB',
    attribution: null,
    consentToPublish: true,
    createdAt: '2026-02-01T09:00:00Z',
    status: 'received',
    published: true,
    mergedInto: null,
    supporters: 0,
    updates: [],
    updateCount: 0,
    lastUpdatedAt: '2026-02-01T09:00:00Z',
    lastAnsweredAt: null,
    ...overrides,
  };
}

function seed(): Seed {
  return {
    taxonomy: {
      topics: [
        { id: 'carers', name: { en: 'Carers' } },
        { id: 'housing', name: { en: 'Housing' } },
        { id: 'transport', name: { en: 'Transport' } },
      ],
      areas: [{ id: 'riverside', name: { en: 'Riverside' } }],
      organisations: [
        { id: 'council', name: { en: 'Anytown Council' } },
        { id: 'carers-centre', name: { en: 'Carers Centre' } },
      ],
    },
    opportunities: [
      opportunity('a', { title: 'Carers strategy panel', closingDate: '2026-04-01', publishedAt: '2026-01-10T09:00:00Z', payment: { type: 'paid', amountPence: 2000, unit: 'hour', expensesCovered: ['travel'] } }),
      opportunity('b', { title: 'Housing survey', topics: ['housing'], closingDate: '2026-03-10', publishedAt: '2026-01-05T09:00:00Z', where: { modes: ['in_person'], areaId: 'riverside' }, area: { id: 'riverside', name: { en: 'Riverside' } } }),
      opportunity('c', { title: 'Bus routes group', topics: ['transport', 'carers'], closingDate: null, publishedAt: '2026-02-01T09:00:00Z', skills: ['Chairing meetings'], where: { modes: ['phone', 'online'] }, organisationId: 'carers-centre', organisation: { id: 'carers-centre', name: { en: 'Carers Centre' } } }),
      opportunity('d', { title: 'Recruitment interviews', closingDate: '2026-03-05', publishedAt: '2026-01-20T09:00:00Z', payment: { type: 'voucher', expensesCovered: [] } }),
      opportunity('e', { title: 'Closed consultation', status: 'closed', closingDate: '2026-01-15' }),
      opportunity('f', { title: 'Draft idea', status: 'draft', publishedAt: null }),
    ],
    interests: [],
    feedback: [
      feedback('f1', { createdAt: '2026-02-01T09:00:00Z', supporters: 5, text: 'The bus to the day centre is always late' }),
      feedback('f2', {
        createdAt: '2026-02-10T09:00:00Z',
        status: 'changed',
        topic: 'transport',
        updates: [
          { id: 'u1', kind: 'heard', text: 'We heard you.', links: [], createdAt: '2026-02-11T09:00:00Z' },
          { id: 'u2', kind: 'changed', text: 'We changed the timetable.', links: [], createdAt: '2026-02-20T09:00:00Z' },
        ],
        updateCount: 2,
        lastUpdatedAt: '2026-02-20T09:00:00Z',
        lastAnsweredAt: '2026-02-20T09:00:00Z',
      }),
      feedback('f3', { createdAt: '2026-02-15T09:00:00Z', supporters: 1 }),
      feedback('f4', { createdAt: '2026-02-20T09:00:00Z', published: false, consentToPublish: false, name: 'Pat', text: 'Private' }),
    ],
    profiles: [],
  };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

const goodInterest: InterestInput = { name: 'Sam', contact: { method: 'email', detail: 'sam@example.com' }, consent: true };

const goodProfile: ProfileInput = {
  name: 'Jo',
  importantToMe: 'My family and my garden.',
  experience: 'Ten years as a carer for my mum.',
  contact: { method: 'phone', detail: '07700 900 982' },
  topics: ['carers'],
  skills: ['Listening'],
  consent: true,
};

describe('InMemoryApi: opportunities', () => {
  it('lists open opportunities by soonest closing date, with no closing date last', async () => {
    const page = await new InMemoryApi({ seed: seed(), now: NOW }).listOpportunities();
    assert.deepEqual(ids(page), ['d', 'b', 'a', 'c']);
    assert.equal(page.total, 4);
    assert.equal(page.nextCursor, null);
  });

  it('sorts newest first by publication date', async () => {
    const page = await new InMemoryApi({ seed: seed() }).listOpportunities({ sort: 'newest' });
    assert.deepEqual(ids(page), ['c', 'd', 'a', 'b']);
  });

  it('filters by keyword over title, summary, description and skills, ignoring case', async () => {
    const api = new InMemoryApi({ seed: seed() });
    assert.deepEqual(ids(await api.listOpportunities({ q: 'HOUSING' })), ['b']);
    assert.deepEqual(ids(await api.listOpportunities({ q: 'chairing' })), ['c']);
    assert.deepEqual(ids(await api.listOpportunities({ q: 'bus  GROUP' })), ['c']);
    assert.equal((await api.listOpportunities({ q: 'nothing matches this' })).total, 0);
  });

  it('filters by topic and format (any of), area, organisation and pay', async () => {
    const api = new InMemoryApi({ seed: seed() });
    assert.deepEqual(ids(await api.listOpportunities({ topic: ['housing', 'transport'] })), ['b', 'c']);
    assert.deepEqual(ids(await api.listOpportunities({ format: ['phone', 'in_person'] })), ['b', 'c']);
    assert.deepEqual(ids(await api.listOpportunities({ area: 'riverside' })), ['b']);
    assert.deepEqual(ids(await api.listOpportunities({ organisation: 'carers-centre' })), ['c']);
    assert.deepEqual(ids(await api.listOpportunities({ paid: true })), ['a']);
    assert.deepEqual(ids(await api.listOpportunities({ paid: false })), ['d', 'b', 'c']);
  });

  it('shows other statuses only to staff', async () => {
    assert.deepEqual(ids(await new InMemoryApi({ seed: seed() }).listOpportunities({ status: ['closed', 'draft'] })), ['e', 'f']);
    const error = await rejection(new InMemoryApi({ seed: seed(), staff: false }).listOpportunities({ status: ['draft'] }));
    assert.equal(error.kind, 'unauthorized');
  });

  it('pages with an opaque cursor and keeps the total', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const first = await api.listOpportunities({ limit: 3 });
    assert.deepEqual(ids(first), ['d', 'b', 'a']);
    assert.equal(first.total, 4);
    assert.ok(first.nextCursor);
    const second = await api.listOpportunities({ limit: 3, cursor: first.nextCursor });
    assert.deepEqual(ids(second), ['c']);
    assert.equal(second.total, 4);
    assert.equal(second.nextCursor, null);
    assert.equal((await rejection(api.listOpportunities({ cursor: 'not a cursor' }))).kind, 'validation');
    assert.equal((await rejection(api.listOpportunities({ limit: 0 }))).kind, 'validation');
  });

  it('gets one opportunity, and answers not-found for an unknown id or a draft seen by the public', async () => {
    assert.equal((await new InMemoryApi({ seed: seed() }).getOpportunity('a')).title, 'Carers strategy panel');
    assert.equal((await rejection(new InMemoryApi({ seed: seed() }).getOpportunity('zzz'))).kind, 'not-found');
    assert.equal((await rejection(new InMemoryApi({ seed: seed(), staff: false }).getOpportunity('f'))).kind, 'not-found');
  });

  it('does not share state between instances or with the seed', async () => {
    const data = seed();
    const one = new InMemoryApi({ seed: data });
    const two = new InMemoryApi({ seed: data });
    await one.createInterest('a', goodInterest);
    (await one.getOpportunity('a')).title = 'changed by a caller';
    assert.equal((await one.getOpportunity('a')).title, 'Carers strategy panel');
    assert.equal((await one.getOpportunity('a')).interestCount, 1);
    assert.equal((await two.getOpportunity('a')).interestCount, undefined);
    assert.equal(data.opportunities[0]!.interestCount, undefined);
  });
});

describe('InMemoryApi: expressions of interest', () => {
  it('gives a receipt with a short reference', async () => {
    const receipt = await new InMemoryApi({ seed: seed(), now: NOW }).createInterest('a', goodInterest);
    assert.match(receipt.reference, /^INT-[2-9A-HJ-NP-Z]{4}$/);
    assert.equal(receipt.opportunityId, 'a');
    assert.ok(receipt.respondWithinDays! >= 1);
    assert.ok(receipt.createdAt.startsWith('2026-03-02T10:00'));
  });

  it('rejects an email address in the wrong format at contact.detail', async () => {
    const error = await rejection(new InMemoryApi({ seed: seed() }).createInterest('a', { ...goodInterest, contact: { method: 'email', detail: 'sam.example.com' } }));
    assert.equal(error.kind, 'validation');
    assert.equal(error.status, 422);
    assert.deepEqual(error.problem?.errors, [{ field: 'contact.detail', message: 'Enter an email address in the correct format, like name@example.com', code: 'invalid-email' }]);
  });

  it('names every missing field, in form order', async () => {
    const bad = { name: ' ', contact: { method: 'phone', detail: '' }, consent: false } as unknown as InterestInput;
    const error = await rejection(new InMemoryApi({ seed: seed() }).createInterest('a', bad));
    assert.deepEqual(
      error.fieldErrorList.map((e) => [e.field, e.code]),
      [
        ['name', 'required'],
        ['contact.detail', 'required'],
        ['consent', 'required'],
      ],
    );
    assert.equal(error.fieldErrors['contact.detail'], 'Enter your phone number');
  });

  it('checks phone numbers for phone and text', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const error = await rejection(api.createInterest('a', { ...goodInterest, contact: { method: 'text', detail: 'call me' } }));
    assert.equal(error.fieldErrorList[0]?.field, 'contact.detail');
    assert.equal(error.fieldErrorList[0]?.code, 'invalid-phone');
    await api.createInterest('a', { ...goodInterest, contact: { method: 'phone', detail: '+44 (0)1632 960 001' } });
    await api.createInterest('a', { ...goodInterest, contact: { method: 'post', detail: '1 High Street, Anytown' } });
  });

  it('answers 404 for an unknown opportunity and a conflict for a closed one', async () => {
    const api = new InMemoryApi({ seed: seed() });
    assert.equal((await rejection(api.createInterest('zzz', goodInterest))).kind, 'not-found');
    assert.equal((await rejection(api.createInterest('e', goodInterest))).kind, 'conflict');
  });

  it('returns the first result for the same idempotency key and writes once', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const first = await api.createInterest('a', goodInterest, { idempotencyKey: 'key-123456' });
    const again = await api.createInterest('a', goodInterest, { idempotencyKey: 'key-123456' });
    assert.deepEqual(again, first);
    assert.equal((await api.listInterests('a')).length, 1);
    const other = await api.createInterest('a', goodInterest, { idempotencyKey: 'key-654321' });
    assert.notEqual(other.id, first.id);
    assert.equal((await api.listInterests('a')).length, 2);
    const conflict = await rejection(api.createInterest('a', { ...goodInterest, name: 'Someone else' }, { idempotencyKey: 'key-123456' }));
    assert.equal(conflict.kind, 'conflict');
  });

  it('lets staff list and update interests, counting places taken', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const receipt = await api.createInterest('a', goodInterest);
    const [listed] = await api.listInterests('a');
    assert.equal(listed?.status, 'new');
    assert.equal(listed?.reference, receipt.reference);
    const joined = await api.updateInterest('a', receipt.id, { status: 'joined', note: 'Starts in May' });
    assert.equal(joined.status, 'joined');
    assert.ok(joined.firstAnsweredAt);
    assert.equal((await api.getOpportunity('a')).placesTaken, 1);
    await api.updateInterest('a', receipt.id, { status: 'not_this_time' });
    assert.equal((await api.getOpportunity('a')).placesTaken, 0);
    assert.equal((await rejection(api.updateInterest('a', 'nope', { status: 'joined' }))).kind, 'not-found');
  });

  it('refuses staff calls when not staff', async () => {
    const api = new InMemoryApi({ seed: seed(), staff: false });
    assert.equal((await rejection(api.listInterests('a'))).kind, 'unauthorized');
    assert.equal((await rejection(api.listProfiles())).kind, 'unauthorized');
    assert.equal((await rejection(api.updateFeedback('f1', { status: 'considering' }))).kind, 'unauthorized');
    assert.equal((await rejection(api.listFeedback({ include: 'all' }))).kind, 'unauthorized');
  });
});

describe('InMemoryApi: profiles', () => {
  it('creates a profile with an edit token and checks the token on every later call', async () => {
    const api = new InMemoryApi({ seed: 'empty', staff: false });
    const { profile, editToken } = await api.createProfile(goodProfile);
    assert.ok(editToken.length >= 16);
    assert.equal((await api.getProfile(profile.id, { profileToken: editToken })).name, 'Jo');
    assert.equal((await rejection(api.getProfile(profile.id))).kind, 'unauthorized');
    assert.equal((await rejection(api.getProfile(profile.id, { profileToken: 'wrong' }))).kind, 'forbidden');
    assert.equal((await rejection(api.updateProfile(profile.id, goodProfile, { profileToken: 'wrong' }))).kind, 'forbidden');
    const updated = await api.updateProfile(profile.id, { ...goodProfile, name: 'Joanne' }, { profileToken: editToken });
    assert.equal(updated.name, 'Joanne');
    assert.equal(updated.createdAt, profile.createdAt);
    assert.equal((await rejection(api.deleteProfile(profile.id))).kind, 'unauthorized');
    assert.equal(await api.deleteProfile(profile.id, { profileToken: editToken }), undefined);
    assert.equal((await rejection(api.getProfile(profile.id, { profileToken: editToken }))).kind, 'not-found');
  });

  it('lets staff read any profile and list the pool, and correct or delete one with a reason from the list, as the server does', async () => {
    const api = new InMemoryApi({ seed: 'empty' });
    const { profile } = await api.createProfile(goodProfile);
    await api.createProfile({ ...goodProfile, name: 'Ali', topics: ['housing'], skills: ['Public speaking'] });
    assert.equal((await api.getProfile(profile.id)).name, 'Jo');
    assert.equal((await api.listProfiles()).total, 2);
    assert.deepEqual((await api.listProfiles({ topic: 'housing' })).items.map((p) => p.name), ['Ali']);
    assert.deepEqual((await api.listProfiles({ skill: 'listen' })).items.map((p) => p.name), ['Jo']);
    assert.equal((await rejection(api.updateProfile(profile.id, goodProfile, { reason: 'whim' as never }))).kind, 'validation');
    for (const unsaid of [await rejection(api.updateProfile(profile.id, goodProfile)), await rejection(api.deleteProfile(profile.id))]) {
      assert.deepEqual([unsaid.status, unsaid.fieldErrorList.map((e) => [e.field, e.code])], [422, [['reason', 'required']]], 'staff say why, as the server asks');
    }
    assert.equal((await api.updateProfile(profile.id, { ...goodProfile, name: 'Joanne' }, { reason: 'person-asked' })).name, 'Joanne');
    await api.deleteProfile(profile.id, { reason: 'duplicate' });
    assert.equal((await rejection(api.getProfile(profile.id))).kind, 'not-found');
    assert.equal((await api.listProfiles()).total, 1);
  });

  it('does not let anyone else change a profile without its token', async () => {
    const api = new InMemoryApi({ seed: 'empty', staff: false });
    const { profile } = await api.createProfile(goodProfile);
    assert.equal((await rejection(api.updateProfile(profile.id, goodProfile))).kind, 'unauthorized');
  });

  it('validates a profile with plain messages', async () => {
    const bad = { ...goodProfile, importantToMe: '', picture: { dataUrl: 'data:image/gif;base64,AAAA', description: '' }, consent: false } as unknown as ProfileInput;
    const error = await rejection(new InMemoryApi({ seed: 'empty' }).createProfile(bad));
    assert.deepEqual(Object.keys(error.fieldErrors), ['picture.dataUrl', 'picture.description', 'importantToMe', 'consent']);
    assert.equal(error.fieldErrors['importantToMe'], "Enter what's important to you");
  });
});

describe('InMemoryApi: feedback', () => {
  it('lists only published items by default, newest first, with only the latest update', async () => {
    const api = new InMemoryApi({ seed: seed(), staff: false });
    const page = await api.listFeedback();
    assert.deepEqual(ids(page), ['f3', 'f2', 'f1']);
    assert.equal(page.total, 3);
    const f2 = page.items[1]!;
    assert.deepEqual(f2.updates.map((u) => u.id), ['u2']);
    assert.equal(f2.updateCount, 2);
    assert.equal((await api.getFeedback('f2')).updates.length, 2);
    assert.equal((await rejection(api.getFeedback('f4'))).kind, 'not-found');
  });

  it('filters by status, topic and keyword, and sorts', async () => {
    const api = new InMemoryApi({ seed: seed() });
    assert.deepEqual(ids(await api.listFeedback({ status: ['changed', 'not_changed'] })), ['f2']);
    assert.deepEqual(ids(await api.listFeedback({ topic: 'transport' })), ['f2']);
    assert.deepEqual(ids(await api.listFeedback({ q: 'DAY centre' })), ['f1']);
    assert.deepEqual(ids(await api.listFeedback({ sort: 'most_supported' })), ['f1', 'f3', 'f2']);
    assert.deepEqual(ids(await api.listFeedback({ sort: 'oldest_unanswered' })), ['f1', 'f3', 'f2']);
    assert.deepEqual(ids(await api.listFeedback({ sort: 'updated' })), ['f2', 'f3', 'f1']);
    assert.deepEqual(ids(await api.listFeedback({ include: 'all' })), ['f4', 'f3', 'f2', 'f1']);
    const first = await api.listFeedback({ limit: 2 });
    assert.deepEqual(ids(first), ['f3', 'f2']);
    assert.deepEqual(ids(await api.listFeedback({ limit: 2, cursor: first.nextCursor! })), ['f1']);
  });

  it('hides staff-only fields from the public', async () => {
    const publicItem = await new InMemoryApi({ seed: seed(), staff: false }).getFeedback('f1');
    assert.equal('name' in publicItem, false);
    assert.equal('reply' in publicItem, false);
    assert.equal((await new InMemoryApi({ seed: seed() }).getFeedback('f4')).name, 'Pat');
  });

  it('receives feedback unpublished until staff publish it, and validates it', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const receipt = await api.createFeedback({ topic: 'housing', text: 'The repairs line never answers', name: 'Kim', consentToPublish: true });
    assert.equal(receipt.status, 'received');
    assert.match(receipt.reference, /^FB-[2-9A-HJ-NP-Z]{4}$/);
    assert.equal((await api.getFeedback(receipt.id)).published, false);
    assert.equal((await api.listFeedback()).total, 3);
    await api.updateFeedback(receipt.id, { published: true });
    assert.equal((await api.listFeedback()).total, 4);

    const error = await rejection(api.createFeedback({ topic: 'nope', text: 'x', consentToPublish: 'yes' } as never));
    assert.deepEqual(Object.keys(error.fieldErrors), ['topic', 'text', 'consentToPublish']);
    const noConsent = await rejection(api.updateFeedback('f4', { published: true }));
    assert.equal(noConsent.kind, 'validation');
    assert.ok(noConsent.fieldErrors['published']);
  });

  it('counts a supporter once per key', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const key = 'abcdefghijklmnop1234';
    assert.deepEqual(await api.supportFeedback('f3', key), { supporters: 2, counted: true });
    assert.deepEqual(await api.supportFeedback('f3', key), { supporters: 2, counted: false });
    assert.deepEqual(await api.supportFeedback('f3', 'another-key-000000001'), { supporters: 3, counted: true });
    assert.equal((await rejection(api.supportFeedback('f3', 'short'))).kind, 'validation');
    assert.equal((await rejection(api.supportFeedback('zzz', key))).kind, 'not-found');
  });

  it('adds dated updates; changed and not_changed set the status', async () => {
    const api = new InMemoryApi({ seed: seed(), now: NOW });
    const heard = await api.addFeedbackUpdate('f1', { kind: 'heard', text: 'We have asked the bus company.' });
    assert.equal(heard.status, 'received');
    assert.equal(heard.updateCount, 1);
    assert.ok(heard.lastAnsweredAt?.startsWith('2026-03-02'));
    const done = await api.addFeedbackUpdate('f1', { kind: 'not_changed', text: 'The route is run by another authority.', links: [{ title: 'Bus routes', url: 'https://example.org/bus' }] });
    assert.equal(done.status, 'not_changed');
    assert.equal(done.updateCount, 2);
    assert.deepEqual(done.updates.map((u) => u.kind), ['heard', 'not_changed']);
    assert.equal(done.updates[1]?.links?.[0]?.title, 'Bus routes');
    assert.equal((await rejection(api.addFeedbackUpdate('f1', { kind: 'done', text: 'x' } as never))).kind, 'validation');
    const changed = await api.updateFeedback('f3', { status: 'considering' });
    assert.equal(changed.status, 'considering');
  });

  it('merges an item into another, adding its supporters plus one and hiding it from the board', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const into = await api.mergeFeedback('f3', 'f1');
    assert.equal(into.id, 'f1');
    assert.equal(into.supporters, 5 + 1 + 1);
    assert.equal((await api.getFeedback('f3')).mergedInto, 'f1');
    assert.deepEqual(ids(await api.listFeedback()), ['f2', 'f1']);
    assert.equal((await rejection(api.mergeFeedback('f3', 'f2'))).kind, 'conflict');
    assert.equal((await rejection(api.mergeFeedback('f2', 'f2'))).kind, 'validation');
  });
});

describe('InMemoryApi: everything else', () => {
  it('starts empty with seed "empty"', async () => {
    const api = new InMemoryApi({ seed: 'empty' });
    assert.deepEqual(await api.listOpportunities(), { items: [], total: 0, nextCursor: null });
    assert.deepEqual(await api.listFeedback(), { items: [], total: 0, nextCursor: null });
    assert.deepEqual(await api.getTaxonomy(), { topics: [], areas: [], organisations: [] });
  });

  it('waits for its latency and rejects as aborted when the signal fires', async () => {
    // A latency far longer than the test's timeout: only the abort can settle the call.
    const api = new InMemoryApi({ seed: seed(), latencyMs: 600_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    assert.equal((await rejection(api.getTaxonomy({ signal: controller.signal }))).kind, 'aborted');
    const done = new AbortController();
    done.abort();
    assert.equal((await rejection(new InMemoryApi({ seed: seed() }).getTaxonomy({ signal: done.signal }))).kind, 'aborted');
  });

  it('creates and updates an opportunity brief (staff)', async () => {
    const api = new InMemoryApi({ seed: seed() });
    const { id: _id, organisation: _o, area: _a, placesTaken: _p, createdAt: _c, updatedAt: _u, publishedAt: _pa, ...input } = opportunity('x', { where: { modes: ['online'], areaId: 'riverside' } });
    const created = await api.createOpportunity(input);
    assert.equal(created.area?.id, 'riverside');
    assert.equal(created.organisation.name.en, 'Anytown Council');
    const updated = await api.updateOpportunity(created.id, { ...input, status: 'filled' });
    assert.equal(updated.status, 'filled');
    const error = await rejection(api.createOpportunity({ ...input, title: '', topics: ['unknown'] }));
    assert.deepEqual(Object.keys(error.fieldErrors), ['title', 'topics']);
  });
});

describe('InMemoryApi: the shared seed', () => {
  it('starts from the shared seed by default, and keeps to the contract on it', async () => {
    const api = new InMemoryApi({ now: NOW, staff: false });
    const seen: Opportunity[] = [];
    let cursor: string | undefined;
    let total = -1;
    do {
      const page = await api.listOpportunities({ limit: 5, ...(cursor ? { cursor } : {}) });
      total = page.total;
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.ok(total > 0, 'the seed has open opportunities');
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((o) => o.id)).size, total);
    assert.ok(seen.every((o) => o.status === 'open' && o.interestCount === undefined));
    const dates = seen.map((o) => o.closingDate ?? '9999');
    assert.deepEqual(dates, [...dates].sort());

    const board = await api.listFeedback({ limit: 100 });
    assert.ok(board.items.every((f) => f.published && !f.mergedInto && f.updates.length <= 1 && !('name' in f)));
    for (const item of board.items) {
      const full = await api.getFeedback(item.id);
      assert.equal(full.updateCount, full.updates.length);
    }
  });

  it('can hand out the edit token of a seed profile for stories and tests', async () => {
    const api = new InMemoryApi({ now: NOW });
    const [profile] = (await api.listProfiles()).items;
    assert.ok(profile, 'the seed has profiles');
    const token = api.editTokenOf(profile.id)!;
    assert.equal((await api.getProfile(profile.id, { profileToken: token })).id, profile.id);
  });
});

describe('InMemoryApi: staff erase a person on request (issue 15)', () => {
  it('removes the profile, their interests and unpublished feedback given at the same address, keeps published feedback without name or contact, and refuses an unknown reason', async () => {
    const api = new InMemoryApi({ now: NOW });
    const profile = (await api.createProfile({ name: 'Erin', importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email', detail: 'Erin@Example.org' }, consent: true } as ProfileInput)).profile;
    const opportunityId = (await api.listOpportunities({})).items[0]!.id;
    await api.createInterest(opportunityId, { name: 'Erin', contact: { method: 'email', detail: 'erin@example.org' }, consent: true } as InterestInput, { idempotencyKey: 'k1' });
    const given = await api.createFeedback({ topic: 'transport', text: 'The bus is late.', consentToPublish: true, reply: { method: 'email', detail: 'erin@example.org' } } as never, { idempotencyKey: 'k2' });
    await assert.rejects(api.erasePerson({ profileId: profile.id, reason: 'whim' as never }), (e: { status?: number }) => e.status === 422);
    const summary = await api.erasePerson({ profileId: profile.id, reason: 'person-asked' }, { idempotencyKey: 'k3' });
    assert.deepEqual(summary, { profiles: 1, interests: 1, feedbackRemoved: 1, feedbackAnonymised: 0 });
    await assert.rejects(api.getProfile(profile.id), (e: { status?: number }) => e.status === 404);
    const interests = await api.listInterests(opportunityId);
    assert.ok(!JSON.stringify(interests).includes('erin@example.org'));
    await assert.rejects(api.getFeedback((given as { id: string }).id), (e: { status?: number }) => e.status === 404);
    // Maureen's published feedback in the seed stays, without her name or address.
    await assert.rejects(api.erasePerson({ address: 'maureen.at@example.com' }), (e: { status?: number }) => e.status === 422, 'staff say why they erase');
    assert.deepEqual(await api.erasePerson({ address: 'maureen.at@example.com', reason: 'person-asked' }), { profiles: 0, interests: 0, feedbackRemoved: 0, feedbackAnonymised: 1 });
    const kept = (await api.listFeedback({ limit: 100 })).items.find((f) => f.text.startsWith("The carers' assessment form is 24 pages"))!;
    assert.deepEqual([kept.name, kept.reply], [null, null]);
  });

  it('erases a supporter’s “tell me when this changes” too: nothing more is sent to them (review SHOULD 5)', async () => {
    const api = new InMemoryApi({ now: NOW });
    const item = (await api.listFeedback({ limit: 100 })).items.find((f) => f.published)!;
    await api.supportFeedback(item.id, 'supporter-key-erasure-0001', { reply: { method: 'email', detail: 'Sion@Example.org' }, messages: { channel: 'email' } });
    await api.updateFeedback(item.id, { status: 'considering' });
    const told = async () => (await api.listMessages({ feedbackId: item.id })).items.filter((m) => m.role === 'supporter').map((m) => m.event);
    assert.deepEqual(await told(), ['feedback_status'], 'told before');
    await api.erasePerson({ address: 'sion@example.org', reason: 'person-asked' });
    await api.updateFeedback(item.id, { status: 'changed' });
    assert.deepEqual(await told(), ['feedback_status'], 'not told after erasure');
  });
});

describe('InMemoryApi: staff reads of a profile are in the audit trail, as on the server (issue 20)', () => {
  it('records staff reading, correcting, deleting and listing profiles, and shows the person each one, but not their own reads', async () => {
    const api = new InMemoryApi({ now: NOW });
    const [profile, other] = (await api.listProfiles({ limit: 2 })).items;
    assert.ok(profile && other, 'the seed has two profiles');
    const trail = async () => (await api.listAuditEvents({ limit: 100, actor: 'auditor-1' })).items.filter((e) => e.action.endsWith('Profile') || e.action === 'listProfiles');
    assert.deepEqual((await trail()).map((e) => e.action), ['listProfiles'], 'the list just read is recorded, with the ids it showed');

    await api.getProfile(profile.id, { profileToken: api.editTokenOf(profile.id)! });
    assert.equal((await trail()).length, 1, 'the person reading their own profile is not a staff read');

    await api.getProfile(profile.id);
    await api.updateProfile(profile.id, { ...profile, skills: [...(profile.skills ?? []), 'Chairing'] }, { reason: 'person-asked' });
    await api.deleteProfile(other.id, { reason: 'person-asked' });
    const [deleted, updated, read, listed] = await trail();
    assert.deepEqual([listed!.action, listed!.subjectIds], ['listProfiles', [profile.id, other.id]]);
    assert.deepEqual([read!.action, read!.subjectIds, read!.detail], ['getProfile', [profile.id], null]);
    assert.deepEqual([updated!.action, updated!.reason, updated!.detail], ['updateProfile', 'person-asked', { reason: 'person-asked', parts: ['skills'] }]);
    assert.deepEqual([deleted!.action, deleted!.subjectIds], ['deleteProfile', [other.id]]);

    const views = await api.listMyProfileViews({ meToken: api.people.signInAs(profile.id) });
    const mine = views.items.map((v) => v.what);
    assert.ok(mine.includes('looked') && mine.includes('changed'), `the person sees staff looked and changed: ${JSON.stringify(views.items)}`);
  });
});
