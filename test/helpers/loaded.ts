/**
 * Waiting for what a widget loads, not for a time: a test that polls for the finished view with a
 * timeout fails on a busy machine (session 23: the insights' ladder table took longer than 4 s at
 * load 23). `loaded` follows the loads themselves, so however slow they are it waits for them.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveElement } from 'lit';

/** The element's loads: every @lit/task Task it holds (a widget's `loadTask`s are its own fields). */
function tasksOf(element: Element): Task[] {
  return Object.values(element).filter((value): value is Task => value instanceof Task);
}

/** A load that has not settled: not started yet (INITIAL) or on its way (PENDING). */
const unsettled = (task: Task): boolean => task.status === TaskStatus.INITIAL || task.status === TaskStatus.PENDING;

/** How long a load may stay unstarted before `loaded` says so (a failure's bound, never a wait for success). */
const NEVER_STARTED_MS = 20_000;

/**
 * Resolves once every load of `element` has settled (done or failed) and the element has drawn what
 * it brought, including a load that one of them started. A load that has not started yet is not
 * settled: `loaded` waits for it to start and then to settle, and fails if it never starts. Throws if
 * the element has no loads at all, so a widget that stops using tasks fails here rather than seeming
 * loaded at once.
 */
export async function loaded(element: ReactiveElement): Promise<void> {
  if (tasksOf(element).length === 0) throw new Error(`${element.localName} holds no load (@lit/task Task) to wait for`);
  const started = performance.now();
  for (;;) {
    await element.updateComplete;
    const tasks = tasksOf(element);
    const pending = tasks.filter((task) => task.status === TaskStatus.PENDING);
    const waiting = tasks.filter((task) => task.status === TaskStatus.INITIAL);
    if (pending.length === 0 && waiting.length === 0) return;
    if (pending.length) await Promise.allSettled(pending.map((task) => task.taskComplete));
    else {
      // Not started: the element runs it on an update still to come (or a page's later step starts it).
      if (performance.now() - started > NEVER_STARTED_MS) throw new Error(`${element.localName}: ${waiting.length} of its loads never started`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}

/** Every element under `root` (through shadow roots), `root` first. */
function* elementsIn(root: Element): Generator<Element> {
  yield root;
  for (const child of root.shadowRoot?.children ?? []) yield* elementsIn(child);
  for (const child of root.children) yield* elementsIn(child);
}

/**
 * What a person would see is still loading in `root` or a widget inside it, or undefined when nothing is:
 * a skeleton or anything marked busy (`aria-busy="true"`) on screen, or a load (@lit/task) not settled.
 */
export function stillLoading(root: Element): string | undefined {
  for (const element of elementsIn(root)) {
    if (element.getAttribute('aria-busy') === 'true' && element.checkVisibility()) return `${(element.getRootNode() as ShadowRoot).host?.localName ?? 'page'} shows ${element.getAttribute('part') ?? element.className} busy`;
    const task = tasksOf(element).find(unsettled);
    if (task) return `${element.localName} has a load ${task.status === TaskStatus.INITIAL ? 'not started' : 'on its way'}`;
  }
  return undefined;
}
