/**
 * Everything of a check that needs the page's DOM and nothing of the fact base: the headline
 * pre-check, page evidence, text blocks and publication date. The content script imports this
 * module alone, so the engine's modules (claims, matching) stay out of the page.
 */
import type { CheckOptions, PageText } from '../check';
import type { Steps } from '../util/steps';
import { extractArticleSteps, pageTitle, type TextBlock } from './article';
import { headlineMentionsWar, pageEvidenceSteps } from './detect';
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
  const t = now();
  if (!options.assumeRelevant && !headlineMentionsWar(doc)) {
    options.onStage?.('detect', now() - t);
    return null;
  }
  const title = pageTitle(doc);
  // Stages pause inside (the readerable test, the walk): count only the time spent working.
  let detectMs = now() - t;
  const evidence = yield* working(pageEvidenceSteps(doc), (ms) => (detectMs += ms));
  options.onStage?.('detect', detectMs);
  yield;
  let extractMs = 0;
  const { blocks, root } = yield* working(extractArticleSteps(doc), (ms) => (extractMs += ms));
  const t1 = now();
  const texts = blocks.map((b) => b.text);
  const published = options.published ?? publishedDate(doc, texts.join('\n\n'));
  options.onStage?.('extract', extractMs + now() - t1);
  return { page: { title, blocks: texts, published, evidence }, blocks, root };
}

/** Runs `steps`, pausing where they pause, and reports the time of each working step. */
function* working<T>(steps: Steps<T>, spent: (ms: number) => void): Steps<T> {
  for (;;) {
    const t = now();
    const r = steps.next();
    spent(now() - t);
    if (r.done) return r.value;
    yield;
  }
}

const now = () => performance.now();
