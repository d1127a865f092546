/**
 * One profile stands for a person who has two (the same address used twice), by one rule
 * (src/api/person-profile.ts in the adapter, personProfileIn in server/src/me/repository.ts):
 * the one with their equality answers, else the most recently changed. The equality answers
 * and "may suit you" follow it on the server and in the in-memory adapter alike, whichever of
 * the two profiles the person signed in with (review SHOULD 7).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CoprodApi, MeCallOptions } from '../../src/api/api.js';
import { HttpApi } from '../../src/api/http-client.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { paidBrief } from '../../test/helpers/pay-brief.js';
import { fixtureSeed } from './fixture-seed.js';
import { key, staff, suiteServer } from './harness.js';
import { capturingSender, meOptions, signInByEmail } from './me-helpers.js';

const EMAIL = 'glenys.two@example.org';
const sender = capturingSender();
const s = suiteServer({ me: meOptions(sender) });

const profile = (name: string, topics: string[]) => ({ name, importantToMe: 'Being heard.', experience: 'Carer.', contact: { method: 'email' as const, detail: EMAIL }, consent: true as const, topics });

/**
 * A carers brief; the older profile asks about carers and has the equality answers, the newer
 * (made after) asks about nothing. Signed in with the newer one, what the person is shown.
 */
async function shown(api: CoprodApi, staffApi: CoprodApi, signIn: (profileId: string, editToken: string) => Promise<MeCallOptions>) {
  const brief = await staffApi.createOpportunity!(paidBrief(), { idempotencyKey: key() });
  const older = await api.createProfile!(profile('Glenys Older', ['carers']), { idempotencyKey: key() });
  await api.saveMyEquality!({ carer: 'hours_1_19' }, await signIn(older.profile.id, older.editToken));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const newer = await api.createProfile!(profile('Glenys Newer', []), { idempotencyKey: key() });
  const me = await signIn(newer.profile.id, newer.editToken);
  const suggested = (await api.listMySuggestions!(me)).items.map((i) => i.opportunity.id);
  return { equality: await api.getMyEquality!(me), suggestsTheBrief: suggested.includes(brief.id) };
}

describe('the profile that stands for a person: server and in-memory adapter alike', () => {
  it('signed in with the newer profile, the person sees the older one’s equality answers and what suits its topics', async () => {
    const http = (token?: string) => new HttpApi({ baseUrl: `${s.base}/api/v1`, ...(token ? { token } : {}) });
    const onServer = await shown(http(), http(staff), async () => ({ meToken: await signInByEmail(s, sender, EMAIL) }));

    const memory = new InMemoryApi({ seed: fixtureSeed(), now: new Date() });
    const inMemory = await shown(memory, memory, async (profileId) => ({ meToken: memory.people.signInAs(profileId) }));

    assert.deepEqual(onServer, { equality: { carer: 'hours_1_19' }, suggestsTheBrief: true }, 'the server follows personProfileIn');
    assert.deepEqual(inMemory, onServer, 'the adapter gives the same answer');
  });
});
