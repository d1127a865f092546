/**
 * A page whose globals are patched before Lit and our modules are first evaluated: how a test
 * sees what a widget does in an older browser (an API missing) or what start-up asks of the
 * browser (a spy on Intl). A test file's static imports are evaluated before its own code, and
 * @open-wc/testing brings Lit, so such a file imports only this statically (type-only imports
 * are erased), patches through patchBeforeLit() at its top level, and imports everything else
 * after it, dynamically. Used by test/browser/no-constructable-stylesheets.test.ts and
 * no-intl-at-start.test.ts (web-test-runner gives each test file a page of its own).
 */
import type * as Testing from '@open-wc/testing';
import { until as waitUntil } from './dom.js';

/** Resolves with what `find` finds; rejects after 10 s (a lazy part's first load) naming `what`. */
export const until = <T>(find: () => T | null | undefined | false, what: string): Promise<T> => waitUntil(find, what, 10_000);

/**
 * Runs `patch`, then loads @open-wc/testing (and so Lit). Throws if Lit was already evaluated on
 * this page, or if any module under /src/ was fetched before the patch (Resource Timing): a
 * static import of either would be evaluated before the patch, and the test would pass without
 * testing anything. Lit alone is not enough (review SHOULD 7, session 18): a module of ours that
 * brings no Lit but asks Intl for a formatter when it is evaluated would slip past that check.
 */
export async function patchBeforeLit(patch: () => void): Promise<typeof Testing> {
  const rule = 'import only test/helpers/before-lit.js statically, everything else after patchBeforeLit()';
  if ('litHtmlVersions' in globalThis) throw new Error(`Lit was evaluated before the patch: ${rule}`);
  const early = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name, location.href).pathname)
    .filter((path) => path.startsWith('/src/'));
  if (early.length) throw new Error(`${early.join(', ')} fetched before the patch: ${rule}`);
  patch();
  return import('@open-wc/testing');
}
