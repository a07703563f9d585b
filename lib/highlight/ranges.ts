/**
 * Annotations ↔ live DOM ranges. An annotation carries its block and offsets in that block's
 * collapsed text (lib/extract/article.ts); here they become `Range`s over the page's own text nodes,
 * which the CSS Custom Highlight API paints without touching the DOM.
 */
import type { Annotation } from '../check';
import { blockPosition, charAtOrAfter, type TextBlock } from '../extract/article';

/** A `Range` for an annotation, or null when its text nodes have left the document. */
export function annotationRange(doc: Document, blocks: TextBlock[], a: Annotation): Range | null {
  if (a.block === undefined || a.blockStart === undefined || a.blockEnd === undefined) return null;
  const block = blocks[a.block];
  if (!block || a.blockEnd <= a.blockStart || a.blockEnd > block.text.length) return null;
  const from = blockPosition(block, a.blockStart);
  const to = blockPosition(block, a.blockEnd, true);
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    // The page changed the text under us between extraction and now.
    return null;
  }
  return range;
}

/**
 * Index of the range containing the point (node, offset), or -1. `ranges` are in document order
 * and do not overlap (one annotation per sentence), so a binary search finds it.
 */
export function rangeIndexAt(ranges: readonly Range[], node: Node, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let cmp: number;
    try {
      cmp = ranges[mid]!.comparePoint(node, offset);
    } catch {
      // A point in another document or a detached node.
      return -1;
    }
    if (cmp === 0) return mid;
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** Does `el` contain (part of) the range: used to open a card when focus lands inside a sentence. */
export function elementTouchesRange(el: Element, range: Range): boolean {
  try {
    return range.intersectsNode(el);
  } catch {
    return false;
  }
}

/** Where each block starts in the article text (blocks joined by blank lines, as lib/check.ts does). */
export function blockStarts(blocks: readonly TextBlock[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    starts.push(offset);
    offset += b.text.length + 2;
  }
  return starts;
}

/** The first text node at or after a DOM point (selection ends may sit on elements). */
function textPointAt(node: Node, offset: number): { node: Text; offset: number } | null {
  if (node.nodeType === 3) return { node: node as Text, offset };
  const doc = node.ownerDocument ?? (node as Document);
  const child = node.childNodes[offset];
  const walker = doc.createTreeWalker(child ?? node, 4 /* NodeFilter.SHOW_TEXT */);
  if (child) {
    const first = walker.nextNode();
    return first ? { node: first as Text, offset: 0 } : null;
  }
  // After the last child: the end of the node's last text.
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
  return last ? { node: last as Text, offset: (last as Text).data.length } : null;
}

/**
 * The article-text offset of a DOM point (a selection's start or end), or null when the point is
 * not in the article's text. A point inside collapsed whitespace rounds to the next character.
 */
export function textOffsetAt(
  blocks: readonly TextBlock[],
  node: Node,
  offset: number,
): number | null {
  const point = textPointAt(node, offset);
  if (!point) return null;
  const starts = blockStarts(blocks);
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    const ni = b.nodes.indexOf(point.node);
    if (ni < 0) continue;
    return starts[bi]! + charAtOrAfter(b, ni, point.offset);
  }
  return null;
}

/** A `Range` over article-text offsets [start, end), possibly across blocks; null if out of range. */
export function textRange(
  doc: Document,
  blocks: readonly TextBlock[],
  start: number,
  end: number,
): Range | null {
  if (end <= start) return null;
  const starts = blockStarts(blocks);
  const locate = (offset: number, asEnd: boolean) => {
    for (let bi = blocks.length - 1; bi >= 0; bi--) {
      if (offset >= starts[bi]!) {
        const local = Math.min(offset - starts[bi]!, blocks[bi]!.text.length);
        // An end at a block's very start is the end of the block before it.
        if (asEnd && local === 0 && bi > 0) {
          return blockPosition(blocks[bi - 1]!, blocks[bi - 1]!.text.length, true);
        }
        return blockPosition(blocks[bi]!, local, asEnd);
      }
    }
    return null;
  };
  const from = locate(start, false);
  const to = locate(end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}
