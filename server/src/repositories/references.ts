import { newReference } from '../crypto.js';
import type { Queryable } from '../db/db.js';

/** A reference not yet used in `table`; collisions are rare, so a few tries are plenty. */
export async function uniqueReference(db: Queryable, table: 'interests' | 'feedback', prefix: string): Promise<string> {
  for (let length = 4; ; length++) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const reference = newReference(prefix, length);
      const taken = await db.query(`SELECT 1 FROM ${table} WHERE reference = $1`, [reference]);
      if (taken.length === 0) return reference;
    }
  }
}
