/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, staffAuditMessages } from '../../src/components/staff-audit/coprod-staff-audit.messages.js';

/** Every .ts file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

// Issue 14, "no developer words": the staff audit trail says what each event was in words and never shows the
// operation's name, so every operation the server writes to the trail needs its words in the widget.
test('every operation the server audits has words in the staff audit trail', () => {
  const audited = new Set<string>();
  for (const file of files('server/src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\baudit\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*'([a-zA-Z]+)'/g)) if (m[1] !== 'self') audited.add(m[1]!); // audit(tx, 'self', 'eraseMe'): 'self' is the actor
  }
  assert.ok(audited.has('getPerson') && audited.size > 20, `found the server's audited operations (${[...audited].join(', ')})`);
  const missing = [...audited].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a));
  assert.deepEqual(missing, [], 'operations the trail would show as "did something else"');
});

// Issue 11 (session 14): the trail's words for what was done are easy read too, in English and Welsh, not a fallback
// to the standard words (an easy-read reader on staff's page reads them).
test('every audited operation has easy-read words in English and Welsh', () => {
  const easy = staffAuditMessages.easyRead ?? {};
  for (const locale of ['en-GB', 'cy'] as const) {
    const words = (easy[locale] ?? {}) as Record<string, unknown>;
    const missing = [...AUDIT_ACTIONS, 'other'].filter((a) => typeof words[`action_${a}`] !== 'string');
    assert.deepEqual(missing, [], `operations without easy-read words in ${locale}`);
  }
});
