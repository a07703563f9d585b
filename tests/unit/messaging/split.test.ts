import { describe, expect, it } from 'vitest';
import { Engine, extractPageSteps, type PageText } from '@/lib/check';
import { bundledFactBase } from '@/lib/factbase/bundled';
import {
  analysePage,
  isEngineWorkerRequest,
  isOffscreenAnalyseRequest,
  joinAnalyses,
  splitPage,
  type BlockRange,
} from '@/lib/messaging/split';
import { drain } from '@/lib/util/steps';
import { parseDocument } from '../../../scripts/lib/html';
import { longArticleHtml, SEED_PAGES, seedPageHtml, withSiteChrome } from '../../e2e/pages';
import cases from '../../cases/split-page.json';

describe('splitPage', () => {
  it.each(cases)('$name', ({ lengths, parts, ranges }) => {
    const blocks = lengths.map((n) => 'x'.repeat(n));
    expect(splitPage(blocks, parts)).toEqual(ranges);
  });

  it('covers every block once, in order, with runs of about equal length', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => 'y'.repeat(20 + ((i * 37) % 300)));
    const total = blocks.reduce((s, b) => s + b.length, 0);
    for (const parts of [2, 3, 5]) {
      const ranges = splitPage(blocks, parts);
      expect(ranges).toHaveLength(parts);
      expect(ranges[0]![0]).toBe(0);
      expect(ranges.at(-1)![1]).toBe(blocks.length);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
      for (const [from, to] of ranges) {
        expect(to).toBeGreaterThan(from);
        const length = blocks.slice(from, to).reduce((s, b) => s + b.length, 0);
        // No run is further from its share than the longest block.
        expect(Math.abs(length - total / parts)).toBeLessThanOrEqual(320);
      }
    }
  });
});

/** The extracted text of a page, as the content script sends it. */
function pageText(html: string): PageText {
  const extracted = drain(extractPageSteps(parseDocument(html), {}));
  if (!extracted) throw new Error('nothing extracted');
  return extracted.page;
}

describe('analysePage in runs, joined (the offscreen workers)', () => {
  const base = bundledFactBase();
  const pages: [string, PageText][] = [
    ...SEED_PAGES.map((s): [string, PageText] => [
      s.file,
      pageText(withSiteChrome(seedPageHtml(s))),
    ]),
    ['6,000 words', pageText(longArticleHtml())],
  ];

  it.each(pages)('gives the whole page’s answer on %s', (_name, page) => {
    const whole = analysePage(new Engine(base), page, false);
    expect(whole.analysis.annotations.length).toBeGreaterThan(0);
    for (const parts of [2, 3]) {
      const ranges = splitPage(page.blocks, parts);
      expect(ranges.length).toBe(parts);
      // One engine per run, as each worker has its own.
      const joined = joinAnalyses(ranges.map((r) => analysePage(new Engine(base), page, false, r)));
      expect(joined).toEqual(whole);
    }
  });

  it('reads a run’s first sentences against the blocks before it', () => {
    const page: PageText = {
      title: 'North Korean troops in Russia',
      blocks: [
        'North Korea has sent more than 10,000 troops to Russia, officials said.',
        'Most of them have been deployed to the Kursk region, where they fought Ukrainian forces.',
      ],
      published: '2024-11-20',
      evidence: { bonus: 0, reasons: [] },
    };
    const whole = analysePage(new Engine(base), page, true);
    const second = analysePage(new Engine(base), page, true, [1, 2]);
    const fromWhole = whole.analysis.annotations.filter((a) => a.block === 1);
    expect(fromWhole.length).toBeGreaterThan(0);
    expect(second.analysis.annotations).toEqual(fromWhole);
  });

  it('an off-topic page gives no annotations in any run', () => {
    const page: PageText = {
      title: 'Arsenal win again',
      blocks: ['Arsenal beat Chelsea 2-0 on Saturday.', 'The manager praised the defence.'],
      published: '2024-11-20',
      evidence: { bonus: 0, reasons: [] },
    };
    const ranges: BlockRange[] = [
      [0, 1],
      [1, 2],
    ];
    const joined = joinAnalyses(ranges.map((r) => analysePage(new Engine(base), page, false, r)));
    expect(joined.analysis.relevant).toBe(false);
    expect(joined.analysis.annotations).toEqual([]);
  });

  it('joining nothing is an error, not an empty answer', () => {
    expect(() => joinAnalyses([])).toThrow('no answers');
  });
});

describe('messages between the service worker, the offscreen document and its workers', () => {
  const page = { title: null, blocks: ['a'], published: null, evidence: { bonus: 0, reasons: [] } };

  it.each([
    ['a request', { id: 3, page, assumeRelevant: false, range: [0, 1] }, true],
    ['no id', { page, assumeRelevant: false, range: [0, 1] }, false],
    ['a range of three', { id: 3, page, assumeRelevant: false, range: [0, 1, 2] }, false],
    ['a fractional range', { id: 3, page, assumeRelevant: false, range: [0, 0.5] }, false],
    [
      'blocks that are not text',
      { id: 3, page: { ...page, blocks: [1] }, assumeRelevant: false, range: [0, 1] },
      false,
    ],
    ['no page', { id: 3, assumeRelevant: false, range: [0, 1] }, false],
    ['null', null, false],
  ])('a worker accepts %s: %s', (_name, message, valid) => {
    expect(isEngineWorkerRequest(message)).toBe(valid);
  });

  it.each([
    ['a request', { type: 'offscreen/analyse', page, assumeRelevant: true }, true],
    ['another type', { type: 'page/analyse', page, assumeRelevant: true }, false],
    ['no relevance flag', { type: 'offscreen/analyse', page }, false],
    ['a string', 'offscreen/analyse', false],
  ])('the offscreen document accepts %s: %s', (_name, message, valid) => {
    expect(isOffscreenAnalyseRequest(message)).toBe(valid);
  });
});
