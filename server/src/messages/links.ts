import { signToken } from './tokens.js';

export interface Links {
  /** The public address of this server (message links point here). */
  publicBaseUrl: string;
  /** Where a person's page shows an item; `{type}` and `{id}` are filled in. */
  itemUrl: string;
  secret: string;
}

export const itemLink = (links: Links, type: string, id: string): string =>
  links.itemUrl.replace('{base}', links.publicBaseUrl.replace(/\/$/, '')).replace('{type}', encodeURIComponent(type)).replace('{id}', encodeURIComponent(id));
/** A message's stored link that means "the person's page" (not an item: it may be gone). */
export const PAGE_LINK = '{page}';
/** Where a message links: its own link, the person's page, or its item on that page. */
export const linkOf = (links: Links, link: string | null | undefined, type: string, id: string): string =>
  link === PAGE_LINK || type === 'summary' ? itemLink(links, 'all', 'all') : (link ?? itemLink(links, type, id));
export const unsubscribeLink = (links: Links, personKey: string): string =>
  `${links.publicBaseUrl.replace(/\/$/, '')}/unsubscribe?token=${encodeURIComponent(signToken(links.secret, 'unsubscribe', personKey))}`;

