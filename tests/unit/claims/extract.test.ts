import { describe, expect, it } from 'vitest';
import cases from '../../cases/claims.json';
import { extractClaim } from '../../../lib/claims/extract';

interface Case {
  text: string;
  reference?: string;
  expect: {
    quantities?: Record<string, unknown>[];
    dates?: Record<string, unknown>[];
    places?: Record<string, unknown>[];
    actors?: string[];
    negated?: boolean;
    modality?: string;
    pastState?: boolean;
  };
}

describe('extractClaim', () => {
  it.each(cases as Case[])('$text ($reference)', ({ text, reference, expect: want }) => {
    const claim = extractClaim(text, { reference: reference ?? null });
    if (want.quantities) {
      expect(claim.quantities).toHaveLength(want.quantities.length);
      want.quantities.forEach((q, i) => {
        const { value, ...rest } = q;
        expect(claim.quantities[i]).toMatchObject(rest);
        if (typeof value === 'number') expect(claim.quantities[i]!.value).toBeCloseTo(value, 2);
      });
    }
    if (want.dates) {
      expect(claim.dates).toHaveLength(want.dates.length);
      want.dates.forEach((d, i) => expect(claim.dates[i]).toMatchObject(d));
    }
    if (want.places) {
      expect(claim.places.map((p) => p.id)).toEqual(want.places.map((p) => p.id));
      want.places.forEach((p, i) => expect(claim.places[i]).toMatchObject(p));
    }
    if (want.actors) expect(claim.actors.map((a) => a.id)).toEqual(want.actors);
    if (want.negated !== undefined) expect(claim.negated).toBe(want.negated);
    if (want.modality) expect(claim.modality).toBe(want.modality);
    if (want.pastState !== undefined) expect(claim.pastState).toBe(want.pastState);
    // Every slot's span is where it says it is.
    for (const slot of [...claim.quantities, ...claim.dates, ...claim.places, ...claim.actors]) {
      expect(text.slice(slot.start, slot.end)).toBe(slot.text);
    }
  });
});
