import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at the level the host page needs (`heading-level`), so a widget placed under
 * a page's h2 or h3 keeps the document outline in order. The page owns its h1, so levels
 * start at 2. HTML stops at h6; deeper levels (a section inside a widget placed at level 6)
 * become `role="heading"` with `aria-level`, so a child is never read at its parent's level.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string; tabindex?: string } = {}): TemplateResult {
  const wanted = Math.max(2, Math.round(level) || 2);
  if (wanted > 6) {
    return html`<p role="heading" aria-level=${wanted} id=${ifDefined(attributes.id)} class="deep-heading ${attributes.className ?? ''}" tabindex=${ifDefined(attributes.tabindex)}>${content}</p>`;
  }
  const id = ifDefined(attributes.id);
  const className = ifDefined(attributes.className);
  const tabindex = ifDefined(attributes.tabindex);
  // One template per level, written out: no static-html module in every page for five tags.
  if (wanted === 2) return html`<h2 id=${id} class=${className} tabindex=${tabindex}>${content}</h2>`;
  if (wanted === 3) return html`<h3 id=${id} class=${className} tabindex=${tabindex}>${content}</h3>`;
  if (wanted === 4) return html`<h4 id=${id} class=${className} tabindex=${tabindex}>${content}</h4>`;
  if (wanted === 5) return html`<h5 id=${id} class=${className} tabindex=${tabindex}>${content}</h5>`;
  return html`<h6 id=${id} class=${className} tabindex=${tabindex}>${content}</h6>`;
}

/** A `heading-level` attribute's value as a usable level: a whole number from 2 to 6, default 2. */
export function clampHeadingLevel(value: number | string | undefined | null, fallback = 2): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level > 0 ? Math.min(6, Math.max(2, level)) : fallback;
}
