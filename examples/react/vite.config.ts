import { defineConfig } from 'vite';

// No React plugin is needed to build: Vite compiles TSX with React's automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
