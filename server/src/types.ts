/** The contract's shapes, as the widgets and the server share them. */
export type * from '../../src/api/types.js';
