import { readStored, removeStored, storedKeys } from './web-storage.js';

/**
 * The storage key of one form's draft: one per page, element id and subject, so two forms
 * (or two opportunities) never share a draft. `kind` names the form (`profile`, `interest`).
 */
export function draftKey(kind: string, elementId: string, subject?: string): string {
  const where = `${window.location.pathname}${elementId ? `#${elementId}` : ''}`;
  return `coprod-${kind}-draft:${where}${subject ? `:${subject}` : ''}`;
}

/** Whether anything is kept under a draft key, in this tab or on this device (read before a form's code loads). */
export const draftKept = (key: string): boolean => readStored('session', key) !== undefined || readStored('local', key) !== undefined;

/**
 * Forgets every kept draft of one kind of form (`interest`, `feedback`...) in this tab and on
 * this device: e.g. when a person signs out of a shared computer, or before a story or test
 * that must start from an empty form.
 */
export function forgetDrafts(kind: string): void {
  const prefix = `coprod-${kind}-draft:`;
  for (const area of ['session', 'local'] as const) {
    for (const key of storedKeys(area)) if (key.startsWith(prefix)) removeStored(area, key);
  }
}

/** Forgets one kept draft by its key (e.g. of an item whose panel was closed while it was sent). */
export function forgetDraft(key: string): void {
  removeStored('session', key);
  removeStored('local', key);
}
