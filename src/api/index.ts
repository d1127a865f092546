/**
 * The public API surface: contract types, the error type and the HTTP client.
 * `InMemoryApi` has its own entry point (`coprod-widgets/in-memory`) so that its seed data
 * stays out of the main bundle.
 */
export type * from './types.js';
export type { CallOptions, CoprodApi, ProfileCallOptions, UpdateOptions, WriteOptions } from './api.js';
export { ApiError, kindForStatus, type ApiErrorKind } from './errors.js';
export { HttpApi, type HttpApiOptions } from './http-client.js';
export { newIdempotencyKey } from './idempotency.js';
export { noteVersion, versionOf } from './versions.js';
