import type { ApiError } from '../../../api/errors.js';

/** Detail of `coprod-profile-saved`: which profile, never its contents (they are personal data). */
export interface ProfileSavedDetail {
  profileId: string;
  /** True when the profile was created, false when it was changed. */
  created: boolean;
}

export interface ProfileDeletedDetail {
  profileId: string;
}

export interface ProfileErrorDetail {
  action: 'load' | 'save' | 'delete';
  kind: ApiError['kind'];
  message: string;
}
