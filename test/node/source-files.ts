/** The widgets' own TypeScript modules under a folder (not tests, not states), for tests that read every template in src/. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|states)\.ts$/.test(entry.name) ? [path] : [];
  });
}
