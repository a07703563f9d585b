/**
 * Actors with aliases: "Zelensky" / "Zelenskiy" / "Zelenskyy"; "Lloyd Austin" / "the US defence
 * secretary". One match per span; the longest alias wins where two overlap.
 */
import data from './data/actors.json';
import type { Actor } from './types';

interface Entry {
  id: string;
  name: string;
  kind: Actor['kind'];
  aliases: string[];
}

const ENTRIES = (data.actors as Entry[]).map((e) => ({
  ...e,
  res: e.aliases.map((a) => new RegExp(String.raw`(?<![\w-])(?:${a})(?![\w-])`, 'gi')),
}));

/** Case-sensitive aliases: short upper-case forms that collide with English words ("US" vs "us"). */
const CASE_SENSITIVE = /^(?:US|UK|HUR|NATO|DPRK)/;

export function extractActors(text: string): Actor[] {
  const found: Actor[] = [];
  for (const e of ENTRIES) {
    for (const re of e.res) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (
          CASE_SENSITIVE.test(m[0].toUpperCase()) &&
          m[0].length <= 4 &&
          m[0] !== m[0].toUpperCase()
        ) {
          continue;
        }
        found.push({
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
          id: e.id,
          name: e.name,
          kind: e.kind,
        });
      }
    }
  }
  // Keep the longest of overlapping matches.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Actor[] = [];
  for (const a of found) if (!out.some((o) => a.start < o.end && a.end > o.start)) out.push(a);
  out.sort((a, b) => a.start - b.start);
  // "Secretary of State Antony Blinken": a role and a name side by side are one mention.
  const merged: Actor[] = [];
  for (const a of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.id === a.id && /^\s*$/.test(text.slice(prev.end, a.start))) {
      prev.end = a.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      merged.push({ ...a });
    }
  }
  return merged;
}
