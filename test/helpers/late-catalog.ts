/**
 * Words that load on first use, held back: in the built bundles (scripts/lazy-readings.mjs) a
 * catalog's Welsh and easy read arrive later than its English, so a widget first draws its
 * skeleton. Tests of what happens meanwhile define such a catalog and let it arrive when they say.
 */
import { defineMessages } from '../../src/core/i18n.js';

/** Defines a catalog whose other readings arrive when the returned function is called. */
export function lateCatalog(): () => void {
  let arrive!: () => void;
  const here = new Promise<void>((resolve) => (arrive = resolve));
  defineMessages({
    'en-GB': { later: 'Later' },
    readings: { cy: () => here.then(() => ({ cy: { later: 'Wedyn' } })), easy: () => here.then(() => ({ easyRead: { 'en-GB': {} } })) },
  } as unknown as Parameters<typeof defineMessages<{ later: string }>>[0]);
  return arrive;
}
