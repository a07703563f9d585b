/**
 * Pure helpers of the notes view: a note's site, its display title, ordering, the filters and
 * their options, and reading a tags field. No DOM, no storage.
 */
import type { Note } from '../../lib/notes/types';

/** The filters' "no filter" value. */
export const ALL = '';

export interface NoteFilters {
  site: string;
  tag: string;
  fact: string;
}

export const NO_FILTERS: NoteFilters = { site: ALL, tag: ALL, fact: ALL };

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host || null;
  } catch {
    return null;
  }
}

/** The hostname of the note's (normalised) URL, else of the URL as visited, else ''. */
export function noteSite(note: Note): string {
  return hostOf(note.url) ?? hostOf(note.pageUrl) ?? '';
}

/** The page title, else the site, else the address: never an empty heading. */
export function noteTitle(note: Note): string {
  return note.title.trim() || noteSite(note) || note.pageUrl || 'Untitled page';
}

/** Newest first: by creation time, then id (a stable order for equal times), as listNotes sorts. */
export function newestFirst(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) => b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function matchesFilters(note: Note, f: NoteFilters): boolean {
  if (f.site !== ALL && noteSite(note) !== f.site) return false;
  if (f.tag !== ALL && !note.tags.includes(f.tag)) return false;
  if (f.fact !== ALL && note.factId !== f.fact) return false;
  return true;
}

export function isFiltered(f: NoteFilters): boolean {
  return f.site !== ALL || f.tag !== ALL || f.fact !== ALL;
}

export interface FilterOption {
  value: string;
  count: number;
}

function countBy(values: Iterable<string>, keep: string): FilterOption[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // A chosen value whose last note went away stays offered, so the select never shows a blank.
  if (keep !== ALL && !counts.has(keep)) counts.set(keep, 0);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value.localeCompare(b.value, undefined, { sensitivity: 'base' }));
}

/** Every site, tag and fact among the notes, with how many notes have it. */
export function filterOptions(
  notes: readonly Note[],
  current: NoteFilters = NO_FILTERS,
): { sites: FilterOption[]; tags: FilterOption[]; facts: FilterOption[] } {
  return {
    sites: countBy(
      notes.map(noteSite).filter((s) => s !== ''),
      current.site,
    ),
    tags: countBy(
      notes.flatMap((n) => [...new Set(n.tags)]),
      current.tag,
    ),
    facts: countBy(
      notes.flatMap((n) => (n.factId ? [n.factId] : [])),
      current.fact,
    ),
  };
}

/**
 * What the list shows: the search results in their (relevance) order when there is a query, else
 * every note newest first; then the filters. Results are matched to `notes` by id, so a stale
 * search index never shows a deleted note or an old version of an edited one.
 */
export function visibleNotes(
  notes: readonly Note[],
  results: readonly Note[] | null,
  filters: NoteFilters,
): Note[] {
  let list: Note[];
  if (results === null) {
    list = newestFirst(notes);
  } else {
    const byId = new Map(notes.map((n) => [n.id, n]));
    const seen = new Set<string>();
    list = [];
    for (const r of results) {
      const n = byId.get(r.id);
      if (n && !seen.has(n.id)) {
        seen.add(n.id);
        list.push(n);
      }
    }
  }
  return list.filter((n) => matchesFilters(n, filters));
}

/**
 * "a, #b ,, a" → ["a", "b"]: comma-separated, trimmed, inner spaces collapsed, a leading '#'
 * dropped, no repeats (as the repository stores tags).
 */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#+/, '').trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countLabel(shown: number, total: number): string {
  return shown === total
    ? plural(total, 'note', 'notes')
    : `${shown} of ${plural(total, 'note', 'notes')}`;
}

export function importedLabel(added: number, skipped: number): string {
  return `Imported ${plural(added, 'note', 'notes')} (${skipped} already there)`;
}

/** A thrown value as a sentence for the reader. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Please try again.';
}
