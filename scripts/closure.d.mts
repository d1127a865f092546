/** Types for scripts/closure.mjs, for the TypeScript tests that check what a page downloads. */
export declare function closure(file: string, seen?: Set<string>, root?: string): Set<string>;
export declare function dynamicImports(file: string, name: string, root?: string): string[];
