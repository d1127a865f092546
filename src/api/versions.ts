/**
 * The version (ETag) each record was read at, kept beside the record rather than in it so
 * that records stay the contract's shapes. `HttpApi` notes the `ETag` of every read and
 * the in-memory adapter its own revision; a widget hands the version back as `ifMatch`
 * when it writes, and the write fails with a `conflict` ApiError (HTTP 412) when someone
 * else changed the record since. A record read through an adapter that notes no version
 * has none, and the write goes through as before (last write wins).
 */
const versions = new WeakMap<object, string>();

/** The version `record` was read at, if the adapter noted one. */
export function versionOf(record: object): string | undefined {
  return versions.get(record);
}

/** Notes the version `record` was read at; returns the record. */
export function noteVersion<T>(record: T, version: string | null | undefined): T {
  if (version && typeof record === 'object' && record !== null) versions.set(record, version);
  return record;
}
