/**
 * lib/util/regex-gate.ts: the literals a pattern cannot match without (tests/cases/regex-gate.json),
 * gated patterns behaving as plain ones in every method, the engine's gates holding on every eval
 * sentence, and the engine's module-level patterns all gated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import table from '../../cases/regex-gate.json';
import {
  gated,
  gatedPatterns,
  gateTable,
  requiredLiterals,
  useGateTable,
} from '../../../lib/util/regex-gate';
import '../../../lib/check';
import { EVAL_DIR } from '../../../scripts/lib/seeds';

const ROOT = join(__dirname, '..', '..', '..');

describe('requiredLiterals', () => {
  it.each(table.literals.map((c) => [`/${c.pattern}/${c.flags}`, c] as const))('%s', (_, c) => {
    const found = requiredLiterals(c.pattern, c.flags);
    expect(found === null ? null : [...found].sort()).toEqual(c.literals);
  });

  it('gives no literals for syntax it does not read', () => {
    expect(requiredLiterals('\\cJabc')).toBeNull();
    expect(requiredLiterals('[\\p{L}]abc', 'v')).toBeNull();
  });
});

describe('gated', () => {
  const cases: [RegExp, string[]][] = [
    [/\bnot\b/i, ['They did NOT agree.', 'Nothing here.', '']],
    [/\b(?:refus|reject)(\w*)/gi, ['Refused, then rejected.', 'They agreed.', 'REJECTS']],
    [/\bstorm\s+shadows?\b/y, ['Storm Shadow', 'storm\u00a0shadows fired', 'no missiles']],
    [/(?<verb>fired|launched)\s+(\w+)/dg, ['It fired ATACMS and launched drones.', 'nothing']],
  ];

  it('runs a pattern without literals worth checking as it is, and lists only gated ones', () => {
    const digits = gated(/\d+/g);
    const short = gated(/\bno\b/);
    const never = gated(/\bnever\b/i);
    expect('in 2024 and 2025'.match(digits)).toEqual(['2024', '2025']);
    expect(short.test('There is no doubt.')).toBe(true);
    const listed = gatedPatterns().map((p) => p.pattern);
    expect(listed).toContain(never);
    expect(listed).not.toContain(digits);
    expect(listed).not.toContain(short);
    expect(gatedPatterns().find((p) => p.pattern === never)?.literals).toEqual(['never']);
  });

  it.each(cases.map(([re, texts]) => [String(re), re, texts] as const))(
    '%s answers every method as the plain pattern does',
    (_, re, texts) => {
      const g = gated(new RegExp(re.source, re.flags));
      expect(g).not.toBe(re);
      expect(g).toBeInstanceOf(RegExp);
      expect([g.source, g.flags]).toEqual([re.source, re.flags]);
      const p = new RegExp(re.source, re.flags);
      for (const text of texts) {
        for (const start of [0, 3]) {
          g.lastIndex = start;
          p.lastIndex = start;
          expect(g.test(text)).toBe(p.test(text));
          expect(g.lastIndex).toBe(p.lastIndex);
          g.lastIndex = start;
          p.lastIndex = start;
          expect(g.exec(text)).toEqual(p.exec(text));
          expect(g.lastIndex).toBe(p.lastIndex);
        }
        g.lastIndex = 0;
        p.lastIndex = 0;
        const seen: string[][] = [];
        expect(text.replace(g, (m, ...rest) => `<${m}|${rest.length}>`)).toBe(
          text.replace(p, (m, ...rest) => {
            seen.push([m]);
            return `<${m}|${rest.length}>`;
          }),
        );
        expect(text.replace(g, '[$&]')).toBe(text.replace(p, '[$&]'));
        expect(g.lastIndex).toBe(p.lastIndex);
        expect(text.match(g)).toEqual(text.match(p));
        expect(text.search(g)).toBe(text.search(p));
        expect(text.split(g)).toEqual(text.split(p));
        if (re.global) {
          expect([...text.matchAll(g)]).toEqual([...text.matchAll(p)]);
          expect(text.replaceAll(g, '#')).toBe(text.replaceAll(p, '#'));
        }
      }
    },
  );

  it('looks a gate up in a table made ahead of time, and reads a pattern the table lacks', () => {
    const source = String.raw`\bcontractors?\s+(?:in|inside)\s+Ukraine\b`;
    const before = gateTable();
    gated(new RegExp(source, 'i'));
    const table = gateTable();
    const key = Object.keys(table).find((k) => !(k in before));
    expect(key).toBeDefined();
    expect(table[key!]).toEqual(['contractor ', 'contractors ']);
    // A table that gates the same pattern on a word the text lacks: the table's gate is the one used.
    useGateTable({ ...table, [key!]: ['mercenar'] });
    const fromTable = gated(new RegExp(source, 'i'));
    const unlisted = gated(new RegExp(`${source}(?=\\.)`, 'i'));
    try {
      expect(fromTable.test('US contractors in Ukraine')).toBe(false);
      expect(unlisted.test('US contractors in Ukraine.')).toBe(true);
    } finally {
      useGateTable({});
    }
  });

  it('keeps an exec loop over several texts in step with its lastIndex', () => {
    const g = gated(/\bstrikes?\b/gi);
    const p = /\bstrikes?\b/gi;
    for (const text of ['Strikes and more strikes.', 'No such thing.', 'One strike.']) {
      const a: number[] = [];
      const b: number[] = [];
      let m: RegExpExecArray | null;
      while ((m = g.exec(text))) a.push(m.index);
      while ((m = p.exec(text))) b.push(m.index);
      expect(a).toEqual(b);
    }
  });
});

/** Every eval sentence, and each also in capitals and with its spaces made no-break spaces. */
function evalTexts(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(EVAL_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const lines = readFileSync(join(EVAL_DIR, dir.name, 'sentences.jsonl'), 'utf8').split('\n');
    for (const line of lines)
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

describe("the engine's gates", () => {
  it('pass every eval sentence one of them matches (and its capitals, and spaces of other kinds)', () => {
    const patterns = gatedPatterns();
    expect(patterns.length).toBeGreaterThan(400);
    const texts = evalTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    // A sample of every 50th sentence, with variants a gate must read as the plain pattern does.
    const sample = texts
      .filter((_, i) => i % 50 === 0)
      .flatMap((t) => [t, t.toUpperCase(), t.replace(/ /g, '\u00a0')]);
    const wrong: string[] = [];
    for (const { pattern } of patterns) {
      const plain = new RegExp(pattern.source, pattern.flags);
      for (const text of sample) {
        pattern.lastIndex = 0;
        plain.lastIndex = 0;
        if (pattern.test(text) !== plain.test(text)) wrong.push(`${String(plain)} on ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

/** Modules whose module-level patterns are all gated: the engine's. */
const GATED_MODULES = [
  'lib/check.ts',
  ...['actors', 'dates', 'extract', 'origin', 'places', 'polarity', 'quantities'].map(
    (m) => `lib/claims/${m}.ts`,
  ),
  ...['compare', 'fact-index', 'judge', 'tokens'].map((m) => `lib/match/${m}.ts`),
  ...['case', 'normalise', 'numbers', 'refers-back', 'segment', 'speaker'].map(
    (m) => `lib/text/${m}.ts`,
  ),
];

describe('module-level patterns', () => {
  it('lists every module of the engine that holds patterns', () => {
    const dirs = ['lib/claims', 'lib/match', 'lib/text'];
    const all = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${d}/${f}`),
    );
    const notGated = all.filter((f) => !GATED_MODULES.includes(f)).sort();
    expect(notGated).toEqual(['lib/claims/types.ts']);
  });

  it.each(GATED_MODULES)('%s: every pattern made at its top level is gated', (path) => {
    const source = readFileSync(join(ROOT, path), 'utf8');
    const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
    const ungated: string[] = [];
    const visit = (node: ts.Node, inFunction: boolean): void => {
      const inside = inFunction || ts.isFunctionLike(node);
      const isPattern =
        node.kind === ts.SyntaxKind.RegularExpressionLiteral ||
        (ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp');
      if (!inside && isPattern) {
        const parent = node.parent;
        if (!(ts.isCallExpression(parent) && parent.expression.getText(file) === 'gated'))
          ungated.push(node.getText(file).slice(0, 80));
        return;
      }
      ts.forEachChild(node, (c) => visit(c, inside));
    };
    visit(file, false);
    expect(ungated).toEqual([]);
  });
});
