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

/**
 * Lit's `static properties` entries with `state: true` are internal reactive state, not attributes (as `@state()` was),
 * but the analyzer's Lit support reads every entry of `static properties` as a public attribute, and makes a public
 * member of every entry even when its field is marked `@internal`. Since the list and the
 * board declare theirs as static properties (87f1950), drop those entries from the class's attributes and members, so
 * the manifest, the framework types made from it and test/browser/live-attributes.test.ts see what the element offers.
 */
function litStateIsNotAnAttribute() {
  /** Class name -> names declared `state: true` in its static properties, or fields marked @internal. */
  const states = new Map();
  return {
    name: 'coprod-lit-state-is-not-an-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const hidden = (name) => {
        const names = states.get(node.name.getText()) ?? new Set();
        names.add(name);
        states.set(node.name.getText(), names);
      };
      for (const member of node.members) {
        // A field marked @internal stays out, as it did with decorators, though its static properties entry names it.
        if (ts.isPropertyDeclaration(member) && ts.getJSDocTags(member).some((tag) => tag.tagName.getText() === 'internal')) hidden(member.name.getText());
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const entry of member.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const state = entry.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) hidden(entry.name.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const names = states.get(declaration.name);
          if (!names) continue;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !names.has(attribute.fieldName ?? attribute.name));
          if (declaration.members) declaration.members = declaration.members.filter((member) => !names.has(member.name));
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
  plugins: [tagFromFolderConvention(), litStateIsNotAnAttribute()],
};
