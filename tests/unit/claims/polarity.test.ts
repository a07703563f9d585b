/**
 * lib/claims/polarity.ts: purpose clauses and taken ground (tests/cases/purpose-clauses.json), and
 * the claim a sentence rejects.
 */
import { describe, expect, it } from 'vitest';
import table from '../../cases/purpose-clauses.json';
import {
  anyOf,
  polarity,
  refutedClaim,
  withoutPurpose,
  withoutTakenGround,
} from '../../../lib/claims/polarity';

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

describe('refutedClaim', () => {
  it.each([
    ['Claims that the US approved the mines are false.', 'the US approved the mines'],
    ['The Pentagon denied reports that the mines were cleared.', 'the mines were cleared.'],
    ['Kyiv dismissed the allegations that its troops had withdrawn.', 'its troops had withdrawn.'],
    ['The Pentagon said the mines were cleared.', null],
  ])('%s', (text, rejected) => {
    expect(refutedClaim(text)).toBe(rejected);
  });
});

describe('anyOf', () => {
  // Cues of every shape the factoring must keep apart: a boundary written once for all, a branch
  // without one ("|B…"), a class holding "|" and "(", a lookbehind first, and the contraction.
  const cues = [
    /\bnot\b/i,
    /\b\w+n['’]t\b/i,
    /\bin vain\b|\bto no avail\b/i,
    /\bheld back\b|withheld\b/i,
    /\b(?:a|b)[|(]c\b/i,
    /(?<!\bno\s)doubt\b/i,
  ];
  const any = anyOf(cues);
  it.each([
    'Biden did not agree.',
    'They didn’t agree.',
    "They won't.",
    "n't alone",
    'Pleas were in vain.',
    'It came to no avail',
    'Kyiv withheld them.',
    'Kyiv unwithheld them.',
    'x a|c y',
    'x a(c y',
    'x ac y',
    'There is no doubt.',
    'Some doubt it.',
    'NOTHING here',
    'Knot tied.',
    'cannot say',
  ])('%s: as the cues one by one', (text) => {
    expect(any.test(text)).toBe(cues.some((re) => re.test(text)));
  });
  it('finds a cue polarity reads as negation', () => {
    expect(polarity('Washington has not approved the request.').negated).toBe(true);
    expect(polarity('Washington approved the request.').cues).toEqual([]);
  });
});
