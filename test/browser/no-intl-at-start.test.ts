/**
 * A page's first Intl formatter loads ICU's data (number and time zone tables): 10-20 ms of CPU
 * on a phone, in whichever task asks first. Made when the modules were evaluated, it was most of
 * the council page's one long start-up task (Lighthouse's TBT, bench/ab-startup.mjs). So the
 * all-in-one module, and the list and the board drawing their first page (counts, closing dates,
 * dates of updates in UK time), ask Intl for nothing. The patch runs before any of our modules
 * is evaluated (test/helpers/before-lit.ts).
 */
import { patchBeforeLit, until } from '../helpers/before-lit.js';

const asked: string[] = [];
const note = (what: string): void => {
  const stack = new Error().stack ?? '';
  // The in-memory adapter stands in for the server here: what it formats is not the page's.
  if (!stack.includes('/src/api/in-memory')) asked.push(`${what}\n${stack.split('\n').slice(2, 6).join('\n')}`);
};
const { expect } = await patchBeforeLit(() => {
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'ListFormat', 'RelativeTimeFormat'] as const) {
    const real = Intl[name] as unknown as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[name] = new Proxy(real, {
      construct: (target, args) => (note(`new Intl.${name}(${JSON.stringify(args)})`), Reflect.construct(target, args)),
      apply: (target, self, args) => (note(`Intl.${name}(${JSON.stringify(args)})`), Reflect.apply(target as unknown as () => object, self, args)),
    });
  }
  for (const [owner, name] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString']] as const) {
    const methods = owner as unknown as Record<string, (...args: unknown[]) => string>;
    const real = methods[name]!;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      note(name);
      return real.apply(this, args);
    };
  }
});
const { InMemoryApi } = await import('../../src/api/in-memory.js');

describe('start-up asks Intl for nothing (its first formatter loads ICU data: a long task on a phone)', () => {
  it('the all-in-one module, and the list and the board drawing their first page with counts and dates', async () => {
    asked.length = 0;
    await import('../../src/index.js');
    expect(asked, 'the all-in-one module asked Intl while it was evaluated').to.deep.equal([]);
    const now = new Date('2026-11-24T10:00:00Z');
    const list = document.createElement('coprod-opportunity-list') as HTMLElement & { adapter: unknown; today: Date };
    list.adapter = new InMemoryApi({ now });
    list.today = now;
    const board = document.createElement('coprod-feedback-loop') as HTMLElement & { adapter: unknown };
    board.setAttribute('mode', 'board');
    board.setAttribute('no-url', '');
    board.adapter = new InMemoryApi({ now, staff: false });
    document.body.append(list, board);
    try {
      await until(() => list.shadowRoot?.querySelector('article, li h3, li h4'), 'the list’s cards');
      // An update's date is written in UK time (a timestamp, not a day).
      await until(() => /\d{4}/.test(board.shadowRoot?.textContent ?? '') && board.shadowRoot!.querySelector('li'), 'the board’s items with their dates');
      expect(list.shadowRoot!.textContent).to.match(/Clos/);
      expect(asked, 'drawing the list and the board asked Intl').to.deep.equal([]);
    } finally {
      list.remove();
      board.remove();
    }
  });
});
