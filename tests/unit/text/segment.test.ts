import { describe, expect, it } from 'vitest';
import cases from '../../cases/segment.json';
import { splitSentences, withoutTitleStops } from '../../../lib/text/segment';

describe('splitSentences', () => {
  it.each(cases)('$name', ({ text, sentences }) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(sentences);
    // Offsets point back into the input.
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('withoutTitleStops', () => {
  it.each([
    ['until Jan. 6, when Mr. Trump takes the oath', 'until Jan  6, when Mr  Trump takes the oath'],
    ['Sen. Lindsey Graham and Gen. Milley', 'Sen  Lindsey Graham and Gen  Milley'],
    // Not a title: an ordinary word, a sentence's end, a lower-case continuation.
    ['Kyiv said no. The decision came', 'Kyiv said no. The decision came'],
    ['the rules. Mr Trump', 'the rules. Mr Trump'],
    ['the Mr. in the middle. of nothing', 'the Mr. in the middle. of nothing'],
  ])('%s', (text, blanked) => {
    expect(withoutTitleStops(text)).toBe(blanked);
    expect(withoutTitleStops(text)).toHaveLength(text.length);
  });
});
