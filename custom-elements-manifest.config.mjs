/**
 * Elements are defined through our safe `define(tag, Class)` (not `customElements.define`,
 * which throws on a second load), so the analyzer is told the tag by convention: the class
 * in `src/components/<name>/coprod-<name>.component.ts` is `<coprod-<name>>`.
 */
function tagFromFolderConvention() {
  const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
  return {
    name: 'coprod-tag-from-folder',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // The base class's emit(name, detail) is not an event called "name"; events are documented with @fires.
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.name !== 'name');
        }
        const match = module.path.match(/^src\/components\/([a-z0-9-]+)\/coprod-\1\.component\.ts$/);
        if (!match) continue;
        const tag = `coprod-${match[1]}`;
        const classes = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class');
        const element = classes.find((declaration) => declaration.name === pascal(tag)) ?? classes[0];
        if (!element) continue;
        element.tagName = tag;
        element.customElement = true;
        module.exports ??= [];
        if (!module.exports.some((entry) => entry.kind === 'custom-element-definition')) {
          module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: element.name, module: module.path } });
        }
      }
    },
  };
}

export default {
  // Base classes too (src/shared/**/*-element.ts: the staff widgets'), so inherited attributes
  // are listed; test/browser/live-attributes.test.ts fails when a known attribute goes missing.
  globs: ['src/core/coprod-element.ts', 'src/shared/**/*-element.ts', 'src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.states.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [tagFromFolderConvention()],
};
