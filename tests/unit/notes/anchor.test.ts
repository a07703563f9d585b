/** lib/notes/anchor.ts: describing passages and finding them again, table-driven. */
import { describe, expect, it } from 'vitest';
import {
  anchor,
  approximateMatches,
  CONTEXT_LENGTH,
  describeRange,
  type Selectors,
} from '@/lib/notes/anchor';
import table from '../../cases/notes-anchoring.json';

type Text = string | string[];

interface Case {
  name: string;
  original: Text;
  edited?: Text;
  select: string;
  occurrence?: number;
  dropPosition?: boolean;
  expect: { text: string; occurrence?: number } | null;
}

interface PerformanceCase {
  name: string;
  chars: number;
  quoteStart: number;
  quoteLength: number;
  edit: 'insert-before' | 'typos' | 'remove';
  expectFound: boolean;
}

const { cases, performance } = table as unknown as {
  cases: Case[];
  performance: PerformanceCase[];
};

/** Article text as lib/check.ts builds it: blocks joined by a blank line. */
const article = (t: Text) => (Array.isArray(t) ? t.join('\n\n') : t);

function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`occurrence ${n} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}

describe('notes-anchoring.json', () => {
  it('covers the required situations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(2);
    expect(performance.length).toBeGreaterThanOrEqual(1);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const original = article(c.original);
    const edited = article(c.edited ?? c.original);
    const start = nth(original, c.select, c.occurrence ?? 0);
    const described = describeRange(original, start, start + c.select.length);
    const selectors: Selectors = c.dropPosition
      ? { quote: described.quote, position: null }
      : described;
    const got = anchor(edited, selectors);
    if (c.expect === null) {
      expect(got).toBeNull();
      return;
    }
    const at = nth(edited, c.expect.text, c.expect.occurrence ?? 0);
    expect(got, got ? JSON.stringify(edited.slice(got.start, got.end)) : 'null').toEqual({
      start: at,
      end: at + c.expect.text.length,
    });
  });
});

/** A deterministic pseudo-random article of about `chars` characters. */
function generatedArticle(chars: number, seed: number): string {
  const words =
    'the of and to in said officials Ukraine Russia missiles strike range troops Kursk Washington Kyiv Moscow decision long weapons army border attack defence aid president minister report would could new first two three months days week region forces'.split(
      ' ',
    );
  let x = seed;
  const rand = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const blocks: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentence: string[] = [];
    const n = 60 + Math.floor(rand() * 60);
    for (let i = 0; i < n; i++) sentence.push(words[Math.floor(rand() * words.length)]!);
    const block = `${sentence.join(' ')}.`;
    blocks.push(block);
    total += block.length + 2;
  }
  return blocks.join('\n\n').slice(0, chars);
}

describe('performance sanity (60,000 characters; must finish, not timed)', () => {
  it.each(performance.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = generatedArticle(c.chars, 7);
    const start = c.quoteStart;
    const end = start + c.quoteLength;
    const selectors = describeRange(text, start, end);
    let edited: string;
    let expected: { start: number; end: number } | null = null;
    if (c.edit === 'insert-before') {
      const insert = 'An editor added this paragraph much later.\n\n';
      edited = insert + text;
      expected = { start: start + insert.length, end: end + insert.length };
    } else if (c.edit === 'typos') {
      const chars = text.split('');
      for (let i = start + 5; i < end - 5; i += 17) chars[i] = chars[i] === 'x' ? 'y' : 'x';
      edited = chars.join('');
      expected = { start, end };
    } else {
      edited = text.slice(0, start) + text.slice(end);
    }
    const got = anchor(edited, selectors);
    if (!c.expectFound) expect(got).toBeNull();
    else {
      expect(got).not.toBeNull();
      // Within a character or two of the edited passage (an edit at its edge is ambiguous).
      expect(Math.abs(got!.start - expected!.start)).toBeLessThanOrEqual(2);
      expect(Math.abs(got!.end - expected!.end)).toBeLessThanOrEqual(2);
    }
  });
});

describe('describeRange', () => {
  const text = 'x'.repeat(50) + 'QUOTE' + 'y'.repeat(50);

  it('stores the quote with 32 characters of context and its position', () => {
    const d = describeRange(text, 50, 55);
    expect(d.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'x'.repeat(CONTEXT_LENGTH),
      suffix: 'y'.repeat(CONTEXT_LENGTH),
    });
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 50, end: 55 });
  });

  it('shortens the context at the ends of the text', () => {
    const d = describeRange('abc QUOTE def', 4, 9);
    expect(d.quote.prefix).toBe('abc ');
    expect(d.quote.suffix).toBe(' def');
  });

  it('never splits a surrogate pair in the context', () => {
    // 32 code units before the quote start inside an emoji; so do 32 after it.
    const s = `${'🙂'.repeat(20)}aQUOTEb${'🙂'.repeat(20)}`;
    const i = s.indexOf('QUOTE');
    const d = describeRange(s, i, i + 5);
    expect(d.quote.prefix).toBe(`${'🙂'.repeat(15)}a`);
    expect(d.quote.suffix).toBe(`b${'🙂'.repeat(15)}`);
  });

  it('refuses empty and out-of-range spans', () => {
    expect(() => describeRange('abc', 1, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', -1, 2)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  it('refuses an empty quote', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' };
    expect(anchor('anything', { quote })).toBeNull();
  });

  it('ignores a position that points outside the text', () => {
    const text = 'Intro. The quick brown fox jumps over the lazy dog.';
    const d = describeRange(text, 11, 32);
    const position = { type: 'TextPositionSelector' as const, start: 500, end: 521 };
    expect(anchor(text, { ...d, position })).toEqual({ start: 11, end: 32 });
  });
});

/** Edit distance of `p` to the best substring of `t` ending exactly at `end`, by plain DP. */
function naiveBestEnding(t: string, p: string, end: number): number {
  let best = Infinity;
  for (let s = 0; s <= end; s++) best = Math.min(best, levenshtein(p, t.slice(s, end)));
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

describe('approximateMatches (Myers bit-vector search)', () => {
  it('agrees with plain dynamic programming, including patterns over 32 and 64 characters', () => {
    let x = 42;
    const rand = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return Math.floor((x / 2147483648) * n);
    };
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[rand(4)]).join('');
    for (const m of [1, 5, 31, 32, 33, 64, 70]) {
      for (let trial = 0; trial < 6; trial++) {
        const pattern = word(m);
        const text = word(rand(40)) + pattern.slice(0, Math.max(1, m - 2)) + word(rand(40) + 5);
        const maxErrors = Math.floor(m / 3);
        const found = approximateMatches(text, pattern, maxErrors, 10_000);
        for (const f of found) {
          // The reported distance is the true best distance for that end…
          expect(f.errors).toBe(naiveBestEnding(text, pattern, f.end));
          // …and the reported start achieves it.
          expect(levenshtein(pattern, text.slice(f.start, f.end))).toBe(f.errors);
        }
        // Every run of ends within budget has its best end reported (no place is missed).
        let run: number[] = [];
        for (let end = 1; end <= text.length + 1; end++) {
          const d = end <= text.length ? naiveBestEnding(text, pattern, end) : Infinity;
          if (d <= maxErrors) {
            run.push(end);
            continue;
          }
          if (run.length > 0) {
            const [first, last] = [run[0]!, run[run.length - 1]!];
            expect(found.some((f) => f.end >= first && f.end <= last)).toBe(true);
          }
          run = [];
        }
      }
    }
  });

  it('finds an exact occurrence with zero errors', () => {
    const [m] = approximateMatches('the quick brown fox', 'brown', 1);
    expect(m).toEqual({ start: 10, end: 15, errors: 0 });
  });
});
