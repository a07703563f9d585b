/** lib/util/steps.ts: running generator "steps" to completion or in time slices. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundTask, DEFAULT_SLICE_MS, drain, runSliced, type Steps } from '@/lib/util/steps';

/** `n` pauses, then `value`; `log` records each step as it runs. */
function* counted<T>(n: number, value: T, log: number[] = []): Steps<T> {
  for (let i = 1; i <= n; i++) {
    log.push(i);
    yield;
  }
  return value;
}

/** A fake `performance.now()` that each step of `clocked` advances. */
function fakeClock() {
  let now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms: number) => (now += ms) };
}

function* clocked(steps: number, msPerStep: number, clock: { advance(ms: number): number }) {
  for (let i = 1; i <= steps; i++) {
    clock.advance(msPerStep);
    yield;
  }
  return 'done';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('drain', () => {
  it('runs every step and returns the value', () => {
    const log: number[] = [];
    expect(drain(counted(5, 'v', log))).toBe('v');
    expect(log).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns at once from steps that never pause', () => {
    expect(drain(counted(0, 42))).toBe(42);
  });

  it('lets an exception thrown inside the steps through', () => {
    function* failing(): Steps<number> {
      yield;
      throw new RangeError('bad step');
    }
    expect(() => drain(failing())).toThrow(RangeError);
  });
});

describe('runSliced', () => {
  it('gives the same value as drain', async () => {
    const yieldToMain = vi.fn(() => Promise.resolve());
    await expect(runSliced(counted(20, { x: 1 }), { budgetMs: 0, yieldToMain })).resolves.toEqual(
      drain(counted(20, { x: 1 })),
    );
  });

  it('gives the main thread back once a slice has used its budget', async () => {
    const clock = fakeClock();
    const at: number[] = [];
    let step = 0;
    function* work(): Steps<string> {
      for (let i = 1; i <= 10; i++) {
        step = i;
        clock.advance(3);
        yield;
      }
      return 'done';
    }
    const value = await runSliced(work(), {
      budgetMs: 8,
      yieldToMain: async () => {
        at.push(step);
      },
    });
    expect(value).toBe('done');
    // 3 ms per step against an 8 ms budget: a pause after every third step, not after the last.
    expect(at).toEqual([3, 6, 9]);
  });

  it('pauses after a single step that overruns the budget, and never after returning', async () => {
    const clock = fakeClock();
    const yieldToMain = vi.fn(() => Promise.resolve());
    await runSliced(clocked(4, 50, clock), { budgetMs: 8, yieldToMain });
    expect(yieldToMain).toHaveBeenCalledTimes(4);
  });

  it('does not count the time spent away from the page against the next slice', async () => {
    const clock = fakeClock();
    const yieldToMain = vi.fn(async () => {
      clock.advance(1_000); // the page's own work while we were paused
    });
    await runSliced(clocked(6, 3, clock), { budgetMs: 8, yieldToMain });
    expect(yieldToMain).toHaveBeenCalledTimes(2);
  });

  it('uses an 8 ms budget by default', async () => {
    expect(DEFAULT_SLICE_MS).toBe(8);
    const clock = fakeClock();
    const yieldToMain = vi.fn(() => Promise.resolve());
    await runSliced(clocked(8, 1, clock), { yieldToMain });
    expect(yieldToMain).toHaveBeenCalledTimes(1);
  });

  it('never pauses when the whole job fits in the budget', async () => {
    const clock = fakeClock();
    const yieldToMain = vi.fn(() => Promise.resolve());
    await expect(runSliced(clocked(100, 0.01, clock), { yieldToMain })).resolves.toBe('done');
    expect(yieldToMain).not.toHaveBeenCalled();
  });

  it('waits for yieldToMain before it runs the next step', async () => {
    const log: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = runSliced(counted(3, 'v', log), { budgetMs: 0, yieldToMain: () => gate });
    await Promise.resolve();
    expect(log).toEqual([1]);
    release();
    await expect(run).resolves.toBe('v');
    expect(log).toEqual([1, 2, 3]);
  });

  it('with its default yield (a MessageChannel message), still finishes', async () => {
    await expect(runSliced(counted(5, 'v'), { budgetMs: 0 })).resolves.toBe('v');
  });

  it('rejects with an AbortError and runs nothing when aborted before it starts', async () => {
    const log: number[] = [];
    const controller = new AbortController();
    controller.abort();
    const run = runSliced(counted(3, 'v', log), { signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual([]);
  });

  it('stops at the next pause when aborted while paused', async () => {
    const log: number[] = [];
    const controller = new AbortController();
    const run = runSliced(counted(10, 'v', log), {
      budgetMs: 0,
      signal: controller.signal,
      yieldToMain: async () => {
        if (log.length === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(DOMException);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual([1, 2]);
  });

  it('rejects with an exception thrown inside the steps', async () => {
    function* failing(): Steps<number> {
      yield;
      throw new TypeError('bad page');
    }
    await expect(
      runSliced(failing(), { budgetMs: 0, yieldToMain: () => Promise.resolve() }),
    ).rejects.toThrow('bad page');
  });

  it('rejects when giving the main thread back fails', async () => {
    await expect(
      runSliced(counted(3, 'v'), {
        budgetMs: 0,
        yieldToMain: () => Promise.reject(new Error('no main thread')),
      }),
    ).rejects.toThrow('no main thread');
  });
});

describe('backgroundTask', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the platform scheduler for a task of background priority where there is one', async () => {
    const postTask = vi.fn((callback: () => void, _options: { priority: string }) =>
      Promise.resolve(callback()),
    );
    vi.stubGlobal('scheduler', { postTask });
    await backgroundTask();
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'background' });
  });

  it('falls back to a MessageChannel message where there is no scheduler', async () => {
    vi.stubGlobal('scheduler', undefined);
    const ports: MessageChannel[] = [];
    const Real = MessageChannel;
    vi.stubGlobal(
      'MessageChannel',
      class extends Real {
        constructor() {
          super();
          ports.push(this);
        }
      },
    );
    await backgroundTask();
    expect(ports).toHaveLength(1);
  });
});
