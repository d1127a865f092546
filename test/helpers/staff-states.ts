/**
 * Adapters for the staff widgets' named states and tests. They wrap a real `InMemoryApi`
 * so a state shows realistic data and can still hold one kind of call pending or failing.
 */
import { html, type TemplateResult } from 'lit';
import type { CoprodApi } from '../../src/api/api.js';
import type { ApiErrorKind } from '../../src/api/errors.js';
import { InMemoryApi } from '../../src/api/in-memory.js';
import { failingApi, flakyApi, neverSettlingApi, scriptedError, type FlakyApi } from './scripted-adapters.js';
import type { NamedState } from '../../src/core/states.js';
import { shadow, until } from './dom.js';

/** A fixed "now" (a Tuesday) so waiting times and dates never change between runs. */
export const STAFF_NOW = new Date('2026-11-24T10:00:00Z');

/** Stands for a signed-in member of staff in states and tests. */
export const STAFF_TOKEN = 'staff-token-for-previews';

export function staffApi(options: { empty?: boolean } = {}): InMemoryApi {
  return new InMemoryApi({ now: STAFF_NOW, ...(options.empty ? { seed: 'empty' as const } : {}) });
}

/** Records every call (and answers from `inner`), to show that a state made none. */
export function recordingApi(inner: CoprodApi = staffApi()): FlakyApi {
  return flakyApi(inner, { failures: 0 });
}

/** `inner`, except that the named methods never answer (the "saving" states). */
export function pendingOn(inner: CoprodApi, methods: readonly (keyof CoprodApi)[]): CoprodApi {
  const pending = neverSettlingApi();
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (methods.includes(key as keyof CoprodApi)) return pending[key as keyof CoprodApi];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `inner`, except that `method` fails (the network) when it is asked to search (`q`): a staff list's search that failed. */
export function failingSearches(inner: CoprodApi, method: 'listOpportunities' | 'listFeedback'): CoprodApi {
  return new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key !== method) return value.bind(target);
      return async (query: { q?: string } | undefined, ...rest: unknown[]) => {
        if (query?.q) throw scriptedError('network');
        return (value as (...a: unknown[]) => Promise<unknown>).call(target, query, ...rest);
      };
    },
  });
}

/** `inner`, except that the named methods reject with an `ApiError` of `kind`. */
export function failingOn(inner: CoprodApi, methods: readonly (keyof CoprodApi)[], kind: ApiErrorKind): CoprodApi {
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (methods.includes(key as keyof CoprodApi)) return async () => Promise.reject(scriptedError(kind));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface StaffProviderOptions {
  locale?: string;
  /** The staff token. Default: `STAFF_TOKEN`; pass `token: undefined` for a page where no one is signed in. */
  token?: string | undefined;
  readingLevel?: string;
  /** The page gives an OpenID provider and client id (staff sign in there). */
  signIn?: boolean;
}

/** A provider that is never asked in states and tests unless a test clicks "Sign in". */
export const SIGN_IN_PROVIDER = { issuer: 'https://login.anytown.example', clientId: 'coprod-staff' };

/** `widget` inside a provider that talks to `adapter`, signed in as staff unless `token` says otherwise. */
export function inStaffProvider(adapter: CoprodApi, options: StaffProviderOptions, widget: TemplateResult): TemplateResult {
  // A list's search and page live in the address (shared/staff/list-paging.ts): each state starts without an earlier one's.
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  const token = 'token' in options ? options.token : STAFF_TOKEN;
  return html`<coprod-provider .adapter=${adapter} .token=${token} locale=${options.locale ?? 'en-GB'} reading-level=${options.readingLevel ?? 'standard'}
    .issuer=${options.signIn ? SIGN_IN_PROVIDER.issuer : undefined} .clientId=${options.signIn ? SIGN_IN_PROVIDER.clientId : undefined}>
    ${widget}
  </coprod-provider>`;
}

/** A play step that waits until the widget shows `selector` (`what` names it if it never does). */
export function shows(selector: string, what: string): (element: HTMLElement) => Promise<void> {
  return (element) => until(() => shadow(element).querySelector(selector), what).then(() => undefined);
}

type StaffWidget = (adapter: CoprodApi, options?: StaffProviderOptions) => TemplateResult;

/**
 * The states every staff widget has before it shows data: signed out (and no request at
 * all), loading, empty, and a failed load: the server, an expired sign-in (401), no
 * permission (403).
 */
export function loadStates(
  widget: StaffWidget,
  empty: { render: () => TemplateResult; description?: string },
  descriptions: { expired?: string; forbidden?: string } = {},
): NamedState[] {
  const described = (description: string | undefined) => (description ? { description } : {});
  return [
    { name: 'Sign in', description: 'No staff token: a clear sign-in state with a link, and no request at all.', render: () => widget(recordingApi(), { token: undefined }) },
    {
      name: 'Sign in with the council account',
      description: 'The page gives the council\'s OpenID provider (issuer and client id) and no one is signed in: a "Sign in" button that goes to the provider, and no request at all.',
      render: () => widget(recordingApi(), { token: undefined, signIn: true }),
      play: shows('[part="sign-in-button"]', 'the Sign in button'),
    },
    { name: 'Loading', render: () => widget(neverSettlingApi()) },
    { name: 'Empty', ...empty, play: shows('[part="empty"]', 'the empty state') },
    { name: 'Error', render: () => widget(failingApi('server')), play: shows('[part="error"]', 'the error') },
    { name: 'Sign-in expired', ...described(descriptions.expired), render: () => widget(failingApi('unauthorized')), play: shows('[part="error"]', 'the expired message') },
    { name: 'Forbidden', ...described(descriptions.forbidden), render: () => widget(failingApi('forbidden')), play: shows('[part="error"]', 'the permission message') },
  ];
}

/** A state name and what shows when the widget reaches it. */
export interface StateCheck {
  name: string;
  selector: string;
  what: string;
}

/**
 * A change in flight and the same change done: `act` takes the steps, once while `method`
 * never answers (until `pending` shows) and once answered (until `done` shows).
 */
export function changeStates(
  widget: StaffWidget,
  method: keyof CoprodApi,
  act: (element: HTMLElement) => Promise<unknown>,
  pending: StateCheck,
  done: StateCheck,
): NamedState[] {
  const actUntil = (check: StateCheck) => async (element: HTMLElement) => {
    await act(element);
    await shows(check.selector, check.what)(element);
  };
  return [
    { name: pending.name, render: () => widget(pendingOn(staffApi(), [method])), play: actUntil(pending) },
    { name: done.name, render: () => widget(staffApi()), play: actUntil(done) },
  ];
}

/**
 * Clicks a widget's download button (`[part="export"]` unless `selector` says otherwise) and
 * answers the file it made, caught at `URL.createObjectURL` (restored afterwards): the CSV
 * exports of the audit trail, the claims queue and the insights.
 */
export async function downloadFrom(element: HTMLElement, selector = '[part="export"]'): Promise<Blob> {
  const made: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (made.push(blob as Blob), 'blob:test');
  try {
    shadow(element).querySelector<HTMLButtonElement>(selector)!.click();
    await until(() => made.length, 'the download');
  } finally {
    URL.createObjectURL = original;
  }
  return made[0]!;
}
