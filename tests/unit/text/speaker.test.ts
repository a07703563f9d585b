import { describe, expect, it } from 'vitest';
import { SPEAKER_TAG } from '@/lib/text/speaker';

describe('SPEAKER_TAG', () => {
  it.each([
    ['TOM AVERY: The first reports came in September.', 'The first reports came in September.'],
    ['DENISE OKAFOR (GUEST): The number I trust is 8,000.', 'The number I trust is 8,000.'],
    ['MR. KIRBY: We have seen them move.', 'We have seen them move.'],
    ['Q: Will Trump reverse it?', 'Will Trump reverse it?'],
  ])('strips the tag of %j', (written, said) => {
    expect(written.replace(SPEAKER_TAG, '')).toBe(said);
  });

  it.each([
    'The one item still missing: anti-personnel mines.',
    'U.S. officials: the strikes were approved.',
    'Kursk: the Russian region Ukraine entered in August.',
  ])('leaves %j, which opens with no tag', (text) => {
    expect(SPEAKER_TAG.test(text)).toBe(false);
  });
});
