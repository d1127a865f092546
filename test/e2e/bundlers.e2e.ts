/// <reference types="node" />
/**
 * The package as a developer gets it from npm, in the bundlers they use: `npm pack` makes
 * the tarball, a fresh app folder in the temp directory installs it (the tarball's files,
 * plus links to this repository's already installed dependencies: no network), and small
 * consumer apps are built with Vite and with esbuild in production mode (tree-shaking on,
 * so `sideEffects` in package.json decides what survives). Each built app is served on
 * 127.0.0.1 and opened in Debian's Chromium, which must end with every element in
 * custom-elements.json defined. A strict TypeScript check of a consumer file proves the
 * root, `./elements/*` and `./autoload` entry points are typed.
 *
 * The apps: `import 'coprod-widgets'` (the all-in-one; staff elements load on demand),
 * `import 'coprod-widgets/autoload'`, and one import of `coprod-widgets/elements/<tag>.js`
 * per element. Needs `node scripts/build.mjs` first (built when dist/ is missing).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ROOT, ensureBuilt, launchBrowser, WAIT_MS } from './harness.js';
import { install, jsFiles, pack, serve } from './packed.js';

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

const manifestTags = (): string[] =>
  (JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest).modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])),
  );

/** `sideEffects` globs as regular expressions over package-relative paths (`*` stays within a folder). */
function sideEffectPatterns(packageJson: { sideEffects: string[] }): RegExp[] {
  return packageJson.sideEffects.map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
}

/** A page that shows every element, loading `script`. The widgets have no API: this is about definitions. */
const page = (tags: string[], script: string): string => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8" /><title>Consumer app</title>
<script type="module" src="${script}"></script></head>
<body><main><h1>Consumer app</h1>
${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}
</main></body></html>`;

/** The consumer apps' entry modules, by name. */
const entries = (tags: string[]): Record<string, string> => ({
  'all-in-one': `import 'coprod-widgets';\n`,
  autoload: `import 'coprod-widgets/autoload';\n`,
  elements: tags.map((tag) => `import 'coprod-widgets/elements/${tag}.js';\n`).join(''),
});

describe('the packed package in bundlers', { timeout: 240_000 }, () => {
  let work: string;
  let app: string;
  let tags: string[];
  let browser: Browser;
  const servers: Server[] = [];

  before(async () => {
    ensureBuilt();
    tags = manifestTags();
    assert.ok(tags.includes('coprod-opportunity-list') && tags.some((tag) => tag.startsWith('coprod-staff-')), `too few elements in custom-elements.json: ${tags.join(', ')}`);
    work = mkdtempSync(join(tmpdir(), 'coprod-consumer-'));
    app = join(work, 'app');
    mkdirSync(app);
    install(app, pack(work));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    for (const [name, code] of Object.entries(entries(tags))) {
      writeFileSync(join(app, `${name}.js`), code);
      writeFileSync(join(app, `${name}.html`), page(tags, `./${name}.js`));
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Serves `folder` and checks that each app page ends with every element defined. */
  async function assertEveryElementDefined(folder: string, pageFor: (name: string) => string): Promise<void> {
    const server = await serve(folder);
    servers.push(server);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const name of Object.keys(entries(tags))) {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${origin}/${pageFor(name)}`);
      const missing = await tab
        .waitForFunction((all) => all.every((tag) => customElements.get(tag)), tags, { timeout: WAIT_MS })
        .then(() => [])
        .catch(() => tab.evaluate((all) => all.filter((tag) => !customElements.get(tag)), tags));
      await tab.close();
      assert.deepEqual(missing, [], `${name}: these elements were never defined (errors: ${errors.join('; ') || 'none'})`);
      assert.deepEqual(errors, [], `${name}: errors on the page`);
    }
  }

  it('lists every built module that defines an element in sideEffects', () => {
    const packageDir = join(app, 'node_modules/coprod-widgets');
    const patterns = sideEffectPatterns(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { sideEffects: string[] });
    // A minified call of our define(tag, Class[, now]): `xe("coprod-list",de)`, `xe("coprod-provider",de,!0)`.
    const defining = jsFiles(join(packageDir, 'dist'))
      .map((file) => `dist/${file}`)
      .filter((file) => /[\w$]\("coprod-[a-z0-9-]+",[\w$]+(?:,!0|,!1|,true|,false)?\)/.test(readFileSync(join(packageDir, file), 'utf8')));
    assert.ok(defining.length >= tags.length, `only ${defining.length} defining modules found: ${defining.join(', ')}`);
    const unlisted = defining.filter((file) => !patterns.some((pattern) => pattern.test(file)));
    assert.deepEqual(unlisted, [], 'modules that define an element but that bundlers may drop (not in sideEffects)');
  });

  it('Vite production build defines every element', async () => {
    const { build } = await import('vite');
    const input = Object.fromEntries(Object.keys(entries(tags)).map((name) => [name, join(app, `${name}.html`)]));
    await build({ root: app, configFile: false, logLevel: 'error', mode: 'production', build: { outDir: join(app, 'vite-dist'), rollupOptions: { input } } });
    await assertEveryElementDefined(join(app, 'vite-dist'), (name) => `${name}.html`);
  });

  it('esbuild production bundle defines every element', async () => {
    const { build } = await import('esbuild');
    const outdir = join(app, 'esbuild-dist');
    await build({
      entryPoints: Object.keys(entries(tags)).map((name) => join(app, `${name}.js`)),
      absWorkingDir: app,
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    for (const name of Object.keys(entries(tags))) writeFileSync(join(outdir, `${name}.html`), page(tags, `./${name}.js`));
    await assertEveryElementDefined(outdir, (name) => `${name}.html`);
  });

  it('types the root, ./elements/* and ./autoload for a strict TypeScript consumer', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { CoprodOpportunityList, CoprodProvider, configure, type CoprodStaffFeedback } from 'coprod-widgets';
import { CoprodOpportunity } from 'coprod-widgets/elements/coprod-opportunity.js';
import 'coprod-widgets/autoload';

configure({ apiBase: '/api/v1' });
const list: CoprodOpportunityList = document.createElement('coprod-opportunity-list');
const provider = document.querySelector('coprod-provider');
const staff: CoprodStaffFeedback | null = document.querySelector('coprod-staff-feedback');
export const checks: [boolean, boolean, boolean] = [list instanceof CoprodOpportunityList, provider instanceof CoprodProvider, staff === null || customElements.get('coprod-opportunity') === CoprodOpportunity];
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: true, types: [] }, files: ['consumer.ts'] }),
    );
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`the consumer does not typecheck:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
  });
});
