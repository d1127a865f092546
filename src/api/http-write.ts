/**
 * `HttpApi`'s write path, loaded by the first write (or the first refused answer), so that a page
 * that only reads (a public list or board) does not carry it: the public writes (and the profile
 * form's read of a profile, which it saves too), a POST's
 * idempotency key, a file's body, the write options, and a refusal read as an `ApiError` (an RFC
 * 9457 problem with its field codes, `Retry-After`). The person, pay, people and staff calls
 * (http-me.ts, ...) take their write options from here.
 */
import type { CoprodApi, MeCallOptions, ProfileCallOptions, UpdateOptions, Upload, WriteOptions } from './api.js';
import { route, type Operations, type RequestSpec, type Send } from './http-transport.js';
import { newIdempotencyKey } from './idempotency.js';
import type { Interest } from './types.js';
import { noteVersion } from './versions.js';

export { refusal } from './http-problems.js';

/** The public calls that write. */
export type PublicWrites = Pick<CoprodApi, 'createInterest' | 'createProfile' | 'updateProfile' | 'deleteProfile' | 'createFeedback' | 'supportFeedback'>;

/**
 * The calls of `HttpApi` that load this module on their first call (http-api.ts putCalls): the
 * public writes, and reading a profile (only the profile form reads one, and it saves it too).
 */
export type WritePathCalls = PublicWrites & Pick<CoprodApi, 'getProfile'>;

const operations = {
  createInterest: ['POST', '/opportunities/{opportunityId}/interests'],
  createProfile: ['POST', '/profiles'],
  getProfile: ['GET', '/profiles/{profileId}'],
  updateProfile: ['PUT', '/profiles/{profileId}'],
  deleteProfile: ['DELETE', '/profiles/{profileId}'],
  createFeedback: ['POST', '/feedback'],
  supportFeedback: ['POST', '/feedback/{feedbackId}/supporters'],
} as const satisfies Operations<WritePathCalls>;

export const publicWrites = (send: Send): WritePathCalls => {
  const call = route(send, operations);
  return {
    createInterest: (opportunityId, input, options) => call('createInterest', { params: { opportunityId }, body: input, ...writeSpec(options) }),
    createProfile: (input, options) => call('createProfile', { body: input, ...writeSpec(options) }),
    getProfile: (id, options) => call('getProfile', { params: { profileId: id }, ...profileSpec(options) }),
    updateProfile: (id, input, options) => call('updateProfile', { params: { profileId: id }, body: input, ...profileSpec(options) }),
    deleteProfile: async (id, options) => {
      await call<undefined>('deleteProfile', { params: { profileId: id }, ...profileSpec(options) });
    },
    createFeedback: (input, options) => call('createFeedback', { body: input, ...writeSpec(options) }),
    supportFeedback: (id, supporterKey, options) => call('supportFeedback', { params: { feedbackId: id }, body: { supporterKey, reply: options?.reply, messages: options?.messages }, ...writeSpec(options) }),
  };
};

function uploadBody(upload: Upload): Blob | ArrayBuffer {
  return upload instanceof Uint8Array ? new Blob([upload as Uint8Array<ArrayBuffer>]) : upload;
}

/**
 * A write's body, and the headers that go with it: its type, and a POST's idempotency key
 * (made on its first attempt and kept in `key`, so that every attempt sends the same).
 */
export function writeBody(method: string, spec: RequestSpec, headers: Record<string, string>, key: { value: string | undefined }): Blob | ArrayBuffer | string | null {
  if (method === 'POST') headers['Idempotency-Key'] = key.value ??= newIdempotencyKey();
  if (spec.upload !== undefined) {
    headers['Content-Type'] = 'application/octet-stream';
    return uploadBody(spec.upload);
  }
  if (spec.body === undefined) return null;
  headers['Content-Type'] = 'application/json';
  return JSON.stringify(spec.body);
}

/** A CSV answer, read as text. */
export const csv = { read: (response: Response) => response.text(), accept: 'text/csv' };
/** A file (a receipt: a photo or a PDF), read as a Blob. */
export const file = { read: (response: Response) => response.blob(), accept: 'image/jpeg, image/png, application/pdf' };

export function writeSpec(options: WriteOptions | undefined): Pick<RequestSpec, 'signal' | 'idempotencyKey'> {
  return { signal: options?.signal, idempotencyKey: options?.idempotencyKey };
}

/** A profile's calls: its edit token instead of the configured token, the version it was read at, why staff read it. */
export function profileSpec(options: ProfileCallOptions | undefined): Pick<RequestSpec, 'signal' | 'tokenOverride' | 'ifMatch' | 'query'> {
  return { signal: options?.signal, tokenOverride: options?.profileToken, ifMatch: options?.ifMatch, ...(options?.reason ? { query: { reason: options.reason } } : {}) };
}

export function updateSpec(options: UpdateOptions | undefined): Pick<RequestSpec, 'signal' | 'ifMatch'> {
  return { signal: options?.signal, ifMatch: options?.ifMatch };
}

export function meSpec(options: MeCallOptions): Pick<RequestSpec, 'signal' | 'tokenOverride'> {
  return { signal: options.signal, tokenOverride: options.meToken };
}

/** Attendance and claims: the version is when the record last changed, in quotes (the contract says so). */
export const updatedVersion = <T extends { updatedAt: string }>(record: T): T => noteVersion(record, `"${record.updatedAt}"`);

/** An interest's version is when it last changed, in quotes (the contract says so): interests read in a list carry no ETag of their own. */
export const interestVersion = (interest: Interest): Interest => noteVersion(interest, `"${interest.updatedAt}"`);
