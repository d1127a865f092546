/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { requestRules, type Rules } from '../../src/api/rules.js';
import { compareRulesWithContract } from './rules-check.js';

const document = parse(readFileSync('api/openapi.yaml', 'utf8')) as Record<string, unknown>;

test('every limit, pattern, vocabulary and required field in the rules module is the contract’s, and the other way round', () => {
  assert.deepEqual(compareRulesWithContract(requestRules, document), []);
});

test('changing one limit in a copy of the rules makes the check fail, naming the field', () => {
  const changed: Record<string, Rules> = {
    ...requestRules,
    createInterest: { ...requestRules['createInterest'], name: { ...requestRules['createInterest']!['name'], maxLength: 201 } },
  };
  assert.deepEqual(compareRulesWithContract(changed, document), ['createInterest name maxLength: contract says 200, rules say 201']);
});

test('a vocabulary, a pattern or a required field changed in a copy of the contract is caught too', () => {
  const copy = structuredClone(document) as { components: { schemas: Record<string, { enum?: string[]; required?: string[]; properties?: Record<string, { maxLength?: number }> }> } };
  copy.components.schemas['ContactMethod']!.enum!.push('pigeon');
  copy.components.schemas['FeedbackInput']!.required = ['topic', 'text'];
  const problems = compareRulesWithContract(requestRules, copy);
  assert.ok(problems.some((p) => p.startsWith('createInterest contact.method enum')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('createFeedback reply.method enum')), problems.join('\n'));
  assert.ok(problems.includes('createFeedback consentToPublish required: contract says undefined, rules say true'), problems.join('\n'));
});

test('an operation that takes a body without rules is named', () => {
  const { mergeFeedback: _dropped, ...rest } = requestRules;
  assert.deepEqual(compareRulesWithContract(rest, document), ['mergeFeedback: the contract takes a body but src/api/rules.ts has no rules for it']);
});
