/**
 * `npm run facts` — the fact base as a readable table (fact × source, values, status);
 * `npm run --silent facts -- --json` — the whole base as JSON.
 * Quotes are checked against the seed files first; a missing seed or a quote that no longer matches
 * is reported on stderr (naming fact and seed) and the exit code is 1.
 */
import './lib/pipe';
import { describeDate } from '../lib/claims/dates';
import { describeQuantity } from '../lib/claims/quantities';
import { bundledFactBase } from '../lib/factbase/bundled';
import type { Fact, FactSource } from '../lib/factbase/types';
import { verifyQuotes } from '../lib/factbase/validate';
import { readSeedTexts } from './lib/seeds';

const CELL = 18;
const ID_COL = 40;

const STANCE_MARK: Record<string, string> = {
  asserts: '',
  reports: 'rep. ',
  doubts: 'doubts ',
  denies: 'DENIES ',
};

function cellFor(fact: Fact, entries: FactSource[]): string {
  if (entries.length === 0) return '·';
  const parts = entries.map((e) => {
    let value = '';
    if (fact.slots.includes('quantity') && e.values.quantities[0])
      value = describeQuantity(e.values.quantities[0]);
    else if (fact.slots.includes('date') && e.values.dates[0])
      value = describeDate(e.values.dates[0]);
    else if (fact.slots.includes('place') && e.values.places.length) {
      const specific = e.values.places.filter((p) => p.kind !== 'country');
      value = [...new Set((specific.length ? specific : e.values.places).map((p) => p.name))].join(
        '/',
      );
    }
    const mark = e.conflict ? 'CONFLICT ' : STANCE_MARK[e.stance];
    return `${mark}${value}`.trim() || '✓';
  });
  return [...new Set(parts)].join('; ');
}

const fit = (s: string, n: number) => (s.length > n - 1 ? `${s.slice(0, n - 2)}…` : s).padEnd(n);

function printTable(): void {
  const base = bundledFactBase();
  const shortIds = base.sources.map((s) => s.id.slice(0, 3));
  const counts = { consensus: 0, disputed: 0, 'single-source': 0 };
  for (const f of base.facts) counts[f.status]++;
  console.log(
    `Crosscheck fact base: ${base.facts.length} facts from ${base.sources.length} sources ` +
      `(${counts.consensus} consensus, ${counts.disputed} disputed, ${counts['single-source']} single-source)\n`,
  );
  console.log('Sources');
  for (const s of base.sources) {
    const bits = [
      s.kind,
      `published ${s.published ?? '—'}`,
      s.dateline ? `dateline ${s.dateline}` : null,
      s.outlet ? `outlet ${s.outlet}` : null,
    ].filter(Boolean);
    console.log(`  ${s.id.slice(0, 3)}  ${s.id}  ${bits.join(', ')}`);
  }
  console.log(
    `\n${fit('Fact', ID_COL)}${fit('Status', 15)}${shortIds.map((id) => fit(id, CELL)).join('')}`,
  );
  console.log('-'.repeat(ID_COL + 15 + CELL * shortIds.length));
  for (const f of base.facts) {
    const cells = base.sources.map((s) =>
      fit(
        cellFor(
          f,
          f.sources.filter((e) => e.source === s.id),
        ),
        CELL,
      ),
    );
    const status = f.status === 'disputed' ? 'DISPUTED' : f.status;
    console.log(`${fit(f.id, ID_COL)}${fit(status, 15)}${cells.join('')}`);
  }
  const notes = base.facts.filter((f) => f.disputes.length || f.conflicts.length);
  if (notes.length) {
    console.log('\nDisputes and conflicts');
    for (const f of notes) {
      console.log(`  ${f.id}`);
      for (const d of f.disputes) console.log(`    disputed (${d.kind}): ${d.reason}`);
      for (const c of f.conflicts)
        console.log(`    plain-fact conflict in ${c.source}: ${c.reason} — "${c.quote}"`);
    }
  }
  console.log(
    '\nLegend: rep. = reported (attributed to others), DENIES = states otherwise, · = not stated.',
  );
}

function main(argv: string[]): number {
  const base = bundledFactBase();
  const problems = verifyQuotes(
    base.facts.map((f) => ({ ...f, sources: f.sources })),
    readSeedTexts(base.sources),
  );
  if (problems.length) {
    for (const p of problems) console.error(`facts: ${p}`);
    return 1;
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(base)}\n`);
  } else {
    printTable();
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
