import type { Interest } from '../../../api/types.js';

/**
 * The people whose name, reference, contact, needs, message or note hold every word searched
 * (any case; a reference with or without its hyphen). The list is already in the browser
 * (the API returns everyone interested in one opportunity), so the search asks nothing of the
 * server and what staff type never leaves the page.
 */
export function searchInterests(people: readonly Interest[], q: string): readonly Interest[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return people;
  return people.filter((i) => {
    const text = [i.name, i.reference, i.reference.replace(/-/g, ''), i.contact.detail, i.accessNeeds, i.message, i.note].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
