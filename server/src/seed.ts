import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Seed } from './types.js';

const SHARED_SEED = fileURLToPath(new URL('../../src/api/seed/index.ts', import.meta.url));

/** The shared fictional council (src/api/seed), when that module exists. */
export async function loadSharedSeed(now = new Date()): Promise<Seed | undefined> {
  if (!existsSync(SHARED_SEED)) return undefined;
  // A computed specifier keeps the browser-side seed out of the server's type-check; tsx runs the TypeScript.
  const module = (await import(pathToFileURL(SHARED_SEED).href)) as { createSeed?: (now?: Date) => Seed };
  return module.createSeed?.(now);
}
