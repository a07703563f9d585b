/** lib/claims/polarity.ts: purpose clauses and taken ground (tests/cases/purpose-clauses.json). */
import { describe, expect, it } from 'vitest';
import table from '../../cases/purpose-clauses.json';
import { withoutPurpose, withoutTakenGround } from '../../../lib/claims/polarity';

describe('withoutPurpose', () => {
  it.each(table.cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const rest = withoutPurpose(c.text);
    expect(rest).toContain(c.kept);
    if ('removed' in c && c.removed) expect(rest).not.toContain(c.removed);
  });
});

describe('withoutTakenGround', () => {
  it.each(table.takenGround.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const rest = withoutTakenGround(c.text);
    expect(rest).toContain(c.kept);
    if ('removed' in c && c.removed) expect(rest).not.toContain(c.removed);
  });
});
