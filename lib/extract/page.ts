/**
 * Everything of a check that needs the page's DOM and nothing of the fact base: the headline
 * pre-check, page evidence, text blocks and publication date. The content script imports this
 * module alone, so the engine's modules (claims, matching) stay out of the page.
 */
import type { CheckOptions, PageText } from '../check';
import type { Steps } from '../util/steps';
import { extractArticleSteps, pageTitle, type TextBlock } from './article';
import { headlineMentionsWar, pageEvidenceSteps } from './detect';
import { datelineDate, documentDate } from './published';

/** The page's text and evidence, or null when its headline shows it is not about the war. */
export interface ExtractedPage {
  page: PageText;
  blocks: TextBlock[];
  /** The element the blocks came from (see `articleRoot`). */
  root: Element | null;
}

export interface ExtractPageOptions extends CheckOptions {
  /**
   * Receives the article's paragraphs while they are read, in batches of about AHEAD_CHARS, with
   * the date the engine will read them against: the content script sends them ahead, so that the
   * engine (in the background, on another core) reads them while the page is still being read.
   * Called only when the page's markup dates it: a date found later, in the text, would make the
   * engine's early answers useless.
   */
  ahead?: (blocks: string[], published: string) => void;
}

/**
 * Characters of text per batch sent ahead: a few paragraphs, so that the engine starts early,
 * without a message per paragraph.
 */
export const AHEAD_CHARS = 1_000;

/**
 * Everything that needs the DOM, and nothing that needs the fact base: the headline pre-check,
 * text blocks, publication date and page evidence. Runs in the page (content script) or on a
 * parsed document (CLI); the result is plain data except `blocks`, which stay with the DOM. The
 * article is read before the page's evidence is gathered, so that text sent `ahead` reaches the
 * engine as early as it can.
 */
export function* extractPageSteps(
  doc: Document,
  options: ExtractPageOptions = {},
): Steps<ExtractedPage | null> {
  const t = now();
  if (!options.assumeRelevant && !headlineMentionsWar(doc)) {
    options.onStage?.('detect', now() - t);
    return null;
  }
  const title = pageTitle(doc);
  // Stages pause inside (the walk, the readerable test): count only the time spent working.
  let detectMs = now() - t;
  let extractMs = 0;
  const t0 = now();
  const dated = options.published ?? documentDate(doc);
  const batch: string[] = [];
  let batchChars = 0;
  const send = options.ahead;
  const flush = () => {
    if (!send || !dated || batch.length === 0) return;
    send(batch.splice(0), dated);
    batchChars = 0;
  };
  const onText =
    send && dated
      ? (text: string) => {
          batch.push(text);
          batchChars += text.length;
          if (batchChars >= AHEAD_CHARS) flush();
        }
      : undefined;
  extractMs += now() - t0;
  const { blocks, root } = yield* working(extractArticleSteps(doc, onText), (ms) => {
    extractMs += ms;
  });
  const t1 = now();
  flush();
  const texts = blocks.map((b) => b.text);
  const published = dated ?? datelineDate(texts.join('\n\n'));
  extractMs += now() - t1;
  yield;
  const evidence = yield* working(pageEvidenceSteps(doc), (ms) => (detectMs += ms));
  options.onStage?.('detect', detectMs);
  options.onStage?.('extract', extractMs);
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
