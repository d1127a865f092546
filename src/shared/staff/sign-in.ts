import type { SignInSession } from '../../core/controllers/config-controller.js';

/**
 * A member of staff's sign-in with the council's OpenID provider (Entra ID, Google Workspace,
 * any OpenID Connect provider): the authorisation code flow with PKCE, run in the browser by
 * `oauth4webapi` (loaded only when someone signs in). The tokens live in this object's memory
 * only: never a cookie (the widgets live on another origin than the API) nor storage. Only the
 * PKCE verifier and `state` wait in sessionStorage while the browser visits the provider.
 * The access token is refreshed a minute before it expires; signing out forgets the tokens,
 * revokes the refresh token and ends the session at the provider.
 *
 * One session per issuer and client id on a page, shared by every staff widget that is given
 * them (`issuer` and `client-id` on `<coprod-provider>` or the widget, or `configure()`), and
 * by the host page: `staffSignIn({ issuer, clientId })` from `coprod-widgets/staff-sign-in`.
 * This module imports nothing at run time (the staff element registers it with the
 * configuration), so that entry adds no seams to the chunks every element shares.
 */
export interface StaffSignInOptions {
  issuer: string;
  clientId: string;
  /** Default `openid profile offline_access`; add the API's scope if the provider needs one (Entra ID: `api://<app>/.default`). */
  scope?: string;
  /** Where the provider sends the browser back; default this page (without its query). */
  redirectUri?: string;
}

export type StaffSignInStatus = 'signed-out' | 'signing-in' | 'signed-in';

type OAuth = typeof import('oauth4webapi');
interface Tokens {
  access: string;
  expiresAt: number;
  refresh: string | undefined;
  idToken: string | undefined;
}

const STORAGE_PREFIX = 'coprod-sign-in:';
/** Refresh this long before the access token expires. */
const REFRESH_EARLY_MS = 60_000;
/** On the page's global object, so two copies of the bundle (all-in-one and an element's own module) share one sign-in. */
const sessions: Map<string, StaffSignIn> = ((globalThis as { [key: symbol]: Map<string, StaffSignIn> })[Symbol.for('coprod.staffSignIn')] ??= new Map());

/** The page's session for this provider and client (made on first use). */
export function staffSignIn(options: StaffSignInOptions): StaffSignIn {
  const key = `${options.issuer}\n${options.clientId}`;
  let session = sessions.get(key);
  if (!session) sessions.set(key, (session = new StaffSignIn(options)));
  return session;
}

export class StaffSignIn implements SignInSession {
  status: StaffSignInStatus = 'signed-out';
  /** The person's name from the ID token, when the provider gives one. */
  name: string | undefined;
  /** Why the last sign-in failed (for the page; no personal data). */
  failure: string | undefined;
  private readonly options: StaffSignInOptions;
  private readonly listeners = new Set<() => void>();
  private tokens: Tokens | undefined;
  private refreshing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private server: Promise<{ oauth: OAuth; as: import('oauth4webapi').AuthorizationServer }> | undefined;

  constructor(options: StaffSignInOptions) {
    this.options = options;
    const back = new URL(location.href);
    const pending = sessionStorage.getItem(this.storageKey);
    if (pending && back.searchParams.has('state')) {
      this.status = 'signing-in';
      void this.finish(back, JSON.parse(pending) as { state: string; verifier: string });
    }
  }

  get signedIn(): boolean {
    return this.status === 'signed-in';
  }

  /** The access token for the API, refreshed first if it is about to expire. A stable function: give it as a widget's `token`. */
  readonly token = async (): Promise<string | undefined> => {
    if (this.tokens && this.tokens.expiresAt - Date.now() < REFRESH_EARLY_MS) await this.refresh();
    return this.tokens?.access;
  };

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends the browser to the provider's sign-in page; it comes back to this page signed in. */
  async signIn(): Promise<void> {
    const { oauth, as } = await this.discover();
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: this.options.clientId,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: this.options.scope ?? 'openid profile offline_access',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    }).toString();
    sessionStorage.setItem(this.storageKey, JSON.stringify({ state, verifier }));
    location.assign(url.href);
  }

  /** Forgets the tokens here, revokes the refresh token, and ends the session at the provider (which comes back to this page). */
  async signOut(): Promise<void> {
    const tokens = this.tokens;
    this.set(undefined);
    if (!tokens) return;
    const { oauth, as } = await this.discover();
    if (tokens.refresh && as.revocation_endpoint) {
      await oauth.revocationRequest(as, this.client, oauth.None(), tokens.refresh, this.insecure).catch(() => undefined);
    }
    if (as.end_session_endpoint) {
      const url = new URL(as.end_session_endpoint);
      url.search = new URLSearchParams({ client_id: this.options.clientId, post_logout_redirect_uri: this.redirectUri, ...(tokens.idToken ? { id_token_hint: tokens.idToken } : {}) }).toString();
      location.assign(url.href);
    }
  }

  private get storageKey(): string {
    return `${STORAGE_PREFIX}${this.options.issuer}\n${this.options.clientId}`;
  }

  private get redirectUri(): string {
    return this.options.redirectUri ?? `${location.origin}${location.pathname}`;
  }

  private get client(): import('oauth4webapi').Client {
    return { client_id: this.options.clientId };
  }

  /** http is allowed only for a provider on this computer (the local development provider). */
  private get insecure(): Record<symbol, boolean> {
    const { protocol, hostname } = new URL(this.options.issuer);
    const local = protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
    return this.oauth ? { [this.oauth.allowInsecureRequests]: local } : {};
  }

  private oauth: OAuth | undefined;

  private discover() {
    return (this.server ??= (async () => {
      const oauth = (this.oauth = await import('oauth4webapi'));
      const issuer = new URL(this.options.issuer);
      const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, this.insecure));
      return { oauth, as };
    })().catch((error: unknown) => {
      this.server = undefined;
      throw error;
    }));
  }

  private async finish(back: URL, pending: { state: string; verifier: string }): Promise<void> {
    sessionStorage.removeItem(this.storageKey);
    const clean = new URL(back);
    for (const name of ['code', 'state', 'iss', 'session_state', 'error', 'error_description']) clean.searchParams.delete(name);
    history.replaceState(history.state, '', clean.href);
    try {
      const { oauth, as } = await this.discover();
      const params = oauth.validateAuthResponse(as, this.client, back, pending.state);
      const response = await oauth.authorizationCodeGrantRequest(as, this.client, oauth.None(), params, this.redirectUri, pending.verifier, this.insecure);
      const result = await oauth.processAuthorizationCodeResponse(as, this.client, response);
      const claims = oauth.getValidatedIdTokenClaims(result);
      this.name = typeof claims?.name === 'string' ? claims.name : undefined;
      this.failure = undefined;
      this.set(result);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : 'The sign-in did not finish.';
      this.set(undefined);
    }
  }

  private async refresh(): Promise<void> {
    const refresh = this.tokens?.refresh;
    if (!refresh) return this.set(undefined);
    return (this.refreshing ??= (async () => {
      try {
        const { oauth, as } = await this.discover();
        const response = await oauth.refreshTokenGrantRequest(as, this.client, oauth.None(), refresh, this.insecure);
        this.set(await oauth.processRefreshTokenResponse(as, this.client, response), this.tokens);
      } catch {
        this.set(undefined);
      } finally {
        this.refreshing = undefined;
      }
    })());
  }

  private set(result: { access_token: string; expires_in?: number; refresh_token?: string; id_token?: string } | undefined, previous?: Tokens): void {
    clearTimeout(this.timer);
    this.tokens = result && {
      access: result.access_token,
      expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
      refresh: result.refresh_token ?? previous?.refresh,
      idToken: result.id_token ?? previous?.idToken,
    };
    this.status = this.tokens ? 'signed-in' : 'signed-out';
    if (!this.tokens) this.name = undefined;
    else this.timer = setTimeout(() => void this.refresh(), Math.max(5_000, this.tokens.expiresAt - Date.now() - REFRESH_EARLY_MS));
    for (const listener of this.listeners) listener();
  }
}
