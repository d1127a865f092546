import { expect } from '@open-wc/testing';
import { define } from './define.js';

/** An element class that records when each of its elements starts, and what ran just after (a microtask of the same task). */
function recording(name: string, seen: string[]): CustomElementConstructor {
  return class extends HTMLElement {
    constructor() {
      super();
      seen.push(name);
      queueMicrotask(() => seen.push(`${name} task ends`));
    }
  };
}

describe('define', () => {
  it('defines a tag with nothing on the page to upgrade at once', () => {
    const seen: string[] = [];
    define('x-define-alone', recording('alone', seen));
    expect(customElements.get('x-define-alone')).to.not.equal(undefined);
    define('x-define-alone', recording('second copy', seen));
    document.body.append(document.createElement('x-define-alone'));
    expect(seen).to.deep.equal(['alone']);
    document.querySelector('x-define-alone')!.remove();
  });

  it('upgrades the elements already on the page one tag per task, in the order asked, after the task that loaded the module, so starting a page is not one long task', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<x-define-first></x-define-first><x-define-second></x-define-second><x-define-third></x-define-third>';
    document.body.append(host);
    const seen: string[] = [];
    try {
      define('x-define-first', recording('first', seen));
      define('x-define-second', recording('second', seen));
      define('x-define-third', recording('third', seen));
      // A second copy of the bundle asking again changes nothing.
      define('x-define-third', recording('copy', seen));
      expect(seen, 'none in the task that asked').to.deep.equal([]);
      expect(customElements.get('x-define-first')).to.equal(undefined);
      await customElements.whenDefined('x-define-third');
      await new Promise((resolve) => setTimeout(resolve));
      // Each one's task ended (its microtasks ran) before the next tag was defined.
      expect(seen).to.deep.equal(['first', 'first task ends', 'second', 'second task ends', 'third', 'third task ends']);
    } finally {
      host.remove();
    }
  });

  it('defines a tag asked now (the provider) at once even with elements on the page, so its reading switch is drawn before the first paint, not a task later', () => {
    const host = document.createElement('div');
    host.innerHTML = '<x-define-now></x-define-now>';
    document.body.append(host);
    const seen: string[] = [];
    try {
      define('x-define-now', recording('now', seen), true);
      expect(customElements.get('x-define-now'), 'defined in the task that asked').to.not.equal(undefined);
      expect(seen).to.deep.equal(['now']);
    } finally {
      host.remove();
    }
  });
});
