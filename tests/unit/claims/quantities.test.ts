import { describe, expect, it } from 'vitest';
import cases from '../../cases/quantity-compat.json';
import { comparable, compatible, extractQuantities } from '../../../lib/claims/quantities';

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
