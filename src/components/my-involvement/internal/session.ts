import type { CoprodApi, MeCallOptions } from '../../../api/api.js';
import { ApiError } from '../../../api/errors.js';
import type { Id, MySession, Profile, ProfileInput } from '../../../api/types.js';
import { noteVersion, versionOf } from '../../../api/versions.js';

/** The fragment a sign-in link carries: `#coprod-sign-in=<token>`. A fragment never reaches a server log or a Referer. */
export const LINK_FRAGMENT = 'coprod-sign-in';

/** Takes the sign-in token out of the page address (so a reload or a shared URL does not carry it). */
export function takeLinkFromPage(): string | undefined {
  const match = new RegExp(`(?:^#|&)${LINK_FRAGMENT}=([A-Za-z0-9_-]{10,200})`).exec(location.hash);
  if (!match) return undefined;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return match[1];
}

/**
 * The person's sign-in, held in this element's memory only: never localStorage, never a
 * cookie. Closing the tab ends it; the server ends it after 30 minutes anyway.
 */
export class MeSession {
  #session: MySession | undefined;

  get current(): MySession | undefined {
    return this.#session;
  }

  set(session: MySession | undefined): void {
    this.#session = session;
  }

  options(signal?: AbortSignal): MeCallOptions {
    if (!this.#session) throw new ApiError('unauthorized', 'Not signed in.');
    return signal ? { meToken: this.#session.token, signal } : { meToken: this.#session.token };
  }
}

/**
 * What the embedded profile form talks to: the base API, except that the profile calls go
 * to the person's own `/me` operations with their sign-in. The profile comes from the page
 * already loaded, so opening it costs no request.
 */
/**
 * What became of a profile save's "How often", for the page to say: none sent (undefined), `kept`, `not-kept` (the profile
 * saved, the preferences not reached), or `unproved` (set where the sign-in proved no address, a profile key: a choice made
 * with proof stays, whatever was sent).
 */
export type OftenSaved = 'kept' | 'not-kept' | 'unproved' | undefined;

export function profileThroughMe(api: CoprodApi, session: MeSession, profiles: () => readonly Profile[], oftenSaved?: (often: OftenSaved) => void): CoprodApi {
  const overrides: Partial<CoprodApi> = {
    async getProfile(id: Id) {
      const found = profiles().find((p) => p.id === id);
      if (!found) throw new ApiError('not-found', 'There is no profile of yours with that number.', { status: 404 });
      return found;
    },
    // The version the form read it at (the page's, from GET /me): a save made in another tab meanwhile is a 412, not overwritten.
    updateProfile(id: Id, input: ProfileInput, options?: { ifMatch?: string | undefined }) {
      if (!api.updateMyProfile) throw new ApiError('not-found', 'Not available.');
      return api.updateMyProfile(id, input, { ...session.options(), ifMatch: options?.ifMatch }).then(async (saved) => {
        // On an address this sign-in proved, how often changes only through the preferences (the server shows that row
        // on the profile): a change made on the form goes there too, so it is the person's choice everywhere.
        const frequency = input.messages?.frequency;
        if (frequency && session.current?.signedInWith === 'profile') {
          oftenSaved?.('unproved');
          return saved;
        }
        if (!frequency || !saved.messages || saved.messages.frequency === frequency || !api.updateMessagePreferences) {
          oftenSaved?.(frequency && 'kept');
          return saved;
        }
        // The profile is saved (its version moved): a failure here is not a failed save (review P2, session 16). The form
        // shows the saved profile, with how often as it still is, and the page says that only how often did not change;
        // a "Try again" that put the profile back at its old version would be a 412 ("changed somewhere else").
        const state = await api.updateMessagePreferences({ frequency }, session.options()).catch(() => undefined);
        oftenSaved?.(state ? 'kept' : 'not-kept');
        return state ? { ...saved, messages: { language: state.language, readingLevel: state.readingLevel, frequency: state.frequency } } : saved;
      }).catch(async (error: ApiError) => {
        // Changed in another tab (412): the page's copy becomes what is saved now, with its version, for the form to read again.
        const now = error.kind === 'conflict' ? (await api.getMyInvolvement!(session.options()).catch(() => undefined))?.profiles.find((p) => p.id === id) : undefined;
        const mine = profiles().find((p) => p.id === id);
        if (now && mine) noteVersion(Object.assign(mine, now), versionOf(now));
        throw error;
      });
    },
    deleteProfile(id: Id) {
      if (!api.deleteMyProfile) throw new ApiError('not-found', 'Not available.');
      return api.deleteMyProfile(id, session.options());
    },
  };
  return new Proxy(api, {
    get(target, property) {
      if (property in overrides) return overrides[property as keyof CoprodApi];
      const value: unknown = Reflect.get(target, property, target);
      // Methods of a class with private fields must run on the real object, not the proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
