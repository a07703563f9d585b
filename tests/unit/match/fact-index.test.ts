/**
 * lib/match/fact-index.ts: candidate lookup. Phrases are looked up by their first telling word
 * ("those reports" by "reports") and then checked whole.
 */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { FactIndex, prepareFacts, type PreparedFact } from '@/lib/match/fact-index';
import { termText } from '@/lib/match/tokens';

const index = new FactIndex(bundledFactBase().facts);
const ids = (sentence: string) => index.candidates(termText(sentence)).map((f) => f.fact.id);

describe('FactIndex.candidates', () => {
  it('reads "nuclear-armed" as an epithet of the state, not as talk of nuclear escalation', () => {
    const found = ids(
      'For months, Biden had kept Kyiv from firing the missiles deep into Russia, fearing escalation with the nuclear-armed Kremlin.',
    );
    expect(found).toContain('earlier-restriction-on-atacms');
    expect(found).not.toContain('escalation-fears-nato');
    expect(ids('Allies feared a nuclear escalation.')).toContain('escalation-fears-nato');
  });

  it('finds a phrase that starts with a common word, whole', () => {
    expect(ids('The Pentagon later confirmed those reports.')).toContain(
      'north-korea-reports-corroborated',
    );
  });

  it('does not take part of a phrase for the phrase', () => {
    expect(ids('The Pentagon later confirmed the report on spending.')).not.toContain(
      'north-korea-reports-corroborated',
    );
  });

  it('matches a single-word term as the start of a word, and a spaced one as a whole word', () => {
    // 'permi' starts 'permission'; 'men ' is a whole word, so 'members' is not troops.
    expect(ids('Washington granted Kyiv permission to strike Russia with ATACMS.')).toContain(
      'us-permits-deep-strikes',
    );
    expect(ids('North Korea sent members of its delegation to Moscow.')).not.toContain(
      'north-korean-troop-count',
    );
  });
});

describe('FactIndex.candidatesInContext', () => {
  const inContext = (sentence: string, before: string) =>
    index.candidatesInContext(termText(sentence), termText(before)).map((f) => f.fact.id);

  it('takes the one group the sentence misses (who "them" are) from the sentence before', () => {
    const sentence = 'Most of them have ended up in Kursk, fighting alongside Russian units.';
    expect(ids(sentence)).not.toContain('north-korean-troops-in-kursk');
    expect(inContext(sentence, 'North Korea has sent soldiers to Russia.')).toContain(
      'north-korean-troops-in-kursk',
    );
  });

  it('takes no more than one group from the sentence before', () => {
    // "Their number" names neither who nor what is counted: two groups would come from context.
    expect(
      inContext('Estimates of their number vary.', 'North Korea has sent soldiers to Russia.'),
    ).not.toContain('north-korean-troop-count');
  });

  it('gives nothing when the sentence before adds nothing, nor for a sentence with no terms', () => {
    expect(inContext('Most of them have ended up in Kursk.', 'It rained in Kyiv.')).toEqual([]);
    expect(inContext('It rained.', 'North Korea has sent soldiers to Kursk.')).toEqual([]);
  });
});

describe('prepared index data (what the extension build ships)', () => {
  const facts = bundledFactBase().facts;
  // Through JSON, as the build ships it.
  const prepared: PreparedFact[] = JSON.parse(JSON.stringify(prepareFacts(facts)));
  const sentences = [
    'Washington granted Kyiv permission to strike Russia with ATACMS.',
    'The Pentagon later confirmed those reports.',
    'Allies feared a nuclear escalation.',
    'North Korea has sent about 10,000 troops to Russia, most of them to Kursk.',
  ];
  const candidateIds = (i: FactIndex) =>
    sentences.map((s) => i.candidates(termText(s)).map((f) => f.fact.id));

  it('gives the same index as computing it', () => {
    const fromData = new FactIndex(facts, prepared);
    expect(fromData.facts).toEqual(index.facts);
    expect(candidateIds(fromData)).toEqual(candidateIds(index));
    expect(candidateIds(index).flat().length).toBeGreaterThan(0);
  });

  it('is used: the tokens it lists are the ones the index holds', () => {
    const marked = prepared.map((p) => ({ ...p, views: p.views.map(() => ['marker']) }));
    expect(new FactIndex(facts, marked).facts[0]!.tokens).toEqual(new Set(['marker']));
  });

  it('is ignored when made for other facts: fewer, reordered, or with another quote', () => {
    const fewer = prepared.slice(1).map((p) => ({ ...p, views: p.views.map(() => ['marker']) }));
    expect(new FactIndex(facts, fewer).facts).toEqual(index.facts);
    const reordered = [...prepared].reverse();
    expect(new FactIndex(facts, reordered).facts).toEqual(index.facts);
    const moreQuotes = facts.map((f, i) =>
      i === 0 ? { ...f, sources: [...f.sources, f.sources[0]!] } : f,
    );
    expect(new FactIndex(moreQuotes, prepared).facts[0]!.views).toHaveLength(
      prepared[0]!.views.length + 1,
    );
  });
});
