export default {
  globs: ['src/core/coprod-element.ts', 'src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.states.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
