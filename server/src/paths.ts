import { fileURLToPath } from 'node:url';

// This file sits one level below server/ (server/src/paths.ts); compiled, the bundle sits one
// level below it too (server/dist/coprod-server.js), so the same relative URLs hold for both.

/** The server folder (holds migrations/). */
export const SERVER_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The repository (holds api/, demo/ and the built widgets in dist/). */
export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
