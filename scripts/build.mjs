#!/usr/bin/env node
/** Builds dist/: bundles, type declarations, custom-elements.json, then checks sizes. */
import { rmSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
run('rollup', ['-c', 'rollup.config.mjs', '--silent']);
run('tsc', ['-p', 'tsconfig.build.json']);
run('cem', ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run('node', ['scripts/size.mjs']);
