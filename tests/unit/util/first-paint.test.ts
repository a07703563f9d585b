/** lib/util/first-paint.ts: the first check waits for the page's first paint, within a limit. */
import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintClock } from '../../../lib/util/first-paint';

/** A window whose paint entries, observers and timers the test drives by hand. */
function fakeClock(options: { painted?: boolean; paintEntries?: boolean } = {}) {
  const observers: { callback: () => void; disconnected: boolean; types: string[] }[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  class FakeObserver {
    static supportedEntryTypes = options.paintEntries === false ? ['mark'] : ['mark', 'paint'];
    private readonly record: (typeof observers)[number];
    constructor(callback: () => void) {
      this.record = { callback, disconnected: false, types: [] };
      observers.push(this.record);
    }
    observe(init: { type: string }) {
      this.record.types.push(init.type);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const clock: PaintClock = {
    performance: {
      getEntriesByType: (type: string) =>
        (type === 'paint' && options.painted
          ? [{ name: 'first-paint' }]
          : []) as PerformanceEntryList,
    },
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
  };
  const paint = () => {
    for (const o of observers) if (!o.disconnected && o.types.includes('paint')) o.callback();
  };
  const elapse = () => {
    for (const t of timers.splice(0)) t.callback();
  };
  return { clock, observers, timers, paint, elapse };
}

describe('afterFirstPaint', () => {
  it('goes at once on a page that has painted, without observing or a timer', () => {
    const f = fakeClock({ painted: true });
    const then = vi.fn();
    afterFirstPaint(f.clock, 200, then);
    expect(then).toHaveBeenCalledTimes(1);
    expect(f.observers).toHaveLength(0);
    expect(f.timers).toHaveLength(0);
  });

  it('waits for the first paint, then stops observing; the timeout later does nothing', () => {
    const f = fakeClock();
    const then = vi.fn();
    afterFirstPaint(f.clock, 200, then);
    expect(then).not.toHaveBeenCalled();
    expect(f.timers.map((t) => t.ms)).toEqual([200]);
    f.paint();
    expect(then).toHaveBeenCalledTimes(1);
    expect(f.observers[0]!.disconnected).toBe(true);
    f.elapse();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes after the timeout on a page that does not paint (a background tab)', () => {
    const f = fakeClock();
    const then = vi.fn();
    afterFirstPaint(f.clock, 150, then);
    f.elapse();
    expect(then).toHaveBeenCalledTimes(1);
    expect(f.observers[0]!.disconnected).toBe(true);
    f.paint();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('relies on the timeout alone where paint entries are not reported', () => {
    const f = fakeClock({ paintEntries: false });
    const then = vi.fn();
    afterFirstPaint(f.clock, 200, then);
    expect(f.observers).toHaveLength(0);
    f.elapse();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the extension was reloaded meanwhile)', () => {
    const f = fakeClock();
    const then = vi.fn();
    const cancel = afterFirstPaint(f.clock, 200, then);
    cancel();
    expect(f.observers[0]!.disconnected).toBe(true);
    f.paint();
    f.elapse();
    expect(then).not.toHaveBeenCalled();
  });
});
