import { describe, expect, it } from 'vitest';
import cases from '../../cases/segment.json';
import { splitSentences } from '../../../lib/text/segment';

describe('splitSentences', () => {
  it.each(cases)('$name', ({ text, sentences }) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(sentences);
    // Offsets point back into the input.
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
