#!/usr/bin/env node
/**
 * Framework and editor support, generated from custom-elements.json (run by the build after
 * the analyzer), so a new attribute, property or event reaches every framework at once:
 *
 *   dist/frameworks/react.d.ts   React 19 JSX.IntrinsicElements   (`coprod-widgets/react`)
 *   dist/frameworks/vue.d.ts     Vue 3 GlobalComponents            (`coprod-widgets/vue`)
 *   dist/frameworks/svelte.d.ts  Svelte 5 SvelteHTMLElements       (`coprod-widgets/svelte`)
 *   dist/vscode.html-custom-data.json   VS Code `html.customData`
 *   dist/web-types.json                 JetBrains web-types (package.json `web-types`)
 *
 * Properties are typed from the element classes themselves (`Pick<Class, names>`); event
 * details from the manifest's `@fires {CustomEvent<Detail>}` type when there is one, else from
 * the `coprod-*` entries of `GlobalEventHandlersEventMap` that the package declares.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { name: packageName, version } = JSON.parse(readFileSync('package.json', 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    description: (declaration.description ?? declaration.summary ?? '').trim(),
    attributes: declaration.attributes ?? [],
    properties: (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.readonly && !member.name.startsWith('_')),
    events: (declaration.events ?? []).filter((event) => event.name),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const quote = (text) => JSON.stringify(text);
const union = (names) => (names.length ? names.map(quote).join(' | ') : 'never');

/** The event's type: the manifest's `CustomEvent<Detail>` (names taken from the package root), else the global event map's. */
function eventType(event) {
  const text = event.type?.text?.trim();
  if (text && /^CustomEvent<[\w\s|<>,[\]]+>$/.test(text)) return text.replace(/\b(?!CustomEvent\b)([A-Z]\w*)\b/g, 'Coprod.$1');
  return `CoprodEventOf<${quote(event.name)}>`;
}

/** String values an attribute takes, when its type is a union of string literals. */
function literalValues(attribute) {
  const text = attribute.type?.text ?? '';
  const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
}

const header = (frameworkImport) => `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
import type * as Coprod from '../types/index.js';
${frameworkImport}

/** A \`coprod-*\` event as the package declares it in GlobalEventHandlersEventMap. */
type CoprodEventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[N] : CustomEvent<unknown>;
/** Attributes as written in markup (kebab-case); frameworks set the camelCase properties instead when they can. */
type CoprodAttributes<N extends string> = { [K in N]?: string | number | boolean | null };
`;

function elementEntries(render) {
  return elements.map((element) => `      ${quote(element.tag)}: ${render(element)};`).join('\n');
}

const props = (element) => `Partial<Pick<Coprod.${element.className}, ${union(element.properties.map((property) => property.name))}>>`;
const attributes = (element) => `CoprodAttributes<${union(element.attributes.map((attribute) => attribute.name).filter((name) => name !== camel(name)))}>`;
const handlers = (element, key) => `{ ${element.events.map((event) => `${quote(key(event.name))}?: (event: ${eventType(event)}) => void;`).join(' ')} }`;

const react = `${header("import type { HTMLAttributes, Key, Ref } from 'react';")}
/**
 * React 19 sets a custom element's known properties as properties (so a token getter works)
 * and listens to \`on<event-name>\` props with addEventListener: \`oncoprod-interest-sent={...}\`.
 */
type CoprodElementProps<E extends HTMLElement, P, A, H> = Omit<HTMLAttributes<E>, keyof P | keyof H> & P & A & H & { ref?: Ref<E> | undefined; key?: Key | null | undefined };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elementEntries((element) => `CoprodElementProps<Coprod.${element.className}, ${props(element)}, ${attributes(element)}, ${handlers(element, (name) => `on${name}`)}>`)}
    }
  }
}
`;

const vue = `${header("import type { DefineComponent, HTMLAttributes } from 'vue';")}
/**
 * Vue sets a custom element's known properties as properties (\`:token="getToken"\`) and
 * listens with \`@coprod-interest-sent="..."\`. Tell its compiler the tags are custom elements:
 * \`compilerOptions.isCustomElement: (tag) => tag.startsWith('coprod-')\`.
 */
type CoprodElementProps<P, A, H> = DefineComponent<P & A & H & HTMLAttributes>;

declare module 'vue' {
  interface GlobalComponents {
${elementEntries((element) => `CoprodElementProps<${props(element)}, ${attributes(element)}, ${handlers(element, (name) => camel(`on-${name}`))}>`)}
  }
}
`;

const svelte = `${header("import type { HTMLAttributes } from 'svelte/elements';")}
/** Svelte 5 sets known properties as properties and listens with \`oncoprod-interest-sent={...}\`. */
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elementEntries((element) => `HTMLAttributes<Coprod.${element.className}> & ${props(element)} & ${attributes(element)} & ${handlers(element, (name) => `on${name}`)}`)}
  }
}
`;

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: element.description,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(literalValues(attribute) ? { values: literalValues(attribute).map((value) => ({ name: value })) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: packageName,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tag,
        description: element.description,
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: literalValues(attribute) ? { type: 'enum', kind: 'plain' } : { type: attribute.type?.text ?? 'string', kind: 'plain' },
          ...(literalValues(attribute) ? { values: literalValues(attribute).map((value) => ({ name: value })) } : {}),
        })),
        events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
        js: {
          properties: element.properties.map((property) => ({ name: property.name, description: property.description ?? '', type: property.type?.text ?? 'unknown' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text ?? 'CustomEvent' })),
        },
      })),
    },
  },
};

mkdirSync('dist/frameworks', { recursive: true });
writeFileSync('dist/frameworks/react.d.ts', react);
writeFileSync('dist/frameworks/vue.d.ts', vue);
writeFileSync('dist/frameworks/svelte.d.ts', svelte);
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
