/// <reference types="node" />
/**
 * The record's "what came of it" keeps the latest reply's language and Welsh version (buildRecord, shared by the server
 * and the in-memory adapter), so the record sheet shows it as the board shows the reply (core/text-in.ts updateIn).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecord } from '../../src/api/pay-logic.js';
import type { FeedbackItem, FeedbackUpdate } from '../../src/api/types.js';

const item = (updates: FeedbackUpdate[]): FeedbackItem => ({
  id: 'fb-1', reference: 'FB-1AAA', topic: 'carers', text: 'Respite is booked up.', language: 'en-GB', attribution: null, consentToPublish: true,
  createdAt: '2026-02-01T09:00:00Z', status: 'changed', published: true, mergedInto: null, supporters: 0, updates, updateCount: updates.length,
  lastUpdatedAt: '2026-03-01T09:00:00Z', lastAnsweredAt: '2026-03-01T09:00:00Z',
});
const at = '2026-03-01T09:00:00Z';

test('the outcome keeps the latest reply’s language and Welsh version; none without a reply', () => {
  const english: FeedbackUpdate = { id: 'u1', kind: 'changed', text: 'Ten places are kept free.', language: 'en-GB', translations: { cy: { text: 'Cedwir deg lle yn rhydd.' } }, links: [], createdAt: at };
  const [withWelsh] = buildRecord([], [], [item([english])], at).feedback;
  assert.deepEqual({ outcome: withWelsh!.outcome, outcomeLanguage: withWelsh!.outcomeLanguage, outcomeTranslations: withWelsh!.outcomeTranslations }, { outcome: 'Ten places are kept free.', outcomeLanguage: 'en-GB', outcomeTranslations: { cy: { text: 'Cedwir deg lle yn rhydd.' } } });
  const [inWelsh] = buildRecord([], [], [item([{ id: 'u2', kind: 'heard', text: 'Clywsom chi.', language: 'cy', links: [], createdAt: at }])], at).feedback;
  assert.equal(inWelsh!.outcomeLanguage, 'cy');
  assert.equal(inWelsh!.outcomeTranslations, undefined);
  const [older] = buildRecord([], [], [item([{ id: 'u3', kind: 'heard', text: 'From a server before it said.', links: [], createdAt: at }])], at).feedback;
  assert.equal(older!.outcomeLanguage, 'en-GB', 'a reply without a language counts as English');
  const [none] = buildRecord([], [], [item([])], at).feedback;
  assert.equal(none!.outcome, null);
  assert.equal('outcomeLanguage' in none!, false);
});
