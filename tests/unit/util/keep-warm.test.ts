import { describe, expect, it } from 'vitest';
import { KEEP_WARM_EVERY_MS, keepWarm, READING_IDLE_MS } from '@/lib/util/keep-warm';

/** A host whose clock, visibility and timer the test drives; `pings` counts what was sent. */
function fakeHost(answer: () => Promise<unknown> = () => Promise.resolve(null)) {
  const host = {
    time: 0,
    shown: true,
    pings: 0,
    interval: null as number | null,
    tick: null as (() => void) | null,
    now: () => host.time,
    visible: () => host.shown,
    ping: () => {
      host.pings++;
      return answer();
    },
    every(ms: number, tick: () => void) {
      host.interval = ms;
      host.tick = tick;
      return () => {
        host.tick = null;
      };
    },
    /** Time passes by one interval and the timer fires (if it is still set). */
    async advance() {
      host.time += KEEP_WARM_EVERY_MS;
      host.tick?.();
      // Let the ping's promise settle (a macrotask comes after every pending microtask).
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return host;
}

describe('keepWarm', () => {
  it('pings every interval, well inside Chrome’s 30 s idle limit, while the article is read', async () => {
    const host = fakeHost();
    keepWarm(host);
    expect(host.interval).toBe(KEEP_WARM_EVERY_MS);
    expect(KEEP_WARM_EVERY_MS).toBeLessThanOrEqual(25_000);
    expect(host.pings).toBe(0);
    await host.advance();
    await host.advance();
    expect(host.pings).toBe(2);
  });

  it('sends nothing while the tab is hidden, and resumes when it is shown', async () => {
    const host = fakeHost();
    const keep = keepWarm(host);
    host.shown = false;
    await host.advance();
    await host.advance();
    expect(host.pings).toBe(0);
    host.shown = true;
    keep.activity();
    await host.advance();
    expect(host.pings).toBe(1);
  });

  it('lets the background stop once the reader has been idle for a while, until they act again', async () => {
    const host = fakeHost();
    const keep = keepWarm(host);
    const ticks = Math.ceil(READING_IDLE_MS / KEEP_WARM_EVERY_MS) + 3;
    for (let i = 0; i < ticks; i++) await host.advance();
    const whileReading = host.pings;
    expect(whileReading).toBe(Math.floor(READING_IDLE_MS / KEEP_WARM_EVERY_MS));
    await host.advance();
    expect(host.pings).toBe(whileReading);
    keep.activity();
    await host.advance();
    expect(host.pings).toBe(whileReading + 1);
    expect(keep.running).toBe(true);
  });

  it('stops for good when a ping fails or throws (the extension was reloaded)', async () => {
    for (const fail of [
      () => Promise.reject(new Error('Extension context invalidated.')),
      () => {
        throw new Error('Extension context invalidated.');
      },
    ]) {
      const host = fakeHost(fail);
      const keep = keepWarm(host);
      await host.advance();
      expect(host.pings).toBe(1);
      expect(keep.running).toBe(false);
      expect(host.tick).toBeNull();
      keep.activity();
      await host.advance();
      expect(host.pings).toBe(1);
    }
  });

  it('never has two pings in flight', async () => {
    let settle: () => void = () => undefined;
    const host = fakeHost(() => new Promise<void>((resolve) => (settle = resolve)));
    keepWarm(host);
    await host.advance();
    await host.advance();
    expect(host.pings).toBe(1);
    settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await host.advance();
    expect(host.pings).toBe(2);
  });

  it('stop() clears the timer', async () => {
    const host = fakeHost();
    const keep = keepWarm(host);
    keep.stop();
    keep.stop();
    expect(keep.running).toBe(false);
    expect(host.tick).toBeNull();
    await host.advance();
    expect(host.pings).toBe(0);
  });
});
