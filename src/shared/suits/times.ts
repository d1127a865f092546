/**
 * Welsh times of day inside a sentence, from their codes: "yn y bore", "yn y prynhawn", but
 * "gyda’r nos" (evening as a time of day takes "gyda’r", never "yn y"). The one copy of that
 * rule, for the person's reasons (suits.messages.ts) and staff's (staff-people.messages.ts);
 * it reads codes, so a label's wording or apostrophe cannot break it. Only Welsh readings
 * import it, so it loads with them. (In English the codes are the words: "in the morning".)
 */
export const cyTimesOfDay = (codes: readonly string[]): string[] => codes.map((code) => (code === 'evening' ? 'gyda’r nos' : `yn y ${code === 'morning' ? 'bore' : 'prynhawn'}`));
