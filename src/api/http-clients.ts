import type { CoprodApi } from './api.js';
import { HttpApi, type TokenSource } from './http-api.js';

/**
 * One HTTP client per API base, headers and token, shared by every widget that uses them
 * (so they share its ETag cache), and the same object on every read: widgets' load tasks
 * compare it by identity, and a new client on each read would make them reload forever.
 * A token getter keys its clients through a WeakMap, so they go when the getter does; string
 * tokens (refreshed JWTs) keep only the most recently used few.
 */
const clientsByTokenGetter = new WeakMap<object, Map<string, HttpApi>>();
const clientsByToken = new Map<string, HttpApi>();
const STRING_TOKEN_CLIENTS = 8;

export function httpApiFor(apiBase: string, token: TokenSource | undefined, headers: Record<string, string> | undefined): HttpApi {
  const base = JSON.stringify([apiBase, headers ?? {}]);
  if (typeof token === 'function') {
    let clients = clientsByTokenGetter.get(token);
    if (!clients) clientsByTokenGetter.set(token, (clients = new Map()));
    let client = clients.get(base);
    if (!client) clients.set(base, (client = new HttpApi({ baseUrl: apiBase, token, headers })));
    return client;
  }
  const key = JSON.stringify([base, token ?? '']);
  let client = clientsByToken.get(key);
  if (client) clientsByToken.delete(key);
  else client = new HttpApi({ baseUrl: apiBase, token, headers });
  clientsByToken.set(key, client);
  if (clientsByToken.size > STRING_TOKEN_CLIENTS) clientsByToken.delete(clientsByToken.keys().next().value!);
  return client;
}

/**
 * The API a widget talks to: the adapter if one is given, else HTTP to `apiBase`;
 * `undefined` when neither is configured.
 */
export function apiFor(config: { adapter?: CoprodApi | undefined; apiBase?: string | undefined; token?: TokenSource | undefined; headers?: Record<string, string> | undefined }): CoprodApi | undefined {
  if (config.adapter) return config.adapter;
  if (config.apiBase) return httpApiFor(config.apiBase, config.token, config.headers);
  return undefined;
}
