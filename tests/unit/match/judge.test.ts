/** lib/match/judge.ts: the same-event score's parts. */
import { describe, expect, it } from 'vitest';
import { extractClaim } from '@/lib/claims/extract';
import { bundledEngine } from '@/lib/check';
import { clausesOf, extraTerms, sameEventScore } from '@/lib/match/judge';
import { contentTokens } from '@/lib/match/tokens';

const engine = bundledEngine();
const kursk = engine.context.index
  .candidates(' kursk hold ')
  .find((f) => f.fact.id === 'ukraine-holds-kursk-ground')!;

/** The engine's marks on one sentence, as "verdict fact-id". */
const verdictOn = (text: string) =>
  engine
    .checkText(text, { assumeRelevant: true, published: '2024-11-20' })
    .annotations.map((a) => `${a.verdict} ${a.fact.id}`);

function score(text: string): number {
  const claim = extractClaim(text, { reference: '2024-11-20' });
  return sameEventScore(engine.context.index, claim, new Set(contentTokens(text)), kursk);
}

describe('extra concept-group terms', () => {
  it.each([
    ['Ukraine will hold in Kursk.', 0],
    ['Ukraine will hold, lose and retreat in Kursk.', 2],
    ['Ukraine will hold Sudzha in Kursk.', 1],
    ['Ukraine will hold Sudzha in Kursk, then retreat.', 2],
  ])('%s: %i beyond one per group', (text, n) => {
    expect(extraTerms(engine.context.index, text, kursk)).toBe(n);
  });

  it('raise the same-event score', () => {
    expect(score('Ukraine will hold, lose and retreat in Kursk.')).toBeGreaterThan(
      score('Ukraine will hold and go in Kursk.'),
    );
  });
});

describe('a disputed state named only as a purpose', () => {
  it('is not what the sentence claims: the act it is the purpose of is', () => {
    expect(
      verdictOn(
        'U.S. officials said Russia was preparing a major counteroffensive in Kursk, backed by North Korean soldiers, to retake the land Ukraine seized.',
      ),
    ).toEqual(['supports russian-counteroffensive-in-kursk']);
    expect(
      verdictOn(
        'According to US media, the permission for now covers only strikes that help Ukraine hold its positions in Kursk.',
      ),
    ).toEqual(['supports permission-limited-to-kursk']);
  });

  it('is still claimed when the sentence says it is so', () => {
    expect(
      verdictOn('Ukraine continued to hold a substantial part of the ground it took in Kursk.'),
    ).toEqual(['disputed ukraine-holds-kursk-ground']);
  });
});

describe('a negated earlier state', () => {
  it('is the earlier restriction, not support for the change that ended it', () => {
    expect(
      verdictOn(
        'Until now, the Biden administration had barred Ukraine from firing ATACMS deep into Russia, citing the risk of escalation.',
      ),
    ).toEqual(['supports earlier-restriction-on-atacms']);
    expect(
      verdictOn('Until then, Ukraine had been barred from firing ATACMS deep into Russia.'),
    ).toEqual(['supports earlier-restriction-on-atacms']);
  });
});

describe('clauses around a relative clause inside the sentence', () => {
  const sentence =
    "The airfields Russia launches its bombers from, which Kyiv's been asking to go after, still appear to be off the table.";

  it('joins the subject before the relative clause to the predicate after it', () => {
    const parts = clausesOf(sentence).parts;
    expect(parts.map((p) => p.text)).toEqual([
      'The airfields Russia launches its bombers from still appear to be off the table.',
      "which Kyiv's been asking to go after",
    ]);
    // Offsets stay within the sentence: the joined clause spans the relative clause too.
    expect(parts[0]!.start).toBe(0);
    expect(parts[0]!.end).toBe(sentence.length);
    expect(sentence.slice(parts[1]!.start, parts[1]!.end)).toBe(parts[1]!.text);
  });

  it('leaves a relative clause that ends the sentence alone', () => {
    expect(
      clausesOf('Ukraine asked to hit the airfields, which Washington refused.').parts.map(
        (p) => p.text,
      ),
    ).toEqual(['Ukraine asked to hit the airfields', 'which Washington refused.']);
  });

  it('reads the refusal in the predicate, not an assertion in the subject', () => {
    expect(verdictOn(sentence.replace("Kyiv's", 'Kyiv has'))).toEqual([
      'supports airbase-strikes-refused',
    ]);
  });
});
