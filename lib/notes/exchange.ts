/**
 * Export and import of notes.
 *
 * - JSON: lossless and versioned (`crosscheckExport`), shaped as a W3C Web Annotation
 *   AnnotationCollection (https://www.w3.org/TR/annotation-model/) so other annotation tools can
 *   read the passages and comments; what the model has no place for sits in each item's
 *   `crosscheck` object.
 * - Markdown: for reading, grouped by page.
 * - Import: `parseImport` validates the whole file before anything is written; `importNotes`
 *   writes in one transaction and skips notes already present.
 *
 * Nothing here produces HTML. Note text, quotes and titles are data: markup or script in them stays
 * text in JSON, and is escaped in Markdown so a renderer shows it rather than running it.
 */
import { version as PACKAGE_VERSION } from '../../package.json';
import type { NotesDatabase } from './db';
import { QUOTA_MESSAGE_IMPORT, withStorageErrors } from './repository';
import type { Note, NoteTarget, TextPositionSelector, TextQuoteSelector } from './types';

/** The export format version this build writes and the newest it reads. */
export const EXPORT_FORMAT_VERSION = 1;

/** Import limits: a file larger than any real collection is refused before it is parsed. */
export const IMPORT_LIMITS = {
  /** Characters of JSON. */
  fileChars: 5_000_000,
  notes: 10_000,
  noteText: 50_000,
  quote: 20_000,
  /** Stored context is 32 characters; some slack for other tools. */
  context: 256,
  title: 2_000,
  url: 4_096,
  tags: 100,
  tag: 200,
  factId: 200,
} as const;

// ---------------------------------------------------------------------------------------------
// JSON export

export interface ExportOptions {
  /** The generator version recorded in the file (defaults to this build's). */
  generatorVersion?: string;
}

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

interface ExportItem {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target:
    { source: string; selector: [TextQuoteSelector, TextPositionSelector] } | { source: string };
  crosscheck: {
    pageUrl: string;
    title: string;
    published: string | null;
    factId: string | null;
    target: NoteTarget;
  };
}

function toItem(note: Note): ExportItem {
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.edited).toISOString(),
    body: [
      { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
      ...note.tags.map((tag): TextualBody => ({
        type: 'TextualBody',
        value: tag,
        purpose: 'tagging',
      })),
    ],
    target: note.selectors
      ? {
          source: note.url,
          selector: [
            { ...note.selectors.quote, type: 'TextQuoteSelector' },
            { ...note.selectors.position, type: 'TextPositionSelector' },
          ],
        }
      : { source: note.url },
    crosscheck: {
      pageUrl: note.pageUrl,
      title: note.title,
      published: note.published,
      factId: note.factId,
      target: note.target,
    },
  };
}

/** The notes as a W3C AnnotationCollection (pretty-printed JSON). */
export function exportJson(notes: readonly Note[], options: ExportOptions = {}): string {
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      generator: {
        type: 'Software',
        name: 'Crosscheck',
        version: options.generatorVersion ?? PACKAGE_VERSION,
      },
      crosscheckExport: EXPORT_FORMAT_VERSION,
      total: notes.length,
      items: notes.map(toItem),
    },
    null,
    2,
  );
}

// ---------------------------------------------------------------------------------------------
// Markdown export

/**
 * `s` as inline Markdown text that renders as itself: `&`, `<`, `>` become entities (no HTML, no
 * autolinks in `<…>`, works in every Markdown dialect), other punctuation with meaning
 * (emphasis, code, links, images, headings, tables, strikethrough) is backslash-escaped, and a line cannot
 * start a block (heading, list, quote, code, rule). Line breaks are kept as hard breaks. A bare
 * URL may still be autolinked by GitHub-flavoured renderers, but then it shows its own address.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdownLine).join('  \n');
}

function escapeMarkdownLine(line: string): string {
  let out = line
    .replace(/^[ \t]+/, '') // four leading spaces would make a code block
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `[` and `]` escaped means no link or image can form, so `(`, `)` and `!` can stay.
    .replace(/[\\`*_{}[\]#|~]/g, '\\$&');
  // Block starts the characters above do not cover: lists, ordered lists, setext underlines.
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** A link destination that cannot break out of `(…)`: only web URLs, odd characters %-encoded. */
function markdownUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  const encoder = new TextEncoder();
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/gu, (c) =>
    Array.from(encoder.encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(
      '',
    ),
  );
}

function dateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * The notes as Markdown, one section per page (pages with the newest note first; a page's notes
 * oldest first): title linked to the page, then each note's quote, text, tags, fact and dates.
 */
export function exportMarkdown(notes: readonly Note[]): string {
  const pages = new Map<string, Note[]>();
  for (const n of notes) {
    const list = pages.get(n.url);
    if (list) list.push(n);
    else pages.set(n.url, [n]);
  }
  const groups = [...pages.entries()].map(([url, list]) => ({
    url,
    notes: [...list].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)),
    newest: Math.max(...list.map((n) => n.created)),
  }));
  groups.sort((a, b) => b.newest - a.newest);

  const out: string[] = ['# Crosscheck notes', ''];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  out.push(
    `${count(notes.length, 'note', 'notes')} on ${count(groups.length, 'page', 'pages')}.`,
    '',
  );
  for (const g of groups) {
    const latest = g.notes[g.notes.length - 1]!;
    const title = escapeMarkdown(latest.title.replace(/\s+/g, ' ').trim() || g.url);
    const href = markdownUrl(g.url);
    out.push(href ? `## [${title}](${href})` : `## ${title}`, '');
    const published = g.notes.find((n) => n.published)?.published;
    if (published) out.push(`Published ${escapeMarkdown(published)}`, '');
    g.notes.forEach((n, i) => {
      if (i > 0) out.push('* * *', '');
      if (n.selectors) out.push(blockquote(n.selectors.quote.exact), '');
      if (n.text.trim()) out.push(escapeMarkdown(n.text), '');
      const meta: string[] = [];
      if (n.tags.length > 0) meta.push(`Tags: ${n.tags.map(escapeMarkdown).join(', ')}`);
      if (n.factId) meta.push(`Fact: ${escapeMarkdown(n.factId)}`);
      meta.push(`Created ${dateTime(n.created)}`);
      if (n.edited !== n.created) meta.push(`edited ${dateTime(n.edited)}`);
      out.push(meta.join(' · '), '');
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; error: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TARGETS: readonly NoteTarget[] = ['text', 'fact', 'page'];

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a JSON text stops before its brackets or a string close: a cut-off download. */
function looksTruncated(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

function str(v: unknown, what: string, max: number, { empty = true } = {}): string {
  if (typeof v !== 'string') fail(`${what} is missing or not text`);
  if (!empty && v.trim() === '') fail(`${what} is empty`);
  if (v.length > max) fail(`${what} is too long (${v.length} characters; at most ${max})`);
  return v;
}

function webUrl(v: unknown, what: string): string {
  const s = str(v, what, IMPORT_LIMITS.url, { empty: false });
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    fail(`${what} is not a valid address`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    fail(`${what} is not a web address (only http and https are allowed)`);
  return s;
}

function time(v: unknown, what: string): number {
  if (typeof v !== 'string' || !ISO_DATE_TIME.test(v))
    fail(`${what} is not a date and time (ISO 8601, e.g. 2024-11-18T09:30:00.000Z)`);
  const ms = Date.parse(v);
  if (!Number.isFinite(ms) || ms < 0 || !isRealDay(v.slice(0, 10)))
    fail(`${what} is not a real date`);
  return ms;
}

function isRealDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function day(v: unknown, what: string): string {
  if (typeof v !== 'string' || !DAY.test(v)) fail(`${what} is not a date (YYYY-MM-DD)`);
  if (!isRealDay(v)) fail(`${what} is not a real date`);
  return v;
}

function offset(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    fail(`${what} is not a whole number ≥ 0`);
  return v;
}

function parseSelectors(v: unknown): Note['selectors'] {
  const list = Array.isArray(v) ? v : [v];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of list) {
    if (!isObject(s)) fail('a selector is not an object');
    if (s.type === 'TextQuoteSelector') {
      if (quote) fail('the target has two TextQuoteSelectors');
      quote = {
        type: 'TextQuoteSelector',
        exact: str(s.exact, 'the quoted passage', IMPORT_LIMITS.quote, { empty: false }),
        prefix: str(s.prefix, 'the text before the quote', IMPORT_LIMITS.context),
        suffix: str(s.suffix, 'the text after the quote', IMPORT_LIMITS.context),
      };
    } else if (s.type === 'TextPositionSelector') {
      if (position) fail('the target has two TextPositionSelectors');
      position = {
        type: 'TextPositionSelector',
        start: offset(s.start, 'the passage start'),
        end: offset(s.end, 'the passage end'),
      };
    } else fail(`unknown selector type ${JSON.stringify(String(s.type)).slice(0, 60)}`);
  }
  if (!quote || !position)
    fail('a note on text needs both a TextQuoteSelector and a TextPositionSelector');
  if (position.end < position.start) fail('the passage ends before it starts');
  if (position.end - position.start !== quote.exact.length)
    fail('the passage position does not match the length of the quoted passage');
  return { quote, position };
}

function parseItem(item: unknown): Note {
  if (!isObject(item)) fail('not an object');
  if (item.type !== 'Annotation') fail('not an Annotation');
  if (typeof item.id !== 'string') fail('the id is missing or not text');
  const idMatch = /^urn:uuid:(.*)$/i.exec(item.id);
  const id = idMatch?.[1]?.toLowerCase() ?? '';
  if (!UUID.test(id)) fail('the id is not a urn:uuid: followed by a UUID');
  if (item.motivation !== undefined && item.motivation !== 'commenting')
    fail('the motivation is not "commenting"');
  const created = time(item.created, 'the creation date');
  const edited = time(item.modified, 'the modification date');
  if (edited < created) fail('it was modified before it was created');

  if (!Array.isArray(item.body) && !isObject(item.body))
    fail('the body is missing or not a TextualBody');
  const bodies = Array.isArray(item.body) ? item.body : [item.body];
  let text: string | null = null;
  const tags: string[] = [];
  for (const b of bodies) {
    if (!isObject(b) || b.type !== 'TextualBody') fail('a body is not a TextualBody');
    if (b.format !== undefined && b.format !== 'text/plain')
      fail('a body is not plain text (format must be "text/plain")');
    if (b.purpose === 'tagging') {
      const tag = str(b.value, 'a tag', IMPORT_LIMITS.tag, { empty: false });
      if (!tags.includes(tag)) tags.push(tag);
    } else if (b.purpose === 'commenting' || b.purpose === undefined) {
      if (text !== null) fail('it has two comment bodies');
      text = str(b.value, 'the note text', IMPORT_LIMITS.noteText);
    } else fail('a body has an unknown purpose');
  }
  if (tags.length > IMPORT_LIMITS.tags) fail(`it has more than ${IMPORT_LIMITS.tags} tags`);

  if (!isObject(item.target)) fail('the target is missing');
  const url = webUrl(item.target.source, 'the page address (target.source)');
  const selectors =
    item.target.selector === undefined ? null : parseSelectors(item.target.selector);

  const cc = item.crosscheck;
  if (!isObject(cc)) fail('the crosscheck details are missing');
  const pageUrl = webUrl(cc.pageUrl, 'the visited address (crosscheck.pageUrl)');
  const title = str(cc.title, 'the page title', IMPORT_LIMITS.title);
  const published = cc.published === null ? null : day(cc.published, 'the publication date');
  const factId =
    cc.factId === null
      ? null
      : str(cc.factId, 'the fact id', IMPORT_LIMITS.factId, { empty: false });
  if (typeof cc.target !== 'string' || !TARGETS.includes(cc.target as NoteTarget))
    fail('the note target is not "text", "fact" or "page"');
  const target = cc.target as NoteTarget;
  if (target === 'text' && !selectors) fail('a note on text has no selectors');
  if (target !== 'text' && selectors) fail(`a note on a ${target} has selectors`);
  if (target === 'fact' && !factId) fail('a note on a fact has no fact id');

  return {
    id,
    text: text ?? '',
    tags,
    target,
    url,
    pageUrl,
    title,
    published,
    created,
    edited,
    factId,
    selectors,
  };
}

/**
 * Read an export file. Everything is checked before anything is returned: the first problem is
 * reported in words (with the note's number, counting from 1), and nothing is imported.
 */
export function parseImport(text: string): ParsedImport {
  try {
    return { ok: true, notes: parseOrThrow(text) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

function parseOrThrow(text: string): Note[] {
  if (typeof text !== 'string' || text.trim() === '')
    fail('The file is empty: it is not a Crosscheck export.');
  if (text.length > IMPORT_LIMITS.fileChars)
    fail(
      `The file is too large to import (${(text.length / 1e6).toFixed(1)} million characters; at most ${IMPORT_LIMITS.fileChars / 1e6} million).`,
    );
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (looksTruncated(text))
      fail(
        'The file looks cut off: it ends before the JSON does. Export your notes again and import the new file.',
      );
    fail(`The file is not JSON, so it is not a Crosscheck export (${(error as Error).message}).`);
  }
  const notExport = 'This file is not a Crosscheck export';
  if (!isObject(root)) fail(`${notExport} (it is not a JSON object).`);
  if (root.type !== 'AnnotationCollection')
    fail(`${notExport} (it is not an AnnotationCollection).`);
  if (root.crosscheckExport === undefined)
    fail(`${notExport} (it has no crosscheckExport version).`);
  const format = root.crosscheckExport;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    fail(`${notExport} (its crosscheckExport version is not a whole number).`);
  if (format > EXPORT_FORMAT_VERSION)
    fail(
      `This file was made by a newer version of Crosscheck (export format ${format}; this version reads up to ${EXPORT_FORMAT_VERSION}). Update Crosscheck to import it.`,
    );
  if (!Array.isArray(root.items)) fail(`${notExport} (it has no items list).`);
  const items: unknown[] = root.items;
  if (items.length > IMPORT_LIMITS.notes)
    fail(
      `The file is too large to import (${items.length} notes; at most ${IMPORT_LIMITS.notes}).`,
    );
  if (root.total !== undefined && root.total !== items.length)
    fail(
      `The file says it holds ${String(root.total)} notes but has ${items.length}: it may be incomplete or edited.`,
    );
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    let note: Note;
    try {
      note = parseItem(item);
    } catch (error) {
      if (error instanceof Invalid) fail(`Note ${i + 1}: ${error.message}.`);
      throw error;
    }
    const first = seen.get(note.id);
    if (first !== undefined) fail(`Note ${i + 1}: it has the same id as note ${first}.`);
    seen.set(note.id, i + 1);
    notes.push(note);
  });
  return notes;
}

export type ImportResult =
  { ok: true; added: number; skipped: number } | { ok: false; error: string };

/**
 * Parse and import a file: nothing is written unless the whole file is valid. Storage failures
 * reject (`NotesStorageError` for a full disk).
 */
export async function importFile(db: NotesDatabase, text: string): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await importNotes(db, parsed.notes)) };
}

/**
 * Add parsed notes in one transaction, skipping ids already present (re-importing the same file
 * adds nothing). A full disk rejects the whole import (`NotesStorageError`), nothing half-written.
 */
export async function importNotes(
  db: NotesDatabase,
  notes: readonly Note[],
): Promise<{ added: number; skipped: number }> {
  return withStorageErrors(QUOTA_MESSAGE_IMPORT, () =>
    db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.bulkGet(notes.map((n) => n.id));
      const seen = new Set<string>();
      const fresh: Note[] = [];
      notes.forEach((n, i) => {
        if (existing[i] || seen.has(n.id)) return;
        seen.add(n.id);
        fresh.push(n);
      });
      if (fresh.length > 0) await db.notes.bulkAdd(fresh);
      return { added: fresh.length, skipped: notes.length - fresh.length };
    }),
  );
}
