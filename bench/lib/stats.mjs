/** Small helpers shared by the bench parts: medians, timing out, formatting. */

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rejects after `ms` so one stuck part cannot hold up the whole run. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);

/** A row of the table: one figure. `value` undefined with `unavailable` set means the part could not run. */
export function row(part, figure, fields = {}) {
  return { part, figure, ...fields };
}

export const unavailable = (part, figure, why) => row(part, figure, { unavailable: String(why).split('\n')[0].slice(0, 160) });
