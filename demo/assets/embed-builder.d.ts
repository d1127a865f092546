/** Types for embed-builder.js (plain JavaScript so the demo serves it without a build). */
export interface EmbedOptions {
  widget: string;
  apiBase: string;
  scriptSrc: string;
  fallbackHref?: string;
  [attribute: string]: string | undefined;
}

export interface Snippets {
  element: string;
  placeholder: string;
  wordpress: string;
  css: string;
}

export const WIDGETS: { name: string; label: string; room: string }[];
export function snippets(options: EmbedOptions): Snippets;
export function mountEmbedBuilder(
  root: HTMLElement,
  options?: { apiBase?: string; scriptSrc?: string; fallbackHref?: string; adapter?: unknown },
): { update(): void; snippets(): Snippets };
