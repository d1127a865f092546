import openWc from '@open-wc/eslint-config';
import tseslint from 'typescript-eslint';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/**
 * What each folder of src/ may import (ARCHITECTURE.md, "What each folder may import"):
 * api <- events <- core <- shared <- components, and test helpers only in tests and states.
 */
const layer = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})/`, message });
const noTestHelpers = { regex: '(^|/)test/helpers/', message: 'Test helpers are for *.test.ts and *.states.ts only: nothing test-only ships in dist/.' };
// Another component's folder: only its define module or class (to use its tag or type), never its insides.
const otherComponent = (up) => ({
  regex: `^${up}(?!core/|api/|shared/|events/)[^./][^/]*/(?!coprod-[a-z-]+(\\.component)?\\.js$)`,
  message: 'Code two widgets share goes in src/shared/<part>/, never in another component\'s folder.',
});
const imports = (...patterns) => ({ rules: { 'no-restricted-imports': ['error', { patterns }] } });
const notTests = ['**/*.test.ts', '**/*.states.ts'];

export default tseslint.config(
  // examples/ are apps of their own, typechecked strictly by their own tsc / vue-tsc in test/e2e/frameworks.e2e.ts.
  { ignores: ['**/dist/**', 'examples/**', 'storybook-static/**', 'node_modules/**', 'server/.data/**', 'bench/results/**', 'src/api/schema.generated.ts', 'custom-elements.json'] },
  ...openWc,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  // Formatting is not lint's job.
  { rules: { 'arrow-parens': 'off' } },
  {
    files: ['**/*.ts'],
    rules: {
      // TypeScript resolves `./x.js` to `./x.ts`; tsc already fails on a missing module.
      'import-x/no-unresolved': 'off',
      'import-x/extensions': 'off',
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: ['**/*.test.ts', '**/*.states.ts', 'test/**', 'stories/**', '.storybook/**', 'scripts/**', 'bench/**', 'src/api/in-memory.ts'] },
      ],
      // Lit's render hooks are instance methods by contract.
      'class-methods-use-this': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lit reactive properties start as undefined and are set by attributes.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['src/api/**/*.ts'], ignores: notTests, ...imports(layer(['core', 'events', 'shared', 'components'], 'src/api/ stands alone: the contract, its client and adapters.'), noTestHelpers) },
  { files: ['src/events/**/*.ts'], ignores: notTests, ...imports(layer(['core', 'shared', 'components'], 'Events depend on API types only.'), noTestHelpers) },
  { files: ['src/core/**/*.ts'], ignores: notTests, ...imports(layer(['shared', 'components'], 'The core knows no widget.'), noTestHelpers) },
  { files: ['src/shared/**/*.ts'], ignores: notTests, ...imports(layer(['components'], 'Shared parts know no particular widget.'), noTestHelpers) },
  { files: ['src/components/*/*.ts'], ignores: notTests, ...imports(otherComponent('\\.\\./'), noTestHelpers) },
  { files: ['src/components/*/internal/**/*.ts'], ignores: notTests, ...imports(otherComponent('\\.\\./\\.\\./'), noTestHelpers) },
  {
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'test/e2e/**', 'test/node/**', 'bench/**', '*.config.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off', 'import-x/no-extraneous-dependencies': 'off' },
  },
  {
    // The reference server runs on Node; its dependencies are server/package.json's.
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: ['**/server/test/**', '**/server/scripts/**'], packageDir: new URL('./server/', import.meta.url).pathname }],
    },
  },
  {
    files: ['server/src/main.ts', 'server/scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
