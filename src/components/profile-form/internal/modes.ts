import type { Profile } from '../../../api/types.js';

/**
 * What the profile form is showing: exactly one of these at a time. Each mode carries only
 * what it needs, so no combination of flags can say two things at once.
 *
 * - `loading`: fetching a saved profile (`profile-id`, or the one saved earlier in this tab);
 *   the load task shows "loading" or the failure with "try again".
 * - `editing`: the form; with `profile` when a saved profile is being changed. Whether a
 *   kept draft was restored is the DraftController's `restored`.
 * - `viewing`: the saved one page profile; `justSaved` right after a save, for the notice; `oftenStays`
 *   and `offStays` (both or neither) when that save set "How often" where the address was not proved
 *   (what a proved choice does, and that messages turned off stay off: review S0).
 * - `deleted`: the profile is gone; the person may start a new one.
 */
export type ProfileMode =
  | { kind: 'loading'; profileId: string }
  | { kind: 'editing'; profile?: Profile | undefined }
  | { kind: 'viewing'; profile: Profile; justSaved?: 'created' | 'updated' | undefined; oftenStays?: string | undefined; offStays?: string | undefined }
  | { kind: 'deleted' };

/** The id of the profile the form is about, if any. */
export function profileIdOf(mode: ProfileMode): string | undefined {
  switch (mode.kind) {
    case 'loading':
      return mode.profileId;
    case 'editing':
    case 'viewing':
      return mode.profile?.id;
    case 'deleted':
      return undefined;
  }
}
