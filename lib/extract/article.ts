import { drain, type Steps } from '../util/steps';

/**
 * The article's text blocks from a news template, each mapped back to the live DOM text nodes it
 * came from, so that any character range of a block can become a DOM `Range` later.
 *
 * Like Readability, pick the container holding most paragraph text; unlike it, never clone or
 * rewrite the DOM: we only read it, and skip boilerplate (navigation, ads, captions, bylines,
 * related links, comments, cookie banners, newsletters).
 */

export interface TextBlock {
  /** Block text with whitespace collapsed. */
  text: string;
  /** The element the block came from (a paragraph, list item, heading, quote). */
  element: Element;
  nodes: Text[];
  /**
   * Where `text` came from, three numbers per word (a run of non-space characters, always inside
   * one text node): where the word starts in `text`, the index in `nodes` of its text node, and
   * where it starts in that node. The one space between two words stands for the whitespace that
   * was collapsed and maps to the first character of the word after it (see `charPoint`). Kept per
   * word, not per character: the content script builds it on every page, in code not yet
   * optimised, where a loop per character cost about as much as the rest of the reading.
   */
  words: Uint32Array;
}

/** Elements whose text is a block of running article text. */
const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'DD', 'PRE']);
/** Elements never part of the article text. */
const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  // In an HTML document, a browser gives SVG and MathML elements their tag names in lower case.
  'svg',
  'math',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'DIALOG',
  'HEADER',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'alert',
  'search',
  'menu',
  'menubar',
]);
/**
 * Class/id words of boilerplate containers (matched as whole words of the class or id), of text
 * only screen readers get ("sr-only", "visually-hidden": ", opens new tab" inside a link), and of
 * embedded posts from other sites (the classes of their embed codes: "twitter-tweet", "embed"),
 * and of pull quotes, which repeat a line of the text.
 */
const BOILERPLATE =
  /(?:^|[\s_-])(?:ad|ads|advert\w*|adslot|sponsor\w*|promo\w*|cta|related\w*|recommend\w*|more-stories|read-more|comment\w*|disqus|cookie\w*|consent|gdpr|newsletter\w*|signup|share|sharing|social|byline|author\w*|caption|credit|breadcrumb\w*|nav\w*|menu|sidebar|footer|header|masthead|trending|popular|most-?(?:read|viewed|popular|shared|emailed|commented)|standfirst|dek|strapline|outbrain|taboola|tags|topics|toolbar|modal|popup|banner|timestamp|dateline-meta|skip|sr-only|visually-?hidden|screen-?reader|offscreen|embed\w*|tweet|instagram-media|fb-post|pull[-_]?quote\w*)(?:$|[\s_-])/i;
/** Minimum characters for a block to count as running text (shorter ones are labels, buttons, kickers). */
const MIN_BLOCK_CHARS = 25;
/** The end of a sentence, closing quote or bracket included. */
const SENTENCE_END = /[.!?]["'\u2019\u201d)]?$/;
/** Containers of the article body, tried as the article root, most specific first… */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-testid="article-body"]',
  '.article-body',
  '.article__body',
  '.story-body',
  '.entry-content',
  '.post-content',
];
/** …then containers of the whole article or page. */
const PAGE_SELECTORS = ['article', '[role="main"]', 'main'];
const ROOT_SELECTORS = [...BODY_SELECTORS, ...PAGE_SELECTORS];
/**
 * Body containers by a word inside a longer or generated class name ("article-body-commercial-
 * selector", "article-body__content__17Yit", "RichTextStoryBody", "wysiwyg"). Looked for only
 * inside an article or page container once it is chosen (in the whole page only when it has
 * none): a document-wide search for class substrings costs several times a search for a class.
 */
const BODY_CLASS_WORDS = [
  'article-body',
  'article__body',
  'articleBody',
  'ArticleBody',
  'story-body',
  'StoryBody',
  'story-text',
  'rich-text',
  'RichText',
  'wysiwyg',
  'gh-content',
  'post-content',
  'post-body',
  'entry-content',
  'article-content',
  'article__content',
];
const BODY_CLASS_SELECTOR = BODY_CLASS_WORDS.map((w) => `[class*="${w}"]`).join(',');
/** A container is preferred to a wider one unless the wider holds this much more paragraph text. */
const WIDER_FACTOR = 1.5;
/** Paragraph text (in characters) in <p>s that makes an article, without weighing <div>s. */
const ENOUGH_TEXT = 600;

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  for (const name of NAME_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && isBoilerplate(value)) return true;
  }
  return false;
}

/**
 * Attributes that name what an element is: its class and id, and the component names sites built
 * from components give in data attributes (BBC's data-component="byline-block", a data-testid or
 * data-qa of "newsletter-signup-inline") when their classes are generated hashes ("sc-2b5e3b35-0").
 */
const NAME_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'data-qa'];

/**
 * State modifiers on a wrapper of the article ("content has-sidebar", "layout with-ads",
 * "post has-comments"): they say what the wrapper has beside the article, not what it is.
 */
const LAYOUT_MODIFIER = /(?:^|[\s_])(?:has|with|no|without)-[^\s_]+/gi;

/**
 * Taxonomy classes WordPress puts on a post ("category-commentary", "tag-social-media"): they name
 * what the post is about, not what the element is.
 */
const TAXONOMY = /(?:^|\s)(?:category|tag)-\S+/gi;

/**
 * A class or id of boilerplate; state modifiers such as "has-sidebar" and taxonomy classes such as
 * "category-commentary" do not count.
 */
function isBoilerplate(name: string): boolean {
  return (
    BOILERPLATE.test(name) &&
    BOILERPLATE.test(name.replace(LAYOUT_MODIFIER, ' ').replace(TAXONOMY, ' '))
  );
}

/**
 * Rough measure of running text under a root: the text length of its long paragraphs. Pauses every
 * `WEIGHED_PER_STEP` elements: on a page of 50,000 elements, weighing every candidate root at once
 * made one long task.
 */
function* paragraphWeightSteps(root: Element, withTextDivs = false): Steps<number> {
  let total = 0;
  const list = root.getElementsByTagName('p');
  for (let i = 0; i < list.length; i++) {
    if (i % WEIGHED_PER_STEP === WEIGHED_PER_STEP - 1) yield;
    const len = (list[i]!.textContent ?? '').length;
    if (len >= 80) total += len;
  }
  if (withTextDivs) {
    const divs = root.getElementsByTagName('div');
    // A sample is enough to weigh a root, and keeps a page of 50,000 <div>s from taking long.
    for (let i = 0; i < divs.length && i < MAX_DIVS_WEIGHED; i++) {
      if (i % WEIGHED_PER_STEP === WEIGHED_PER_STEP - 1) yield;
      if (!isTextDiv(divs[i]!)) continue;
      const len = (divs[i]!.textContent ?? '').length;
      if (len >= 80) total += len;
    }
  }
  return total;
}

/** Elements weighed between pauses (each reads its text). */
const WEIGHED_PER_STEP = 500;

/** <div>s looked at, at most, when weighing a root or testing a page as readerable. */
export const MAX_DIVS_WEIGHED = 5_000;

/** Elements that start a new block of their own: a <div> holding one is a container, not text. */
const BLOCKISH = new Set([
  ...BLOCK_TAGS,
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'TABLE',
  'FIGURE',
  'FORM',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'MAIN',
  'H1',
  'H5',
  'H6',
  'HR',
]);

/**
 * A <div> used as a paragraph ("<div data-testid="paragraph-3">…</div>", as some big sites write
 * their articles): only inline content, and running text, not a label or a button.
 */
export function isTextDiv(el: Element): boolean {
  if (el.tagName !== 'DIV') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    // A custom element (<bsp-story-page>, <gu-island>) is a component: a container, not inline text.
    if (BLOCKISH.has(c.tagName) || c.tagName.includes('-')) return false;
  }
  const text = (el.textContent ?? '').trim();
  return text.length >= 120 || (text.length >= MIN_BLOCK_CHARS && SENTENCE_END.test(text));
}

/**
 * Body containers found by a selector, with sibling ones replaced by their parent: a site that
 * marks each paragraph, or each run of paragraphs, as the article body ("<div class="article-body">"
 * around every <p>) has its body in their parent.
 */
function bodyContainers(found: Element[]): Element[] {
  if (found.length < 2) return found;
  const perParent = new Map<Element, number>();
  for (const el of found) {
    const p = el.parentElement;
    if (p) perParent.set(p, (perParent.get(p) ?? 0) + 1);
  }
  const out = new Set<Element>();
  for (const el of found) {
    const p = el.parentElement;
    out.add(p && perParent.get(p)! > 1 ? p : el);
  }
  return [...out];
}

/** The article's container (see `articleRootSteps`). */
export function articleRoot(doc: Document): Element | null {
  return drain(articleRootSteps(doc));
}

/** The element holding the article's paragraphs, in steps: weighing candidates reads their text. */
export function* articleRootSteps(doc: Document): Steps<Element | null> {
  // Paragraphs in <p> first; a page with little text in them may write its paragraphs as <div>s
  // (its <p>s then are a byline, an author's bio, a teaser), so those are weighed too.
  let found: { root: Element; weight: number; isBody: boolean } | null = null;
  for (const withTextDivs of [false, true]) {
    let best: Element | null = null;
    let bestWeight = 0;
    let bestIsBody = false;
    for (const sel of ROOT_SELECTORS) {
      const isBody = BODY_SELECTORS.includes(sel);
      const matches = Array.from(doc.querySelectorAll(sel));
      for (const el of isBody ? bodyContainers(matches) : matches) {
        const w = yield* paragraphWeightSteps(el, withTextDivs);
        // Prefer the first (most specific) selector unless a later one holds clearly more text.
        if (w > bestWeight * WIDER_FACTOR) {
          best = el;
          bestWeight = w;
          bestIsBody = isBody;
        }
      }
    }
    if (best) {
      found = { root: best, weight: bestWeight, isBody: bestIsBody };
      if (bestWeight >= ENOUGH_TEXT || withTextDivs) {
        return bestIsBody ? best : yield* narrowedSteps(best, bestWeight, withTextDivs);
      }
    }
  }
  if (found) {
    return found.isBody ? found.root : yield* narrowedSteps(found.root, found.weight, false);
  }
  // No container holds paragraphs: the whole page, or the body container named in a longer class.
  const body = doc.body;
  if (!body) return null;
  return yield* narrowedSteps(body, yield* paragraphWeightSteps(body, true), true);
}

/**
 * Within an article or page container (or the whole page), the body container named in a longer
 * class name, when it holds the text: the standfirst, byline and appeals around it are not the
 * article's text.
 */
function* narrowedSteps(root: Element, weight: number, withTextDivs: boolean): Steps<Element> {
  let best = root;
  let bestWeight = 0;
  for (const el of bodyContainers(Array.from(root.querySelectorAll(BODY_CLASS_SELECTOR)))) {
    const w = yield* paragraphWeightSteps(el, withTextDivs);
    if (w > bestWeight) {
      best = el;
      bestWeight = w;
    }
  }
  return weight > bestWeight * WIDER_FACTOR ? root : best;
}

/** Elements that end a line of text: their text never runs into a neighbour's. */
const LINE_BREAKING = new Set([
  'BR',
  'DIV',
  'P',
  'SECTION',
  'ARTICLE',
  'LI',
  'UL',
  'OL',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'HR',
]);

/** A text node, or `null` for a line break between elements. */
type TextItem = Text | null;

/**
 * The text nodes under `el`, in order, with line breaks between block elements; `linked` gets, for
 * each text node, whether it sits inside a link.
 */
function collectText(
  el: Element,
  items: TextItem[],
  linked: boolean[],
  skipNested: boolean,
  inLink: boolean,
): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      items.push(child as Text);
      linked.push(inLink);
    } else if (child.nodeType === 1) {
      const c = child as Element;
      if (isSkipped(c) && c.tagName !== 'A') continue;
      if (skipNested && BLOCK_TAGS.has(c.tagName)) continue;
      const breaks = LINE_BREAKING.has(c.tagName);
      if (breaks) items.push(null);
      collectText(c, items, linked, skipNested, inLink || c.tagName === 'A');
      if (breaks) items.push(null);
    }
  }
}

/**
 * Share of a block's characters, at most, that may sit inside links: above it, the block is a link
 * to another story ("Read more: …", a related headline, a promotion), not running text.
 */
const MAX_LINK_DENSITY = 0.5;

/** Blocks shorter than MIN_BLOCK_CHARS still count when they are a sentence ("Russia denied it."). */
const MIN_SENTENCE_CHARS = 12;

/**
 * Credit lines at the foot of a story, which readers take as credits, not as its text: "Reporting by
 * …; Editing by …", "Additional reporting by …", "… contributed to this report.", "… contributed
 * reporting from Washington.", agency initials ("dh/wd (AFP, Reuters, dpa)"), copyright lines, and
 * photo credits or source lines written as paragraphs.
 */
const CREDIT_START =
  /^\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated|research)(?: and (?:editing|writing|reporting))? by\b/i;
const CREDIT_AGAIN = /[;,]\s*(?:additional )?(?:reporting|writing|editing|edited) by\b/i;
const ADDITIONAL = /^\(?additional /i;
const CONTRIBUTED = /\bcontributed (?:reporting|research|to this (?:report|story|article))\b/i;
const INITIALS = /^[a-z]{1,4}(?:\/[a-z]{1,4})+(?:\s*\([^)]*\))?\.?$/;
/** A photo credit or source line: "Photo: AFP", "(Photograph by …)", "Source: Al Jazeera and news agencies". */
const MEDIA_CREDIT = /^\(?(?:photo(?:graph)?s?|image|picture|video|credit|source)\s*(?:by\b|:)/i;
/** A copyright line, as sites carrying wire copy end it: "Copyright 2024 The Associated Press. …" */
const COPYRIGHT = /^(?:copyright\s*(?:©\s*)?|©\s*)(?:19|20)\d\d\b|\ball rights reserved\b/i;
/** Credit lines are short: a paragraph of the story that mentions a report is longer. */
const MAX_CREDIT_CHARS = 300;
const MAX_MEDIA_CREDIT_CHARS = 150;

function isCreditLine(text: string, sentence: boolean): boolean {
  if (text.length > MAX_CREDIT_CHARS) return false;
  if (CREDIT_START.test(text)) {
    // "Reporting by the Financial Times showed …" is a sentence of the story.
    return !sentence || ADDITIONAL.test(text) || CREDIT_AGAIN.test(text);
  }
  return (
    CONTRIBUTED.test(text) ||
    INITIALS.test(text) ||
    COPYRIGHT.test(text) ||
    (text.length <= MAX_MEDIA_CREDIT_CHARS && MEDIA_CREDIT.test(text))
  );
}

/**
 * A call to action written as a paragraph: "Sign up for our newsletter …", "Follow our coverage of
 * the war at <link>", "Download the app". It asks something of the reader; it reports nothing.
 */
const SIGN_UP = /^(?:sign up|subscribe)\s/i;
const CALL_TO_ACTION = /^(?:follow|download|click|tap|read more|read also|also read)\s/i;
const PITCH = /\b(?:newsletters?|inbox|app|podcast)\b/i;
/** A newsletter pitch that leads with its promise: "The Daily Briefing newsletter … Sign up here." */
const SIGN_UP_ANYWHERE = /\b(?:sign up|subscribe)\b/i;
const NEWSLETTER = /\b(?:newsletters?|inbox)\b/i;
const MAX_PITCH_CHARS = 300;

/**
 * A byline written as a paragraph of the body: "By Ilona Varga, Central Europe correspondent, in
 * Budapest". Not a sentence, and short; "By Sunday, Russian forces had …" is a sentence.
 */
const BYLINE = /^B[Yy]\s+\p{Lu}/u;
const MAX_BYLINE_CHARS = 120;

/** A run of non-whitespace characters. */
const WORDS = /\S+/g;

/** Subheads: they count as text when they sit between paragraphs (see `extractArticleSteps`). */
const HEADINGS = new Set(['H2', 'H3', 'H4']);
/** A subhead is shorter than a paragraph ("Kremlin threats"), but more than one word. */
const MIN_HEADING_CHARS = 8;

/**
 * What a candidate block turned out to be: running text of the article; too short to tell (a label,
 * a button) and ignored; or something else (a link to another story, a credit line, a call to action).
 */
type Verdict = 'text' | 'short' | 'other';

function buildBlock(el: Element): TextBlock | null {
  const read = readBlock(el, false);
  return read && read.verdict === 'text' ? read.block : null;
}

/** The block of `el` and its verdict, or null when it is too short to tell. */
function readBlock(
  el: Element,
  heading: boolean,
): { block: TextBlock; verdict: 'text' | 'other' } | null {
  const items: TextItem[] = [];
  const linked: boolean[] = [];
  collectText(el, items, linked, true, false);
  const nodes: Text[] = [];
  let text = '';
  let linkedChars = 0;
  const words: number[] = [];
  let pendingSpace = false;
  for (const item of items) {
    if (item === null) {
      if (text.length > 0) pendingSpace = true;
      continue;
    }
    const ni = nodes.length;
    nodes.push(item);
    const inLink = linked[ni]!;
    const data = item.data;
    // Runs of non-space characters, each copied whole; a run of spaces becomes one space.
    let last = 0;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(data); m; m = WORDS.exec(data)) {
      const start = m.index;
      if (start > last && text.length > 0) pendingSpace = true;
      if (pendingSpace) {
        text += ' ';
        pendingSpace = false;
      }
      words.push(text.length, ni, start);
      text += m[0];
      if (inLink) linkedChars += m[0].length;
      last = start + m[0].length;
    }
    if (last < data.length && text.length > 0) pendingSpace = true;
  }
  const verdict = verdictOf(text, linkedChars, heading);
  if (verdict === 'short') return null;
  const block: TextBlock = {
    text,
    element: el,
    nodes,
    words: Uint32Array.from(words),
  };
  return { block, verdict };
}

function verdictOf(text: string, linkedChars: number, heading: boolean): Verdict {
  const sentence = SENTENCE_END.test(text);
  if (heading) {
    if (text.length < MIN_HEADING_CHARS || !text.includes(' ')) return 'short';
  } else if (text.length < MIN_BLOCK_CHARS && !(sentence && text.length >= MIN_SENTENCE_CHARS)) {
    return 'short';
  }
  if (linkedChars > text.length * MAX_LINK_DENSITY || isCreditLine(text, sentence)) {
    return 'other';
  }
  if (!sentence && text.length <= MAX_BYLINE_CHARS && BYLINE.test(text)) return 'other';
  if (SIGN_UP.test(text) || (CALL_TO_ACTION.test(text) && (linkedChars > 0 || PITCH.test(text))))
    return 'other';
  if (text.length <= MAX_PITCH_CHARS && SIGN_UP_ANYWHERE.test(text) && NEWSLETTER.test(text)) {
    return 'other';
  }
  return 'text';
}

interface Candidate {
  /** Null for a teaser card: a link around blocks, which holds no text of the article. */
  block: TextBlock | null;
  heading: boolean;
  verdict: 'text' | 'other';
}

/**
 * The text blocks among the candidates, in order. A heading counts as a subhead only between
 * text: after a paragraph of the article, and followed (past other headings) by one. Before the
 * first paragraph it is a headline or a dek; over a list of links it titles a box of related
 * stories ("More on this story"); after the last paragraph it titles what follows the article.
 */
function textBlocks(candidates: Candidate[]): TextBlock[] {
  // Whether the next candidate at or after each index, past subheads, is text; from the end.
  const textNext: boolean[] = new Array<boolean>(candidates.length);
  let next = false;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (!c.heading || c.verdict !== 'text') next = c.verdict === 'text';
    textNext[i] = next;
  }
  const blocks: TextBlock[] = [];
  let textBefore = false;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.verdict !== 'text' || !c.block) continue;
    if (!c.heading) {
      blocks.push(c.block);
      textBefore = true;
    } else if (textBefore && textNext[i]) blocks.push(c.block);
  }
  return blocks;
}

/** Elements visited between pauses while walking a (possibly huge) article. */
const ELEMENTS_PER_STEP = 1_000;

/** Text blocks of the article, in document order. */
export function extractBlocks(doc: Document): TextBlock[] {
  return drain(extractBlocksSteps(doc));
}

/** The same, pausing every ELEMENTS_PER_STEP elements (see lib/util/steps.ts). */
export function* extractBlocksSteps(doc: Document): Steps<TextBlock[]> {
  return (yield* extractArticleSteps(doc)).blocks;
}

/** The article's root element (see `articleRoot`) and its text blocks, in steps. */
export function* extractArticleSteps(
  doc: Document,
): Steps<{ root: Element | null; blocks: TextBlock[] }> {
  const root = yield* articleRootSteps(doc);
  if (!root) return { root: null, blocks: [] };
  yield;
  const candidates: Candidate[] = [];
  // Depth-first, in document order, with an explicit stack so the walk can pause anywhere.
  const stack: Element[] = [];
  const pushChildren = (el: Element) => {
    const children: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(root);
  let visited = 0;
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    if (isSkipped(el)) continue;
    // Paragraphs inside a link are a teaser card for another story: not text, and what a heading
    // above it titles is not the article's.
    if (el.tagName === 'A') {
      const first = el.firstElementChild;
      if (first && BLOCKISH.has(first.tagName)) {
        candidates.push({ block: null, heading: false, verdict: 'other' });
      }
      continue;
    }
    if (BLOCK_TAGS.has(el.tagName) || isTextDiv(el)) {
      const heading = HEADINGS.has(el.tagName);
      const read = readBlock(el, heading);
      if (read) candidates.push({ block: read.block, heading, verdict: read.verdict });
    }
    // Nested blocks (a <p> inside a <blockquote>) are their own blocks.
    pushChildren(el);
  }
  const blocks = textBlocks(candidates);
  // A page whose text sits in bare <div>s: fall back to the root's own text as one block.
  if (blocks.length === 0) {
    const b = buildBlock(root);
    if (b) blocks.push(b);
  }
  return { root, blocks };
}

/**
 * DOM position of a character offset in a block, for a `Range`. `index` may equal the text length
 * (the end of the block). An end offset is placed right after the character before it, so a range
 * never takes in whitespace that was collapsed away.
 */
export function blockPosition(
  block: TextBlock,
  index: number,
  asEnd = false,
): { node: Text; offset: number } {
  const len = block.text.length;
  if (asEnd || index >= len) {
    const at = charPoint(block, Math.min(Math.max(index - 1, 0), len - 1));
    return { node: block.nodes[at.node]!, offset: at.offset + 1 };
  }
  const at = charPoint(block, Math.max(index, 0));
  return { node: block.nodes[at.node]!, offset: at.offset };
}

/** Index of the last word of `block` that starts at or before character `index` of its text. */
function wordBefore(block: TextBlock, index: number): number {
  const w = block.words;
  let lo = 0;
  let hi = w.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (w[mid * 3]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where character `index` of a block's text came from: the index in `block.nodes` of its text node
 * and its offset there. A space between two words maps to the first character of the word after it.
 */
export function charPoint(block: TextBlock, index: number): { node: number; offset: number } {
  let r = wordBefore(block, index);
  const w = block.words;
  // A space is never inside a word: it is the one before the next word.
  if (block.text.charCodeAt(index) === 32 && (r + 1) * 3 < w.length) r++;
  const start = w[r * 3]!;
  return { node: w[r * 3 + 1]!, offset: w[r * 3 + 2]! + Math.max(index - start, 0) };
}

/**
 * Character offset in a block's text of the first character at or after a point of one of its text
 * nodes (node `node` of `block.nodes`, `offset` in it); the text's length when there is none.
 * Characters come in the nodes' order, so the first one whose own point is not before it.
 */
export function charAtOrAfter(block: TextBlock, node: number, offset: number): number {
  const { words: w, text } = block;
  const count = w.length / 3;
  for (let r = 0; r < count; r++) {
    const start = w[r * 3]!;
    const n = w[r * 3 + 1]!;
    const nodeStart = w[r * 3 + 2]!;
    if (n > node || (n === node && nodeStart >= offset)) {
      // The word's first character, or the space before it, which maps to the same point.
      return start > 0 && text.charCodeAt(start - 1) === 32 ? start - 1 : start;
    }
    if (n === node) {
      let end = r + 1 < count ? w[(r + 1) * 3]! : text.length;
      if (end > start && text.charCodeAt(end - 1) === 32) end--;
      if (offset < nodeStart + end - start) return start + offset - nodeStart;
    }
  }
  return text.length;
}

/** The page's headline: og:title, then the first h1, then <title>. */
export function pageTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  if (h1) return h1.replace(/\s+/g, ' ');
  const t = doc.title?.trim();
  return t || null;
}
