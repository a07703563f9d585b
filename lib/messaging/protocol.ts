/**
 * The one message protocol between the content script, extension pages and the background.
 *
 * Every message is a plain, JSON-serialisable object with a `type` naming its direction and purpose
 * (`page/…` come from a content script about its page, `tab/…` from extension pages about a tab). The
 * background never trusts a message's shape: it runs {@link isMessage} first, so a bug in a sender — or
 * a message from a context that should not be talking to us at all — is answered with an error instead
 * of corrupting state. Every answer is a {@link Result}, as in hypothesis/client's RPC: callers branch
 * on `ok` rather than on thrown exceptions, which do not survive the message channel anyway.
 *
 * This module is pure (no `browser.*`), so the validator and its callers are unit-tested in Node.
 */

import type { Analysis, PageEvidence } from '../check';
import { parseIso } from '../claims/dates';
import type { PlainFactConflict, SourceMeta } from '../factbase/types';
import type { Verdict } from '../match/judge';
import type { Note, NoteTarget } from '../notes/types';
import { EXCERPT_MAX, type SummaryItem, type TabStatus, type TabSummary } from './summary';

/**
 * Content script → background: the page finished its check (sent after every check, including
 * re-checks of changed content). Everything the popup shows for the tab, so it opens instantly.
 */
export interface PageCheckedMessage extends Omit<TabSummary, 'checkedAt'> {
  type: 'page/checked';
}

/** Extension page (popup, tests) → background: what do you know about this tab? */
export interface TabStateRequest {
  type: 'tab/state';
  tabId: number;
}

/**
 * Extension page (popup, tests) → background: check this tab's page now ("Check this page"), even
 * on a site that is not on the list and even if it does not look like an article on the topic.
 */
export interface TabCheckRequest {
  type: 'tab/check';
  tabId: number;
}

/**
 * Content script → background: analyse this page's extracted text. The engine lives in the
 * background, where it stays warm across pages; the page only extracts, and paints the answer.
 */
export interface PageAnalyseRequest {
  type: 'page/analyse';
  title: string | null;
  blocks: string[];
  published: string | null;
  evidence: PageEvidence;
  /** "Check this page": check claims even if detection says the page is off-topic. */
  assumeRelevant: boolean;
}

/** The background's answer to `page/analyse`: the analysis, and what the card needs to show it. */
export interface PageAnalysis {
  analysis: Analysis;
  sources: SourceMeta[];
  /** Plain-fact conflicts of the facts the annotations refer to, by fact id. */
  conflicts: Record<string, PlainFactConflict[]>;
}

/**
 * Popup → background: the reader granted this tab's site ("Always check this site"): register the
 * content script there and check the page now.
 */
export interface TabAlwaysRequest {
  type: 'tab/always';
  tabId: number;
}

/** A note as a page or the popup proposes it; the background gives it an id, times and its URL key. */
export interface NewNote {
  target: NoteTarget;
  text: string;
  tags: string[];
  pageUrl: string;
  /** The page's canonical link, if it has one (notes follow the story, see lib/notes/url.ts). */
  canonical: string | null;
  title: string;
  published: string | null;
  factId: string | null;
  selectors: Note['selectors'];
}

/** Content script or popup → background: save a new note. Answer: the saved `Note`. */
export interface NotesAddRequest {
  type: 'notes/add';
  note: NewNote;
}

/** Content script → background: the notes of this page. Answer: `Note[]`. */
export interface NotesForPageRequest {
  type: 'notes/for-page';
  pageUrl: string;
  canonical: string | null;
}

/** Content script → background: edit a note's text and tags. Answer: the `Note`, or null. */
export interface NotesUpdateRequest {
  type: 'notes/update';
  id: string;
  text: string;
  tags: string[];
}

/** Content script → background: delete a note. Answer: the deleted `Note` (for undo), or null. */
export interface NotesDeleteRequest {
  type: 'notes/delete';
  id: string;
}

/**
 * Content script → background: which of the page's notes could not be placed this time (orphans,
 * listed on the notes page with their quote) and which could. Answer: null.
 */
export interface NotesPlacedRequest {
  type: 'notes/placed';
  anchored: string[];
  orphans: string[];
}

/** Content script → background: inject the in-page UI script into my frame (first card). */
export interface PageLoadUiRequest {
  type: 'page/load-ui';
}

/**
 * Content script → background: a reader is reading a checked article in this tab (see
 * lib/util/keep-warm.ts). Answered with nothing; receiving it keeps the background from being
 * stopped as idle, so the reader's next article finds the engine warm.
 */
export interface PageKeepWarmMessage {
  type: 'page/keep-warm';
}

/** Every message the background accepts. */
export type Message =
  | PageCheckedMessage
  | TabStateRequest
  | TabCheckRequest
  | TabAlwaysRequest
  | PageAnalyseRequest
  | NotesAddRequest
  | NotesForPageRequest
  | NotesUpdateRequest
  | NotesDeleteRequest
  | NotesPlacedRequest
  | PageLoadUiRequest
  | PageKeepWarmMessage;
export type MessageType = Message['type'];

/** What the background remembers about a tab: the latest `page/checked` report from it. */
export type TabState = TabSummary;

/** The `value` the background answers each message type with. */
export interface ResponseValues {
  'page/checked': null;
  'tab/state': TabState | null;
  'tab/check': null;
  'tab/always': null;
  'page/analyse': PageAnalysis;
  'notes/add': Note;
  'notes/for-page': Note[];
  'notes/update': Note | null;
  'notes/delete': Note | null;
  'notes/placed': null;
  'page/load-ui': null;
  'page/keep-warm': null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The answer to message `M`. */
export type ResponseTo<M extends Message> = Result<ResponseValues[M['type']]>;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** Longest URL we accept; browsers handle more, but a report about such a page is not useful. */
const MAX_URL_LENGTH = 8_192;
/** Longest title we accept; real titles are a few hundred characters at most. */
const MAX_TITLE_LENGTH = 2_048;
/** Most blocks and characters of article text we analyse: a very long live blog, not more. */
const MAX_BLOCKS = 5_000;
const MAX_TEXT_CHARS = 2_000_000;
/** Most evidence reasons (detection reports a handful). */
const MAX_REASONS = 50;

type Fields = Record<string, unknown>;

function isPlainObject(x: unknown): x is Fields {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Exactly these own keys, no more, no fewer: an extra key means a sender we do not understand. */
function hasExactKeys(x: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(x, k));
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isHttpUrl(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > MAX_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(x);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Field validators per message type; keys are exactly the message's keys. */
const VALIDATORS: { [T in MessageType]: Record<string, (v: unknown) => boolean> } = {
  'page/checked': {
    type: (v) => v === 'page/checked',
    url: isHttpUrl,
    title: (v) => typeof v === 'string' && v.length <= MAX_TITLE_LENGTH,
    status: (v) => typeof v === 'string' && TAB_STATUSES.has(v),
    relevant: (v) => typeof v === 'boolean',
    relevance: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1,
    reasons: isReasons,
    counts: isCounts,
    items: isItems,
    hidden: isCount,
  },
  'tab/state': {
    type: (v) => v === 'tab/state',
    // Real tab ids are >= 0; tabs.TAB_ID_NONE is -1.
    tabId: isCount,
  },
  'tab/check': {
    type: (v) => v === 'tab/check',
    tabId: isCount,
  },
  'tab/always': {
    type: (v) => v === 'tab/always',
    tabId: isCount,
  },
  'notes/add': {
    type: (v) => v === 'notes/add',
    note: isNewNote,
  },
  'notes/for-page': {
    type: (v) => v === 'notes/for-page',
    pageUrl: isHttpUrl,
    canonical: (v) => v === null || isHttpUrl(v),
  },
  'notes/update': {
    type: (v) => v === 'notes/update',
    id: isNoteId,
    text: isNoteText,
    tags: isTags,
  },
  'notes/delete': {
    type: (v) => v === 'notes/delete',
    id: isNoteId,
  },
  'page/load-ui': {
    type: (v) => v === 'page/load-ui',
  },
  'page/keep-warm': {
    type: (v) => v === 'page/keep-warm',
  },
  'notes/placed': {
    type: (v) => v === 'notes/placed',
    anchored: isNoteIds,
    orphans: isNoteIds,
  },
  'page/analyse': {
    type: (v) => v === 'page/analyse',
    title: (v) => v === null || (typeof v === 'string' && v.length <= MAX_TITLE_LENGTH),
    blocks: isBlocks,
    // A real calendar date, not just its shape ("2024-02-30" is refused).
    published: (v) => v === null || (typeof v === 'string' && parseIso(v) !== null),
    evidence: isEvidence,
    assumeRelevant: (v) => typeof v === 'boolean',
  },
};

const TAB_STATUSES: ReadonlySet<string> = new Set<TabStatus>([
  'checked',
  'not-article',
  'off-topic',
  'paused',
  'error',
]);
const VERDICT_NAMES: readonly Verdict[] = ['supports', 'contradicts', 'disputed'];
/** Most annotations a page reports (a 6,000-word article has under 200). */
const MAX_ITEMS = 2_000;
/** Longest reason or fact id in a report. */
const MAX_REASON_LENGTH = 1_000;

function isReasons(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_REASONS &&
    v.every((r) => typeof r === 'string' && r.length <= MAX_TITLE_LENGTH)
  );
}

function isCounts(v: unknown): v is Record<Verdict, number> {
  return (
    isPlainObject(v) && hasExactKeys(v, VERDICT_NAMES) && VERDICT_NAMES.every((k) => isCount(v[k]))
  );
}

function isItem(v: unknown): v is SummaryItem {
  return (
    isPlainObject(v) &&
    hasExactKeys(v, ['index', 'verdict', 'excerpt', 'reason', 'factId']) &&
    isCount(v.index) &&
    typeof v.verdict === 'string' &&
    (VERDICT_NAMES as readonly string[]).includes(v.verdict) &&
    typeof v.excerpt === 'string' &&
    v.excerpt.length <= EXCERPT_MAX + 1 &&
    typeof v.reason === 'string' &&
    v.reason.length <= MAX_REASON_LENGTH &&
    typeof v.factId === 'string' &&
    v.factId.length <= MAX_REASON_LENGTH
  );
}

function isItems(v: unknown): v is SummaryItem[] {
  return Array.isArray(v) && v.length <= MAX_ITEMS && v.every(isItem);
}

/** A stored or received summary (a `page/checked` report plus its arrival time). */
export function isTabSummary(x: unknown): x is TabSummary {
  if (!isPlainObject(x) || typeof x.checkedAt !== 'number' || !Number.isFinite(x.checkedAt))
    return false;
  const { checkedAt: _checkedAt, ...rest } = x;
  return isMessage({ ...rest, type: 'page/checked' });
}

/** Longest note the reader can write (a long paragraph of thoughts, not a book). */
export const MAX_NOTE_TEXT = 20_000;
/** Most tags on a note, and the longest tag. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 60;
/** Longest passage a text note quotes. */
const MAX_QUOTE = 10_000;
/** Longest quote prefix or suffix kept (about 32 characters are stored). */
const MAX_CONTEXT = 200;
/** Most notes a page reports on at once. */
const MAX_NOTE_IDS = 5_000;

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isNoteId(v: unknown): v is string {
  return typeof v === 'string' && NOTE_ID.test(v);
}
function isNoteIds(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_NOTE_IDS && v.every(isNoteId);
}
function isNoteText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_NOTE_TEXT;
}
function isTags(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_TAGS &&
    v.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= MAX_TAG_LENGTH)
  );
}
const NOTE_TARGETS: ReadonlySet<string> = new Set<NoteTarget>(['text', 'fact', 'page']);

function isSelectors(v: unknown): v is Note['selectors'] {
  if (v === null) return true;
  if (!isPlainObject(v) || !hasExactKeys(v, ['quote', 'position'])) return false;
  const { quote, position } = v;
  return (
    isPlainObject(quote) &&
    hasExactKeys(quote, ['type', 'exact', 'prefix', 'suffix']) &&
    quote.type === 'TextQuoteSelector' &&
    typeof quote.exact === 'string' &&
    quote.exact.length > 0 &&
    quote.exact.length <= MAX_QUOTE &&
    typeof quote.prefix === 'string' &&
    quote.prefix.length <= MAX_CONTEXT &&
    typeof quote.suffix === 'string' &&
    quote.suffix.length <= MAX_CONTEXT &&
    isPlainObject(position) &&
    hasExactKeys(position, ['type', 'start', 'end']) &&
    position.type === 'TextPositionSelector' &&
    isCount(position.start) &&
    isCount(position.end) &&
    position.end > position.start
  );
}

function isNewNote(v: unknown): v is NewNote {
  if (!isPlainObject(v)) return false;
  const keys = [
    'target',
    'text',
    'tags',
    'pageUrl',
    'canonical',
    'title',
    'published',
    'factId',
    'selectors',
  ];
  if (!hasExactKeys(v, keys)) return false;
  return (
    typeof v.target === 'string' &&
    NOTE_TARGETS.has(v.target) &&
    isNoteText(v.text) &&
    isTags(v.tags) &&
    isHttpUrl(v.pageUrl) &&
    (v.canonical === null || isHttpUrl(v.canonical)) &&
    typeof v.title === 'string' &&
    v.title.length <= MAX_TITLE_LENGTH &&
    (v.published === null || (typeof v.published === 'string' && parseIso(v.published) !== null)) &&
    (v.factId === null ||
      (typeof v.factId === 'string' && v.factId.length > 0 && v.factId.length <= 200)) &&
    isSelectors(v.selectors) &&
    // A note on text has its passage; a note on a fact names it; a page note needs neither.
    (v.target !== 'text' || v.selectors !== null) &&
    (v.target !== 'fact' || v.factId !== null)
  );
}

function isBlocks(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > MAX_BLOCKS) return false;
  let total = 0;
  for (const b of v) {
    if (typeof b !== 'string') return false;
    total += b.length;
    if (total > MAX_TEXT_CHARS) return false;
  }
  return true;
}

function isEvidence(v: unknown): v is PageEvidence {
  if (!isPlainObject(v) || !hasExactKeys(v, ['bonus', 'reasons'])) return false;
  return (
    typeof v.bonus === 'number' &&
    Number.isFinite(v.bonus) &&
    Array.isArray(v.reasons) &&
    v.reasons.length <= MAX_REASONS &&
    v.reasons.every((r) => typeof r === 'string' && r.length <= MAX_TITLE_LENGTH)
  );
}

/**
 * Whether `x` is a well-formed {@link Message}: a plain object whose `type` is known, with exactly
 * that type's fields, each of the right type and range. Anything else — unknown types, missing or
 * extra fields, wrong field types, non-http(s) URLs, negative or fractional counts — is rejected.
 */
export function isMessage(x: unknown): x is Message {
  if (!isPlainObject(x) || typeof x.type !== 'string' || !Object.hasOwn(VALIDATORS, x.type)) {
    return false;
  }
  const fields = VALIDATORS[x.type as MessageType];
  const keys = Object.keys(fields);
  return hasExactKeys(x, keys) && keys.every((k) => fields[k]?.(x[k]) === true);
}

/** Whether `x` has the {@link Result} shape (the `value` itself is not checked). */
export function isResult(x: unknown): x is Result<unknown> {
  if (!isPlainObject(x)) return false;
  if (x.ok === true) return hasExactKeys(x, ['ok', 'value']);
  if (x.ok === false) return hasExactKeys(x, ['ok', 'error']) && typeof x.error === 'string';
  return false;
}

/**
 * Background → content script of one tab. The content script accepts only these, validated the
 * same way (they can only come from the extension, but a bug should not become a crash).
 */
export type ContentCommand =
  /** Keyboard command: go to the next (+1) or previous (-1) annotation and open its card. */
  | { type: 'content/navigate'; direction: 1 | -1 }
  /** Open the card of the annotation at this index (popup list). */
  | { type: 'content/open'; index: number }
  /** Context menu "Add a note": open the note editor for the current selection. */
  | { type: 'content/note-selection' };

export function isContentCommand(x: unknown): x is ContentCommand {
  if (!isPlainObject(x)) return false;
  if (x.type === 'content/navigate') {
    return hasExactKeys(x, ['type', 'direction']) && (x.direction === 1 || x.direction === -1);
  }
  if (x.type === 'content/open') return hasExactKeys(x, ['type', 'index']) && isCount(x.index);
  if (x.type === 'content/note-selection') return hasExactKeys(x, ['type']);
  return false;
}
