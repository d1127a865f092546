/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  name: string;
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifestPath = 'custom-elements.json';

function elements(): { tag: string; modulePath: string }[] {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ tag: declaration.tagName!, modulePath: module.path })),
  );
}

test('the manifest lists every component folder', () => {
  const tags = elements().map((element) => element.tag);
  for (const folder of readdirSync('src/components')) {
    if (!existsSync(join('src/components', folder, `coprod-${folder}.ts`))) continue;
    assert.ok(tags.includes(`coprod-${folder}`), `coprod-${folder} is not in custom-elements.json (missing @customElement/define or JSDoc?)`);
  }
});

test('every element has a test file that runs axe on it', () => {
  const missing: string[] = [];
  for (const { tag, modulePath } of elements()) {
    const folder = modulePath.split('/').slice(0, -1).join('/');
    const testFile = join(folder, `${tag}.test.ts`);
    if (!existsSync(testFile)) {
      missing.push(`${tag}: no ${testFile}`);
      continue;
    }
    const source = readFileSync(testFile, 'utf8');
    if (!/describeStates\(|\.to\.be\.accessible\(/.test(source)) missing.push(`${tag}: ${testFile} runs no axe check`);
  }
  assert.deepEqual(missing, []);
});

test('every widget has named states and a story for each', () => {
  const missing: string[] = [];
  for (const { tag, modulePath } of elements()) {
    if (tag === 'coprod-provider') continue; // no visual states of its own
    const folder = modulePath.split('/').slice(0, -1).join('/');
    const statesFile = join(folder, `${tag}.states.ts`);
    if (!existsSync(statesFile)) {
      missing.push(`${tag}: no ${statesFile}`);
      continue;
    }
    // The element's own states file and any part's (`${tag}.<part>.states.ts`, e.g. my-involvement's invitations).
    const partFiles = readdirSync(folder).filter((file) => file.startsWith(`${tag}.`) && file.endsWith('.states.ts') && file !== `${tag}.states.ts`);
    const names = [statesFile, ...partFiles.map((file) => join(folder, file))].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bname:\s*'([^']+)'/g)].map((match) => match[1]));
    const storyFile = join('stories', `${tag.replace(/^coprod-/, '')}.stories.ts`);
    if (!existsSync(storyFile)) {
      missing.push(`${tag}: no ${storyFile}`);
      continue;
    }
    const stories = readFileSync(storyFile, 'utf8');
    for (const name of names) if (!stories.includes(`'${name}'`)) missing.push(`${tag}: state "${name}" has no story`);
  }
  assert.deepEqual(missing, []);
});
