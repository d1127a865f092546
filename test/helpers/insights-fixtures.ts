/**
 * Evaluation answers for `<coprod-staff-insights>`'s states and tests: people join the carers
 * strategy, are invited to say how it went, and `answers` of them answer. The adapter waits for
 * that to finish before it answers any call, so a state can render at once.
 */
import type { CoprodApi } from '../../src/api/api.js';
import type { InMemoryApi } from '../../src/api/in-memory.js';
import type { Agreement, EvaluationInput, FeltAnswer, Ingredient, LadderRung, Opportunity, OpportunityInput } from '../../src/api/types.js';
import { INGREDIENTS } from '../../src/api/rules.js';
import { staffApi } from './staff-states.js';

export const ACTIVITY = 'opp-carers-strategy';

/** Answer n: mostly agree, the first "strongly agree", the last "disagree" on power; felt consultation or co-design. */
function answer(token: string, n: number, of: number): EvaluationInput {
  const ratings = Object.fromEntries(INGREDIENTS.map((i) => [i, n === 0 ? 'strongly_agree' : 'agree'])) as Record<Ingredient, Agreement>;
  if (n === of - 1) ratings.power = 'disagree';
  const felt: FeltAnswer = n % 2 ? 'consultation' : 'co_design';
  return { token, ratings, felt, change: n === 0 ? 'Send the papers a week earlier.' : n === 1 ? 'Meet somewhere with parking.' : undefined } as EvaluationInput;
}

export async function addAnswers(api: InMemoryApi, answers: number, joined = Math.max(answers, 3), promise?: LadderRung): Promise<void> {
  if (promise) {
    // Staff chose the rung on the brief (issue 17's promise), as the brief form sends it.
    const { id: _id, ...brief } = (await api.getOpportunity(ACTIVITY)) as Opportunity & Record<string, unknown>;
    await api.updateOpportunity(ACTIVITY, { ...brief, promise } as unknown as OpportunityInput);
  }
  for (let n = 0; n < joined; n++) {
    const receipt = await api.createInterest(ACTIVITY, { name: `Taking part ${n + 1}`, contact: { method: 'email', detail: `person${n + 1}@example.org` }, consent: true });
    await api.updateInterest(ACTIVITY, receipt.id, { status: 'joined' });
  }
  await api.inviteToEvaluate(ACTIVITY);
  const tokens = api.evaluations.tokensFor(ACTIVITY);
  for (let n = 0; n < answers; n++) await api.sendEvaluation(answer(tokens[n]!, n, answers));
}

/** A staff adapter with `answers` answers for the carers strategy; every call waits until they are in. */
export function insightsApi(answers: number, promise?: LadderRung): { api: CoprodApi; inner: InMemoryApi; ready: Promise<void> } {
  const inner = staffApi();
  const ready = answers ? addAnswers(inner, answers, undefined, promise) : Promise.resolve();
  const api = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? async (...args: unknown[]) => (await ready, (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
    },
  });
  return { api, inner, ready };
}
