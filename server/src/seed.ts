import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Seed } from '../../src/api/seed/seed-types.js';
import type { FeedbackInput, InterestInput, OpportunityInput, ProfileInput } from '../../src/api/types.js';
import { newToken } from './crypto.js';
import type { Db } from './db/db.js';
import { insertFeedback, insertFeedbackUpdate } from './routes/feedback.js';
import { insertInterest } from './routes/interests.js';
import { insertOpportunity } from './routes/opportunities.js';
import { insertProfile } from './routes/profiles.js';

const SHARED_SEED = fileURLToPath(new URL('../../src/api/seed/index.ts', import.meta.url));
const SEED_LOCK = 7_240_114;

/** The shared fictional council (src/api/seed), when that module exists. */
export async function loadSharedSeed(now = new Date()): Promise<Seed | undefined> {
  if (!existsSync(SHARED_SEED)) return undefined;
  // A computed specifier keeps the browser-side seed out of the server's type-check; tsx runs the TypeScript.
  const module = (await import(pathToFileURL(SHARED_SEED).href)) as { createSeed?: (now?: Date) => Seed };
  return module.createSeed?.(now);
}

/** Loads `seed` when the database holds nothing yet; safe when several instances start at once. */
export async function seedIfEmpty(db: Db, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [row] = await tx.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM terms) + (SELECT count(*) FROM opportunities) + (SELECT count(*) FROM feedback) + (SELECT count(*) FROM profiles) AS n`,
    );
    if (Number(row?.n) > 0) return false;
    const terms: [string, { id: string; name: unknown }[]][] = [
      ['topic', seed.taxonomy.topics],
      ['area', seed.taxonomy.areas],
      ['organisation', seed.taxonomy.organisations],
    ];
    for (const [kind, list] of terms) {
      for (const [position, term] of list.entries()) {
        await tx.query('INSERT INTO terms (kind, id, name, position) VALUES ($1, $2, $3::jsonb, $4)', [kind, term.id, JSON.stringify(term.name), position]);
      }
    }
    for (const o of seed.opportunities) {
      await insertOpportunity(tx, o.id, o as OpportunityInput, { createdAt: o.createdAt, updatedAt: o.updatedAt, publishedAt: o.publishedAt ?? null });
    }
    for (const i of seed.interests) {
      await insertInterest(tx, {
        id: i.id, opportunityId: i.opportunityId, reference: i.reference, input: i as InterestInput, status: i.status, note: i.note,
        createdAt: i.createdAt, updatedAt: i.updatedAt, firstAnsweredAt: i.firstAnsweredAt ?? null,
      });
    }
    // Merged items point at their target, so targets go in first.
    const feedback = [...seed.feedback].sort((a, b) => Number(Boolean(a.mergedInto)) - Number(Boolean(b.mergedInto)));
    for (const f of feedback) {
      await insertFeedback(tx, {
        id: f.id, reference: f.reference,
        input: { topic: f.topic, text: f.text, consentToPublish: f.consentToPublish ?? false, ...(f.name ? { name: f.name } : {}), ...(f.reply ? { reply: f.reply } : {}) } as FeedbackInput,
        status: f.status, published: f.published, mergedInto: f.mergedInto ?? null, supporters: f.supporters,
        createdAt: f.createdAt, lastUpdatedAt: f.lastUpdatedAt, lastAnsweredAt: f.lastAnsweredAt ?? null,
      });
      for (const u of f.updates) await insertFeedbackUpdate(tx, f.id, { ...u, links: u.links ?? [] });
    }
    for (const p of seed.profiles) {
      // Nobody knows a seed profile's edit token; staff can still read it.
      await insertProfile(tx, { id: p.id, input: p as ProfileInput, editToken: newToken(), createdAt: p.createdAt, updatedAt: p.updatedAt });
    }
    return true;
  });
}
