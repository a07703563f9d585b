/**
 * The facts view's model: the fact base as rows (fact × source), its topics, the seeds' internal
 * disagreements, and filtering. Pure (no React, no DOM, no extension APIs); the search index lives in
 * `search.ts`.
 */
import { describeDate } from '../claims/dates';
import { describeQuantity } from '../claims/quantities';
import { formatDate, sourceLabel } from '../card/model';
import type {
  Fact,
  FactBase,
  FactSource,
  FactStatus,
  PlainFactConflict,
  SourceMeta,
  Stance,
} from '../factbase/types';
import type { FactSearch } from './search';

/** One column of the matrix: a source of the fact base. */
export interface SourceColumn {
  id: string;
  /** "000": the seed's number, as the disputes name it; the whole id when it has no number. */
  short: string;
  /** Its outlet when the text names one ("khaleejtimes.com"), else "Source 000". */
  label: string;
  kind: string;
  /** "22 Nov 2024", or null when the text states no date. */
  date: string | null;
}

/** One quote of a source on a fact. */
export interface CellEntry {
  quote: string;
  stance: Stance;
  /** The quote's short value (see {@link FactCell.value}), or null. */
  value: string | null;
  /** Why this quote contradicts plain fact, or null. */
  conflict: string | null;
}

/** What one source says about one fact. */
export interface FactCell {
  /**
   * The source's stance. With several quotes, the most telling one: denies, then doubts, then
   * asserts, then reports.
   */
  stance: Stance;
  /**
   * The short value the source gives: for quantity slots the first quantity of each quote, for date
   * slots the first date, for place slots the places that are not countries; distinct values of the
   * source's quotes joined with "; ". Null when the fact has no such slot or the quotes state none.
   */
  value: string | null;
  /** The source's quotes on this fact, verbatim, in the fact's order. */
  quotes: string[];
  /** The first plain-fact conflict among these quotes, or null. */
  conflict: string | null;
  entries: CellEntry[];
}

export interface FactRow {
  id: string;
  statement: string;
  topic: string;
  status: FactStatus;
  /** One cell per source of the base, in `base.sources` order; null where the source is silent. */
  cells: (FactCell | null)[];
  /** Distinct sources the status rests on (those that do not contradict plain fact). */
  sourceCount: number;
  /** The disputes' reasons ("about 8,000 troops (000, 001) vs more than 10,000 troops (…)"). */
  disputes: string[];
  conflicts: PlainFactConflict[];
  aliases: string[];
}

/** A disagreement inside the fact base, for the notice at the top of the view. */
export interface BaseNotice {
  factId: string;
  kind: 'dispute' | 'conflict';
  /** The fact, shortened: "North Korea has sent thousands of troops to fight for Russia". */
  title: string;
  /** "about 8,000 troops (000, 001) vs more than 10,000 troops (002, 003, 004)". */
  text: string;
}

export type StatusFilter = FactStatus | 'all';

export interface FactFilter {
  status?: StatusFilter;
  topic?: string;
  query?: string;
  /** Only these fact ids (e.g. the facts the current page touched). */
  only?: ReadonlySet<string>;
}

const STANCE_WEIGHT: Record<Stance, number> = { denies: 3, doubts: 2, asserts: 1, reports: 0 };

/** "000" from "000_38147e0aa8aa1475"; other ids are kept whole. */
export function shortSourceId(id: string): string {
  const m = /^(\d{3})_/.exec(id);
  return m ? m[1]! : id;
}

export function sourceColumns(sources: readonly SourceMeta[]): SourceColumn[] {
  return sources.map((s) => ({
    id: s.id,
    short: shortSourceId(s.id),
    label: sourceLabel(s.id, s),
    kind: s.kind,
    date: s.published ? formatDate(s.published) : null,
  }));
}

/** The short value of one quote for a fact's slots (see {@link FactCell.value}). */
export function quoteValue(fact: Pick<Fact, 'slots'>, source: FactSource): string | null {
  const v = source.values;
  const q = v.quantities[0];
  if (fact.slots.includes('quantity') && q) return describeQuantity(q);
  const d = v.dates[0];
  if (fact.slots.includes('date') && d) return describeDate(d);
  if (fact.slots.includes('place')) {
    const names = [...new Set(v.places.filter((p) => p.kind !== 'country').map((p) => p.name))];
    if (names.length > 0) return names.join('/');
  }
  return null;
}

function cellFor(fact: Fact, quotes: FactSource[]): FactCell | null {
  if (quotes.length === 0) return null;
  const entries = quotes.map((q): CellEntry => ({
    quote: q.quote,
    stance: q.stance,
    value: quoteValue(fact, q),
    conflict: q.conflict ?? conflictOf(fact.conflicts, q),
  }));
  const values = [...new Set(entries.map((e) => e.value).filter((v): v is string => v !== null))];
  const stance = entries
    .map((e) => e.stance)
    .reduce((a, b) => (STANCE_WEIGHT[b] > STANCE_WEIGHT[a] ? b : a));
  return {
    stance,
    value: values.length > 0 ? values.join('; ') : null,
    quotes: entries.map((e) => e.quote),
    conflict: entries.find((e) => e.conflict !== null)?.conflict ?? null,
    entries,
  };
}

/** A fact-level conflict that names this quote (or, with an empty quote, all of its source). */
function conflictOf(conflicts: readonly PlainFactConflict[], q: FactSource): string | null {
  const hit =
    conflicts.find((c) => c.source === q.source && c.quote === q.quote) ??
    conflicts.find((c) => c.source === q.source && c.quote === '');
  return hit ? hit.reason : null;
}

/** Rows for the facts view, in the base's order. */
export function factRows(base: FactBase): FactRow[] {
  return base.facts.map((fact) => {
    const cells = base.sources.map((s) =>
      cellFor(
        fact,
        fact.sources.filter((q) => q.source === s.id),
      ),
    );
    const grounded = new Set<string>();
    for (const q of fact.sources)
      if (!q.conflict && !conflictOf(fact.conflicts, q)) grounded.add(q.source);
    return {
      id: fact.id,
      statement: fact.statement,
      topic: fact.topic,
      status: fact.status,
      cells,
      sourceCount: grounded.size,
      disputes: fact.disputes.map((d) => d.reason),
      conflicts: fact.conflicts,
      aliases: fact.aliases,
    };
  });
}

/** Distinct topics, sorted. */
export function topics(base: FactBase): string[] {
  return [...new Set(base.facts.map((f) => f.topic))].sort((a, b) => a.localeCompare(b, 'en'));
}

const TOPIC_LABELS: Record<string, string> = {
  'north-korea': 'North Korea',
};

/** "north-korea" → "North Korea", "strikes" → "Strikes". */
export function topicLabel(topic: string): string {
  const known = TOPIC_LABELS[topic];
  if (known) return known;
  const words = topic.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : topic;
}

const STATUS_NAMES: Record<FactStatus, string> = {
  consensus: 'Consensus',
  disputed: 'Disputed',
  'single-source': 'Single source',
};

/** "Consensus", "Disputed", "Single source". */
export function statusName(status: FactStatus): string {
  return STATUS_NAMES[status];
}

/** The status filter's options, in the order the view offers them. */
export const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'consensus', label: 'Consensus' },
  { value: 'disputed', label: 'Disputed' },
  { value: 'single-source', label: 'Single source' },
];

/** "56 facts", "1 fact", "3 of 56 facts". */
export function countLabel(shown: number, total: number): string {
  const noun = total === 1 ? 'fact' : 'facts';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** The first clause of a statement, without its full stop, at most `max` characters. */
export function shortStatement(statement: string, max = 90): string {
  let s = statement
    .split(/;\s|\s[—–]\s/)[0]!
    .trim()
    .replace(/[.。]$/, '');
  if (s.length > max) {
    const cut = s.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    s = `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return s;
}

/**
 * Every disagreement inside the fact base: each disputed fact's sides ("about 8,000 troops (000,
 * 001) vs more than 10,000 troops (002, 003, 004)") and each quote that contradicts plain fact.
 */
export function baseNotices(base: FactBase): BaseNotice[] {
  const notices: BaseNotice[] = [];
  for (const fact of base.facts) {
    const title = shortStatement(fact.statement);
    // A quote that denies or doubts what several sources state is one disagreement, not one per
    // source it disagrees with.
    const against = new Map<string, { pro: Set<string>; con: string[]; doubt: boolean }>();
    for (const d of fact.disputes) {
      if (d.kind !== 'polarity') {
        const text = d.sides
          .map((side) => `${side.value} (${side.sources.map(shortSourceId).join(', ')})`)
          .join(' vs ');
        notices.push({ factId: fact.id, kind: 'dispute', title, text });
        continue;
      }
      const key = d.sides[1].value;
      const entry = against.get(key) ?? { pro: new Set(), con: d.sides[1].sources, doubt: true };
      for (const id of d.sides[0].sources) entry.pro.add(id);
      entry.doubt &&= d.doubt === true;
      against.set(key, entry);
    }
    for (const [quote, { pro, con, doubt }] of against) {
      const ids = (list: Iterable<string>) => [...list].map(shortSourceId).sort().join(', ');
      const one = con.length === 1;
      const verb = doubt
        ? one
          ? 'doubts it'
          : 'doubt it'
        : one
          ? 'says otherwise'
          : 'say otherwise';
      notices.push({
        factId: fact.id,
        kind: 'dispute',
        title,
        text: `${ids(pro)} ${pro.size === 1 ? 'states' : 'state'} it; ${ids(con)} ${verb}: ${quote}`,
      });
    }
    for (const c of fact.conflicts) {
      const quote = c.quote ? ` — “${c.quote}”` : '';
      notices.push({
        factId: fact.id,
        kind: 'conflict',
        title,
        text: `${shortSourceId(c.source)} ${c.reason}${quote}`,
      });
    }
  }
  return notices;
}

/**
 * The rows that pass every filter. With a query, rows come in the search's rank order (best first);
 * without one, in the base's order. A query that is only spaces is no query.
 */
export function filterRows(
  rows: readonly FactRow[],
  filter: FactFilter,
  index?: FactSearch | null,
): FactRow[] {
  const status = filter.status ?? 'all';
  const topic = filter.topic ?? 'all';
  const query = (filter.query ?? '').trim();
  let out = rows.filter(
    (r) =>
      (status === 'all' || r.status === status) &&
      (topic === 'all' || r.topic === topic) &&
      (!filter.only || filter.only.has(r.id)),
  );
  if (query && index) {
    const hits = index.search(query);
    const rank = new Map([...hits].map((id, i) => [id, i]));
    out = out.filter((r) => rank.has(r.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  } else if (query) {
    // No index: every word of the query, literally, somewhere in the fact's text.
    const words = query.toLowerCase().split(/\s+/);
    out = out.filter((r) => {
      const text = [r.statement, ...r.aliases, ...r.cells.flatMap((c) => c?.quotes ?? [])]
        .join('\n')
        .toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }
  return out;
}
