/** The contract's shapes, as the widgets and the server share them. */
export type * from '../../src/api/types.js';
export type { Seed } from '../../src/api/seed/seed-types.js';
