import { draftKey } from '../../../core/controllers/draft-controller.js';
import { readStored, removeStored, writeStored } from '../../../core/controllers/web-storage.js';
import type { ProfileValues } from './profile-values.js';

/**
 * Where the form keeps what a person typed (through `DraftController`), and the edit token
 * of the profile they saved.
 *
 * The edit token lives in memory and in sessionStorage for this tab, never in localStorage:
 * anyone using the device later must not be able to open the profile.
 */
export interface ProfileDraft {
  values: ProfileValues;
  /** The profile being changed, when the draft is of an edit. */
  editingId?: string | undefined;
  /** When that profile was saved before the changes began (its updatedAt, which every save moves on), and which
   * answers were changed: if it has been saved since
   * when the draft comes back (another tab, or staff on request), the changes are laid over it, not over everything. */
  base?: string | undefined;
  changed?: (keyof ProfileValues)[] | undefined;
  /** What those answers were when the changes began (not the picture): see `draftBase`. */
  was?: Partial<ProfileValues> | undefined;
}

export interface ProfileKey {
  profileId: string;
  editToken: string;
}

/** The storage keys of one form: one per page and element id, so two forms never share a draft. */
export function storageKeys(elementId: string): { draft: string; key: string } {
  const where = `${window.location.pathname}${elementId ? `#${elementId}` : ''}`;
  return { draft: draftKey('profile', elementId), key: `coprod-profile-key:${where}` };
}

/** Whether a stored value is a draft of this form. */
export function isProfileDraft(value: unknown): value is ProfileDraft {
  const values = (value as ProfileDraft | undefined)?.values;
  return typeof values === 'object' && values !== null;
}

/** The draft without its picture, for when storage is too full to hold it: the words at least are kept. */
export function withoutPicture(draft: ProfileDraft): ProfileDraft | undefined {
  return draft.values.pictureDataUrl ? { ...draft, values: { ...draft.values, pictureDataUrl: '' } } : undefined;
}

/** The edit token of the profile saved in this tab. */
export class ProfileKeyStore {
  constructor(private readonly key: string) {}

  read(): ProfileKey | undefined {
    const key = readStored('session', this.key) as Partial<ProfileKey> | undefined;
    return key?.profileId && key.editToken ? { profileId: key.profileId, editToken: key.editToken } : undefined;
  }

  save(key: ProfileKey): void {
    writeStored('session', this.key, key);
  }

  clear(): void {
    removeStored('session', this.key);
  }
}
