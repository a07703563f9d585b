/**
 * seeds/facts.json: concept terms match as word-start prefixes, so a short term can evoke a fact
 * from an unrelated word ('aid' in 'aides'). The table of such words is tests/cases/term-traps.json.
 */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { normaliseTerm } from '@/lib/match/tokens';
import traps from '../../cases/term-traps.json';

describe('fact concept terms', () => {
  const terms = bundledFactBase().facts.flatMap((f) =>
    f.terms.flat().map((t) => ({ fact: f.id, term: normaliseTerm(t) })),
  );

  it.each(traps.words)('no term starts "%s"', (word) => {
    const starts = terms.filter(
      ({ term }) => !term.includes(' ') && term.length < word.length && word.startsWith(term),
    );
    expect(starts).toEqual([]);
  });
});
