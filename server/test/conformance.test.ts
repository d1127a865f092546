/**
 * One suite of API behaviour, run against the in-memory adapter and against this server
 * through the widgets' own HTTP client, so the two cannot drift apart unnoticed: search in
 * English and Welsh, filters, paging, idempotent replay, and errors with their codes. Runs
 * on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CoprodApi } from '../../src/api/api.js';
import { ApiError } from '../../src/api/errors.js';
import { HttpApi } from '../../src/api/http-client.js';
import { failure } from './api-failure.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { createSeed } from '@coprod/seed';
import type { EvaluationByHandInput, EvaluationInput, FeedbackInput, FeedbackUpdateInput, InterestInput, OpportunityQuery } from '../../src/api/types.js';
import { dbKind, key, startServer, token, type TestServer } from './harness.js';

const now = new Date();

// One server with the shared demo council for the whole file.
let server: TestServer;
before(async () => {
  server = await startServer({ seed: createSeed(now) });
});
after(() => server?.close());
const httpApi = () => new HttpApi({ baseUrl: `${server.base}/api/v1` });

/** Every matching id, page by page, with the totals each page reported. */
async function allIds(api: CoprodApi, query: OpportunityQuery, limit = 50): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.listOpportunities({ ...query, limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((o) => o.id));
    totals.push(page.total);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, totals };
}

const SEARCHES = ['gofalwyr', 'Gofalwyr', 'grŵp', 'grwp', 'strategaeth', 'carers', 'carer', 'young carers', 'ifanc', 'housing', 'bus', 'zzzz-no-such-word'];
const FILTERS: OpportunityQuery[] = [
  {},
  { topic: ['carers'] },
  { topic: ['carers', 'housing'] },
  { format: ['online'] },
  { paid: true },
  { paid: false },
  { sort: 'newest' },
  { q: 'gofalwyr', topic: ['carers'] },
];

function conformance(name: string, open: () => CoprodApi) {
  describe(`conformance: ${name}`, () => {
    let api: CoprodApi;
    before(() => {
      api = open();
    });

    it('finds a Welsh word in Welsh content: gofalwyr finds the 3 Welsh carers opportunities', async () => {
      const { ids } = await allIds(api, { q: 'gofalwyr' });
      assert.equal(ids.length, 3, ids.join(', '));
    });

    it('ignores Welsh accents (grwp finds what grŵp finds)', async () => {
      const accented = await allIds(api, { q: 'grŵp' });
      assert.ok(accented.ids.length > 0);
      assert.deepEqual((await allIds(api, { q: 'grwp' })).ids, accented.ids);
    });

    it('pages through every match once, with the same total on every page', async () => {
      const whole = await allIds(api, {});
      const paged = await allIds(api, {}, 4);
      assert.ok(paged.totals.length > 1, 'more than one page');
      assert.deepEqual(paged.ids, whole.ids);
      assert.equal(new Set(paged.ids).size, paged.ids.length);
      assert.ok(paged.totals.every((t) => t === whole.ids.length));
    });

    it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
      const input: FeedbackInput = { topic: 'carers', text: 'The respite form is too long.', consentToPublish: false };
      const idempotencyKey = key();
      const first = await api.createFeedback(input, { idempotencyKey });
      const again = await api.createFeedback({ ...input }, { idempotencyKey });
      assert.equal(again.id, first.id);
      assert.equal(again.reference, first.reference);
      assert.equal((await failure(api.createFeedback({ ...input, text: 'Something else.' }, { idempotencyKey }))).status, 409);
    });
  });
}

describe('conformance: the adapter and the server agree', () => {
  let http: CoprodApi;
  let memory: CoprodApi;
  before(() => {
    http = httpApi();
    memory = new InMemoryApi({ seed: createSeed(now), now, staff: false });
  });

  for (const q of SEARCHES) {
    it(`search "${q}" finds the same opportunities, in the same order (${dbKind})`, async () => {
      assert.deepEqual((await allIds(http, { q })).ids, (await allIds(memory, { q })).ids);
    });
  }

  for (const query of FILTERS) {
    it(`filters ${JSON.stringify(query)} give the same opportunities`, async () => {
      assert.deepEqual((await allIds(http, query)).ids, (await allIds(memory, query)).ids);
    });
  }

  it('feedback search in both languages gives the same items', async () => {
    for (const q of ['respite', 'gofalwyr', 'bus']) {
      const ids = async (api: CoprodApi) => (await api.listFeedback({ q, limit: 50 })).items.map((f) => f.id);
      assert.deepEqual(await ids(http), await ids(memory), q);
    }
  });

  it('a feedback reference ("FB-...", any case, hyphen or not) finds that one item, in both', async () => {
    const [published] = (await memory.listFeedback({ limit: 1 })).items;
    assert.ok(published, 'a published seed item');
    const plain = published.reference.replace('-', '');
    for (const q of [published.reference, published.reference.toLowerCase(), plain, `my reference is ${plain.toLowerCase()}`]) {
      for (const api of [http, memory]) {
        const page = await api.listFeedback({ q, limit: 50 });
        assert.deepEqual(page.items.map((f) => f.reference), [published.reference], q);
        assert.equal(page.total, 1, q);
      }
    }
    for (const api of [http, memory]) assert.equal((await api.listFeedback({ q: 'FB-ZZZZ' })).total, 0);
  });

  it('refuses the same bad answers with the same status and field codes', async () => {
    const [open] = (await memory.listOpportunities({ limit: 1 })).items;
    const bad = { name: '', contact: { method: 'email', detail: 'not-an-email' }, consent: true } as InterestInput;
    assert.deepEqual(await failure(http.createInterest(open!.id, bad)), await failure(memory.createInterest(open!.id, bad)));
    const empty = { topic: 'carers', text: '', consentToPublish: false } as FeedbackInput;
    assert.deepEqual(await failure(http.createFeedback(empty)), await failure(memory.createFeedback(empty)));
    // The language the words are in (session 28's review, SHOULD 4): one not in the contract's list, the same field and code.
    const badLanguage = { topic: 'carers', text: 'The bus is late.', consentToPublish: false, language: 'fr' } as unknown as FeedbackInput;
    const refused = await failure(http.createFeedback(badLanguage));
    assert.deepEqual(refused, await failure(memory.createFeedback(badLanguage)));
    assert.ok(refused.codes.some((c) => c.startsWith('language')), JSON.stringify(refused));
  });

  it('refuses the same bad queries with the same 400 problem (type, title, detail, field codes): the contract\'s query limits hold in the adapter too', async () => {
    /** The problem as a widget reads it, without the server's English messages and its URL. */
    const refusal = async (work: Promise<unknown>) => {
      const error = await work.then(
        () => assert.fail('expected the query to be refused'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ApiError, String(error));
      const { type, title, status, detail, errors } = error.problem ?? {};
      return { kind: error.kind, type, title, status, detail, errors: (errors ?? []).map((e) => `${e.field}:${e.code}`).sort() };
    };
    const both = async (label: string, call: (api: CoprodApi) => Promise<unknown>, apis = { http, memory }) => {
      const fromServer = await refusal(call(apis.http));
      assert.equal(fromServer.status, 400, label);
      assert.deepEqual(await refusal(call(apis.memory)), fromServer, label);
    };
    const statuses = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
    const query = (q: Record<string, unknown>) => q as OpportunityQuery;
    await both('six statuses', (api) => api.listOpportunities(query({ status: [...statuses, 'open'] })));
    await both('a status not in the list', (api) => api.listOpportunities(query({ status: ['archived'] })));
    await both('21 topics', (api) => api.listOpportunities(query({ topic: Array.from({ length: 21 }, (_, i) => `topic-${i}`) })));
    await both('a topic that is not an id', (api) => api.listOpportunities(query({ topic: ['no spaces allowed'] })));
    await both('limit 0, a sort not in the list, a search of 201 characters', (api) => api.listOpportunities(query({ limit: 0, sort: 'random', q: 'x'.repeat(201) })));
    await both('limit 101 and 2.5', (api) => api.listOpportunities(query({ limit: 101, format: ['online', 'carrier-pigeon'] })));
    await both('a limit that is not whole', (api) => api.listOpportunities(query({ limit: 2.5 })));
    await both('five feedback statuses', (api) => api.listFeedback({ status: ['received', 'considering', 'changed', 'not_changed', 'received'] } as never));
    await both('feedback: include and sort not in the list', (api) => api.listFeedback({ include: 'everything', sort: 'loudest' } as never));
    const staff = { http: new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub: 'staff-q', roles: ['staff', 'finance', 'auditor'] }) }), memory: new InMemoryApi({ seed: createSeed(now), now }) };
    staff.memory.audit.actAs('staff-q', ['staff', 'finance', 'auditor']);
    const [open] = (await memory.listOpportunities({ limit: 1 })).items;
    await both('people without a reason', (api) => api.listPeople!({} as never), staff);
    await both('a weight over 5', (api) => api.listSuggestions!(open!.id, { weightTopic: 6, weightSkill: 2.5 }), staff);
    await both('an audit page of 501', (api) => api.listAuditEvents!({ limit: 501, action: 'not an action' }), staff);
    await both('six claim statuses', (api) => api.listClaims!({ status: ['submitted', 'queried', 'approved', 'refused', 'paid', 'paid'] }), staff);
  });

  it('refuses a staff update in a language not in the contract, or Welsh beside Welsh, alike (field and code)', async () => {
    const staff = { http: new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub: 'staff-r', roles: ['staff', 'feedback'] }) }), memory: new InMemoryApi({ seed: createSeed(now), now }) };
    staff.memory.audit.actAs('staff-r', ['staff', 'feedback']);
    const [item] = (await memory.listFeedback({ limit: 1 })).items;
    const cases = [
      { kind: 'heard', text: 'We heard you.', language: 'fr' },
      { kind: 'heard', text: 'Clywsom chi.', language: 'cy', translations: { cy: { text: 'Clywsom chi.' } } },
      // Spaces pass the contract's lengths; shown, they would be an empty reply (review M1).
      { kind: 'heard', text: 'We heard you.', translations: { cy: { text: '     ' } } },
      { kind: 'heard', text: '      ' },
      // Two problems at once: the text's, not the Welsh version's too (review M2).
      { kind: 'heard', text: 'Hi', language: 'cy', translations: { cy: { text: 'Clywsom chi.' } } },
    ] as unknown as FeedbackUpdateInput[];
    for (const update of cases) {
      const refused = await failure(staff.http.addFeedbackUpdate!(item!.id, update));
      assert.equal(refused.status, 422);
      assert.deepEqual(refused, await failure(staff.memory.addFeedbackUpdate!(item!.id, update)), JSON.stringify(update));
    }
    assert.deepEqual((await failure(staff.http.addFeedbackUpdate!(item!.id, cases[0]!))).codes, ['language:not-in-list']);
    assert.deepEqual((await failure(staff.http.addFeedbackUpdate!(item!.id, cases[1]!))).codes, ['translations.cy.text:not-allowed']);
    assert.deepEqual((await failure(staff.http.addFeedbackUpdate!(item!.id, cases[2]!))).codes, ['translations.cy.text:required']);
    assert.deepEqual((await failure(staff.http.addFeedbackUpdate!(item!.id, cases[3]!))).codes, ['text:required']);
    assert.deepEqual((await failure(staff.http.addFeedbackUpdate!(item!.id, cases[4]!))).codes, ['text:too-short']);
    // On an item merged into another, the merge is what is said first (409), by both.
    const merged = await failure(staff.http.addFeedbackUpdate!('fb-2jv7', cases[1]!));
    assert.equal(merged.status, 409);
    assert.deepEqual(merged, await failure(staff.memory.addFeedbackUpdate!('fb-2jv7', cases[1]!)));
  });

  it('refuses a topic that is not in the taxonomy on the same field', async () => {
    // Compared by field: the code for an id missing from the taxonomy is being unified with the rules module's codes.
    const unknownTopic = { topic: 'no-such-topic', text: 'The bus is late.', consentToPublish: false } as FeedbackInput;
    const fields = async (work: Promise<unknown>) => {
      const { status, codes } = await failure(work);
      return { status, fields: codes.map((c) => c.split(':')[0]) };
    };
    assert.deepEqual(await fields(http.createFeedback(unknownTopic)), await fields(memory.createFeedback(unknownTopic)));
  });

  it('answers a missing opportunity and a staff-only call alike', async () => {
    assert.deepEqual(await failure(http.getOpportunity('no-such-opportunity')), await failure(memory.getOpportunity('no-such-opportunity')));
    assert.deepEqual(await failure(http.listProfiles()), await failure(memory.listProfiles()));
  });

  it('refuses answers with nothing in them alike (every question skipped, or only spaces), naming the first question, online and by hand: an empty send never counts as one more person who answered', async () => {
    for (const empty of [{ ratings: {} }, { ratings: {}, change: '   ' }]) {
      const input = { token: 'no-such-invitation-token-0000', ...empty } as EvaluationInput;
      const refused = await failure(http.sendEvaluation!(input));
      assert.deepEqual(refused, { status: 422, codes: ['ratings.centre:required'] }, JSON.stringify(empty));
      assert.deepEqual(await failure(memory.sendEvaluation!(input)), refused);
    }
    const adapter = new InMemoryApi({ seed: createSeed(now), now });
    adapter.evaluations.roles = ['staff', 'insights'];
    const lead = new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub: 'insights-empty', roles: ['staff', 'insights'] }) });
    const blank = { opportunityId: 'opp-carers-strategy', how: 'paper', ratings: {} } as EvaluationByHandInput;
    const refused = await failure(lead.enterEvaluationByHand!(blank, { idempotencyKey: key() }));
    assert.deepEqual(refused, { status: 422, codes: ['ratings.centre:required'] });
    assert.deepEqual(await failure(adapter.enterEvaluationByHand!(blank, { idempotencyKey: key() })), refused);
  });

  it('answers from a paper form (enterEvaluationByHand, issue 17): refused alike without a token, without the insights role (which the reach says up front), with bad answers and before anyone was invited; taken alike after, and a retry with the same key is one answer (review S4)', async () => {
    const ACTIVITY = 'opp-carers-strategy';
    const form = { opportunityId: ACTIVITY, how: 'paper', ratings: { voice: 'agree' }, felt: 'consultation', change: 'Large print, please.' } as const;
    assert.deepEqual(await failure(http.enterEvaluationByHand!(form, { idempotencyKey: key() })), await failure(memory.enterEvaluationByHand!(form, { idempotencyKey: key() })));
    const as = async (sub: string, roles: string[]) => {
      const adapter = new InMemoryApi({ seed: createSeed(now), now });
      adapter.evaluations.roles = roles;
      adapter.equality.roles = roles;
      return { http: new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub, roles }) }), memory: adapter };
    };
    const plain = await as('plain-1', ['staff']);
    assert.deepEqual(await failure(plain.http.enterEvaluationByHand!(form, { idempotencyKey: key() })), await failure(plain.memory.enterEvaluationByHand!(form, { idempotencyKey: key() })));
    assert.deepEqual([(await plain.http.getEqualityReach!()).insights, (await plain.memory.getEqualityReach!()).insights], [false, false], 'the reach says this sign-in may not');
    const lead = await as('insights-1', ['staff', 'insights']);
    assert.deepEqual([(await lead.http.getEqualityReach!()).insights, (await lead.memory.getEqualityReach!()).insights], [true, true], 'and that this one may');
    const bad = { ...form, how: 'fax', ratings: { voice: 'maybe' }, change: 'x'.repeat(1001) } as never;
    const refusedBad = await failure(lead.http.enterEvaluationByHand!(bad, { idempotencyKey: key() }));
    assert.deepEqual(refusedBad, await failure(lead.memory.enterEvaluationByHand!(bad, { idempotencyKey: key() })));
    assert.equal(refusedBad.status, 422);
    const early = await failure(lead.http.enterEvaluationByHand!(form, { idempotencyKey: key() }));
    assert.deepEqual(early, await failure(lead.memory.enterEvaluationByHand!(form, { idempotencyKey: key() })));
    assert.deepEqual(early, { status: 422, codes: ['opportunityId:not-allowed'] }, 'nobody invited yet');
    const [round, memoryRound] = [await lead.http.inviteToEvaluate!(ACTIVITY), await lead.memory.inviteToEvaluate!(ACTIVITY)];
    assert.equal(round.invitedInAll, memoryRound.invitedInAll, 'the same people invited');
    const idempotencyKey = key();
    for (const api of [lead.http, lead.memory]) {
      assert.deepEqual(await api.enterEvaluationByHand!(form, { idempotencyKey }), { received: true });
      assert.deepEqual(await api.enterEvaluationByHand!(form, { idempotencyKey }), { received: true }, 'a retry after a lost answer');
    }
    const entered = async (api: CoprodApi) => {
      let n = 0;
      while ((await api.enterEvaluationByHand!({ ...form, how: 'phone' }, { idempotencyKey: key() }).then(() => true, () => false)) && n < 50) n++;
      return n;
    };
    assert.deepEqual([await entered(lead.http), await entered(lead.memory)], [round.invitedInAll - 1, round.invitedInAll - 1], 'the retry was one answer: room for the others invited, in both');
  });

  it('the audit trail (issue 20): refused alike without a token, without the auditor role, and for a day that is not one; the same page shape and CSV columns', async () => {
    assert.deepEqual(await failure(http.listAuditEvents!()), await failure(memory.listAuditEvents!()));
    const as = async (sub: string, roles: string[]) => {
      const adapter = new InMemoryApi({ seed: createSeed(now), now });
      adapter.audit.actAs(sub, roles);
      return { http: new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub, roles }) }), memory: adapter };
    };
    const lead = await as('lead-1', ['staff', 'people', 'finance']);
    assert.deepEqual(await failure(lead.http.listAuditEvents!()), await failure(lead.memory.listAuditEvents!()));
    assert.deepEqual(await failure(lead.http.exportAuditEvents!()), await failure(lead.memory.exportAuditEvents!()));
    const auditor = await as('auditor-1', ['staff', 'auditor']);
    assert.deepEqual(await failure(auditor.http.listAuditEvents!({ from: '3 March' })), await failure(auditor.memory.listAuditEvents!({ from: '3 March' })));
    await lead.http.listPeople!({ reason: 'find-people' });
    const [fromServer, inPage] = [await auditor.http.listAuditEvents!({ limit: 1 }), await auditor.memory.listAuditEvents!({ limit: 1 })];
    assert.deepEqual(Object.keys(fromServer.items[0]!).sort(), Object.keys(inPage.items[0]!).sort());
    assert.ok('next' in fromServer && 'next' in inPage);
    const header = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0];
    assert.equal(header(await auditor.http.exportAuditEvents!()), header(await auditor.memory.exportAuditEvents!()));
  });
});

describe('conformance: the signed-in person (/me) through the widgets\' client', () => {
  // Every response is checked against the contract by the server under test (validateResponses;
  // a mismatch is a 500 and fails close()). Issue 17: the equality calls.
  it('GET, PUT and DELETE /me/equality, and staff\'s GET /equality-reach, answer in the contract\'s shapes', async () => {
    const body = { name: 'Conformance Person', importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email', detail: 'conformance.person@example.org' }, consent: true };
    const created = await server.call('/api/v1/profiles', { method: 'POST', body, headers: { 'idempotency-key': key() } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const started = await server.call('/api/v1/me/sessions', { method: 'POST', body: { profileId: created.body.profile.id, key: created.body.editToken } });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const me = { meToken: started.body.token as string };
    const http = httpApi();
    assert.deepEqual(await http.getMyEquality!(me), {});
    const answers = { ageBand: 'age_25_34', sex: 'prefer_not_to_say', longTermCondition: 'yes', reducedAbility: 'a_little', carer: 'hours_1_19' } as const;
    assert.deepEqual(await http.saveMyEquality!(answers, me), answers);
    assert.deepEqual(await http.getMyEquality!(me), answers);
    const wrong = await failure(http.saveMyEquality!({ sex: 'other' } as never, me));
    assert.equal(wrong.status, 422);
    assert.ok(wrong.codes.length > 0 && wrong.codes.every((c) => c.startsWith('sex:')), wrong.codes.join(', '));
    const staffApi = new HttpApi({ baseUrl: `${server.base}/api/v1`, token: await token({ sub: 'staff-eq', roles: ['staff'] }) });
    const reach = await staffApi.getEqualityReach!();
    assert.equal(reach.hiddenBelow, 8);
    assert.ok(reach.trainingWanted === null || (typeof reach.trainingWanted === 'number' && reach.trainingWanted % 5 === 0), 'training wanted, hidden or rounded');
    assert.ok(reach.publishedAt && !Number.isNaN(Date.parse(reach.publishedAt)), 'when the figures were counted');
    assert.deepEqual(await failure(http.getEqualityReach!()), { status: 401, codes: [] });
    await http.deleteMyEquality!(me);
    assert.deepEqual(await http.getMyEquality!(me), {});
  });
});

conformance('in-memory adapter', () => new InMemoryApi({ seed: createSeed(now), now, staff: false }));
conformance(`server on ${dbKind}`, httpApi);
