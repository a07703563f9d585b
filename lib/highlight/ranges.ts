/**
 * Annotations ↔ live DOM ranges. An annotation carries its block and offsets in that block's
 * collapsed text (lib/extract/article.ts); here they become `Range`s over the page's own text nodes,
 * which the CSS Custom Highlight API paints without touching the DOM.
 */
import type { Annotation } from '../check';
import { blockPosition, type TextBlock } from '../extract/article';

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
