import type { ProfileValues } from './profile-values.js';

/**
 * Where the form keeps what a person typed, and the edit token of the profile they saved.
 *
 * - The draft lives in sessionStorage (this tab only) while typing; in localStorage only
 *   when the person ticks "remember on this device", and is removed from there when they
 *   untick it. Both are cleared once the profile is saved.
 * - The edit token lives in memory and in sessionStorage for this tab, never in
 *   localStorage: anyone using the device later must not be able to open the profile.
 *
 * Storage can be missing or full (private browsing, quota): every call is best effort.
 */
export interface Draft {
  values: ProfileValues;
  /** The profile being changed, when the draft is of an edit. */
  editingId?: string | undefined;
}

export interface ProfileKey {
  profileId: string;
  editToken: string;
}

function storage(kind: 'session' | 'local'): Storage | undefined {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

function read<T>(store: Storage | undefined, key: string): T | undefined {
  try {
    const text = store?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(store: Storage | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // A picture may not fit: keep the words at least.
    const draft = value as Draft;
    if (draft?.values?.pictureDataUrl) write(store, key, { ...draft, values: { ...draft.values, pictureDataUrl: '' } });
  }
}

function remove(store: Storage | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/** The storage keys of one form: one per page and element id, so two forms never share a draft. */
export function storageKeys(elementId: string): { draft: string; key: string } {
  const where = `${window.location.pathname}${elementId ? `#${elementId}` : ''}`;
  return { draft: `coprod-profile-draft:${where}`, key: `coprod-profile-key:${where}` };
}

export class ProfileStorage {
  constructor(private readonly keys: { draft: string; key: string }) {}

  /** The kept draft, and whether it came from the device (the person opted in before). */
  readDraft(): { draft: Draft; onDevice: boolean } | undefined {
    const inTab = read<Draft>(storage('session'), this.keys.draft);
    const onDevice = read<Draft>(storage('local'), this.keys.draft);
    const draft = inTab ?? onDevice;
    return draft?.values ? { draft, onDevice: !!onDevice } : undefined;
  }

  saveDraft(draft: Draft, onDevice: boolean): void {
    write(storage('session'), this.keys.draft, draft);
    if (onDevice) write(storage('local'), this.keys.draft, draft);
  }

  forgetOnDevice(): void {
    remove(storage('local'), this.keys.draft);
  }

  clearDraft(): void {
    remove(storage('session'), this.keys.draft);
    remove(storage('local'), this.keys.draft);
  }

  readKey(): ProfileKey | undefined {
    const key = read<ProfileKey>(storage('session'), this.keys.key);
    return key?.profileId && key.editToken ? key : undefined;
  }

  saveKey(key: ProfileKey): void {
    write(storage('session'), this.keys.key, key);
  }

  clearKey(): void {
    remove(storage('session'), this.keys.key);
  }
}
