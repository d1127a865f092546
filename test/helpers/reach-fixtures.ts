/**
 * "Who is taking part" for <coprod-staff-insights>'s states and tests (issue 17): the carers
 * strategy's six evaluation answers, and staff's equality counts made by the shared counting
 * (src/api/equality-reach.ts) over `people` made-up answer sets, beside the demo area's figures.
 */
import type { CoprodApi } from '../../src/api/api.js';
import { equalityReach, withReference } from '../../src/api/equality-reach.js';
import { DEMO_REFERENCE } from '../../src/api/in-memory-equality.js';
import type { CouncilQuestion, EqualityAnswers, EqualityReach } from '../../src/api/types.js';
import type { InMemoryApi } from '../../src/api/in-memory.js';
import { insightsApi } from './insights-fixtures.js';
import { scriptedError } from './scripted-adapters.js';

const AGES = ['age_16_24', 'age_25_34', 'age_35_44', 'age_45_54', 'age_55_64', 'age_65_74', 'age_75_plus'] as const;
const GROUPS = ['white', 'white', 'white', 'asian', 'black', 'white', 'mixed', 'asian'] as const;
const CARE = ['no', 'no', 'no', 'hours_1_19', 'no', 'hours_20_49', 'no', 'hours_50_plus'] as const;

/** `n` made-up answer sets, spread over the answers (some "prefer not to say"). */
export function answerSets(n: number): EqualityAnswers[] {
  return Array.from({ length: n }, (_, i) => ({
    ageBand: i % 11 === 10 ? 'prefer_not_to_say' : AGES[(i * 3) % AGES.length],
    sex: i % 13 === 12 ? 'prefer_not_to_say' : i % 2 ? 'female' : 'male',
    ethnicGroup: GROUPS[i % GROUPS.length],
    longTermCondition: i % 3 === 0 ? 'yes' : 'no',
    ...(i % 3 === 0 ? { reducedAbility: i % 2 ? 'a_lot' : 'a_little' } : {}),
    carer: CARE[i % CARE.length],
  }) as EqualityAnswers);
}

export const PUBLISHED_AT = '2026-11-27T09:00:00Z';

/** The counts as the server would publish them for `people` answer sets of `profiles` profiles. */
export function reachFor(people: number, profiles = Math.max(people * 2, 40)): EqualityReach {
  return { ...equalityReach(answerSets(people), profiles, DEMO_REFERENCE), publishedAt: PUBLISHED_AT, trainingWanted: people >= 30 ? 15 : null };
}

/** The insights adapter (six evaluation answers) whose equality counts are `reach`, or fail with `fails`. */
export function reachApi(reach: EqualityReach | 'server' | 'forbidden'): CoprodApi {
  const { api, inner } = insightsApi(6);
  return new Proxy(api, {
    get(target, key, receiver) {
      if (key === 'getEqualityReach')
        return async () => {
          if (typeof reach === 'string') throw scriptedError(reach);
          // Beside the area's figures as staff last saved them (PUT /equality-reference), as the server does.
          return withReference(structuredClone(reach), inner.equality.reference);
        };
      return Reflect.get(target, key, receiver);
    },
  });
}

/** A question of the council's own (issue 17: "any the council adds"). */
export const CARE_LEAVER: CouncilQuestion = {
  id: 'cq-care',
  retired: false,
  text: { en: 'Are you a care leaver?', cy: 'Ydych chi wedi gadael gofal?', easyRead: 'Did you grow up in care?' },
  answers: [
    { id: 'a1', text: { en: 'Yes', cy: 'Ydw', easyRead: 'Yes, I did' } },
    { id: 'a2', text: { en: 'No', cy: 'Nac ydw', easyRead: 'No, I did not' } },
  ],
};
export const SOURCE = 'Census 2021, ONS, table TS021';

/** Thirty people's counts with the council's own question (a third said yes), beside figures whose source staff gave. */
export function councilReachApi(): CoprodApi {
  const sets = answerSets(30).map((a, i) => ({ ...a, council: { [CARE_LEAVER.id]: i % 3 ? 'a2' : 'a1' } }));
  const api = reachApi({ ...equalityReach(sets, 60, DEMO_REFERENCE, [CARE_LEAVER]), publishedAt: PUBLISHED_AT, trainingWanted: 15 });
  const inner = api as unknown as InMemoryApi;
  // A copy: stopping it in one state or test must not stop it in the next.
  inner.equality.questions = [structuredClone(CARE_LEAVER)];
  inner.equality.reference = { ...DEMO_REFERENCE, source: SOURCE };
  return api;
}
