/** "I came but I am not on the list" in the page (issue 16), behaving as the reference server does. */
import type { CallOptions, MeCallOptions, MissingSessionCalls, UpdateOptions, WriteOptions } from './api.js';
import { ApiError } from './errors.js';
import { check, field, invalid, personOf, problem } from './in-memory-pay-support.js';
import type { InMemoryPay } from './in-memory-pay.js';
import { missingSessionDecisionRules, missingSessionRules } from './rules.js';
import type { Id, Interest, MyMissingSessions, MissingSession, MissingSessionDecision, MissingSessionInput, MissingSessionQuery, Opportunity } from './types.js';
import { noteVersion } from './versions.js';

export interface MissingWorld {
  now(): string;
  interests(): readonly Interest[];
  opportunity(id: Id): Opportunity | undefined;
  newId(prefix: string): Id;
  once<T>(scope: string, options: WriteOptions | undefined, body: unknown, write: () => T): T;
  settle(options: CallOptions | undefined): Promise<void>;
  pay: InMemoryPay;
}

interface Row {
  report: MissingSession;
  person: string;
  revision: number;
}

export class InMemoryMissingSessions implements MissingSessionCalls {
  readonly #world: MissingWorld;
  readonly #rows: Row[] = [];

  constructor(world: MissingWorld) {
    this.#world = world;
  }

  async listMyMissingSessions(options: MeCallOptions): Promise<MyMissingSessions> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    const items = this.#rows
      .filter((r) => r.person === person)
      .sort((a, b) => (a.report.createdAt < b.report.createdAt ? 1 : -1))
      .map((r) => this.#view(r));
    const now = this.#world.now();
    const activities = this.#world
      .interests()
      .filter((i) => personOf(i.contact) === person && i.status !== 'not_this_time')
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      .map((i) => {
        const opportunity = this.#world.opportunity(i.opportunityId);
        return {
          interestId: i.id,
          opportunityId: i.opportunityId,
          opportunityTitle: this.#title(opportunity, i.opportunityId),
          sessions: (opportunity?.when.sessions ?? [])
            .map((s) => new Date(s.start).toISOString())
            .filter((start) => start <= now)
            .sort()
            .reverse(),
        };
      });
    return { items, activities };
  }

  async reportMissingSession(input: MissingSessionInput, options: MeCallOptions & WriteOptions): Promise<MissingSession> {
    await this.#world.settle(options);
    const person = this.#me(options.meToken);
    return this.#world.once(`reportMissingSession:${person}`, options, input, () => {
      check(missingSessionRules, input);
      const text = input.text.trim();
      if (!text) throw invalid([field('text', 'required', 'Tell us what you did at the session.')]);
      const interest = this.#world.interests().find((i) => i.id === input.interestId && personOf(i.contact) === person);
      if (!interest) throw invalid([field('interestId', 'not-found', 'Choose an activity you told us you were interested in.')]);
      const sessionStart = new Date(input.sessionStart).toISOString();
      if (sessionStart > this.#world.now()) throw invalid([field('sessionStart', 'not-allowed', 'Choose a session that has happened.')]);
      const recorded = this.#world.pay.attendanceOf(person).some((a) => a.opportunityId === interest.opportunityId && a.sessionStart === sessionStart);
      if (recorded) throw problem('conflict', 409, 'You are on the list for this session already.');
      if (this.#rows.some((r) => r.person === person && r.report.status === 'open' && r.report.interestId === interest.id && r.report.sessionStart === sessionStart)) {
        throw problem('conflict', 409, 'You told us about this session already; staff will answer.');
      }
      const now = this.#world.now();
      const opportunity = this.#world.opportunity(interest.opportunityId);
      const row: Row = {
        person,
        revision: 0,
        report: {
          id: this.#world.newId('miss'),
          opportunityId: interest.opportunityId,
          opportunityTitle: this.#title(opportunity, interest.opportunityId),
          interestId: interest.id,
          name: interest.name,
          sessionStart,
          activityMinutes: input.activityMinutes,
          prepMinutes: input.prepMinutes ?? 0,
          text,
          status: 'open',
          reason: null,
          attendanceId: null,
          createdAt: now,
          updatedAt: now,
        },
      };
      this.#rows.push(row);
      return this.#view(row);
    });
  }

  async listMissingSessions(query: MissingSessionQuery = {}, options?: CallOptions): Promise<MissingSession[]> {
    await this.#world.settle(options);
    this.#world.pay.requireRole('attendance');
    const statuses: readonly string[] = query.status?.length ? query.status : ['open'];
    return this.#rows
      .filter((r) => statuses.includes(r.report.status))
      .sort((a, b) => (a.report.createdAt < b.report.createdAt ? -1 : 1))
      .map((r) => this.#view(r));
  }

  async resolveMissingSession(id: Id, decision: MissingSessionDecision, options?: UpdateOptions): Promise<MissingSession> {
    await this.#world.settle(options);
    this.#world.pay.requireRole('attendance');
    const row = this.#rows.find((r) => r.report.id === id);
    if (!row) throw problem('not-found', 404, 'There is no report with that id.');
    check(missingSessionDecisionRules, decision);
    if (options?.ifMatch !== undefined && options.ifMatch !== '*' && options.ifMatch.slice(2, -1) !== String(row.revision)) {
      const detail = 'Someone changed this since you opened it. Reload it, then make your change again.';
      throw new ApiError('conflict', detail, { status: 412, problem: { type: 'https://coprod.example/problems/precondition-failed', title: 'Changed since you read it', status: 412, detail } });
    }
    // As the server: If-Match (412) before the reason (422).
    if (decision.action === 'decline' && !decision.reason?.trim()) throw invalid([field('reason', 'required', 'Say why, so we can tell them.')]);
    const r = row.report;
    if (r.status !== 'open') throw problem('conflict', 409, `This report was ${r.status} already.`);
    // On the list another way meanwhile: link that record (as the server; no second message).
    const existing = this.#world.pay.attendanceOf(row.person).find((a) => a.opportunityId === r.opportunityId && a.sessionStart === r.sessionStart);
    if (decision.action === 'record' && existing) Object.assign(r, { status: 'recorded', attendanceId: existing.id });
    else if (decision.action === 'record') {
      const attendance = await this.#world.pay.recordAttendance(r.opportunityId, {
        sessionStart: r.sessionStart,
        interestId: r.interestId,
        activityMinutes: decision.activityMinutes ?? r.activityMinutes,
        prepMinutes: decision.prepMinutes ?? r.prepMinutes,
        ...(decision.role?.trim() ? { role: decision.role.trim() } : {}),
      });
      Object.assign(r, { status: 'recorded', attendanceId: attendance.id });
    } else Object.assign(r, { status: 'declined', reason: decision.reason!.trim() });
    r.updatedAt = this.#world.now();
    row.revision += 1;
    return this.#view(row);
  }

  #title(opportunity: Opportunity | undefined, id: Id): MissingSession['opportunityTitle'] {
    const cy = opportunity?.translations?.cy?.title;
    return { en: opportunity?.title ?? id, ...(cy ? { cy } : {}) };
  }

  #view(row: Row): MissingSession {
    return noteVersion(structuredClone(row.report), `"m${row.revision}"`);
  }

  #me(token: string | undefined): string {
    if (!token?.trim()) throw problem('unauthorized', 401, 'Sign in to see this.');
    return personOf(token);
  }
}
