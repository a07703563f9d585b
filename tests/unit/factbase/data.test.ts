/**
 * The fact base's data, linted as data: seeds unchanged, quotes verbatim, ids unique, every
 * check-worthy seed sentence covered or excluded with a reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import exclusionsJson from '../../../seeds/coverage-exclusions.json';
import factsJson from '../../../seeds/facts.json';
import sourcesJson from '../../../seeds/sources.json';
import { seedCoverage, type CoverageExclusion } from '../../../lib/factbase/coverage';
import { validateFacts, validateSources, verifyQuotes } from '../../../lib/factbase/validate';
import { SEEDS_DIR, readSeedTexts } from '../../../scripts/lib/seeds';

const sources = validateSources(sourcesJson);
const facts = validateFacts(factsJson, new Set(sources.map((s) => s.id)));
const texts = readSeedTexts(sources);
const exclusions = exclusionsJson.exclusions as CoverageExclusion[];
const SHARED_SEEDS = join(SEEDS_DIR, '..', '..', 'shared', 'seeds');

describe('seeds', () => {
  it('holds the five seed articles, each present', () => {
    expect(sources).toHaveLength(5);
    for (const s of sources) expect(texts.has(s.id), `seed ${s.file} is missing`).toBe(true);
  });

  it.each(sources)('$id is unchanged (sha256)', (s) => {
    const digest = createHash('sha256')
      .update(readFileSync(join(SEEDS_DIR, s.file)))
      .digest('hex');
    expect(digest, `seed ${s.file} was edited`).toBe(s.sha256);
  });

  it.runIf(existsSync(SHARED_SEEDS))('matches ../shared/seeds byte for byte', () => {
    for (const s of sources) {
      const ours = readFileSync(join(SEEDS_DIR, s.file));
      const shared = readFileSync(join(SHARED_SEEDS, s.file));
      expect(ours.equals(shared), `seed ${s.file} differs from ../shared/seeds`).toBe(true);
    }
  });

  it('states metadata only where the text does', () => {
    for (const s of sources) {
      const text = texts.get(s.id)!;
      if (s.dateline) expect(text).toContain(s.dateline);
      if (s.outlet) expect(text).toContain(s.outlet);
      for (const credit of s.credits ?? []) expect(text).toContain(credit);
      if (s.published) {
        const [y, m, d] = s.published.split('-');
        expect(text, `${s.id}: published date not in text`).toContain(`${d}-${m}-${y}`);
      }
    }
  });
});

describe('facts', () => {
  it('has between 40 and 80 facts with unique ids', () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(facts.length).toBeLessThanOrEqual(80);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('quotes every source verbatim', () => {
    expect(verifyQuotes(facts, texts)).toEqual([]);
  });

  it('uses every seed', () => {
    const used = new Set(facts.flatMap((f) => f.sources.map((q) => q.source)));
    for (const s of sources) expect(used.has(s.id), `no fact quotes ${s.id}`).toBe(true);
  });

  it('has no duplicate quote within a fact', () => {
    for (const f of facts) {
      const keys = f.sources.map((q) => `${q.source}|${q.quote}`);
      expect(new Set(keys).size, f.id).toBe(keys.length);
    }
  });
});

describe('coverage', () => {
  const all = sources.flatMap((s) => seedCoverage(s.id, texts.get(s.id)!, facts, exclusions));

  it('covers or excludes every check-worthy seed sentence', () => {
    const silent = all.filter((c) => c.coveredBy.length === 0 && c.excludedBecause === null);
    expect(
      silent.map((c) => `${c.source} [${c.worthy.join(',')}]: ${c.sentence}`),
      'check-worthy sentences neither covered by a fact nor excluded',
    ).toEqual([]);
  });

  it('finds check-worthy sentences at all (the check is not vacuous)', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('excludes only sentences that exist, are check-worthy and are not covered', () => {
    for (const e of exclusions) {
      const match = all.find((c) => c.source === e.source && c.sentence.startsWith(e.sentence));
      expect(match, `exclusion matches no check-worthy sentence: ${e.sentence}`).toBeDefined();
      expect(match!.coveredBy, `excluded sentence is covered anyway: ${e.sentence}`).toEqual([]);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });
});
