/**
 * Where the board's parts that load on first use come from: an opened item's timeline and the
 * give-feedback form. One object every board on the page asks, so a test can make a download fail
 * here (as the list's `filterPart.code`) and see the part say so, with "Try again".
 */
export const partCode = {
  timeline: () => import('./timeline.js'),
  form: () => import('./form-part.js'),
};
