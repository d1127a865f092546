import type { ContactKeys } from '../contacts.js';
import { newToken } from '../crypto.js';
import type { Db } from '../db/db.js';
import type { FeedbackInput, InterestInput, OpportunityInput, ProfileInput, Seed } from '../types.js';
import { repositories } from './index.js';
import { seedPay } from './seed-pay.js';
import type { TermKind } from './taxonomy.js';

const SEED_LOCK = 7_240_114;

/** Loads `seed` when the database holds nothing yet; safe when several instances start at once. */
export async function seedIfEmpty(db: Db, seed: Seed, keys: ContactKeys): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [row] = await tx.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM terms) + (SELECT count(*) FROM opportunities) + (SELECT count(*) FROM feedback) + (SELECT count(*) FROM profiles) AS n`,
    );
    if (Number(row?.n) > 0) return false;
    const repos = repositories(tx, keys);
    const terms: [TermKind, Seed['taxonomy']['topics']][] = [
      ['topic', seed.taxonomy.topics],
      ['area', seed.taxonomy.areas],
      ['organisation', seed.taxonomy.organisations],
    ];
    for (const [kind, list] of terms) {
      for (const [position, term] of list.entries()) await repos.taxonomy.insert(kind, term, position);
    }
    for (const o of seed.opportunities) {
      await repos.opportunities.insert(o.id, o as OpportunityInput, { createdAt: o.createdAt, updatedAt: o.updatedAt, publishedAt: o.publishedAt ?? null });
    }
    for (const i of seed.interests) {
      await repos.interests.insert({
        id: i.id, opportunityId: i.opportunityId, reference: i.reference, input: i as InterestInput, status: i.status, note: i.note,
        createdAt: i.createdAt, updatedAt: i.updatedAt, firstAnsweredAt: i.firstAnsweredAt ?? null,
      });
    }
    // Merged items point at their target, so targets go in first.
    const feedback = [...seed.feedback].sort((a, b) => Number(Boolean(a.mergedInto)) - Number(Boolean(b.mergedInto)));
    for (const f of feedback) {
      await repos.feedback.insert({
        id: f.id, reference: f.reference,
        input: { topic: f.topic, text: f.text, consentToPublish: f.consentToPublish ?? false, language: f.language, ...(f.name ? { name: f.name } : {}), ...(f.reply ? { reply: f.reply } : {}) } as FeedbackInput,
        status: f.status, published: f.published, mergedInto: f.mergedInto ?? null, supporters: f.supporters,
        createdAt: f.createdAt, lastUpdatedAt: f.lastUpdatedAt, lastAnsweredAt: f.lastAnsweredAt ?? null,
      });
      for (const u of f.updates) await repos.feedback.insertUpdate(f.id, { ...u, links: u.links ?? [] });
    }
    for (const p of seed.profiles) {
      // Nobody knows a seed profile's edit token; staff can still read it.
      await repos.profiles.insert({ id: p.id, input: p as ProfileInput, editToken: newToken(), createdAt: p.createdAt, updatedAt: p.updatedAt });
    }
    await seedPay(tx, repos, keys, seed);
    return true;
  });
}
