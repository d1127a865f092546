/**
 * The outbox worker, one in each server process. Several instances on one database never
 * send a message twice: a batch is claimed in one statement with FOR UPDATE SKIP LOCKED and
 * leased ("sending" until lease_until); only a claim whose lease ran out (a process that died
 * mid-send) is taken again. Failures that may pass are retried with exponential backoff and
 * jitter; permanent ones are recorded with the provider's reason. Logs carry the message id,
 * event, channel and status only: never an address or what the message says.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ContactKeys } from '../contacts.js';
import type { Db } from '../db/db.js';
import type { Outgoing, Provider } from './providers.js';
import type { PreferencesRow } from './preferences.js';
import { buildWeeklySummaries } from './summary.js';
import { renderMessage } from './catalog.js';
import { sentLink, unsubscribeLink, type Links } from './links.js';

export interface WorkerOptions {
  pollMs: number;
  batch: number;
  /** Parallel sends within a batch. */
  concurrency: number;
  leaseMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxAttempts: number;
  /** How often to ask the provider whether sent messages arrived. */
  statusPollMs: number;
  summaryEveryMs: number;
}

export const DEFAULT_WORKER: WorkerOptions = {
  pollMs: 1000,
  batch: 20,
  concurrency: 4,
  leaseMs: 120_000,
  backoffBaseMs: 5_000,
  backoffMaxMs: 30 * 60_000,
  maxAttempts: 25,
  statusPollMs: 60_000,
  summaryEveryMs: 7 * 24 * 3600_000,
};

/** Exponential, capped, with jitter so that a crowd of retries after an outage spreads out. */
export function backoffMs(attempts: number, options: Pick<WorkerOptions, 'backoffBaseMs' | 'backoffMaxMs'>, random = Math.random()): number {
  const exp = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.5 + random / 2));
}

interface Claimed {
  id: string;
  person_key: string | null;
  subject_type: string;
  subject_id: string;
  event: string;
  data: unknown;
  link: string | null;
  attempts: number;
}

export class MessageWorker {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = false;
  #lastStatusPoll = 0;
  /** When the loop last began or finished a round (read by /readyz and /metrics). */
  #beatAt: number | undefined;
  readonly options: WorkerOptions;

  constructor(
    private readonly db: Db,
    private readonly provider: Provider,
    private readonly links: Links,
    private readonly keys: Pick<ContactKeys, 'cipher'>,
    private readonly log: FastifyBaseLogger,
    options: Partial<WorkerOptions> = {},
  ) {
    this.options = { ...DEFAULT_WORKER, ...options };
  }

  start(): void {
    this.#stopped = false;
    this.#beatAt = Date.now();
    const loop = async () => {
      if (this.#stopped) return;
      this.#beatAt = Date.now();
      this.#running = this.tick().catch((error) => this.log.warn({ err: { message: (error as Error).message } }, 'messages: worker tick failed'));
      await this.#running;
      this.#beatAt = Date.now();
      if (!this.#stopped) this.#timer = setTimeout(() => void loop(), this.options.pollMs);
    };
    this.#timer = setTimeout(() => void loop(), 0);
  }

  /**
   * Alive: started, not stopped, and the loop began or ended a round within one lease plus one
   * poll (a round that takes longer than a lease is stuck: its claims are free to other instances).
   */
  get alive(): boolean {
    return !this.#stopped && this.#beatAt !== undefined && Date.now() - this.#beatAt <= this.options.leaseMs + this.options.pollMs;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
    await this.provider.close();
  }

  /** One round: send what is due (until nothing is), then poll delivery and run the summary when due. Returns how many were sent. */
  async tick(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) break;
      sent += await this.sendAll(batch);
      if (this.#stopped) break;
    }
    if (this.provider.status && Date.now() - this.#lastStatusPoll >= this.options.statusPollMs) {
      this.#lastStatusPoll = Date.now();
      await this.pollDelivery();
    }
    await this.runSummaryIfDue();
    return sent;
  }

  async claim(): Promise<Claimed[]> {
    return this.db.query<Claimed>(
      `UPDATE messages SET status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => $2), updated_at = now()
       WHERE id IN (
         SELECT id FROM messages
         WHERE ((status = 'queued' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now()))
           AND channel = ANY($3::text[])
         ORDER BY next_attempt_at, created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING id, person_key, subject_type, subject_id, event, data, link, attempts`,
      [this.options.batch, this.options.leaseMs / 1000, [...this.provider.channels]],
    );
  }

  private async sendAll(batch: Claimed[]): Promise<number> {
    let sent = 0;
    let next = 0;
    const lane = async () => {
      while (next < batch.length) {
        const message = batch[next++]!;
        if (await this.sendOne(message)) sent++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, batch.length) }, lane));
    return sent;
  }

  /** Reads the person's current choices at send time: an unsubscribe or erasure since enqueueing stops it. */
  private async sendOne(message: Claimed): Promise<boolean> {
    const [person] = message.person_key ? await this.db.query<PreferencesRow>('SELECT * FROM preferences WHERE person_key = $1', [message.person_key]) : [];
    if (!person || person.unsubscribed_at || (person.channel !== 'email' && person.channel !== 'text')) {
      await this.finish(message, `status = 'cancelled'`, []);
      this.log.info({ messageId: message.id, event: message.event, status: 'cancelled' }, 'messages: not sent (unsubscribed or erased)');
      return false;
    }
    const links = {
      item: sentLink(this.links, message.link, message.subject_type, message.subject_id, person.language, person.reading_level),
      unsubscribe: unsubscribeLink(this.links, person.person_key),
    };
    const outgoing: Outgoing = {
      id: message.id,
      channel: person.channel,
      to: this.keys.cipher.open(person.address),
      language: person.language,
      rendered: renderMessage({ event: message.event, data: message.data }, person.language, person.reading_level, links),
      links,
    };
    const result = await this.provider.send(outgoing);
    if (result.ok) {
      await this.finish(message, `status = 'sent', sent_at = now(), provider = $3, provider_ref = $4, failure_reason = NULL, channel = $5, language = $6, reading_level = $7`, [
        this.provider.name, result.ref, person.channel, person.language, person.reading_level,
      ]);
      this.log.info({ messageId: message.id, event: message.event, channel: person.channel, status: 'sent' }, 'messages: sent');
      return true;
    }
    const giveUp = result.permanent || message.attempts >= this.options.maxAttempts;
    if (giveUp) {
      await this.finish(message, `status = 'failed', provider = $3, failure_reason = $4`, [this.provider.name, result.reason]);
    } else {
      const wait = backoffMs(message.attempts, this.options);
      await this.finish(message, `status = 'queued', next_attempt_at = now() + make_interval(secs => $3), failure_reason = $4`, [wait / 1000, result.reason]);
    }
    this.log.warn({ messageId: message.id, event: message.event, channel: person.channel, status: giveUp ? 'failed' : 'retrying', attempts: message.attempts, reason: result.reason }, 'messages: not sent');
    return false;
  }

  /** Only the claim that holds the lease may finish it (a claim taken again after its lease ran out moved `attempts` on). */
  private async finish(message: Claimed, set: string, params: unknown[]): Promise<void> {
    await this.db.query(`UPDATE messages SET ${set}, lease_until = NULL, updated_at = now() WHERE id = $1 AND status = 'sending' AND attempts = $2`, [message.id, message.attempts, ...params]);
  }

  /** Asks the provider about messages sent in the last week that have not arrived yet. */
  async pollDelivery(): Promise<void> {
    if (!this.provider.status) return;
    const due = await this.db.query<{ id: string; provider_ref: string }>(
      `UPDATE messages SET next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
       WHERE id IN (SELECT id FROM messages WHERE status = 'sent' AND provider = $1 AND provider_ref IS NOT NULL
                      AND sent_at > now() - interval '7 days' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT 50 FOR UPDATE SKIP LOCKED)
       RETURNING id, provider_ref`,
      [this.provider.name, this.options.statusPollMs / 1000],
    );
    for (const row of due) {
      const state = await this.provider.status(row.provider_ref).catch(() => ({ state: 'pending' as const }));
      if (state.state === 'delivered') {
        await this.db.query(`UPDATE messages SET status = 'delivered', delivered_at = now(), updated_at = now() WHERE id = $1 AND status = 'sent'`, [row.id]);
      } else if (state.state === 'failed') {
        await this.db.query(`UPDATE messages SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1 AND status = 'sent'`, [row.id, state.reason]);
      }
    }
  }

  /** The weekly summary, run by whichever instance takes the job's row first. */
  async runSummaryIfDue(now = new Date()): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO message_jobs (name, last_run_at) VALUES ('weekly_summary', $1) ON CONFLICT (name) DO NOTHING`, [now]);
      const [job] = await tx.query<{ last_run_at: Date }>(`SELECT last_run_at FROM message_jobs WHERE name = 'weekly_summary' FOR UPDATE SKIP LOCKED`);
      if (!job || now.getTime() - new Date(job.last_run_at).getTime() < this.options.summaryEveryMs) return 0;
      const made = await buildWeeklySummaries(tx, this.links, now);
      await tx.query(`UPDATE message_jobs SET last_run_at = $1 WHERE name = 'weekly_summary'`, [now]);
      this.log.info({ summaries: made }, 'messages: weekly summaries queued');
      return made;
    });
  }
}

