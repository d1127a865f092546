#!/usr/bin/env node
/**
 * Compiles the server to JavaScript: server/dist/coprod-server.js (the `coprod-server` bin),
 * one ES module for Node 20 with a source map. Packages in node_modules stay outside it (they
 * are JavaScript already); our own TypeScript (server/src, the shared src/api modules and the
 * @coprod/seed workspace package) is bundled, so nothing at run time needs tsx or TypeScript.
 *
 *   node scripts/build-server.mjs          (also run by `npm run build`)
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('../server/', import.meta.url));
const outfile = `${server}dist/coprod-server.js`;
const started = Date.now();

/** Bare imports are packages from node_modules, except our own TypeScript workspace package. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path === '@coprod/seed' || args.path.startsWith('@coprod/seed/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: [`${server}src/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [externalPackages],
});
chmodSync(outfile, 0o755);
console.log(`server: built ${outfile.slice(server.length - 'server/'.length)} in ${Date.now() - started} ms`);
