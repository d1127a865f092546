import { signToken } from './tokens.js';

export interface Links {
  /** The public address of this server (message links point here). */
  publicBaseUrl: string;
  /** Where a person's page shows an item; `{type}` and `{id}` are filled in. */
  itemUrl: string;
  /** The same on the council's Welsh page, for messages in Welsh (MY_INVOLVEMENT_URL_CY); without it, `itemUrl`. */
  itemUrlCy?: string;
  secret: string;
}

/** The item's link, on the Welsh page when the message is in Welsh. */
export const itemLink = (links: Links, type: string, id: string, language?: string): string =>
  ((language === 'cy' && links.itemUrlCy) || links.itemUrl).replace('{base}', links.publicBaseUrl.replace(/\/$/, '')).replace('{type}', encodeURIComponent(type)).replace('{id}', encodeURIComponent(id));
/** A message's stored link that means "the person's page" (not an item: it may be gone). */
export const PAGE_LINK = '{page}';
/** Where a message links: its own link, the person's page, or its item on that page. */
export const linkOf = (links: Links, link: string | null | undefined, type: string, id: string, language?: string): string =>
  link === PAGE_LINK || type === 'summary' ? itemLink(links, 'all', 'all', language) : (link ?? itemLink(links, type, id, language));
/**
 * A message's link, carrying the person's reading when it is not the default: the page's widgets
 * open in Welsh or easy read, as the message was written (src/core/reader-choice.ts reads it).
 * In the fragment, which never reaches a server log or a Referer.
 */
export function withReading(url: string, language: 'en-GB' | 'cy', readingLevel: 'standard' | 'easy-read'): string {
  const parts = [...(language === 'cy' ? ['coprod-lang=cy'] : []), ...(readingLevel === 'easy-read' ? ['coprod-reading=easy-read'] : [])];
  if (!parts.length) return url;
  const hash = url.indexOf('#');
  return hash < 0 ? `${url}#${parts.join('&')}` : `${url}${url.length > hash + 1 ? '&' : ''}${parts.join('&')}`;
}
/** The link a person is sent: where the message links, in their reading. */
export const sentLink = (links: Links, link: string | null | undefined, type: string, id: string, language: 'en-GB' | 'cy', readingLevel: 'standard' | 'easy-read'): string =>
  withReading(linkOf(links, link, type, id, language), language, readingLevel);
export const unsubscribeLink = (links: Links, personKey: string): string =>
  `${links.publicBaseUrl.replace(/\/$/, '')}/unsubscribe?token=${encodeURIComponent(signToken(links.secret, 'unsubscribe', personKey))}`;

