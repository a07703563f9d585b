/** lib/util/substrings.ts: which of a fixed set of strings occur in a text, in one pass. */
import { describe, expect, it } from 'vitest';
import { substringFinder } from '../../../lib/util/substrings';

/** The plain answer: every needle `includes` finds. */
const naive = (needles: readonly string[], text: string) =>
  new Set(needles.filter((n) => n.length > 0 && text.includes(n)));

describe('substringFinder', () => {
  it('finds needles that overlap, nest, share a start or end, or sit inside a word', () => {
    const needles = ['korea', 'korean', 'north korea', 'rea', 'he', 'she', 'hers', 'ntelligence'];
    const find = substringFinder(needles);
    expect(find('the north korean troops')).toEqual(
      new Set(['north korea', 'korea', 'korean', 'rea', 'he']),
    );
    expect(find('ushers')).toEqual(new Set(['she', 'he', 'hers']));
    expect(find('us intelligence')).toEqual(new Set(['ntelligence']));
  });

  it('lets any character no needle has end a match under way', () => {
    const find = substringFinder(['kyiv', 'kursk']);
    expect(find('ky-iv, kur sk')).toEqual(new Set());
    expect(find('(kyiv)—kursk’s')).toEqual(new Set(['kyiv', 'kursk']));
  });

  it('finds nothing in an empty text, and ignores empty and repeated needles', () => {
    const find = substringFinder(['', 'putin', 'putin']);
    expect(find('')).toEqual(new Set());
    expect(find('putin')).toEqual(new Set(['putin']));
    expect(substringFinder([])('anything')).toEqual(new Set());
  });

  it('agrees with a plain search on random texts over a small alphabet', () => {
    // A seeded generator: the same cases on every run.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'abc '[rand(4)]).join('');
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)));
      const text = word(rand(40));
      expect(substringFinder(needles)(text), `${JSON.stringify(needles)} in "${text}"`).toEqual(
        naive(needles, text),
      );
    }
  });
});
