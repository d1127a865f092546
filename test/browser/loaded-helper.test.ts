/**
 * test/helpers/loaded.ts itself: `loaded()` must not say "loaded" before the load it waits for has
 * started (a task still INITIAL used to count as settled), and `stillLoading()` must see a skeleton.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Task, TaskStatus } from '@lit/task';
import { LitElement } from 'lit';
import { loaded, stillLoading } from '../helpers/loaded.js';

/** A widget whose load starts a little after its first paint (as one started by a later step of the page). */
class LateLoad extends LitElement {
  readonly load = new Task(this, { task: async () => 'the answer', autoRun: false });
  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => void this.load.run(), 50);
  }
  override render(): unknown {
    return this.load.render({ initial: () => html`<p aria-busy="true">Loading</p>`, pending: () => html`<p aria-busy="true">Loading</p>`, complete: (value) => html`<p>${value}</p>` });
  }
}
customElements.define('test-late-load', LateLoad);

describe('test/helpers/loaded.ts', () => {
  it('waits for a load that has not started yet, then for it to settle', async () => {
    const element = await fixture<LateLoad>(html`<test-late-load></test-late-load>`);
    expect(element.load.status, 'not started at first paint').to.equal(TaskStatus.INITIAL);
    expect(stillLoading(element), 'a load not started is still loading').to.be.a('string');
    await loaded(element);
    expect(element.load.status).to.equal(TaskStatus.COMPLETE);
    expect(element.shadowRoot!.textContent).to.contain('the answer');
    expect(stillLoading(element)).to.equal(undefined);
  });
});
