/*
 * Demo only: a widget whose issue has not landed yet shows a clear note instead of an empty
 * gap. For every coprod-* element on the page that is still undefined two seconds after the
 * widgets' script ran, a note goes in a sibling element (never inside the custom element,
 * whose content belongs to the widget). If the element is defined later, the note goes.
 */
const WAIT_MS = 2000;
const noted = new WeakSet();
const welsh = () => (document.documentElement.lang || '').toLowerCase().startsWith('cy');

function readable(tag) {
  return tag.replace(/^coprod-/, '').replace(/-/g, ' ');
}

function note(element) {
  const tag = element.localName;
  if (noted.has(element) || tag === 'coprod-provider') return;
  noted.add(element);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), WAIT_MS));
  Promise.race([customElements.whenDefined(tag).then(() => true), timeout]).then((defined) => {
    if (defined || !element.isConnected) return;
    const message = document.createElement('p');
    message.className = 'coprod-coming-soon';
    message.dataset.coprodComingSoon = tag;
    message.textContent = welsh()
      ? `Mae’r rhan hon (${readable(tag)}) yn dod yn fuan.`
      : `This part (${readable(tag)}) is coming soon.`;
    element.after(message);
    customElements.whenDefined(tag).then(() => message.remove());
  });
}

function scan() {
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('coprod-') && !customElements.get(element.localName)) note(element);
  }
}

scan();
// Placeholders (<div data-coprod="...">) may be upgraded to elements a little later.
new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
