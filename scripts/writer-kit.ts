/**
 * `npm run writer-kit -- DIR` — the kit a blind writer of an eval set works from (see
 * tests/cases/eval/README.md): `DIR/SPEC.md` (tests/cases/eval/WRITERS.md), `DIR/FACTS.md` (each
 * fact's statement, status, disputes and sources' quotes, never its concept terms: those are the
 * engine's) and `DIR/seeds/` (the five source articles). A writer reads only the kit and writes to
 * `DIR/out/<PREFIX>/`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFactBase } from '../lib/factbase/bundled';
import type { FactBase } from '../lib/factbase/types';
import { EVAL_DIR, SEEDS_DIR } from './lib/seeds';

const USAGE = 'usage: npm run writer-kit -- DIR';

/** The fact base as a writer reads it. */
export function factsMarkdown(base: FactBase): string {
  const out = [
    `# The fact base (${base.facts.length} facts)\n`,
    "Each fact: its id, what it says, its status across the five source articles (consensus: two or more sources agree and none disputes; single-source: one source only; disputed: the sources take different sides), and each source's quote with its stance (asserts, reports, doubts, denies). The five source articles are in `seeds/` (files named by source id). Dates: the news cycle is mid-to-late November 2024; the decision leaked on Sunday 17 November 2024; Trump was to be sworn in on 20 January 2025.\n",
  ];
  for (const f of base.facts) {
    out.push(`\n## \`${f.id}\` (${f.status}; topic: ${f.topic})\n`, `${f.statement}\n`);
    for (const d of f.disputes) {
      out.push(`\n**Disputed (${d.kind}):** ${d.reason}\n`);
      for (const side of d.sides)
        out.push(
          `- side: ${side.value} — sources ${side.sources.map((s) => s.slice(0, 3)).join(', ')}\n`,
        );
    }
    out.push('\nQuotes:\n');
    for (const s of f.sources) out.push(`- ${s.source.slice(0, 3)} (${s.stance}): "${s.quote}"\n`);
  }
  return out.join('');
}

function main(argv: string[]): number {
  const dir = argv[0];
  if (!dir || argv.length > 1 || dir.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const base = bundledFactBase();
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'SPEC.md'), readFileSync(join(EVAL_DIR, 'WRITERS.md'), 'utf8'));
  writeFileSync(join(dir, 'FACTS.md'), factsMarkdown(base));
  for (const s of base.sources) copyFileSync(join(SEEDS_DIR, s.file), join(dir, 'seeds', s.file));
  console.log(`kit written to ${dir}: SPEC.md, FACTS.md, seeds/ (${base.sources.length} files)`);
  return 0;
}

if (process.argv[1]?.endsWith('writer-kit.ts')) process.exitCode = main(process.argv.slice(2));
