import { expect } from '@open-wc/testing';
import { Task as LitTask } from '@lit/task';
import { LitElement } from 'lit';
import { Task } from './task.js';

/** The same story told to our Task and to @lit/task's: every status, value, error and callback, in order. */
type AnyTask = Pick<Task<readonly unknown[], string>, 'run' | 'abort' | 'value' | 'error' | 'status' | 'render' | 'taskComplete'>;
type Make = (host: LitElement, config: ConstructorParameters<typeof Task<readonly unknown[], string>>[1]) => AnyTask;

class TaskHost extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  constructor() {
    super();
    this.key = 'a';
  }
}
customElements.define('x-task-host', TaskHost);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function story(make: Make): Promise<unknown[]> {
  const seen: unknown[] = [];
  const host = document.createElement('x-task-host') as TaskHost;
  const gates: Array<{ open: () => void; fail: (error: unknown) => void; signal: AbortSignal }> = [];
  const note = (task: AnyTask, when: string) =>
    seen.push([when, task.status, task.value, task.error, task.render({ initial: () => 'initial', pending: () => 'pending', complete: (value) => `complete ${value}`, error: (error) => `error ${String(error)}` })]);
  const task = make(host, {
    task: ([key], { signal }) =>
      new Promise<string>((resolve, reject) => {
        gates.push({ open: () => resolve(`got ${String(key)}`), fail: reject, signal });
      }),
    args: () => [host.key],
    onComplete: (value) => seen.push(['onComplete', value]),
    onError: (error) => seen.push(['onError', String(error)]),
  });
  note(task, 'made');
  document.body.append(host);
  await host.updateComplete;
  note(task, 'first update');
  const first = task.taskComplete.then((value) => seen.push(['first taskComplete', value]));
  gates[0]!.open();
  await first;
  await settle();
  note(task, 'first done');
  await host.updateComplete;
  host.requestUpdate();
  await host.updateComplete;
  note(task, 'same args: no run');
  seen.push(['runs so far', gates.length]);
  host.key = 'b';
  await host.updateComplete;
  host.key = 'c';
  await host.updateComplete;
  seen.push(['second run aborted by the third', gates[1]!.signal.aborted, gates.length]);
  const later = task.taskComplete.then(
    (value) => seen.push(['later taskComplete', value]),
    (error: unknown) => seen.push(['later taskComplete failed', String(error)]),
  );
  gates[1]!.open();
  await settle();
  note(task, 'old run settled: ignored');
  gates[2]!.fail('broken');
  await later;
  await settle();
  note(task, 'failed');
  await task.taskComplete.catch((error: unknown) => seen.push(['taskComplete after failure', String(error)]));
  const again = task.run(['d']);
  note(task, 'run by hand');
  task.abort('stop');
  seen.push(['abort reaches the run', gates[3]!.signal.aborted, String(gates[3]!.signal.reason)]);
  gates[3]!.open();
  await again;
  note(task, 'by hand done');
  host.remove();

  const served = document.createElement('x-task-host') as TaskHost;
  const server = make(served, { task: ([key]) => `fetched ${String(key)}`, args: () => [served.key], initialValue: 'from the server' });
  note(server, 'initial value');
  document.body.append(served);
  await served.updateComplete;
  await settle();
  note(server, 'initial value, same args: no run');
  served.key = 'z';
  await served.updateComplete;
  await settle();
  note(server, 'initial value, new args');
  served.remove();
  return seen;
}

describe('Task (src/core/task.ts)', () => {
  it('behaves as @lit/task does: runs when its arguments change, aborts the run it replaces, keeps only the latest answer, and reports status, value, error, callbacks and taskComplete the same', async () => {
    const ours = await story((host, config) => new Task(host, config));
    const theirs = await story((host, config) => new LitTask(host, config) as unknown as AnyTask);
    expect(ours).to.deep.equal(theirs);
    // The story did reach every status (a test that compares two empty lists proves nothing).
    expect(ours.map((step) => (Array.isArray(step) ? step[1] : undefined))).to.include.members([0, 1, 2, 3]);
  });
});
