/**
 * A link made from a page's address template: `{id}` is replaced by the id; a template without
 * `{id}` gets `?opportunity=<id>` (or `&…`), the query `<coprod-opportunity-list>` opens
 * an opportunity from. Written once for every `*-href` attribute that points at one item.
 */
export function hrefFor(template: string, id: string, query = 'opportunity'): string {
  const encoded = encodeURIComponent(id);
  if (template.includes('{id}')) return template.replaceAll('{id}', encoded);
  const [path, hash] = splitOnce(template, '#');
  const separator = path.includes('?') ? (path.endsWith('?') || path.endsWith('&') ? '' : '&') : '?';
  return `${path}${separator}${query}=${encoded}${hash === undefined ? '' : `#${hash}`}`;
}

function splitOnce(text: string, on: string): [string, string | undefined] {
  const at = text.indexOf(on);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
