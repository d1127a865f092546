/**
 * A type test: `tsc -p .` (the first step of `npm test`) compiles this file, and each
 * `@ts-expect-error` fails the build if the line under it stops being an error. It is what
 * a host page written in TypeScript sees after `import 'coprod-widgets'`.
 */
import type { CoprodErrorDetail, CoprodEventName, InterestSentDetail } from '../../src/index.js';
import { CoprodElement } from '../../src/index.js';

declare const list: HTMLElement;

// The detail of a real event is typed, with no cast.
list.addEventListener('coprod-interest-sent', (event) => {
  const detail: InterestSentDetail = event.detail;
  void detail.reference;
});
list.addEventListener('coprod-error', (event) => {
  const { action, kind, message }: CoprodErrorDetail = event.detail;
  void [action, kind, message];
});

// A misspelt event name: the listener gets a plain Event, which has no detail.
// @ts-expect-error Property 'detail' does not exist on type 'Event'.
list.addEventListener('coprod-interest-snet', (event) => event.detail);

// A misspelt name is not a `coprod-*` event name.
// @ts-expect-error '"coprod-opportunity-opne"' is not assignable to type 'CoprodEventName'.
const misspelt: CoprodEventName = 'coprod-opportunity-opne';
void misspelt;

// A field the detail does not have.
list.addEventListener('coprod-error', (event) => {
  // @ts-expect-error `operation` was the old name; the one error shape says `action`.
  void event.detail.operation;
});
list.addEventListener('coprod-opportunity-open', (event) => {
  // @ts-expect-error the detail carries ids and the title, never personal data.
  void event.detail.name;
});

// Inside a widget, `emit` is checked against the same map.
export class TypedWidget extends CoprodElement {
  protected override renderContent(): unknown {
    return undefined;
  }

  fire(): void {
    this.emit('coprod-profile-deleted', { profileId: 'p1' });
    // @ts-expect-error no such event.
    this.emit('coprod-profile-removed', { profileId: 'p1' });
    // @ts-expect-error `message` is missing from the one error shape.
    this.emit('coprod-error', { action: 'save', kind: 'network' });
    // @ts-expect-error `kind` must be an ApiError kind.
    this.emit('coprod-error', { action: 'save', kind: 'offline', message: '' });
  }
}
