/**
 * CMSs that strip unknown tags (WordPress's visual editor, Drupal's CKEditor 5) keep
 * `<div data-coprod="opportunity-list" data-api-base="..." data-topic="...">`. This turns
 * each such placeholder into `<coprod-opportunity-list api-base="..." topic="...">`
 * inside it, replacing the placeholder's fallback content. `loadWhenUsed` calls it for
 * placeholders present at load and added later (AJAX page sections).
 */
const WIDGET_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function upgradePlaceholder(placeholder: HTMLElement): HTMLElement | undefined {
  const name = placeholder.dataset['coprod'] ?? '';
  if (!WIDGET_NAME.test(name) || placeholder.hasAttribute('data-coprod-upgraded')) return undefined;
  const element = document.createElement(`coprod-${name}`);
  for (const { name: attribute, value } of Array.from(placeholder.attributes)) {
    if (!attribute.startsWith('data-') || attribute === 'data-coprod') continue;
    element.setAttribute(attribute.slice('data-'.length), value);
  }
  placeholder.setAttribute('data-coprod-upgraded', '');
  placeholder.replaceChildren(element);
  return element;
}

export function upgradePlaceholders(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-coprod]:not([data-coprod-upgraded])'))
    .map(upgradePlaceholder)
    .filter((element): element is HTMLElement => element !== undefined);
}
