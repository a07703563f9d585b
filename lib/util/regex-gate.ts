/**
 * Literal gates for regular expressions: the strings a pattern cannot match without, found by
 * reading its source, so that a text holding none of them is answered "no match" without running
 * the pattern. A pattern such as `\b(?:never|refus(?:e|ed)|den(?:ied|ies))\b` is tried at every
 * word of a sentence; its gate asks whether "never", "refuse", "denied" or "denies" is there, and
 * one pass over the text has found which of every gate's strings it holds.
 *
 * The analysis is the one RE2's prefilter and code search's trigram index make, on the subset of
 * JavaScript's syntax the engine's patterns use: any construct it does not know gives no condition,
 * so a gate can only ever say "no match" where the pattern would not match either.
 */

import { substringIndex } from './substrings';

/** Strings a node may match, or what its match must contain. All lower case. */
interface Info {
  /** Every string the node can match (null: unknown, or too many to list). */
  exact: string[] | null;
  /** A necessary condition: one of these strings occurs in the text (null: none known). */
  cond: string[] | null;
}

/** The most strings an exact set may hold before it is given up for a condition. */
const MAX_EXACT = 24;
/** The most strings a condition may hold. */
const MAX_COND = 200;

const UNKNOWN: Info = { exact: null, cond: null };
const EMPTY: Info = { exact: [''], cond: null };

class Unsupported extends Error {}

/** Characters a class or escape stands for, lower-cased; null when they are too many to list. */
type Chars = string[] | null;

/** What `\s` matches: read as one space by the gate. */
const SPACE = /^\s$/;
// prettier-ignore
const SPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/**
 * A character as the gate reads it: ASCII letters in lower case and every kind of space as " "
 * (texts are folded the same way, one character at a time), other characters as they are, and null
 * for a letter outside ASCII that has another case: how `i` matches those is not worth modelling.
 */
function fold(ch: string): string | null {
  if (SPACE.test(ch)) return ' ';
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch ? ch : null;
}

/** One character, folded, as a node: a char the gate cannot read is any character. */
function char(ch: string): Info {
  const f = fold(ch);
  return f === null ? UNKNOWN : atom([f]);
}

/** Characters, folded; null if one of them cannot be read. */
function folded(chars: Iterable<string>): Chars {
  const out = new Set<string>();
  for (const ch of chars) {
    const f = fold(ch);
    if (f === null) return null;
    out.add(f);
  }
  return [...out];
}

function dedupe(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Drops strings that contain another of the set: "any of {den, denied}" is "any of {den}". */
function minimal(xs: readonly string[]): string[] {
  const set = dedupe(xs).sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const x of set) if (!out.some((o) => x.includes(o))) out.push(x);
  return out;
}

/** How much a condition narrows: its shortest string's length, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** An exact set as a condition: only when none of its strings is empty. */
function asCond(exact: string[] | null): string[] | null {
  if (exact === null || exact.length === 0 || exact.some((s) => s === '')) return null;
  if (exact.length === 1) return exact;
  return exact.length > MAX_COND ? null : minimal(exact);
}

function atom(exact: string[] | null): Info {
  return { exact, cond: asCond(exact) };
}

/** Characters with a meaning in a pattern (outside a class). */
const SYNTAX = '\\^$.|?*+()[]{}';
const QUANTIFIER_START = '?*+{';

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported(`stray ${this.src[this.i]}`);
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private disjunction(): Info {
    const alts = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    if (alts.length === 1) return alts[0]!;
    let exact: string[] | null = [];
    for (const a of alts) {
      if (exact === null || a.exact === null || exact.length + a.exact.length > 2 * MAX_EXACT) {
        exact = null;
        break;
      }
      exact.push(...a.exact);
    }
    if (exact !== null) exact = dedupe(exact);
    if (exact !== null && exact.length > MAX_EXACT) exact = null;
    let cond: string[] | null = [];
    for (const a of alts) {
      const c = better(a.cond, asCond(a.exact));
      if (c === null || cond === null) {
        cond = null;
        break;
      }
      cond.push(...c);
    }
    cond = cond === null || cond.length > MAX_COND ? null : minimal(cond);
    return { exact, cond };
  }

  private alternative(): Info {
    const terms: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const run = this.literalRun();
      if (run !== '') terms.push(atom([run]));
      else terms.push(...this.term());
    }
    return concat(terms);
  }

  /** Plain characters from `this.i` on, folded, up to one a quantifier follows (read as a term). */
  private literalRun(): string {
    const src = this.src;
    let run = '';
    while (this.i < src.length) {
      const c = src[this.i]!;
      if (SYNTAX.includes(c) || QUANTIFIER_START.includes(src[this.i + 1] ?? '')) break;
      if (this.unicode && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) break;
      const f = fold(c);
      if (f === null) break;
      run += f;
      this.i++;
    }
    return run;
  }

  /** A term, as the terms it is read as in a sequence (see `quantified`). */
  private term(): Info[] {
    const c = this.peek()!;
    if (c === '^' || c === '$') {
      this.i++;
      return [EMPTY];
    }
    if (c === '\\' && (this.src[this.i + 1] === 'b' || this.src[this.i + 1] === 'B')) {
      this.i += 2;
      return [EMPTY];
    }
    if (c === '(' && this.src[this.i + 1] === '?') {
      const look = /^\(\?(=|!|<=|<!)/.exec(this.src.slice(this.i, this.i + 4));
      if (look) {
        this.i += look[0].length;
        const inner = this.disjunction();
        this.expect(')');
        // Zero width: it adds no characters to the match; a positive one's text is in the input.
        const positive = look[1] === '=' || look[1] === '<=';
        return [{ exact: [''], cond: positive ? better(inner.cond, asCond(inner.exact)) : null }];
      }
    }
    const base = this.atom();
    return this.quantified(base);
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new Unsupported(`expected ${ch}`);
    this.i++;
  }

  /**
   * An atom and its quantifier. One repeated at least `n` times and perhaps more is read as its `n`
   * repetitions, then something unknown: "yet\\s+to" must hold "yet " (and "to").
   */
  private quantified(base: Info): Info[] {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return [base];
    this.i++;
    if (this.peek() === '?') this.i++; // lazy
    if (min === 0) {
      if (max === 1 && base.exact !== null && base.exact.length < MAX_EXACT)
        return [{ exact: dedupe(['', ...base.exact]), cond: null }];
      return [UNKNOWN];
    }
    if (min === 1 && max === 1) return [base];
    const cond = better(base.cond, asCond(base.exact));
    let exact: string[] | null = base.exact === null || min > 4 ? null : [''];
    for (let k = 0; k < min && exact !== null; k++) exact = cross(exact, base.exact!);
    const repeated =
      exact === null ? { exact: null, cond } : { exact, cond: better(cond, asCond(exact)) };
    return max === min ? [repeated] : [repeated, UNKNOWN];
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      if (this.peek() === '?') {
        const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.src.slice(this.i));
        if (this.src[this.i + 1] === ':') this.i += 2;
        else if (named) this.i += named[0].length;
        else throw new Unsupported('group kind');
      }
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (c === '[') return atom(this.charClass());
    if (c === '.') {
      this.i++;
      return UNKNOWN;
    }
    if (c === '\\') return this.escape();
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']')
      throw new Unsupported(`syntax ${c}`);
    // A literal: one code unit (or, with the u flag, one code point).
    const cp = this.unicode ? String.fromCodePoint(this.src.codePointAt(this.i)!) : c;
    this.i += cp.length;
    return char(cp);
  }

  private escape(): Info {
    const chars = this.escapeChars(false);
    return chars === 'backref' ? UNKNOWN : atom(chars);
  }

  /** An escape at `this.i` (its backslash): the characters it stands for. */
  private escapeChars(inClass: boolean): Chars | 'backref' {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    if (c === 's') return [' '];
    if ('dDwWS'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      if (!this.unicode) return folded([c]);
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('property');
      this.i += m[0].length;
      return null;
    }
    if (/[1-9]/.test(c) && !inClass) {
      while (/\d/.test(this.peek() ?? '')) this.i++;
      return 'backref';
    }
    if (c === 'k' && !inClass) {
      const m = /^<[^>]*>/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length;
        return 'backref';
      }
    }
    const simple: Record<string, string> = {
      t: '\t',
      n: '\n',
      r: '\r',
      v: '\v',
      f: '\f',
      '0': '\0',
    };
    if (c in simple && !(c === '0' && /\d/.test(this.peek() ?? ''))) return [simple[c]!];
    if (c === 'b' && inClass) return ['\b'];
    if (c === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('\\x');
      this.i += 2;
      return folded([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (c === 'u') {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.i));
      if (braced && this.unicode) {
        this.i += braced[0].length;
        return folded([String.fromCodePoint(parseInt(braced[1]!, 16))]);
      }
      const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('\\u');
      this.i += 4;
      return folded([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (c === 'c') throw new Unsupported('\\c');
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`\\${c}`);
    return folded([c]);
  }

  /** A character class at `this.i`: the characters it stands for, or null for too many. */
  private charClass(): Chars {
    this.i++;
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let unknown = negated;
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('open class');
      const from = this.classAtom();
      if (
        this.peek() === '-' &&
        this.src[this.i + 1] !== ']' &&
        this.src[this.i + 1] !== undefined
      ) {
        this.i++;
        const to = this.classAtom();
        if (from === null || to === null || from.length !== 1 || to.length !== 1) {
          unknown = true;
          continue;
        }
        const a = from[0]!.codePointAt(0)!;
        const b = to[0]!.codePointAt(0)!;
        if (b - a > MAX_EXACT) unknown = true;
        else
          for (let k = a; k <= b; k++) {
            const f = fold(String.fromCodePoint(k));
            if (f === null) unknown = true;
            else chars.add(f);
          }
        continue;
      }
      if (from === null) unknown = true;
      else
        for (const ch of from) {
          const f = fold(ch);
          if (f === null) unknown = true;
          else chars.add(f);
        }
    }
    this.i++;
    if (unknown || chars.size === 0 || chars.size > MAX_EXACT) return null;
    return [...chars];
  }

  private classAtom(): Chars {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const r = this.escapeChars(true);
      return r === 'backref' ? null : r;
    }
    const cp = this.unicode ? String.fromCodePoint(this.src.codePointAt(this.i)!) : c;
    this.i += cp.length;
    // A range's ends are read before folding ("A-Z" is 26 letters, not "a-z" and "Z").
    return [cp];
  }
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  // Each set is free of repeats, so one of a single string makes none.
  if (b.length === 1) return a.map((x) => x + b[0]!);
  if (a.length === 1) return b.map((y) => a[0]! + y);
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

/** A sequence: runs of exact sets joined, every term's own condition, the best of them kept. */
function concat(terms: readonly Info[]): Info {
  let cur: string[] | null = [''];
  let whole = true;
  let cond: string[] | null = null;
  for (const t of terms) {
    cond = better(cond, t.cond);
    const joined: string[] | null = cur !== null && t.exact !== null ? cross(cur, t.exact) : null;
    if (joined !== null) {
      cur = joined;
      continue;
    }
    whole = false;
    cond = better(cond, asCond(cur));
    cur = t.exact ?? [''];
  }
  cond = better(cond, asCond(cur));
  return { exact: whole ? cur : null, cond };
}

/**
 * The strings (lower case) one of which every text a pattern matches contains, or null where none
 * is known (a construct the reader does not know, or a pattern that can match almost anything).
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  // Under `iu`, "ſ" matches "s" and the Kelvin sign "k": not what ASCII folding reads.
  if (flags.includes('v') || (flags.includes('i') && flags.includes('u'))) return null;
  try {
    const info = new Parser(source, flags.includes('u')).parse();
    return better(info.cond, asCond(info.exact));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Gated patterns

/** Gates shorter than this are not worth a check: "of" or "," is in nearly every sentence. */
const MIN_GATE_LENGTH = 3;

/** Every gate literal, numbered; the automaton that finds them is rebuilt when this grows. */
const literalIds = new Map<string, number>();
let automaton: ((text: string) => number[]) | null = null;

/** The last texts read and the literals found in them (patterns often run on a text again). */
const SEEN = 8;
const seenTexts: (string | undefined)[] = new Array<string | undefined>(SEEN);
const seenFound: number[][] = new Array<number[]>(SEEN);
let seenNext = 0;

/** `marks[id] === generation`: literal `id` is in `markedText`, the text last asked about. */
let marks = new Int32Array(0);
let generation = 0;
let markedText: string | undefined;

/** Marks the literals `text` holds (see `marks`). */
function markLiterals(text: string): void {
  if (text === markedText) return;
  let found: number[] | undefined;
  for (let k = 0; k < SEEN; k++)
    if (seenTexts[k] === text) {
      found = seenFound[k];
      break;
    }
  if (found === undefined) {
    if (automaton === null) {
      automaton = substringIndex([...literalIds.keys()], gateFolding());
      marks = new Int32Array(literalIds.size);
      generation = 0;
    }
    found = automaton(text);
    seenTexts[seenNext] = text;
    seenFound[seenNext] = found;
    seenNext = (seenNext + 1) % SEEN;
  }
  generation++;
  for (let k = 0; k < found.length; k++) marks[found[k]!] = generation;
  markedText = text;
}

/**
 * How the gate reads a text: ASCII capitals as small letters and every kind of space as " ", as
 * `fold` reads the patterns' literals.
 */
function gateFolding(): Map<number, number> {
  const folding = new Map<number, number>();
  for (let code = 0x41; code <= 0x5a; code++) folding.set(code, code + 0x20);
  for (const code of SPACE_CODES) if (code !== 0x20) folding.set(code, 0x20);
  return folding;
}

/**
 * A pattern that first asks whether its text holds one of its gate literals, and fails at once
 * where it holds none; where it holds one, an ordinary copy of the pattern runs (V8's fast paths
 * are for unmodified `RegExp` objects only, so the copy, not this one, does the matching).
 */
class GatedRegExp extends RegExp {
  private readonly inner: RegExp;
  /** The gate's literals' numbers; null for none worth checking, undefined until read. */
  private gate: readonly number[] | null | undefined;
  private readonly stateful: boolean;
  private lastInput: string | undefined;
  private lastPass = true;

  constructor(re: RegExp) {
    super(re.source, re.flags);
    this.inner = new RegExp(re.source, re.flags);
    this.stateful = this.global || this.sticky;
    unread.push(this);
  }

  /** Reads the pattern's gate (see `settle`), from the table given if it lists the pattern. */
  readGate(): void {
    const key = patternKey(this);
    const literals = table !== null && key in table ? table[key]! : gateLiterals(this);
    this.gate = literals === null ? null : literals.map(literalId);
  }

  /** The gate's literals, or null where there is none. */
  literals(byId: readonly string[]): readonly string[] | null {
    return this.gate ? this.gate.map((id) => byId[id]!) : null;
  }

  /** Whether `text` holds one of the gate's literals (remembered for the last text asked). */
  private passes(text: string): boolean {
    if (this.gate === undefined) {
      if (skipped) this.gate = null;
      else settle();
    }
    const gate = this.gate;
    if (!gate) return true;
    if (text === this.lastInput) return this.lastPass;
    markLiterals(text);
    let pass = false;
    for (let k = 0; k < gate.length; k++)
      if (marks[gate[k]!] === generation) {
        pass = true;
        break;
      }
    this.lastInput = text;
    this.lastPass = pass;
    return pass;
  }

  /** The copy, its `lastIndex` set to this pattern's (see `settled`). */
  private ready(): RegExp {
    const inner = this.inner;
    if (this.stateful) inner.lastIndex = this.lastIndex;
    return inner;
  }

  /** `result`, this pattern's `lastIndex` now the copy's. */
  private settled<T>(result: T): T {
    if (this.stateful) this.lastIndex = this.inner.lastIndex;
    return result;
  }

  /** Whether `text` fails the gate; a failed match leaves a global or sticky pattern at 0. */
  private fails(text: string): boolean {
    if (this.passes(text)) return false;
    if (this.stateful) this.lastIndex = 0;
    return true;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    return this.fails(text) ? null : this.settled(this.ready().exec(text));
  }

  override test(input: string): boolean {
    const text = String(input);
    return this.fails(text) ? false : this.settled(this.ready().test(text));
  }

  override [Symbol.replace](input: string, replacement: unknown): string {
    const text = String(input);
    if (this.fails(text)) return text;
    const inner = this.ready();
    try {
      return inner[Symbol.replace](text, replacement as (match: string) => string);
    } finally {
      this.settled(null);
    }
  }

  override [Symbol.match](input: string): RegExpMatchArray | null {
    const text = String(input);
    return this.fails(text) ? null : this.settled(this.ready()[Symbol.match](text));
  }

  /** (`matchAll` reads a copy of the pattern: this one's `lastIndex` does not move.) */
  override [Symbol.matchAll](input: string): RegExpStringIterator<RegExpExecArray> {
    const text = String(input);
    if (!this.passes(text)) return ([] as RegExpExecArray[])[Symbol.iterator]() as never;
    return this.ready()[Symbol.matchAll](text);
  }

  /** (`search` leaves `lastIndex` as it found it.) */
  override [Symbol.search](input: string): number {
    const text = String(input);
    return this.passes(text) ? this.ready()[Symbol.search](text) : -1;
  }

  /** (Not gated: `split` is rare, and its answer on a text without a match is the text.) */
  override [Symbol.split](input: string, limit?: number): string[] {
    return this.settled(this.ready()[Symbol.split](String(input), limit));
  }
}

/** Patterns made whose gates are not read yet: they are read together, on first use. */
const unread: GatedRegExp[] = [];

/** Every pattern `gated` has made (for tests). */
const made: GatedRegExp[] = [];

/** A literal's number, given it if it is new (and the automaton then made again). */
function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalIds.size;
    literalIds.set(literal, id);
    automaton = null;
    seenTexts.fill(undefined);
    markedText = undefined;
  }
  return id;
}

/**
 * Reads the gates of the patterns made since the last call. Not at load: a service worker started
 * again for a page that another engine answers should not spend its start on them.
 */
function settle(): void {
  for (const pattern of unread.splice(0)) {
    pattern.readGate();
    made.push(pattern);
  }
}

/** The patterns `gated` has made that have a gate, each with its gate's literals. */
export function gatedPatterns(): readonly { pattern: RegExp; literals: readonly string[] }[] {
  settle();
  const byId = [...literalIds.keys()];
  return made.flatMap((pattern) => {
    const literals = pattern.literals(byId);
    return literals ? [{ pattern, literals }] : [];
  });
}

/** Each pattern's gate literals (null: none worth checking), by `patternKey`. */
export type GateTable = Readonly<Record<string, readonly string[] | null>>;

/** The gates read ahead of time (the build's `virtual:crosscheck-gates`), if given. */
let table: GateTable | null = null;

/** The literals a pattern's gate checks, or null for no gate. */
function gateLiterals(re: RegExp): readonly string[] | null {
  const literals = requiredLiterals(re.source, re.flags);
  return literals === null || literals.some((l) => l.length < MIN_GATE_LENGTH) ? null : literals;
}

/**
 * Every pattern `gated` has made so far and its gate, for the build to ship: the service worker
 * then looks its gates up instead of reading 500 patterns each time it starts (50-100 ms cold).
 */
export function gateTable(): GateTable {
  settle();
  return Object.fromEntries(made.map((p) => [patternKey(p), gateLiterals(p)]));
}

let skipped = false;

/**
 * Gated patterns run as they are here: for the content script, which runs a few date patterns on
 * a page's dateline and byline, where reading the gates would cost the page more than they save.
 */
export function skipGates(): void {
  skipped = true;
}

/** Gates to look up before reading a pattern (see `gateTable`); patterns not listed are read. */
export function useGateTable(gates: GateTable): void {
  table = gates;
}

/**
 * A pattern's key in a `GateTable`: its flags, its source's length and a 53-bit hash of the source
 * (cyrb53), not the source itself, which would double the patterns' share of the bundle.
 */
function patternKey(re: RegExp): string {
  const source = re.source;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${re.flags}:${source.length}:${hash.toString(36)}`;
}

/**
 * `re`, gated by the literals it cannot match without (see `requiredLiterals`), read when a gated
 * pattern is first used. A pattern without literals worth checking runs as it is. Meant for
 * patterns made once, at a module's top level: each is kept for the module's life.
 */
/*#__NO_SIDE_EFFECTS__*/
export function gated<R extends RegExp>(re: R): R {
  return new GatedRegExp(re) as unknown as R;
}
