/**
 * Long work as generators: a stage `yield`s wherever it may pause, and a runner decides when.
 * `drain` runs one to completion (CLI, tests); `runSliced` runs it in slices of a few milliseconds,
 * giving the page's main thread back in between, so that no task grows long (content script).
 */

export type Steps<T> = Generator<void, T, void>;

/** Run to completion, synchronously. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Work per slice, in milliseconds; well below the 50 ms that makes a long task. */
  budgetMs?: number;
  /** Give the main thread back; resolves when work may continue. */
  yieldToMain?: () => Promise<void>;
  /** Stop early (page navigated, extension reloaded): the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Default work per slice: leaves room for the page's own work inside one 50 ms frame budget. */
export const DEFAULT_SLICE_MS = 8;

/** Resolves in a new task (of a page's main thread: after pending input and rendering). */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    // A MessageChannel message runs after pending input and rendering, without setTimeout's clamp.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The Prioritized Task Scheduling API, where the platform has it (Chromium: pages and workers). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves in a new task of the lowest priority, for work nobody waits on (a worker's warm-up):
 * any other task queued meanwhile, such as a page's request, runs first. A MessageChannel message
 * (`nextTask`) would not yield to it: in a worker, queued warm-up tasks ran ahead of a request that
 * had arrived. Falls back to `nextTask` where there is no `scheduler`.
 */
export const backgroundTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return typeof scheduler?.postTask === 'function'
    ? scheduler.postTask(() => undefined, { priority: 'background' })
    : nextTask();
};

export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? DEFAULT_SLICE_MS;
  const yieldToMain = options.yieldToMain ?? nextTask;
  let sliceStart = performance.now();
  for (;;) {
    if (options.signal?.aborted) throw new DOMException('check aborted', 'AbortError');
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= budget) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
