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
export const unsubscribeLink = (links: Links, personKey: string): string =>
  `${links.publicBaseUrl.replace(/\/$/, '')}/unsubscribe?token=${encodeURIComponent(signToken(links.secret, 'unsubscribe', personKey))}`;

