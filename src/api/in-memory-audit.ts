/**
 * `InMemoryApi`'s audit calls (issue 20), as the server has them: only staff with `auditor`
 * read the trail, newest first, filtered by actor, action, record and days (UTC), paged with
 * `before`; the export is the same CSV, oldest first; reading or exporting is itself recorded.
 * The person sees when staff opened or changed their own profile, never who.
 */
import type { AuditCalls, CallOptions, MeCallOptions } from './api.js';
import { auditCsv, profileViewOf } from './audit.js';
import { ApiError } from './errors.js';
import type { AuditEvent, AuditEventPage, AuditExportQuery, AuditQuery, Id, MyProfileViews, Profile, ProfileView } from './types.js';

interface Source {
  profiles(): readonly Profile[];
  staff(): boolean;
  now(): string;
  /** The profile a `/me` token signs in to, if any. */
  meProfile(meToken: string): Id | undefined;
  settle(options: CallOptions | undefined): Promise<void>;
}

const fail = (kind: 'unauthorized' | 'forbidden', status: number, title: string) => new ApiError(kind, title, { status, problem: { type: `https://coprod.example/problems/${kind}`, title, status } });

const HOUR_MS = 3600 * 1000;

export class InMemoryAudit implements AuditCalls {
  readonly #source: Source;
  readonly #events: AuditEvent[] = [];
  /** The council's name on people's pages (the server's ORGANISATION_NAME); null: "staff". */
  organisation: string | null = null;
    /** The roles the adapter's staff calls have; `actAs` changes them. */
  #roles: readonly string[] = ['staff', 'auditor'];
  #actor = 'auditor-1';
  /** The sample trail is written on first use: the adapter's data and clock are not ready while it is built. */
  #sampled: boolean;

  constructor(source: Source, sample = true) {
    this.#source = source;
    this.#sampled = !sample;
  }

  /** Acts as another member of staff (tests and stories: one without `auditor` is refused). */
  actAs(actor: string, roles: readonly string[]): void {
    this.#actor = actor;
    this.#roles = roles;
  }

  /** Writes an event by the member of staff the adapter acts as (what the adapter's own staff calls did). */
  recordOwn(action: string, subjectIds: readonly Id[], detail: Record<string, unknown> | null = null): void {
    this.record(this.#actor, action, subjectIds, detail);
  }

  /** Writes an event, as the server's routes do; `at` defaults to now. */
  record(actor: string, action: string, subjectIds: readonly Id[], detail: Record<string, unknown> | null = null, at = this.#source.now()): AuditEvent {
    this.#ready();
    const reason = typeof detail?.['reason'] === 'string' ? detail['reason'] : null;
    const event: AuditEvent = { id: String(this.#events.length + 1), at, actor, action, subjectIds: [...subjectIds], reason, detail };
    this.#events.push(event);
    return structuredClone(event);
  }

  async listAuditEvents(query: AuditQuery = {}, options?: CallOptions): Promise<AuditEventPage> {
    await this.#auditor(options);
    const limit = query.limit ?? 100;
    const matching = this.#matching(query)
      .filter((e) => !query.before || Number(e.id) < Number(query.before))
      .reverse();
    const items = structuredClone(matching.slice(0, limit));
    this.record(this.#actor, 'listAuditEvents', [], filterDetail(query));
    return { items, next: matching.length > limit ? items.at(-1)!.id : null };
  }

  async exportAuditEvents(query: AuditExportQuery = {}, options?: CallOptions): Promise<string> {
    await this.#auditor(options);
    const rows = this.#matching(query);
    this.record(this.#actor, 'exportAuditEvents', [], { ...filterDetail(query), rows: rows.length });
    return auditCsv(rows);
  }

  async listMyProfileViews(options: MeCallOptions): Promise<MyProfileViews> {
    await this.#source.settle(options);
    const profileId = this.#source.meProfile(options.meToken);
    if (!profileId) throw fail('unauthorized', 401, 'Sign in through the link we sent you');
    this.#ready();
    const items: ProfileView[] = [];
    for (const event of [...this.#events].reverse()) {
      const view = event.actor !== 'self' && event.subjectIds.includes(profileId) ? profileViewOf(event, profileId) : undefined;
      if (view) items.push(view);
    }
    return { organisation: this.organisation, items: items.slice(0, 100) };
  }

  async #auditor(options: CallOptions | undefined): Promise<void> {
    await this.#source.settle(options);
    if (!this.#source.staff() || !this.#roles.includes('staff')) throw fail('unauthorized', 401, 'Sign in as staff to do this');
    if (!this.#roles.includes('auditor')) throw fail('forbidden', 403, 'This needs the auditor role.');
  }

  #ready(): void {
    if (!this.#sampled) {
      this.#sampled = true;
      this.#sample();
    }
  }

  #matching(query: AuditExportQuery): AuditEvent[] {
    this.#ready();
    const day = (at: string) => at.slice(0, 10);
    return this.#events.filter(
      (e) =>
        (!query.actor || e.actor === query.actor) &&
        (!query.action || e.action === query.action) &&
        (!query.subjectId || e.subjectIds.includes(query.subjectId)) &&
        (!query.from || day(e.at) >= query.from) &&
        (!query.to || day(e.at) <= query.to),
    );
  }

  /** A few days of a council's trail over the seed's people, so that stories and the demo have something to read. */
  #sample(): void {
    // On the hour: two adapters made a moment apart show the same trail (stories, the live-attribute test).
    const now = Math.floor(Date.parse(this.#source.now()) / HOUR_MS) * HOUR_MS;
    const ago = (hours: number) => new Date(now - hours * HOUR_MS).toISOString();
    const ids = this.#source.profiles().map((p) => p.id);
    const [first, second, third] = ids;
    this.record('lead-1', 'listPeople', ids.slice(0, 6), { reason: 'find-people', filters: ['topic'] }, ago(76));
    if (first) this.record('lead-1', 'getPerson', [first], { reason: 'contact' }, ago(75));
    if (second) this.record('lead-2', 'getProfile', [second], null, ago(50));
    if (second) this.record('lead-2', 'updateProfile', [second], { reason: 'person-asked', parts: ['availability'] }, ago(49));
    this.record('finance-1', 'listClaims', ['claim-1', 'claim-2'], null, ago(26));
    if (third) this.record('lead-1', 'getPerson', [third], { reason: 'records' }, ago(3));
  }
}

/** What the server records about a read of the trail: the filters, nothing else. */
function filterDetail(query: AuditExportQuery): Record<string, unknown> {
  const { actor, action, subjectId, from, to } = query;
  return Object.fromEntries(Object.entries({ actor, action, subjectId, from, to }).filter(([, v]) => v !== undefined));
}
