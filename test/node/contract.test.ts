/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Validator } from '@seriousme/openapi-schema-validator';

const contract = 'api/openapi.yaml';

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const result = await new Validator().validate(contract);
  assert.deepEqual(result.errors ?? [], [], 'validator errors');
  assert.equal(result.valid, true);
});

test('every POST takes an Idempotency-Key and every error is problem+json', async () => {
  const validator = new Validator();
  await validator.validate(contract);
  const document = validator.resolveRefs() as {
    paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> }>>;
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      if (method === 'post') {
        assert.ok(operation.parameters?.some((parameter) => parameter.name === 'Idempotency-Key'), `POST ${path} lacks Idempotency-Key`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) assert.ok(response.content?.['application/problem+json'], `${method.toUpperCase()} ${path} ${status} is not problem+json`);
      }
    }
  }
});

test('the generated TypeScript types are up to date with the contract', () => {
  const directory = mkdtempSync(join(tmpdir(), 'coprod-types-'));
  try {
    const fresh = join(directory, 'schema.generated.ts');
    const result = spawnSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', contract, '-o', fresh], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      readFileSync(fresh, 'utf8'),
      readFileSync('src/api/schema.generated.ts', 'utf8'),
      'src/api/schema.generated.ts is stale: run `npm run generate:types`',
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
