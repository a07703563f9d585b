/** lib/notes/exchange.ts: JSON and Markdown export, validated import. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  escapeMarkdown,
  EXPORT_FORMAT_VERSION,
  exportJson,
  exportMarkdown,
  importFile,
  importNotes,
  parseImport,
} from '@/lib/notes/exchange';
import { NotesStorageError, QUOTA_MESSAGE_IMPORT } from '@/lib/notes/repository';
import type { Note } from '@/lib/notes/types';
import { freshDatabase, quotaError, sampleNotes } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const byId = (a: Note, b: Note) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('exportJson', () => {
  it('writes a W3C AnnotationCollection with a versioned Crosscheck block', () => {
    const notes = sampleNotes();
    const doc = JSON.parse(exportJson(notes, { generatorVersion: '9.9.9' }));
    expect(doc).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      generator: { name: 'Crosscheck', version: '9.9.9' },
      crosscheckExport: EXPORT_FORMAT_VERSION,
      total: 3,
    });
    expect(doc.items[0]).toEqual({
      id: 'urn:uuid:0b6f5a8e-3c1d-4e2f-9a7b-1c2d3e4f5a6b',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-11-17T20:05:00.123Z',
      modified: '2024-11-18T08:00:00.000Z',
      body: [
        {
          type: 'TextualBody',
          value: notes[0]!.text,
          format: 'text/plain',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'atacms', purpose: 'tagging' },
        { type: 'TextualBody', value: 'escalation', purpose: 'tagging' },
      ],
      target: {
        source: notes[0]!.url,
        selector: [notes[0]!.selectors!.quote, notes[0]!.selectors!.position],
      },
      crosscheck: {
        pageUrl: notes[0]!.pageUrl,
        title: notes[0]!.title,
        published: '2024-11-17',
        factId: 'us-permits-deep-strikes',
        target: 'text',
      },
    });
    expect(doc.items[2].target).toEqual({ source: notes[2]!.url });
  });

  it('records this build’s version by default', () => {
    const doc = JSON.parse(exportJson([]));
    expect(doc.generator.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.items).toEqual([]);
  });
});

describe('round trip', () => {
  it('export → parse gives back exactly the notes', () => {
    const notes = sampleNotes();
    const parsed = parseImport(exportJson(notes));
    expect(parsed).toEqual({ ok: true, notes });
  });

  it('export → parse → import into an empty database equals the original notes', async () => {
    const { db } = freshDatabase();
    const notes = sampleNotes();
    expect(await importFile(db, exportJson(notes))).toEqual({ ok: true, added: 3, skipped: 0 });
    expect((await db.notes.toArray()).sort(byId)).toEqual([...notes].sort(byId));
  });

  it('re-importing the same file adds nothing', async () => {
    const { db } = freshDatabase();
    const file = exportJson(sampleNotes());
    await importFile(db, file);
    expect(await importFile(db, file)).toEqual({ ok: true, added: 0, skipped: 3 });
    expect(await db.notes.count()).toBe(3);
  });

  it('a partly known file adds only the new notes and keeps local edits', async () => {
    const { db } = freshDatabase();
    const [a, b, c] = sampleNotes();
    await db.notes.add({ ...a!, text: 'edited locally' });
    expect(await importNotes(db, [a!, b!, c!])).toEqual({ added: 2, skipped: 1 });
    expect((await db.notes.get(a!.id))!.text).toBe('edited locally');
  });

  it('keeps a note with an empty text and odd characters intact', () => {
    const [n] = sampleNotes();
    const odd: Note = { ...n!, text: '', tags: ['ünïcödé', '🙂'], title: 'Quote "marks" & <tags>' };
    expect(parseImport(exportJson([odd]))).toEqual({ ok: true, notes: [odd] });
  });
});

// ---------------------------------------------------------------------------------------------
// Bad files, table-driven

interface BadCase {
  name: string;
  raw?: string;
  truncate?: number;
  set?: Record<string, unknown>;
  generate?: 'chars' | 'notes';
  error?: string;
  valid?: boolean;
  expectText?: string;
}

const BAD: BadCase[] = readFileSync(
  new URL('../../cases/notes-bad-imports.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as BadCase & { $comment?: string })
  .filter((c) => c.$comment === undefined);

function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (isDirective(value, '$delete')) delete node[last];
  else if (isDirective(value, '$repeat'))
    node[last] = String(value.$repeat).repeat(Number(value.times));
  else node[last] = value;
}

function isDirective(v: unknown, key: string): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && key in v;
}

function fileFor(c: BadCase): string {
  const base = exportJson(sampleNotes());
  if (c.raw !== undefined) return c.raw;
  if (c.truncate !== undefined) return base.slice(0, Math.floor(base.length * c.truncate));
  if (c.generate === 'chars') return `${base}${' '.repeat(5_000_001)}`;
  if (c.generate === 'notes') {
    const doc = JSON.parse(base);
    const item = doc.items[2];
    doc.items = Array.from({ length: 10_001 }, () => item);
    doc.total = doc.items.length;
    return JSON.stringify(doc);
  }
  const doc = JSON.parse(base);
  for (const [path, value] of Object.entries(c.set ?? {})) setPath(doc, path, value);
  return JSON.stringify(doc, null, 2);
}

describe('notes-bad-imports.jsonl', () => {
  it('has at least 40 refused files, and valid look-alikes', () => {
    expect(BAD.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(40);
    expect(BAD.some((c) => c.valid)).toBe(true);
    expect(new Set(BAD.map((c) => c.name)).size).toBe(BAD.length);
  });

  it.each(BAD.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { db } = freshDatabase();
    const existing = { ...sampleNotes()[0]!, id: 'ffffffff-ffff-4fff-8fff-ffffffffffff' };
    await db.notes.add(existing);
    const file = fileFor(c);
    const result = await importFile(db, file);
    if (c.valid) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true, added: 3 });
      const parsed = parseImport(file);
      if (c.expectText !== undefined && parsed.ok) expect(parsed.notes[0]!.text).toBe(c.expectText);
      if (c.expectText !== undefined) {
        const stored = await db.notes.get(sampleNotes()[0]!.id);
        expect(stored!.text).toBe(c.expectText);
      }
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.toLowerCase()).toContain(c.error!.toLowerCase());
    // A message for people: a sentence, no stack trace, not absurdly long.
    expect(result.error).toMatch(/[.)]$/);
    expect(result.error.length).toBeLessThan(400);
    // Nothing written.
    expect(await db.notes.toArray()).toEqual([existing]);
  });
});

describe('importNotes storage errors', () => {
  it('a full disk part-way through rejects the whole import and keeps what was there', async () => {
    const { db } = freshDatabase();
    const existing = { ...sampleNotes()[0]!, id: 'ffffffff-ffff-4fff-8fff-ffffffffffff' };
    await db.notes.add(existing);
    // The third note fails inside the transaction, as IndexedDB fails a write when the disk fills.
    let writes = 0;
    db.notes.hook('creating', () => {
      writes++;
      if (writes === 3) throw quotaError();
    });
    const attempt = importNotes(db, sampleNotes());
    await expect(attempt).rejects.toBeInstanceOf(NotesStorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE_IMPORT });
    expect(writes).toBe(3);
    expect(await db.notes.toArray()).toEqual([existing]);
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown

describe('exportMarkdown', () => {
  it('groups by page with linked titles, quotes, text, tags, fact and dates', () => {
    const md = exportMarkdown(sampleNotes());
    expect(md).toContain('# Crosscheck notes');
    expect(md).toContain('3 notes on 3 pages.');
    expect(md).toContain(
      '## [Biden lifts ban on Ukraine using US arms to strike deep into Russia](https://reuters.com/world/europe/biden-lifts-ban-2024-11-17)',
    );
    expect(md).toContain('> allowed Ukraine to use U.S.-made weapons to strike deep into Russia');
    expect(md).toContain('Tags: atacms, escalation · Fact: us-permits-deep-strikes');
    expect(md).toContain('Created 2024-11-17 20:05 UTC · edited 2024-11-18 08:00 UTC');
    expect(md).toContain('Published 2024-11-17');
    // Pages with the newest note first.
    const order = ['theguardian.com', 'reuters.com', 'apnews.com'].map((h) => md.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('puts two notes on one page under one heading', () => {
    const [a] = sampleNotes();
    const b = { ...a!, id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', created: a!.created + 1 };
    const md = exportMarkdown([a!, b]);
    expect(md.match(/^## /gm)).toHaveLength(1);
    expect(md).toContain('* * *');
  });

  it('escapes hostile text so it stays text', () => {
    const [n] = sampleNotes();
    const hostile: Note = {
      ...n!,
      title: 'Title](javascript:alert(1)) <img src=x onerror=alert(1)>',
      url: 'https://example.com/a_(b)?q=<x>',
      text: [
        '<script>alert(1)</script>',
        '[click me](https://evil.example)',
        '![img](https://evil.example/x.png)',
        '`code` and *bold* and _em_ and ~~gone~~ | table |',
        '# Heading',
        '- list item',
        '1. ordered',
        '    indented code',
        '&lt;not an entity&gt;',
      ].join('\n'),
      tags: ['<b>tag</b>', '[x](y)'],
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact:
            'Quote line one\n\n# Not a heading\n> not nested\n</blockquote><script>x()</script>\n```\nfence',
          prefix: '',
          suffix: '',
        },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
      },
    };
    const md = exportMarkdown([hostile]);
    // No raw HTML, no link or image syntax from the note's own text.
    expect(md).not.toMatch(/<[a-z/!]/i);
    // The only unescaped `](` is the heading's own link.
    expect(md.match(/[^\\]\]\(/g)).toHaveLength(1);
    expect(md).not.toContain('[click me]');
    expect(md).toContain('\\[click me\\](https://evil.example)');
    expect(md).toContain('!\\[img\\]');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('&amp;lt;not an entity&amp;gt;');
    expect(md).toContain('\\`code\\`');
    // Each line of the note text starts as plain text.
    expect(md).toContain('\n\\# Heading');
    expect(md).toContain('\n\\- list item');
    expect(md).toContain('\n1\\. ordered');
    expect(md).toContain('\nindented code');
    // The quote stays inside its blockquote: every line of it is quoted.
    const lines = md.split('\n');
    const first = lines.indexOf('> Quote line one  ');
    expect(first).toBeGreaterThan(0);
    const quoteLines = lines.slice(first, first + 7);
    expect(quoteLines.at(-1)).toBe('> fence');
    for (const line of quoteLines) expect(line.startsWith('>')).toBe(true);
    expect(lines[first + 7]).toBe('');
    expect(md).toContain('> \\# Not a heading');
    expect(md).toContain('> &gt; not nested');
    expect(md).toContain('> \\`\\`\\`');
    // The title cannot close its link; the URL cannot close its destination.
    expect(md).toContain(
      '## [Title\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;](https://example.com/a_%28b%29?q=%3Cx%3E)',
    );
    expect(md).toContain('Tags: &lt;b&gt;tag&lt;/b&gt;, \\[x\\](y)');
  });

  it('does not link a page whose address is not a web address', () => {
    const [n] = sampleNotes();
    const md = exportMarkdown([{ ...n!, url: 'javascript:alert(1)', title: 'T' }]);
    expect(md).toContain('## T\n');
    expect(md).not.toContain('](javascript');
  });

  it('escapeMarkdown leaves plain prose readable', () => {
    expect(escapeMarkdown('About 10,000 North Korean troops, U.S. officials said.')).toBe(
      'About 10,000 North Korean troops, U.S. officials said.',
    );
  });
});
