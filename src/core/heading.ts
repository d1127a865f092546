import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/**
 * A heading at the level the host page needs (`heading-level`), so a widget placed under
 * a page's h2 or h3 keeps the document outline in order. Levels are clamped to 2–6: the
 * page owns its h1.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string; tabindex?: string } = {}): TemplateResult {
  const tag = unsafeStatic(`h${clampHeadingLevel(level)}`);
  return staticHtml`<${tag} id=${ifDefined(attributes.id)} class=${ifDefined(attributes.className)} tabindex=${ifDefined(attributes.tabindex)}>${content}</${tag}>`;
}

/** A `heading-level` attribute's value as a usable level: a whole number from 2 to 6, default 2. */
export function clampHeadingLevel(value: number | string | undefined | null, fallback = 2): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level > 0 ? Math.min(6, Math.max(2, level)) : fallback;
}
