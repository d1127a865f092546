import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const tags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** Clamps a `heading-level` attribute to 2..5, leaving room for one level below it. */
export function headingLevel(value: string | number | undefined | null): number {
  const level = Number(value);
  return Number.isInteger(level) ? Math.min(Math.max(level, 2), 5) : 2;
}

/** A real `<hN>` (not `role=heading`), so the page's outline stays right wherever the widget sits. */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
  const tag = tags[Math.min(Math.max(level, 2), 6)]!;
  return html`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} tabindex=${options.focusable ? '-1' : nothing}>${content}</${tag}>`;
}
