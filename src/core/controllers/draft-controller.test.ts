import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { until } from '../../../test/helpers/dom.js';
import { DRAFT_DELAY_MS, DraftController, draftKey, forgetDrafts } from './draft-controller.js';

interface Note {
  text: string;
  picture: string;
}

const isNote = (value: unknown): value is Note => typeof (value as Note | undefined)?.text === 'string';

/** A form as small as can be: one value, kept through the controller. */
class DraftHost extends LitElement {
  value: Note = { text: '', picture: '' };
  restoredCalls = 0;
  readonly draft = new DraftController<Note>(this, {
    key: () => draftKey('test-note', this.id),
    snapshot: () => this.value,
    accept: isNote,
    shrink: (note) => (note.picture ? { ...note, picture: '' } : undefined),
    onRestored: () => (this.restoredCalls += 1),
    delay: 50,
  });

  type(change: Partial<Note>): void {
    this.value = { ...this.value, ...change };
    this.draft.changed();
  }
}
customElements.define('draft-test-host', DraftHost);

/** The same form with the controller's own pause (DRAFT_DELAY_MS, the one every widget uses). */
class DefaultDelayHost extends LitElement {
  value: Note = { text: '', picture: '' };
  readonly draft = new DraftController<Note>(this, { key: () => draftKey('test-note', this.id), snapshot: () => this.value, accept: isNote });

  type(change: Partial<Note>): void {
    this.value = { ...this.value, ...change };
    this.draft.changed();
  }
}
customElements.define('draft-test-default-host', DefaultDelayHost);

/**
 * A clock the test moves by hand: window.setTimeout and clearTimeout are replaced until `restore()`, so
 * "not yet" and "now" are read at an exact moment, whatever the machine's load does to real timers.
 */
function handClock(): { advance: (ms: number) => void; restore: () => void } {
  const real = { set: window.setTimeout, clear: window.clearTimeout };
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let next = 1;
  window.setTimeout = ((run: () => void, ms = 0) => {
    timers.set(next, { at: now + ms, run });
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number | undefined) => void timers.delete(id ?? 0)) as typeof window.clearTimeout;
  return {
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers].sort(([, a], [, b]) => a.at - b.at)) {
        if (timer.at > now || !timers.has(id)) continue;
        timers.delete(id);
        timer.run();
      }
    },
    restore() {
      window.setTimeout = real.set;
      window.clearTimeout = real.clear;
    },
  };
}

const KEY = draftKey('test-note', 'note');
const mount = (): Promise<DraftHost> => fixture<DraftHost>(html`<draft-test-host id="note"></draft-test-host>`);

describe('DraftController', () => {
  beforeEach(() => forgetDrafts('test-note'));
  afterEach(() => forgetDrafts('test-note'));

  it('writes to this tab once typing pauses, and to the device only while the person opts in', async () => {
    const host = await mount();
    host.type({ text: 'Half a thought' });
    expect(sessionStorage.getItem(KEY), 'not while typing').to.equal(null);
    await until(() => sessionStorage.getItem(KEY), 'the draft written once typing pauses');
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal({ text: 'Half a thought', picture: '' });
    expect(localStorage.getItem(KEY)).to.equal(null);

    host.draft.setRemember(true);
    expect(localStorage.getItem(KEY)).to.contain('Half a thought');
    host.draft.setRemember(false);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(sessionStorage.getItem(KEY)).to.contain('Half a thought');
  });

  // Review N6: waiting until the draft appears would pass with a pause longer than asked for (up to the
  // wait's 4 s), or one that did not start again as typing went on; the hand-moved clock says exactly when.
  for (const [tag, pause] of [['draft-test-host', 50], ['draft-test-default-host', DRAFT_DELAY_MS]] as const) {
    it(`writes once typing has paused for its whole pause (${pause} ms), not sooner or later, each change starting it again (${tag})`, async () => {
      const host = (await fixture(`<${tag} id="note"></${tag}>`)) as DraftHost | DefaultDelayHost;
      const clock = handClock();
      try {
        host.type({ text: 'Half' });
        clock.advance(pause - 1);
        expect(sessionStorage.getItem(KEY), 'not before the pause').to.equal(null);
        host.type({ text: 'Half a thought' });
        clock.advance(pause - 1);
        expect(sessionStorage.getItem(KEY), 'typing went on: the pause starts again').to.equal(null);
        clock.advance(1);
        expect(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'), 'written as the pause ends').to.deep.equal({ text: 'Half a thought', picture: '' });
      } finally {
        clock.restore();
      }
    });
  }

  it('keeps the words without the picture when storage is too full for both', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (value.length > 100) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      const host = await mount();
      host.type({ text: 'My words', picture: `data:image/png;base64,${'A'.repeat(200)}` });
      host.draft.saveNow();
      expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal({ text: 'My words', picture: '' });
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('restores only a draft of its own form, says so once, and forgets it everywhere on clear', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ something: 'else' }));
    const other = draftKey('other-form', 'note');
    sessionStorage.setItem(other, JSON.stringify({ text: 'not mine' }));
    const host = await mount();
    expect(host.draft.read(), 'not a draft of this form').to.equal(undefined);

    localStorage.setItem(KEY, JSON.stringify({ text: 'From last week', picture: '' }));
    expect(host.draft.read()).to.deep.equal({ text: 'From last week', picture: '' });
    expect(host.draft.rememberOnDevice, 'a draft on the device means the person opted in').to.equal(true);
    host.draft.markRestored();
    await host.updateComplete;
    expect(host.draft.restored).to.equal(true);
    expect(host.restoredCalls).to.equal(1);

    host.draft.clear();
    expect(host.draft.restored).to.equal(false);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
    forgetDrafts('test-note');
    expect(sessionStorage.getItem(other), 'another form’s draft is left alone').to.contain('not mine');
    sessionStorage.removeItem(other);
  });

  it('writes at once when the page is hidden or the element leaves it', async () => {
    const host = await mount();
    host.type({ text: 'Before the reload' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sessionStorage.getItem(KEY)).to.contain('Before the reload');
    host.type({ text: 'Before leaving' });
    host.remove();
    expect(sessionStorage.getItem(KEY)).to.contain('Before leaving');
  });
});
