/** Kept apart from i18n.ts so that only what prints someone's own words with dates or numbers (the opportunity page) carries it. */
/**
 * Someone's own words with each day held to its month ("since 10 September 2026") and each UK
 * phone number whole ("phone Rhian on 01632 960 220") by non-breaking spaces, as `formatDate`
 * writes its dates: at 320 px neither is cut where it should not be.
 */
export function keepWhole(text: string): string {
  return text.replace(/\b\d{1,2} \p{Lu}\p{Ll}+\b|(?:\+44 ?|\b0)\d{3,4} \d{3} ?\d{3,4}\b/gu, (whole) => whole.replace(/ /g, '\u00a0'));
}
