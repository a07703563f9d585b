/**
 * lib/highlight/ranges.ts in happy-dom: annotations become live `Range`s over the page's own text
 * nodes, hit-testing finds the sentence under a point, and focus finds the sentence of an element.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDocument, type Annotation } from '@/lib/check';
import { extractBlocks, type TextBlock } from '@/lib/extract/article';
import { annotationRange, elementTouchesRange, rangeIndexAt } from '@/lib/highlight/ranges';
import { SEEDS_DIR } from '../../../../scripts/lib/seeds';
import { paragraphsFromText, renderNewsPage } from '../../../../scripts/render-news-page.mjs';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const PAGE = `
  <header><nav><a href="/">Home</a></nav></header>
  <article>
    <h1>Allies weigh more air defence for Ukraine</h1>
    <p id="p1">Ministers met in Brussels on Monday.   They   discussed <em>air   defence</em> for
      Ukraine, and <a id="link" href="/x">launchers</a> from their stocks.</p>
    <p id="p2">No decision was taken. A second meeting is planned for December.</p>
  </article>`;

/** An annotation for `sentence` in block `block` (only the fields annotationRange reads matter). */
function annotation(blocks: TextBlock[], block: number, sentence: string): Annotation {
  const blockStart = blocks[block]!.text.indexOf(sentence);
  if (blockStart < 0) throw new Error(`"${sentence}" is not in block ${block}`);
  return {
    sentence,
    start: 0,
    end: 0,
    verdict: 'supports',
    kind: 'numeric',
    reason: '',
    fact: { id: 'f', statement: '', status: 'consensus', sources: [] },
    block,
    blockStart,
    blockEnd: blockStart + sentence.length,
  };
}

const el = (id: string) => document.getElementById(id)!;

let blocks: TextBlock[];
beforeEach(() => {
  document.documentElement.innerHTML = '<head><title>t</title></head><body></body>';
  document.body.innerHTML = PAGE;
  blocks = extractBlocks(document);
});

describe('annotationRange', () => {
  it('reads the two paragraphs as blocks (the premise of these tests)', () => {
    expect(blocks.map((b) => b.element.id)).toEqual(['p1', 'p2']);
    expect(blocks[0]!.text).toBe(
      'Ministers met in Brussels on Monday. They discussed air defence for Ukraine, and launchers from their stocks.',
    );
  });

  it('covers exactly a sentence inside one text node', () => {
    const r = annotationRange(
      document,
      blocks,
      annotation(blocks, 0, 'Ministers met in Brussels on Monday.'),
    )!;
    expect(r).not.toBeNull();
    expect(r.toString()).toBe('Ministers met in Brussels on Monday.');
    expect(r.startContainer).toBe(el('p1').firstChild);
    expect(r.startOffset).toBe(0);
  });

  it('spans element boundaries and never takes in collapsed whitespace at its edges', () => {
    const sentence = 'They discussed air defence for Ukraine, and launchers from their stocks.';
    const r = annotationRange(document, blocks, annotation(blocks, 0, sentence))!;
    expect(collapse(r.toString())).toBe(sentence);
    expect(r.toString()).toMatch(/^They/);
    expect(r.toString()).toMatch(/stocks\.$/);
    expect(r.endContainer).toBe(el('link').nextSibling);
  });

  it('covers a whole block', () => {
    const b = blocks[1]!;
    const a = { ...annotation(blocks, 1, b.text) };
    expect(a.blockStart).toBe(0);
    expect(annotationRange(document, blocks, a)!.toString()).toBe(b.text);
  });

  it.each<[string, Partial<Annotation>]>([
    ['no block', { block: undefined }],
    ['no blockStart', { blockStart: undefined }],
    ['no blockEnd', { blockEnd: undefined }],
    ['a block past the end', { block: 2 }],
    ['a negative block', { block: -1 }],
    ['an empty range', { blockStart: 5, blockEnd: 5 }],
    ['a reversed range', { blockStart: 9, blockEnd: 4 }],
    ['an end past the block text', { blockStart: 0, blockEnd: 1_000 }],
  ])('is null for %s', (_, over) => {
    const a = { ...annotation(blocks, 0, 'Ministers met in Brussels on Monday.'), ...over };
    expect(annotationRange(document, blocks, a)).toBeNull();
  });

  it('is null once its text has left the document', () => {
    const a = annotation(blocks, 1, 'No decision was taken.');
    el('p2').remove();
    expect(annotationRange(document, blocks, a)).toBeNull();
  });

  it('is null when the page shortened the text under it', () => {
    const a = annotation(blocks, 1, 'A second meeting is planned for December.');
    (el('p2').firstChild as Text).data = 'Cut.';
    expect(annotationRange(document, blocks, a)).toBeNull();
  });

  it('maps every annotation of a checked seed page back to its sentence', () => {
    const file = '001_e6ca441133ff4184.txt';
    const html = renderNewsPage({
      title: 'US lets Ukraine strike deep inside Russia with American missiles',
      paragraphs: paragraphsFromText(readFileSync(join(SEEDS_DIR, file), 'utf8')),
      published: '2024-11-18T12:00:00Z',
      outlet: 'The Daily Ledger',
      url: 'https://news.example.com/world/2024/11/18/us-ukraine-strikes/',
    });
    // Into the window's own document: happy-dom's Range.toString() is empty in documents made by
    // DOMParser.
    const doc = document;
    doc.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    expect(doc.querySelector('meta[property="og:title"]')).not.toBeNull();
    const result = checkDocument(doc);
    expect(result.annotations.length).toBeGreaterThan(3);
    for (const a of result.annotations) {
      const r = annotationRange(doc, result.blocks, a);
      expect(r, a.sentence).not.toBeNull();
      expect(collapse(r!.toString())).toBe(a.sentence);
    }
  });
});

describe('rangeIndexAt', () => {
  /** One paragraph of `n` sentences in several text nodes, and a range per sentence. */
  function sentences(n: number): { ranges: Range[]; texts: Text[] } {
    const parts = Array.from({ length: n }, (_, i) => `Sentence number ${i} is here.`);
    document.body.innerHTML = `<article><p id="many">${parts
      .map((s, i) => (i % 3 === 0 ? `<b>${s}</b>` : s))
      .join(' ')}</p><p id="after">Outside.</p></article>`;
    const [block] = extractBlocks(document);
    const ranges = parts.map((s) =>
      annotationRange(document, [block!], annotation([block!], 0, s))!,
    );
    return { ranges, texts: block!.nodes };
  }

  it('finds the sentence under every start, middle and end point of 41 sentences', () => {
    const { ranges } = sentences(41);
    ranges.forEach((r, i) => {
      expect(rangeIndexAt(ranges, r.startContainer, r.startOffset)).toBe(i);
      expect(rangeIndexAt(ranges, r.endContainer, r.endOffset)).toBe(i);
      if (r.startContainer === r.endContainer) {
        const mid = (r.startOffset + r.endOffset) >> 1;
        expect(rangeIndexAt(ranges, r.startContainer, mid)).toBe(i);
      }
    });
  });

  it('finds nothing before the first sentence, after the last, or outside the paragraph', () => {
    const { ranges } = sentences(5);
    // Adjacent sentences: one ends right before the space, the next starts right after it.
    const r1 = ranges[1]!;
    expect(r1.endContainer).toBe(ranges[2]!.startContainer);
    expect(ranges[2]!.startOffset - r1.endOffset).toBe(1);
    expect(rangeIndexAt(ranges, r1.endContainer, r1.endOffset + 1)).toBe(2);
    expect(rangeIndexAt(ranges, el('many'), 0)).toBe(-1);
    expect(rangeIndexAt(ranges, el('after').firstChild!, 3)).toBe(-1);
    expect(rangeIndexAt(ranges, document.body, 0)).toBe(-1);
  });

  it('finds nothing between two paragraphs’ sentences', () => {
    const ranges = [
      annotationRange(
        document,
        blocks,
        annotation(blocks, 0, 'Ministers met in Brussels on Monday.'),
      )!,
      annotationRange(document, blocks, annotation(blocks, 1, 'No decision was taken.'))!,
    ];
    const article = document.querySelector('article')!;
    const between = [...article.childNodes].indexOf(el('p2'));
    expect(rangeIndexAt(ranges, article, between)).toBe(-1);
    expect(rangeIndexAt(ranges, el('link').firstChild!, 2)).toBe(-1);
    expect(rangeIndexAt(ranges, el('p2').firstChild!, 3)).toBe(1);
  });

  it('finds nothing in an empty list, a detached node or another document', () => {
    const { ranges } = sentences(3);
    expect(rangeIndexAt([], el('many').firstChild!, 0)).toBe(-1);
    expect(rangeIndexAt(ranges, document.createTextNode('loose'), 1)).toBe(-1);
    const other = document.implementation.createHTMLDocument('other');
    other.body.innerHTML = '<p>Sentence number 1 is here.</p>';
    expect(rangeIndexAt(ranges, other.body.firstChild!.firstChild!, 3)).toBe(-1);
  });
});

describe('elementTouchesRange', () => {
  it('is true for the sentence’s paragraph, an element inside it, and its ancestors', () => {
    const sentence = 'They discussed air defence for Ukraine, and launchers from their stocks.';
    const r = annotationRange(document, blocks, annotation(blocks, 0, sentence))!;
    expect(elementTouchesRange(el('link'), r)).toBe(true);
    expect(elementTouchesRange(document.querySelector('em')!, r)).toBe(true);
    expect(elementTouchesRange(el('p1'), r)).toBe(true);
    expect(elementTouchesRange(document.querySelector('article')!, r)).toBe(true);
  });

  it('is false for elements elsewhere on the page or in another document', () => {
    const r = annotationRange(
      document,
      blocks,
      annotation(blocks, 0, 'Ministers met in Brussels on Monday.'),
    )!;
    expect(elementTouchesRange(el('link'), r)).toBe(false);
    expect(elementTouchesRange(el('p2'), r)).toBe(false);
    expect(elementTouchesRange(document.querySelector('nav')!, r)).toBe(false);
    const other = document.implementation.createHTMLDocument('other');
    expect(elementTouchesRange(other.body, r)).toBe(false);
  });
});
