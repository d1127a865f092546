/**
 * Source maps of the files a benchmark page loads, for naming a trace's or profile's frames by
 * their source: `distMapFor(url)` reads dist/'s map of a /widgets/ URL (null for anything else,
 * or when the map is missing), once per URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap } from '@jridgewell/trace-mapping';

const maps = new Map();

/** The TraceMap of the built file behind a `/widgets/...` URL, or null. */
export function distMapFor(url) {
  if (!maps.has(url)) {
    const file = url.includes('/widgets/') ? `dist/${new URL(url).pathname.replace(/^\/widgets\//, '')}` : null;
    maps.set(url, file && existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
  }
  return maps.get(url);
}
