import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyPaths, changedPaths } from '../../src/shared/conflict/field-merge.js';
import { mergeByField } from '../../src/shared/conflict/merge.js';

describe('mergeByField: what I changed, laid onto what they saved, field by field', () => {
  const base = { name: 'Ann', contact: { email: 'a@x.example', phone: '01' }, days: ['mon'] };

  it('keeps my typed fields and their other changes, inside nested records too', () => {
    const mine = { ...base, name: 'Ann B', contact: { ...base.contact, email: 'b@x.example' } };
    const theirs = { ...base, contact: { ...base.contact, phone: '02' }, days: ['tue'] };
    assert.deepEqual(mergeByField(base, mine, theirs), { name: 'Ann B', contact: { email: 'b@x.example', phone: '02' }, days: ['tue'] });
  });

  it('mine wins where both changed, unless keep(path) says no', () => {
    const mine = { ...base, name: 'Mine' };
    const theirs = { ...base, name: 'Theirs' };
    assert.equal(mergeByField(base, mine, theirs).name, 'Mine');
    assert.equal(mergeByField(base, mine, theirs, (path) => path !== 'name').name, 'Theirs');
  });

  it('is applyPaths(theirs, mine, changedPaths(base, mine)): deletions, emptied records and new branches', () => {
    const cases: [unknown, unknown, unknown][] = [
      [{ a: { b: 1 } }, {}, { a: { b: 1 }, c: 2 }],
      [{ a: { b: 1, c: 2 } }, { a: { c: 2 } }, { a: { b: 1, c: 3 } }],
      [{}, { a: { b: { c: 1 } } }, { d: 4 }],
      [{ a: 'x' }, { a: { b: 1 } }, { a: 'y' }],
      [{ a: 1 }, { a: 1 }, { a: 2 }],
    ];
    for (const [b, m, t] of cases) assert.deepEqual(mergeByField(b, m, t), applyPaths(t, m, changedPaths(b, m)), JSON.stringify([b, m, t]));
  });
});
