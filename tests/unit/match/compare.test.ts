/**
 * lib/match/compare.ts and judge.ts through the engine: the place a sentence gives against the places the
 * sources give, and whether it says the event happened (table: tests/cases/slot-comparisons.json).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '@/lib/check';
import table from '../../cases/slot-comparisons.json';

interface Case {
  why: string;
  text: string;
  /** Publication date, when not 2024-11-19. */
  published?: string;
  /** null: no annotation at all. */
  expect: { verdict: string; kind?: string; fact: string; reason?: string } | null;
}

describe('slot comparisons', () => {
  it.each(table as Case[])('$why', ({ text, published, expect: want }) => {
    const [a, ...rest] = checkText(text, {
      published: published ?? '2024-11-19',
      assumeRelevant: true,
    }).annotations;
    expect(rest).toEqual([]);
    if (want === null) {
      expect(a).toBeUndefined();
      return;
    }
    expect(a?.fact.id).toBe(want.fact);
    expect(a?.verdict).toBe(want.verdict);
    if (want.kind) expect(a?.kind).toBe(want.kind);
    // The reason a card shows quotes the article's own words.
    if (want.reason) expect(a?.reason).toContain(want.reason);
  });
});
