/** Types for scripts/browsers.mjs, for the TypeScript tests that launch browsers. */
export declare function browserPaths(): { chromium: string; firefox: string };
export declare function ensureBrowsers(): void;
export declare const chromiumArgs: string[];
