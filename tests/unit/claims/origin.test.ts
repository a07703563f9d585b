/** lib/claims/origin.ts: whose weapons a sentence speaks of (table: tests/cases/weapon-origins.json). */
import { describe, expect, it } from 'vitest';
import { weaponOrigins } from '@/lib/claims/origin';
import table from '../../cases/weapon-origins.json';

describe('weaponOrigins', () => {
  it.each(table.cases.map((c) => [c.text, c.origins] as const))('%s → %j', (text, origins) => {
    expect([...weaponOrigins(text)].sort()).toEqual([...origins].sort());
  });
});
