/**
 * Curated data arrives as JSON; check its shape before anything reads it, with messages that name
 * the fact and the field. Returns typed data or throws `FactDataError` listing every problem.
 */
import { SLOT_KINDS, STANCES } from './types';
import type { CuratedFact, SlotKind, SourceKind, SourceMeta, Stance } from './types';

export class FactDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`fact data is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'FactDataError';
  }
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_KINDS: readonly SourceKind[] = ['report', 'analysis', 'rewritten aggregate'];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isNullableString = (x: unknown): x is string | null => x === null || isString(x);

export function validateSources(raw: unknown): SourceMeta[] {
  const problems: string[] = [];
  const list = isObject(raw) ? raw.sources : undefined;
  if (!Array.isArray(list)) throw new FactDataError(['sources.json: expected {"sources": [...]}']);
  const seen = new Set<string>();
  list.forEach((s, i) => {
    const where = `sources.json source #${i + 1}`;
    if (!isObject(s)) return problems.push(`${where}: not an object`);
    if (!isString(s.id) || !s.id) problems.push(`${where}: missing id`);
    else if (seen.has(s.id)) problems.push(`${where}: duplicate id ${s.id}`);
    else seen.add(s.id);
    if (!isString(s.file)) problems.push(`${where} (${String(s.id)}): missing file`);
    for (const key of ['title', 'published', 'dateline', 'outlet'] as const) {
      if (!isNullableString(s[key]))
        problems.push(`${where} (${String(s.id)}): ${key} must be a string or null`);
    }
    if (isString(s.published) && !/^\d{4}-\d{2}-\d{2}$/.test(s.published)) {
      problems.push(`${where} (${String(s.id)}): published must be YYYY-MM-DD`);
    }
    if (!SOURCE_KINDS.includes(s.kind as SourceKind)) {
      problems.push(`${where} (${String(s.id)}): kind must be one of ${SOURCE_KINDS.join(', ')}`);
    }
    if (s.credits !== undefined && !isStringArray(s.credits))
      problems.push(`${where}: credits must be strings`);
    if (s.sha256 !== undefined && !(isString(s.sha256) && /^[0-9a-f]{64}$/.test(s.sha256))) {
      problems.push(`${where} (${String(s.id)}): sha256 must be 64 hex digits`);
    }
    if (!isObject(s.evidence))
      problems.push(`${where} (${String(s.id)}): evidence must be an object`);
    return undefined;
  });
  if (problems.length) throw new FactDataError(problems);
  return list as SourceMeta[];
}

export function validateFacts(raw: unknown, sourceIds: ReadonlySet<string>): CuratedFact[] {
  const problems: string[] = [];
  const list = isObject(raw) ? raw.facts : undefined;
  if (!Array.isArray(list)) throw new FactDataError(['facts.json: expected {"facts": [...]}']);
  const seen = new Set<string>();
  list.forEach((f, i) => {
    if (!isObject(f)) return problems.push(`facts.json fact #${i + 1}: not an object`);
    const id = isString(f.id) ? f.id : `#${i + 1}`;
    const where = `fact "${id}"`;
    if (!isString(f.id) || !ID_RE.test(f.id)) problems.push(`${where}: id must be kebab-case`);
    else if (seen.has(f.id)) problems.push(`${where}: duplicate id`);
    else seen.add(f.id);
    if (!isString(f.statement) || f.statement.trim().length < 10)
      problems.push(`${where}: statement is missing`);
    if (!isString(f.topic) || !f.topic) problems.push(`${where}: topic is missing`);
    if (!Array.isArray(f.slots) || !f.slots.every((s) => SLOT_KINDS.includes(s as SlotKind))) {
      problems.push(`${where}: slots must be a list of ${SLOT_KINDS.join(', ')}`);
    }
    if (
      !Array.isArray(f.terms) ||
      f.terms.length === 0 ||
      !f.terms.every((g) => isStringArray(g) && g.length > 0)
    ) {
      problems.push(`${where}: terms must be a non-empty list of non-empty string lists`);
    }
    if (f.contrary !== undefined) {
      const groups = Array.isArray(f.terms) ? f.terms.filter(isStringArray) : [];
      if (!isStringArray(f.contrary) || f.contrary.some((t) => t.trim().length === 0)) {
        problems.push(`${where}: contrary must be a list of non-empty strings`);
      } else {
        for (const t of f.contrary.filter((t) => !groups.some((g) => g.includes(t))))
          problems.push(`${where}: contrary term "${t}" must also be in a concept group`);
      }
    }
    if (!isStringArray(f.aliases)) problems.push(`${where}: aliases must be strings`);
    if (!Array.isArray(f.sources) || f.sources.length === 0) {
      problems.push(`${where}: needs at least one source quote`);
      return undefined;
    }
    f.sources.forEach((q, j) => {
      const qw = `${where} quote #${j + 1}`;
      if (!isObject(q)) return problems.push(`${qw}: not an object`);
      if (!isString(q.source) || !sourceIds.has(q.source))
        problems.push(`${qw}: unknown source ${String(q.source)}`);
      if (!isString(q.quote) || q.quote.length < 8)
        problems.push(`${qw}: quote is missing or too short`);
      if (!STANCES.includes(q.stance as Stance))
        problems.push(`${qw}: stance must be one of ${STANCES.join(', ')}`);
      return undefined;
    });
    return undefined;
  });
  if (problems.length) throw new FactDataError(problems);
  return list as CuratedFact[];
}

/**
 * Every quote must be a verbatim substring of its seed. `texts` maps source id → seed text; a
 * source without text is reported as a missing seed.
 */
export function verifyQuotes(facts: CuratedFact[], texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const missing = new Set<string>();
  for (const f of facts) {
    for (const q of f.sources) {
      const text = texts.get(q.source);
      if (text === undefined) {
        if (!missing.has(q.source))
          problems.push(`seed ${q.source} is missing (needed by fact "${f.id}")`);
        missing.add(q.source);
      } else if (!text.includes(q.quote)) {
        problems.push(`fact "${f.id}": quote is not verbatim in seed ${q.source}: "${q.quote}"`);
      }
    }
  }
  return problems;
}
