/** What the contact-encryption tests plant, and how they look for it in the raw database. */
import assert from 'node:assert/strict';
import type { TestServer } from './harness.js';

export const EMAIL = 'Rhiannon.Sealed.4417@Example.org';
export const PHONE = '07700 900417';
/** Every way the phone number could be written down. */
export const PHONE_FORMS = ['07700900417', '7700900417', '+447700900417', '447700900417', '07700 900417', '7700 900417'];
export const NAMES = ['Rhiannonsealedname', 'Feedbacksealedname'];

/** Every column of every table, as text. */
export async function rawDatabase(s: TestServer): Promise<string> {
  const tables = await s.db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
  let text = '';
  for (const { table_name } of tables) text += (await s.db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`)).map((r) => r.row).join('\n');
  return text.toLowerCase();
}

export function assertNothingPlain(raw: string, what: string) {
  for (const value of [EMAIL.toLowerCase(), 'rhiannon.sealed.4417', ...PHONE_FORMS, ...NAMES.map((n) => n.toLowerCase())]) {
    assert.ok(!raw.includes(value.toLowerCase()), `${value} is in the database in plain text (${what})`);
  }
}

