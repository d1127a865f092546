/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { queryRules, requestRules, type Rules } from '../../src/api/rules.js';
import { compareQueryRulesWithContract, compareRulesWithContract } from './rules-check.js';
import { CHECKED_QUERY_CALLS, QUERIES_SET_BY_THE_CLIENT } from '../../src/api/in-memory-queries.js';

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

test('every query parameter’s limit, vocabulary and required flag in the rules module is the contract’s, and the other way round', () => {
  assert.deepEqual(compareQueryRulesWithContract(queryRules, document), []);
});

test('a query limit changed on either side is named: four statuses in the rules, or a sixth in the contract', () => {
  const fewer = { ...queryRules, listOpportunities: { ...queryRules['listOpportunities'], status: { maxItems: 4 } } };
  assert.deepEqual(compareQueryRulesWithContract(fewer, document), ['listOpportunities status maxItems: contract says 5, rules say 4']);
  const copy = structuredClone(document) as { paths: Record<string, { get: { parameters: { name?: string; schema?: { maxItems?: number } }[] } }> };
  copy.paths['/opportunities']!.get.parameters.find((p) => p.name === 'status')!.schema!.maxItems = 6;
  assert.deepEqual(compareQueryRulesWithContract(queryRules, copy), ['listOpportunities status maxItems: contract says 6, rules say 5']);
  const { listFeedback: _dropped, ...rest } = queryRules;
  assert.deepEqual(compareQueryRulesWithContract(rest, document), ['listFeedback: the contract takes query parameters but src/api/rules-queries.ts has no rules for them']);
});

test('the in-memory adapter checks the query of every operation that has query rules, or says why not', () => {
  const unchecked = Object.keys(queryRules).filter((name) => !CHECKED_QUERY_CALLS.includes(name) && !(name in QUERIES_SET_BY_THE_CLIENT));
  assert.deepEqual(unchecked, [], 'add the operation to QUERY_CALLS in src/api/in-memory-queries.ts');
  assert.deepEqual(CHECKED_QUERY_CALLS.filter((name) => !(name in queryRules)), [], 'a checked call with no rules checks nothing');
});
