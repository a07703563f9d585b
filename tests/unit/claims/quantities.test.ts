import { describe, expect, it } from 'vitest';
import cases from '../../cases/quantity-compat.json';
import {
  comparable,
  compatible,
  describeQuantity,
  extractQuantities,
} from '../../../lib/claims/quantities';

describe('quantity compatibility', () => {
  it.each(cases)('$a ~ $b → $compatible ($why)', ({ a, b, compatible: want }) => {
    const [qa] = extractQuantities(a);
    const [qb] = extractQuantities(b);
    expect(qa, `no quantity in "${a}"`).toBeDefined();
    expect(qb, `no quantity in "${b}"`).toBeDefined();
    expect(comparable(qa!, qb!)).toBe(true);
    expect(compatible(qa!, qb!)).toBe(want);
  });

  it('does not compare counts of different things', () => {
    const [troops] = extractQuantities('8,000 troops');
    const [missiles] = extractQuantities('8,000 missiles');
    expect(comparable(troops!, missiles!)).toBe(false);
  });
});

describe('describeQuantity', () => {
  // Rendered from the value and the class of thing counted, not from the text as written.
  const rendered = (text: string) => extractQuantities(text).map(describeQuantity);
  it.each([
    ['about 12000 soldiers', ['about 12,000 troops']],
    ['more than 1,234,567 people', ['more than 1,234,567 people']],
    ['999 missiles', ['999 projectiles']],
    ['$6.8 billion in aid', ['$6,800,000,000']],
    ['up to 190 miles', ['up to 306 km']],
  ])('%s → %j', (text, expected) => {
    expect(rendered(text)).toEqual(expected);
  });
});
