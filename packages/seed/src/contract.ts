/**
 * The contract's types, from the widgets' own `src/api/types.ts` (generated from
 * api/openapi.yaml). Type-only: at run time this package imports nothing.
 */
export type * from '../../../src/api/types.js';
