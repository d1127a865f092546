/**
 * `HttpApi` as the package exports it: the public calls (http-api.ts) and every other call of
 * the contract, each loaded with its module on its first call (http-calls.ts). Widgets make
 * their clients with http-api.ts and put on the calls they make with `httpCalls()`.
 */
import { httpCalls } from './http-calls.js';

export { HttpApi, buildUrl, type HttpApiOptions, type QueryObject, type TokenSource } from './http-api.js';
export { onFirstCall } from './http-calls.js';

httpCalls();
