/**
 * lib/claims/polarity.ts: purpose clauses and taken ground (tests/cases/purpose-clauses.json), and
 * the claim a sentence rejects.
 */
import { describe, expect, it } from 'vitest';
import table from '../../cases/purpose-clauses.json';
import {
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

describe('negation cues', () => {
  it.each([
    ['Washington has not approved the request.', ['not']],
    ['They didn’t agree.', ['didn’t']],
    ['The Pentagon declined to comment.', ['declined to']],
    ['Washington approved the request.', []],
  ])('%s', (text, cues) => {
    expect(polarity(text).cues).toEqual(cues);
  });
});
