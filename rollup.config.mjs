import { readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cssTemplates } from './scripts/css-templates.mjs';
import { htmlTemplates } from './scripts/html-templates.mjs';
import { lazyReadings } from './scripts/lazy-readings.mjs';

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

/** The autoloader's part for server-rendered widgets, as imported or as resolved. */
const LOAD_LATER = /core\/load-later\.[jt]s$/;

const plugins = () => [
  // Lit's production build: no dev-mode warnings or checks in what councils ship.
  resolve({ exportConditions: ['production'], browser: true }),
  // ES2022 for native #private fields and methods (lowered, each is a WeakMap and helper calls),
  // but no class static blocks: those would raise the floor to Safari 16.4.
  esbuild({ target: 'es2022', supported: { 'class-static-blocks': false }, minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
  // The CSS inside css`` templates without comments and runs of whitespace (esbuild leaves template text alone).
  cssTemplates(),
  // The markup inside html`` and svg`` templates without indentation and comments (rendering unchanged).
  htmlTemplates(),
];

/**
 * Terser over each finished chunk, after esbuild's per-module minification: it sees the whole
 * chunk (rollup's scope hoisting), so it inlines and drops across modules (about 1.2% gzip).
 * No `unsafe` transforms; names were already mangled by esbuild and rollup. `keep_fargs: false`
 * drops unused trailing parameters: only code that reads a function's `length` could tell, and
 * neither src/ nor lit, @lit/task, @lit/context, DOMPurify or oauth4webapi does (-53 B gzip on the
 * all-in-one). Measured and left out: passes 3 (+1 B), `pure_getters` (-20 B; Lit's getters have
 * effects), `unsafe` (-23 B), `unsafe_arrows` (-1 B), ecma 2022 (0), rollup's generatedCode es2015 (-5 B).
 */
const minifyChunks = () => terser({ module: true, ecma: 2020, compress: { passes: 2, keep_fargs: false }, format: { comments: false } });

/** Any warning fails the build, except TypeScript's decorator helpers reading a module-level `this`. */
const onwarn = (warning) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  throw new Error(warning.message);
};

/** Each element's define module as an entry `elements/coprod-<name>`. */
const elementInputs = () => Object.fromEntries(Object.entries(elementEntries()).map(([name, file]) => [`elements/${name}`, file]));

/**
 * A chunk's file: Welsh and easy-read strings by the module they belong to, a part loaded on
 * first use by its first module, and a chunk that modules only import statically (lit, the
 * core, a card) by its hash alone. Those names are written in every import of the chunk, in
 * what every page downloads before it renders, and a name costs its bytes there each time
 * (the page with one list -0.2 KB gzip); the source maps still say which modules are inside.
 * Hashes are 7 characters (42 bits), not rollup's 8: every import of a chunk writes one, and the
 * random characters do not compress (-45 B gzip on the list, -165 B on staff opportunities). 7 is
 * the least rollup allows under 4,096 chunks (it fails the build, not silently, past that).
 */
function chunkFileName(chunk) {
  const reading = /\/([^/]+?)(?:\.messages)?\.ts\?coprod-(cy|easy)$/.exec(chunk.facadeModuleId ?? '');
  if (reading) return `chunks/${reading[1]}.${reading[2]}-[hash:7].js`;
  return chunk.isDynamicEntry ? 'chunks/[name]-[hash:7].js' : 'chunks/[hash:7].js';
}

export default [
  {
    // One build for the all-in-one module (one script tag, the public widgets) and one module
    // per element, so that they share their chunks: lit, the core, each widget. What loads on
    // demand (staff widgets, the forms, Welsh and easy-read strings) is a dynamic import,
    // written relative to the importing module, so it resolves wherever dist/ is served.
    input: { 'coprod-widgets': 'src/index.ts', 'staff-sign-in': 'src/staff-sign-in.ts', ...elementInputs() },
    // Defining code lives in predictably named files (coprod-widgets.js, elements/coprod-*.js):
    // bundlers keep only the files `sideEffects` names. Chunks import what they share from them.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: chunkFileName, plugins: [minifyChunks()] },
    plugins: [...plugins(), lazyReadings()],
    onwarn,
  },
  {
    // The autoloader: imports elements/<tag>.js for each undefined coprod-* tag it finds.
    input: 'src/autoload.ts',
    output: {
      file: 'dist/coprod-autoload.js',
      format: 'es',
      sourcemap: true,
      paths: (id) => (LOAD_LATER.test(id) ? './coprod-autoload-later.js' : `./elements/${basename(id).replace(/\.[jt]s$/, '')}.js`),
      plugins: [minifyChunks()],
    },
    // Its imports of define modules stay imports, of the published `elements/coprod-<name>.js`;
    // what it does for server-rendered widgets is its own file (built below), fetched only where one is.
    external: (id) => DEFINE_MODULE.test(id) || LOAD_LATER.test(id),
    plugins: plugins(),
    onwarn,
  },
  {
    // The autoloader's part for a page with server-rendered widgets (src/core/load-later.ts).
    input: 'src/core/load-later.ts',
    output: { file: 'dist/coprod-autoload-later.js', format: 'es', sourcemap: true, plugins: [minifyChunks()] },
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
