/** lib/util/early-read.ts: a read started early, remembered for one key until reset. */
import { describe, expect, it, vi } from 'vitest';
import { earlyRead } from '../../../lib/util/early-read';

describe('earlyRead', () => {
  it('reads once per key, and again for another key', async () => {
    const read = vi.fn((key: string) => Promise.resolve(key.length));
    const r = earlyRead(read);
    const first = r.get('https://a.example/x');
    expect(r.get('https://a.example/x')).toBe(first);
    expect(await first).toBe(19);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await r.get('https://a.example/longer')).toBe(24);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads again after a reset (the stored value changed)', async () => {
    let stored = false;
    const r = earlyRead(() => Promise.resolve(stored));
    expect(await r.get('k')).toBe(false);
    stored = true;
    expect(await r.get('k')).toBe(false);
    r.reset();
    expect(await r.get('k')).toBe(true);
  });

  it('forgets a read that failed, so the next get tries again', async () => {
    const read = vi
      .fn<(key: string) => Promise<number>>()
      .mockRejectedValueOnce(new Error('storage unavailable'))
      .mockResolvedValueOnce(7);
    const r = earlyRead(read);
    await expect(r.get('k')).rejects.toThrow('storage unavailable');
    expect(await r.get('k')).toBe(7);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
