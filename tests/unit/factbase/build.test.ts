import { describe, expect, it } from 'vitest';
import { buildFact, buildFactBase } from '../../../lib/factbase/build';
import { bundledFactBase } from '../../../lib/factbase/bundled';
import type { CuratedFact } from '../../../lib/factbase/types';
import {
  FactDataError,
  validateFacts,
  validateSources,
  verifyQuotes,
} from '../../../lib/factbase/validate';

const base = bundledFactBase();
const fact = (id: string) => {
  const f = base.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

describe('cross-source status', () => {
  it('disputes the North Korean troop count with both values', () => {
    const f = fact('north-korean-troop-count');
    expect(f.status).toBe('disputed');
    const numeric = f.disputes.find((d) => d.kind === 'numeric')!;
    const values = numeric.sides.map((s) => s.value);
    expect(values).toContain('about 8,000 troops');
    expect(values).toContain('more than 10,000 troops');
    const eight = numeric.sides.find((s) => s.value.includes('8,000'))!;
    expect(eight.sources.sort()).toEqual(['000_38147e0aa8aa1475', '001_e6ca441133ff4184']);
  });

  it('disputes whether Ukraine still holds its Kursk ground', () => {
    const f = fact('ukraine-holds-kursk-ground');
    expect(f.status).toBe('disputed');
    expect(f.disputes[0]!.kind).toBe('polarity');
  });

  it('flags the seed that puts Kursk in Ukraine, without calling the fact disputed', () => {
    const f = fact('kursk-is-in-russia');
    expect(f.conflicts).toHaveLength(1);
    expect(f.conflicts[0]!.source).toBe('000_38147e0aa8aa1475');
    expect(f.conflicts[0]!.reason).toBe('places Kursk in Ukraine; Kursk is in Russia');
    expect(f.status).toBe('consensus');
  });

  it('agrees on the ATACMS range across km and miles', () => {
    expect(fact('atacms-range').status).toBe('consensus');
  });

  it('resolves "on Tuesday" against the dated seed', () => {
    const tuesday = fact('first-strike-on-tuesday').sources[0]!.values.dates[0]!;
    expect(tuesday.from).toBe('2024-11-19');
  });

  it('leaves relative dates unresolved in undated seeds', () => {
    const sunday = fact('decision-confirmed-by-officials').sources.find((s) =>
      s.source.startsWith('003'),
    )!;
    expect(sunday.values.dates[0]!.from).toBeNull();
  });

  it('records negative polarity where the sources state a negative', () => {
    expect(fact('white-house-no-comment').negated).toBe(true);
    expect(fact('us-permits-deep-strikes').negated).toBe(false);
  });

  it('marks one-source facts single-source', () => {
    expect(fact('first-strike-on-tuesday').status).toBe('single-source');
  });

  it('only the texts decide: only the three known disputes are disputed', () => {
    expect(
      base.facts
        .filter((f) => f.status === 'disputed')
        .map((f) => f.id)
        .sort(),
    ).toEqual([
      'north-korean-troop-count',
      'shift-triggered-by-north-korea',
      'ukraine-holds-kursk-ground',
    ]);
  });

  it('a source that openly doubts what others state makes the fact disputed, as a doubt', () => {
    const fact = base.facts.find((f) => f.id === 'shift-triggered-by-north-korea')!;
    expect(fact.disputes.length).toBeGreaterThan(0);
    for (const d of fact.disputes) {
      expect(d.kind).toBe('polarity');
      expect(d.doubt).toBe(true);
      expect(d.sides[1].sources).toEqual(['002_b589a596a287f77f']);
      expect(d.reason).toMatch(/; 002 doubts it$/);
    }
    // A denial is not a doubt.
    const kursk = base.facts.find((f) => f.id === 'ukraine-holds-kursk-ground')!;
    expect(kursk.disputes.map((d) => d.doubt ?? false)).toEqual([false]);
    expect(kursk.disputes[0]!.reason).toMatch(/says otherwise$/);
  });
});

describe('computed, not typed in', () => {
  const curated = (quotes: [string, string][]): CuratedFact => ({
    id: 'test-fact',
    statement: 'A test statement about troops.',
    topic: 'test',
    slots: ['quantity', 'date'],
    terms: [['troops']],
    aliases: [],
    sources: quotes.map(([source, quote]) => ({ source, quote, stance: 'asserts' })),
  });
  const published = new Map<string, string | null>([
    ['a', '2024-11-22'],
    ['b', null],
  ]);

  it('turns agreeing values into consensus and disagreeing ones into a dispute', () => {
    expect(
      buildFact(
        curated([
          ['a', 'about 3,000 troops'],
          ['b', 'some 3,100 troops'],
        ]),
        published,
      ).status,
    ).toBe('consensus');
    const d = buildFact(
      curated([
        ['a', 'about 3,000 troops'],
        ['b', 'at least 5,000 troops'],
      ]),
      published,
    );
    expect(d.status).toBe('disputed');
    expect(d.disputes[0]!.reason).toBe('about 3,000 troops (a) vs at least 5,000 troops (b)');
  });

  it('disputes different absolute dates', () => {
    const d = buildFact(
      curated([
        ['a', 'on November 12, 2024'],
        ['b', 'on November 14, 2024'],
      ]),
      published,
    );
    expect(d.status).toBe('disputed');
    expect(d.disputes[0]!.kind).toBe('date');
  });
});

describe('bad input', () => {
  const sourceIds = new Set(
    validateSources({
      sources: [
        {
          id: 's1',
          file: 's1.txt',
          title: null,
          published: null,
          dateline: null,
          outlet: null,
          kind: 'report',
          evidence: {},
        },
      ],
    }).map((s) => s.id),
  );
  const facts = validateFacts(
    {
      facts: [
        {
          id: 'f-one',
          statement: 'Something happened here.',
          topic: 't',
          slots: [],
          terms: [['x']],
          aliases: [],
          sources: [{ source: 's1', quote: 'the exact words', stance: 'asserts' }],
        },
      ],
    },
    sourceIds,
  );

  it('names the fact and the seed when a quote no longer matches', () => {
    expect(verifyQuotes(facts, new Map([['s1', 'the edited words']]))).toEqual([
      'fact "f-one": quote is not verbatim in seed s1: "the exact words"',
    ]);
  });

  it('names the seed when it is missing', () => {
    expect(verifyQuotes(facts, new Map())).toEqual(['seed s1 is missing (needed by fact "f-one")']);
  });

  it('rejects malformed curated data with messages naming the fact', () => {
    const bad = {
      facts: [
        {
          id: 'Bad Id',
          statement: 'x',
          topic: '',
          slots: ['colour'],
          terms: [],
          aliases: 'no',
          sources: [],
        },
        {
          id: 'dup',
          statement: 'A fine statement.',
          topic: 't',
          slots: [],
          terms: [['a']],
          aliases: [],
          sources: [{ source: 'nope', quote: 'q', stance: 'shouts' }],
        },
        {
          id: 'dup',
          statement: 'A fine statement.',
          topic: 't',
          slots: [],
          terms: [['a']],
          aliases: [],
          sources: [{ source: 's1', quote: 'long enough', stance: 'asserts' }],
        },
      ],
    };
    let error: unknown;
    try {
      validateFacts(bad, new Set(['s1']));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FactDataError);
    const problems = (error as FactDataError).problems.join('\n');
    for (const want of [
      'fact "Bad Id": id must be kebab-case',
      'fact "Bad Id": slots must be',
      'fact "Bad Id": needs at least one source quote',
      'fact "dup" quote #1: unknown source nope',
      'fact "dup" quote #1: stance must be one of',
      'fact "dup": duplicate id',
    ]) {
      expect(problems).toContain(want);
    }
  });

  it('rejects contrary terms that are not strings or not in a concept group', () => {
    const fact = (id: string, contrary: unknown) => ({
      id,
      statement: 'A fine statement.',
      topic: 't',
      slots: [],
      terms: [['sikorski'], ['welcom', 'critici']],
      contrary,
      aliases: [],
      sources: [{ source: 's1', quote: 'long enough', stance: 'asserts' }],
    });
    expect(() =>
      validateFacts({ facts: [fact('fine', ['critici'])] }, new Set(['s1'])),
    ).not.toThrow();
    let error: unknown;
    try {
      validateFacts(
        { facts: [fact('loose', ['condemn']), fact('blank', ['  ']), fact('odd', 'critici')] },
        new Set(['s1']),
      );
    } catch (e) {
      error = e;
    }
    expect((error as FactDataError).problems).toEqual([
      'fact "loose": contrary term "condemn" must also be in a concept group',
      'fact "blank": contrary must be a list of non-empty strings',
      'fact "odd": contrary must be a list of non-empty strings',
    ]);
  });

  it('rejects a sources file of the wrong shape', () => {
    expect(() => validateSources([])).toThrow(FactDataError);
    expect(() =>
      validateSources({ sources: [{ id: 'x', file: 'x.txt', kind: 'blog', evidence: {} }] }),
    ).toThrow(/kind must be one of/);
  });

  it('builds an empty base from empty data', () => {
    expect(buildFactBase([], []).facts).toEqual([]);
  });
});
