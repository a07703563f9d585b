/**
 * Everything of a check that needs the page's DOM and nothing of the fact base: the headline
 * pre-check, page evidence, text blocks and publication date. The content script imports this
 * module alone, so the engine's modules (claims, matching) stay out of the page.
 */
import type { CheckOptions, PageText } from '../check';
import type { Steps } from '../util/steps';
import { extractArticleSteps, pageTitle, type TextBlock } from './article';
import { headlineMentionsWar, pageEvidence } from './detect';
import { publishedDate } from './published';

/** The page's text and evidence, or null when its headline shows it is not about the war. */
export interface ExtractedPage {
  page: PageText;
  blocks: TextBlock[];
  /** The element the blocks came from (see `articleRoot`). */
  root: Element | null;
}

/**
 * Everything that needs the DOM, and nothing that needs the fact base: the headline pre-check,
 * page evidence, text blocks and publication date. Runs in the page (content script) or on a
 * parsed document (CLI); the result is plain data except `blocks`, which stay with the DOM.
 */
export function* extractPageSteps(
  doc: Document,
  options: CheckOptions = {},
): Steps<ExtractedPage | null> {
  let t = now();
  if (!options.assumeRelevant && !headlineMentionsWar(doc)) {
    options.onStage?.('detect', now() - t);
    return null;
  }
  const title = pageTitle(doc);
  const evidence = pageEvidence(doc);
  options.onStage?.('detect', now() - t);
  yield;
  // Extraction pauses inside its walk; count only the time spent working.
  const extraction = extractArticleSteps(doc);
  let blocks: TextBlock[];
  let root: Element | null;
  let extractMs = 0;
  for (;;) {
    t = now();
    const r = extraction.next();
    extractMs += now() - t;
    if (r.done) {
      ({ blocks, root } = r.value);
      break;
    }
    yield;
  }
  t = now();
  const texts = blocks.map((b) => b.text);
  const published = options.published ?? publishedDate(doc, texts.join('\n\n'));
  options.onStage?.('extract', extractMs + now() - t);
  return { page: { title, blocks: texts, published, evidence }, blocks, root };
}

const now = () => performance.now();
