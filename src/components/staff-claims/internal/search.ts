import type { Claim } from '../../../api/types.js';

/**
 * The claims whose name, reference (with or without its hyphen), person's reference,
 * opportunity or cost code hold every word searched, in any case. The queue is already in the
 * browser (the API returns it whole), so searching asks the server nothing.
 */
export function searchClaims(claims: readonly Claim[], q: string): readonly Claim[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return claims;
  return claims.filter((c) => {
    const text = [c.name, c.reference, c.reference.replace(/-/g, ''), c.personRef, c.opportunityTitle.en, c.opportunityTitle.cy, c.costCode].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
