/**
 * entrypoints/content/dismissed.ts: facts the reader hid on a page ("Not this fact"), remembered
 * in extension storage. Runs against WXT's fake browser (the unit project's WxtVitest plugin maps
 * `wxt/browser` to it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDismissed, pageKey, saveDismissed } from '@/entrypoints/content/dismissed';

/** The storage key and format are persisted: changing them forgets every reader's choices. */
const KEY = 'crosscheck:dismissed';
const MAX_PAGES = 500;

const PAGE = 'https://www.reuters.com/world/europe/story-2024-11-18/';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(KEY))[KEY];
}
async function store(value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [KEY]: value });
}

beforeEach(() => {
  fakeBrowser.reset();
  // Real storage hands out fresh copies; the fake hands out its own objects, so a caller that
  // mutates what it read would change "storage" without writing. Make the fake copy, like Chrome.
  const area = fakeBrowser.storage.local;
  const get = area.get.bind(area) as (keys: string) => Promise<Record<string, unknown>>;
  vi.spyOn(area, 'get').mockImplementation((async (keys: string) =>
    structuredClone(await get(keys))) as never);
  // saveDismissed reports storage failures on console.debug; keep the test output clean.
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pageKey', () => {
  it.each([
    [PAGE, PAGE],
    [`${PAGE}?utm_source=twitter&s=1`, PAGE],
    [`${PAGE}#comments`, PAGE],
    ['https://WWW.Reuters.COM/World/', 'https://www.reuters.com/World/'],
    ['http://127.0.0.1:8080/article?x=1', 'http://127.0.0.1:8080/article'],
    ['https://example.org', 'https://example.org/'],
    ['https://user:pw@example.org/a', 'https://example.org/a'],
    ['not a url', 'not a url'],
  ])('%j → %j', (href, key) => {
    expect(pageKey(href)).toBe(key);
  });

  it('keeps different articles on one site apart', () => {
    expect(pageKey('https://apnews.com/article/a')).not.toBe(
      pageKey('https://apnews.com/article/b'),
    );
  });
});

describe('loadDismissed and saveDismissed', () => {
  it('start empty', async () => {
    expect(await loadDismissed(PAGE)).toEqual(new Set());
  });

  it('remember a page’s hidden facts across reloads and shared links', async () => {
    await saveDismissed(PAGE, new Set(['atacms-range', 'north-korean-troop-count']));
    expect(await loadDismissed(PAGE)).toEqual(
      new Set(['atacms-range', 'north-korean-troop-count']),
    );
    expect(await loadDismissed(`${PAGE}?share=1#top`)).toEqual(
      new Set(['atacms-range', 'north-korean-troop-count']),
    );
    expect(await loadDismissed('https://www.reuters.com/world/other-story/')).toEqual(new Set());
  });

  it('keep pages apart and replace a page’s set on each save', async () => {
    const other = 'https://apnews.com/article/x';
    await saveDismissed(PAGE, new Set(['a', 'b']));
    await saveDismissed(other, new Set(['c']));
    await saveDismissed(PAGE, new Set(['b']));
    expect(await loadDismissed(PAGE)).toEqual(new Set(['b']));
    expect(await loadDismissed(other)).toEqual(new Set(['c']));
  });

  it('forget a page whose set becomes empty (undo of the last hide)', async () => {
    await saveDismissed(PAGE, new Set(['a']));
    await saveDismissed('https://apnews.com/article/x', new Set(['c']));
    await saveDismissed(PAGE, new Set());
    expect(Object.keys((await stored()) as object)).toEqual([
      pageKey('https://apnews.com/article/x'),
    ]);
    expect(await loadDismissed(PAGE)).toEqual(new Set());
  });

  it('write to extension storage, never to the page’s', async () => {
    await saveDismissed(PAGE, new Set(['a']));
    expect(await stored()).toEqual({ [PAGE]: { facts: ['a'], at: expect.any(Number) } });
  });
});

describe('storage failures', () => {
  it.each([
    ['rejects', () => Promise.reject(new DOMException('quota exceeded', 'QuotaExceededError'))],
    [
      'throws',
      () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    ],
  ])(
    'a save whose storage write %s resolves and leaves the caller’s set alone',
    async (_, fail) => {
      await saveDismissed(PAGE, new Set(['a']));
      const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(fail);
      const facts = new Set(['a', 'b']);
      await expect(saveDismissed(PAGE, facts)).resolves.toBeUndefined();
      expect(set).toHaveBeenCalledTimes(1);
      expect(facts).toEqual(new Set(['a', 'b']));
      expect(console.debug).toHaveBeenCalled();
      // What was stored before is still there.
      set.mockRestore();
      expect(await loadDismissed(PAGE)).toEqual(new Set(['a']));
    },
  );

  it('a failed read loads as nothing hidden', async () => {
    await saveDismissed(PAGE, new Set(['a']));
    vi.mocked(fakeBrowser.storage.local.get).mockRejectedValueOnce(
      new Error('context invalidated'),
    );
    await expect(loadDismissed(PAGE)).resolves.toEqual(new Set());
  });

  // Bug: `read()` turns a failed storage read into `{}`, and saveDismissed then writes that back
  // with only this page in it, erasing every other page's hidden facts. A save should not write
  // when it could not read. Flip to `it` when fixed.
  it('a save after a failed read does not erase other pages', async () => {
    const other = 'https://apnews.com/article/x';
    await saveDismissed(other, new Set(['c']));
    vi.mocked(fakeBrowser.storage.local.get).mockRejectedValueOnce(new Error('transient'));
    await saveDismissed(PAGE, new Set(['a']));
    expect(await loadDismissed(other)).toEqual(new Set(['c']));
  });
});

describe('malformed stored data', () => {
  it.each<[string, unknown]>([
    ['a string', 'atacms-range'],
    ['a number', 42],
    ['true', true],
    ['an array', [PAGE]],
    ['an entry that is a string', { [PAGE]: 'atacms-range' }],
    ['an entry that is null', { [PAGE]: null }],
    ['an entry without facts', { [PAGE]: { at: 1 } }],
    ['facts as a string', { [PAGE]: { facts: 'atacms-range', at: 1 } }],
    ['facts as an object', { [PAGE]: { facts: { 0: 'atacms-range' }, at: 1 } }],
  ])('is ignored on load: %s', async (_, value) => {
    await store(value);
    await expect(loadDismissed(PAGE)).resolves.toEqual(new Set());
  });

  it('keeps only the string facts of an entry', async () => {
    await store({ [PAGE]: { facts: ['a', 1, null, { id: 'b' }, 'c'], at: 1 } });
    expect(await loadDismissed(PAGE)).toEqual(new Set(['a', 'c']));
  });

  it.each<[string, unknown]>([
    ['a string', 'atacms-range'],
    ['a number', 42],
    ['an entry without a time', { 'https://apnews.com/article/x': { facts: ['c'] } }],
    ['an entry that is a string', { 'https://apnews.com/article/x': 'c' }],
  ])('does not stop a save, and is repaired by it: %s', async (_, value) => {
    await store(value);
    await expect(saveDismissed(PAGE, new Set(['a']))).resolves.toBeUndefined();
    expect(await loadDismissed(PAGE)).toEqual(new Set(['a']));
  });

  // Bug: read() accepts any object, so a stored array passes as the store; saveDismissed then sets
  // a named property on the array, which storage serialisation (JSON, like Chrome's) drops. Every
  // later save is silently lost. Flip to `it` when fixed.
  it('does not stop a save, and is repaired by it: an array', async () => {
    await store([PAGE]);
    await saveDismissed(PAGE, new Set(['a']));
    expect(await loadDismissed(PAGE)).toEqual(new Set(['a']));
  });

  // Bug: the eviction sort reads `store[a]!.at` for every entry, so one null entry (with at least
  // one other entry) makes saveDismissed throw "Cannot read properties of null (reading 'at')";
  // in the content script hideFact() then rejects before it re-renders. Flip to `it` when fixed.
  it('does not stop a save, and is repaired by it: a null entry', async () => {
    await store({ 'https://apnews.com/article/x': null });
    await expect(saveDismissed(PAGE, new Set(['a']))).resolves.toBeUndefined();
    expect(await loadDismissed(PAGE)).toEqual(new Set(['a']));
  });
});

describe('the cap on remembered pages', () => {
  const page = (i: number) => `https://example.org/story-${i}`;
  const fill = (n: number, at: (i: number) => number) =>
    store(
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [page(i), { facts: ['f'], at: at(i) }]),
      ),
    );

  it(`keeps at most ${MAX_PAGES} pages, forgetting the least recently saved first`, async () => {
    // Saved in a shuffled order: page i at time (i * 7) % 500 + 1, so page 0 is not the oldest.
    await fill(MAX_PAGES, (i) => ((i * 7) % MAX_PAGES) + 1);
    const oldest = page(0); // (0 * 7) % 500 + 1 = 1
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    await saveDismissed(PAGE, new Set(['a']));
    const keys = Object.keys((await stored()) as object);
    expect(keys).toHaveLength(MAX_PAGES);
    expect(keys).toContain(PAGE);
    expect(keys).not.toContain(oldest);
    expect(await loadDismissed(oldest)).toEqual(new Set());
    expect(await loadDismissed(page(1))).toEqual(new Set(['f']));
  });

  it('forgets nothing when a remembered page is saved again', async () => {
    await fill(MAX_PAGES, (i) => i + 1);
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    await saveDismissed(page(0), new Set(['f', 'g']));
    const s = (await stored()) as Record<string, { at: number }>;
    expect(Object.keys(s)).toHaveLength(MAX_PAGES);
    expect(s[page(0)]!.at).toBe(1_000_000);
  });

  it('stays at the cap over many saves, keeping the newest', async () => {
    let now = 1_000;
    vi.spyOn(Date, 'now').mockImplementation(() => ++now);
    for (let i = 0; i < MAX_PAGES + 10; i++) await saveDismissed(page(i), new Set(['f']));
    const keys = Object.keys((await stored()) as object);
    expect(keys).toHaveLength(MAX_PAGES);
    for (let i = 0; i < 10; i++) expect(keys).not.toContain(page(i));
    expect(keys).toContain(page(10));
    expect(keys).toContain(page(MAX_PAGES + 9));
  });
});
