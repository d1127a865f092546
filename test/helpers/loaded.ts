/**
 * Waiting for what a widget loads, not for a time: a test that polls for the finished view with a
 * timeout fails on a busy machine (session 23: the insights' ladder table took longer than 4 s at
 * load 23). `loaded` follows the loads themselves, so however slow they are it waits for them.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveElement } from 'lit';

/** The element's loads: every @lit/task Task it holds (a widget's `loadTask`s are its own fields). */
function tasksOf(element: ReactiveElement): Task[] {
  return Object.values(element).filter((value): value is Task => value instanceof Task);
}

/**
 * Resolves once every load of `element` has settled (done or failed) and the element has drawn what
 * it brought, including a load that one of them started. Throws if the element has no loads at all,
 * so a widget that stops using tasks fails here rather than seeming loaded at once.
 */
export async function loaded(element: ReactiveElement): Promise<void> {
  if (tasksOf(element).length === 0) throw new Error(`${element.localName} holds no load (@lit/task Task) to wait for`);
  for (;;) {
    await element.updateComplete;
    const pending = tasksOf(element).filter((task) => task.status === TaskStatus.PENDING);
    if (pending.length === 0) return;
    await Promise.allSettled(pending.map((task) => task.taskComplete));
  }
}
