/**
 * lib/match/fact-index.ts: candidate lookup. Phrases are looked up by their first telling word
 * ("those reports" by "reports") and then checked whole.
 */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { FactIndex } from '@/lib/match/fact-index';
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
