import { readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** Each component folder's define module: `src/components/<name>/coprod-<name>.ts`. */
export function elementEntries() {
  const entries = {};
  for (const folder of readdirSync('src/components')) {
    const file = join('src/components', folder, `coprod-${folder}.ts`);
    if (existsSync(file)) entries[`coprod-${folder}`] = file;
  }
  return entries;
}

/** A define module, as the autoloader imports it or as resolved: `components/<name>/coprod-<name>.(js|ts)`. */
const DEFINE_MODULE = /components\/([a-z0-9-]+)\/coprod-\1\.[jt]s$/;

const plugins = () => [
  // Lit's production build: no dev-mode warnings or checks in what councils ship.
  resolve({ exportConditions: ['production'], browser: true }),
  esbuild({ target: 'es2021', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

/** Any warning fails the build, except TypeScript's decorator helpers reading a module-level `this`. */
const onwarn = (warning) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  throw new Error(warning.message);
};

export default [
  {
    // The all-in-one module: one script tag. What loads only on demand (the staff preview's
    // in-memory adapter) stays in lazy chunks beside it.
    input: { 'coprod-widgets': 'src/index.ts' },
    // The elements are defined in coprod-widgets.js itself, not in a chunk it re-exports:
    // bundlers keep only the files `sideEffects` names, so defining code must live in a
    // predictably named file. The lazy chunks import what they share from coprod-widgets.js.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'lazy/[name]-[hash].js' },
    plugins: plugins(),
    onwarn,
  },
  {
    // One module per element; lit and the core are shared chunks, so two elements load them once.
    input: elementEntries(),
    output: { dir: 'dist/elements', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
    onwarn,
  },
  {
    // The autoloader: imports elements/<tag>.js for each undefined coprod-* tag it finds.
    input: 'src/autoload.ts',
    output: { file: 'dist/coprod-autoload.js', format: 'es', sourcemap: true, paths: (id) => `./elements/${basename(id).replace(/\.[jt]s$/, '')}.js` },
    // Its imports of define modules stay imports, of the published `elements/coprod-<name>.js`.
    external: (id) => DEFINE_MODULE.test(id),
    plugins: plugins(),
    onwarn,
  },
  {
    // The in-memory adapter and the seed (@coprod/seed, bundled in), for demos and a council's own tests; never in the main bundle.
    input: 'src/api/in-memory.ts',
    output: { file: 'dist/in-memory.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
