/** lib/util/substrings.ts: which of a fixed set of strings occur in a text, in one pass. */
import { describe, expect, it } from 'vitest';
import { substringFinder, substringIndex } from '../../../lib/util/substrings';

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

  it('reads characters of every width: accents, dashes, quotes, emoji and lone surrogates', () => {
    const find = substringFinder(['café', 'russia’s', '—kyiv', 'é', 'x']);
    expect(find('the café on russia’s border—kyiv')).toEqual(
      new Set(['café', 'é', 'russia’s', '—kyiv']),
    );
    // A character outside the BMP, or half of one, ends a match under way and is none of them.
    expect(find('caf\u{1F600}é russia\ud800’s x')).toEqual(new Set(['é', 'x']));
    expect(find('\u{1F600}x\udc00x\ud800')).toEqual(new Set(['x']));
    // A needle that is half of one is found in it.
    expect(substringFinder(['\ud83d', 'a'])('a\u{1F600}')).toEqual(new Set(['a', '\ud83d']));
    // Long texts (past the shared buffer's first size) and the texts after them.
    expect(find(`${'a'.repeat(5000)}café`)).toEqual(new Set(['café', 'é']));
    expect(find('x')).toEqual(new Set(['x']));
  });

  it('reads a text through its folding, character by character', () => {
    const folding = new Map([
      [0x41 + 13, 0x61 + 13], // N → n
      [0x4f, 0x6f], // O → o
      [0xa0, 0x20], // no-break space → space
      [0x2009, 0x20], // thin space → space
    ]);
    const find = substringIndex(['no ', 'on'], folding);
    expect(find('NO\u00a0ON')).toEqual([0, 1]);
    expect(find('No\u2009')).toEqual([0]);
    expect(find('n\u00a1')).toEqual([]);
  });

  it('agrees with a plain search on random texts over a small alphabet', () => {
    // A seeded generator: the same cases on every run.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'abc é’😀'[rand(7)]).join('');
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)));
      const text = word(rand(40));
      expect(substringFinder(needles)(text), `${JSON.stringify(needles)} in "${text}"`).toEqual(
        naive(needles, text),
      );
    }
  });
});
