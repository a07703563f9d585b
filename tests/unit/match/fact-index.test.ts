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
