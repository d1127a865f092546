#!/usr/bin/env node
/** Builds dist/: bundles, type declarations, custom-elements.json, then checks sizes. */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
run('rollup', ['-c', 'rollup.config.mjs', '--silent']);
run('tsc', ['-p', 'tsconfig.build.json']);
// Types beside each per-element module, so `import 'coprod-widgets/elements/coprod-x.js'` is typed.
for (const file of readdirSync('dist/elements').filter((name) => /^coprod-.*\.js$/.test(name))) {
  const tag = file.replace(/\.js$/, '');
  writeFileSync(`dist/elements/${tag}.d.ts`, `export * from '../types/components/${tag.replace(/^coprod-/, '')}/${tag}.js';\n`);
}
run('cem', ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
// React, Vue and Svelte types, VS Code custom data and JetBrains web-types, from the manifest.
run('node', ['scripts/framework-types.mjs']);
run('node', ['scripts/size.mjs']);
// The English bundles carry no Welsh or easy-read field-problem or ladder words (they load on first use).
run('node', ['--import', 'tsx', '--test', '--test-reporter=dot', 'test/node/english-bundles.test.ts']);
