import { gated } from '../util/regex-gate';
/**
 * A transcript's speaker tag before the words: "Q:", "MR. KIRBY:", "TOM AVERY:", "DENISE OKAFOR
 * (GUEST):". `SPEAKER_TAG_PATTERN` is for patterns that may open with one.
 */
export const SPEAKER_TAG_PATTERN = String.raw`[A-Z][A-Z.' -]{0,30}(?:\s*\([A-Za-z .]{1,30}\))?:\s+`;

/** The tag at the start of a sentence, with any space before it. */
export const SPEAKER_TAG = gated(new RegExp(String.raw`^\s*${SPEAKER_TAG_PATTERN}`));
