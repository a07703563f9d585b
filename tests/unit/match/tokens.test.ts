import { describe, expect, it } from 'vitest';
import {
  contentTokens,
  LOCATED_MARKER,
  MISPLACED_MARKER,
  normaliseTerm,
  termText,
  withPlaceMarkers,
} from '@/lib/match/tokens';

describe('contentTokens', () => {
  it.each([
    ['soldiers', 'troops'],
    ['a response', 'responded'],
    ['reaction', 'respond'],
    ['300 kilometres', '300 km'],
    ['kilometers', 'km'],
    ['rockets', 'missiles'],
    ['an arsenal', 'the depot'],
    ['approved', 'allowed'],
    ['authorised', 'authorized'],
    ['permission', 'allow'],
    ['decided', 'decision'],
    ['chiefly', 'primarily'],
    ['Kiev', 'Kyiv'],
  ])('folds "%s" and "%s" to one token', (a, b) => {
    expect(contentTokens(a)).toEqual(contentTokens(b));
  });

  it('keeps words of different sense apart', () => {
    expect(contentTokens('troops')).not.toEqual(contentTokens('missiles'));
    expect(contentTokens('decision')).not.toEqual(contentTokens('allowed'));
  });
});

describe('termText', () => {
  it('joins "nuclear-armed" into one word that no "nuclear" term starts', () => {
    expect(termText('the nuclear-armed Kremlin')).toBe(' the nukearmed kremlin ');
    expect(termText('a nuclear armed state')).toBe(' a nukearmed state ');
    expect(termText('nuclear escalation')).toBe(' nuclear escalation ');
  });

  it('joins a verb hyphened into a modifier into one word, so no event term starts it', () => {
    expect(termText('a terrain-following route')).toBe(' a terrainfollowing route ');
    expect(termText('air-launched cruise missiles')).toBe(' airlaunched cruise missiles ');
    expect(termText('the strikes that followed')).toBe(' the strikes that followed ');
    expect(termText('long-range missiles')).toBe(' long range missiles ');
  });

  it('spells the capital Kyiv, however the copy spells it', () => {
    expect(termText("Biden handed Kiev the green light; Kiev's request")).toBe(
      " biden handed kyiv the green light kyiv's request ",
    );
    expect(termText('Kievan Rus')).toBe(' kievan rus ');
  });

  it('reads what a treaty bans as outlawed, which no ban term of a decision starts', () => {
    expect(termText('the Ottawa Treaty banning such weapons')).toBe(
      ' the ottawa treaty outlawing such weapons ',
    );
    expect(termText('the Ottawa Convention, which bans them')).toBe(
      ' the ottawa convention which outlaws them ',
    );
    expect(termText('Washington lifted the ban on strikes')).toBe(
      ' washington lifted the ban on strikes ',
    );
  });

  it('reads "the North" as North Korea, but not the North group or the North Atlantic', () => {
    expect(termText("the North's troops")).toBe(" the north korea's troops ");
    expect(termText('Seoul and the North')).toBe(' seoul and the north korea ');
    expect(termText('the North group of forces')).toBe(' the north group of forces ');
    expect(termText('the North Atlantic alliance')).toBe(' the north atlantic alliance ');
    expect(termText('in the north of Ukraine')).toBe(' in the north of ukraine ');
  });
});

describe('withPlaceMarkers', () => {
  const located = normaliseTerm('@located:kursk');
  it.each([
    // Said rightly, with an aside between the place and what it is: marked as located, for Kursk.
    ['Kursk, it bears repeating, is Russian territory.', [located], [MISPLACED_MARKER]],
    ["Most are now in Russia's Kursk region.", [located], [MISPLACED_MARKER]],
    // Said wrongly: misplaced, not located.
    ['Kursk is a province in northeastern Ukraine.', [MISPLACED_MARKER], [located]],
    // Named, not placed: neither.
    ['The fighting in Kursk went on.', [], [located, MISPLACED_MARKER]],
    // Another place located rightly is not Kursk located.
    [
      "Russia took a village in Ukraine's eastern Donetsk region.",
      [`${LOCATED_MARKER}donetsk`],
      [located],
    ],
  ])('%s', (text, has, hasNot) => {
    const words = withPlaceMarkers(text).split(' ');
    for (const m of has) expect(words).toContain(m);
    for (const m of hasNot) expect(words).not.toContain(m);
  });
});
