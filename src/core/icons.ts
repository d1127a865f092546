import { html, type TemplateResult } from 'lit';

/**
 * Small line icons shown beside text, never instead of it (they are hidden from
 * assistive tech). Drawn on a 24-unit grid; stroke colour follows the text.
 */
const paths = {
  calendar: '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
  clock: '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
  location: '<path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z"/><circle cx="12" cy="10" r="2.5"/>',
  // A pound sign, large and without a ring: in a ring at 20 px it read as a euro sign.
  money: '<path d="M17 6.5a4 4 0 0 0-7.5 2V19M5.5 19h13M6 13h8"/>',
  online: '<rect x="3" y="4" width="18" height="12" rx="1.5"/><path d="M8 20h8M12 16v4"/>',
  person: '<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  people: '<circle cx="9" cy="8" r="3.5"/><path d="M2 20a7 7 0 0 1 14 0"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M22 20a7 7 0 0 0-4-6.3"/>',
  book: '<path d="M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2z"/><path d="M4 19V5"/>',
  hand: '<path d="M7 11V5a1.5 1.5 0 0 1 3 0v5M10 10V3.5a1.5 1.5 0 0 1 3 0V10M13 10V4.5a1.5 1.5 0 0 1 3 0V11M16 11V7.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-1a6 6 0 0 1-5-3l-2.5-4.5a1.5 1.5 0 0 1 2.6-1.5L7 14"/>',
  check: '<path d="M4 12l5 5L20 6"/>',
  cross: '<path d="M6 6l12 12M18 6L6 18"/>',
  alert: '<path d="M12 3l10 18H2z"/><path d="M12 10v4M12 17.5v.5"/>',
  info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
  mail: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
  chat: '<path d="M4 5h16v11H9l-5 4z"/>',
  arrowLeft: '<path d="M19 12H5M11 6l-6 6 6 6"/>',
} as const;

export type IconName = keyof typeof paths;

/**
 * An icon no page of opportunities draws (print, download, edit...): its drawing, from its own
 * module (icons-more.ts), imported by the widgets that draw it, so the list's page does not carry it.
 */
export type OtherIcon = string & { readonly otherIcon: true };

/** Any icon: a common one by name, or one from icons-more.ts. */
export type AnyIcon = IconName | OtherIcon;

/**
 * One template per icon (and class), made on first use and shared: an icon is drawn as one
 * piece of static markup, with no parts for lit to fill or compare (a card draws four). The
 * markup is the template's only string, as lit/static-html.js makes it (a strings array that
 * is its own `raw`), without that module in every page.
 */
const made: Record<string, TemplateResult> = {};

export const icon = (which: AnyIcon, className = ''): TemplateResult => {
  const strings = [`<svg class="icon ${className}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[which as IconName] ?? which}</svg>`];
  return (made[`${which} ${className}`] ??= html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray));
};
