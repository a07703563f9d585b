import { describe, expect, it } from 'vitest';
import { countsBack, refersBack, refersToGroup } from '@/lib/text/refers-back';
import cases from '../../cases/refers-back.json';

describe('refersBack', () => {
  it.each(cases.refersBack)('leans on the sentence before: %s', (sentence) => {
    expect(refersBack(sentence)).toBe(true);
  });

  it.each(cases.standsAlone)('stands alone: %s', (sentence) => {
    expect(refersBack(sentence)).toBe(false);
  });
});

describe('countsBack', () => {
  it.each(cases.countsBack)('counts those it refers back to: %s', (sentence) => {
    expect(countsBack(sentence)).toBe(true);
  });

  it.each(cases.countsNothing)('counts no one it refers back to: %s', (sentence) => {
    expect(countsBack(sentence)).toBe(false);
  });
});

describe('refersToGroup', () => {
  it.each(cases.refersToGroup)('refers back to a group of people: %s', (sentence) => {
    expect(refersToGroup(sentence)).toBe(true);
  });

  it.each(cases.refersToNoGroup)('refers back to no group of people: %s', (sentence) => {
    expect(refersToGroup(sentence)).toBe(false);
  });
});
