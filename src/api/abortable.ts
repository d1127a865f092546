import { ApiError } from './errors.js';

/** The error every adapter throws when a call's signal is aborted. */
export function abortedError(reason: unknown): ApiError {
  return new ApiError('aborted', 'The request was cancelled.', { cause: reason });
}

/** Waits `ms`, or rejects with the aborted error as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
