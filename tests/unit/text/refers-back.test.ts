import { describe, expect, it } from 'vitest';
import { refersBack } from '@/lib/text/refers-back';
import cases from '../../cases/refers-back.json';

describe('refersBack', () => {
  it.each(cases.refersBack)('leans on the sentence before: %s', (sentence) => {
    expect(refersBack(sentence)).toBe(true);
  });

  it.each(cases.standsAlone)('stands alone: %s', (sentence) => {
    expect(refersBack(sentence)).toBe(false);
  });
});
