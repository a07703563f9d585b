/**
 * `npm run eval` — score the engine on tests/cases/eval/ (labelled sentences and detection texts),
 * and in one line each on the blind sets (tests/cases/eval/blind-*). `--set blind-1|blind-2` gives
 * that set's full report instead; `--errors` lists every misclassified case; `--json` prints the
 * report as JSON. A blind set is scored twice: each sentence alone, and in reading order (each
 * sentence after the one before it in its article, for sentences that refer back: "Most of them
 * …"); `--in-order` makes the full report of `--set` the reading-order one.
 */
import './lib/pipe';
import { BLIND_SETS, LABELS, evaluate, type BlindSet } from './lib/evaluate';

const args = process.argv.slice(2);
const setArg = args.indexOf('--set');
const set = setArg >= 0 ? args[setArg + 1] : undefined;
if (set !== undefined && !Object.hasOwn(BLIND_SETS, set)) {
  console.error(`--set takes one of: ${Object.keys(BLIND_SETS).join(', ')}`);
  process.exit(2);
}
const blind = set as BlindSet | undefined;
const r = evaluate(blind ? BLIND_SETS[blind] : undefined, {
  inReadingOrder: blind !== undefined && args.includes('--in-order'),
});
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const num = (x: number) => x.toFixed(3);
  const order = blind && args.includes('--in-order') ? ', in reading order' : '';
  console.log(
    `Crosscheck eval${blind ? ` (${blind}${order})` : ''}: ${r.sentences} labelled sentences\n`,
  );
  console.log(
    `${'class'.padEnd(13)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(8)}${'n'.padStart(6)}`,
  );
  for (const l of LABELS) {
    const c = r.perClass[l];
    console.log(
      `${l.padEnd(13)}${num(c.precision).padStart(10)}${num(c.recall).padStart(10)}${num(c.f1).padStart(8)}${String(c.support).padStart(6)}`,
    );
  }
  console.log(
    `\nmacro-F1 (4 classes): ${num(r.macroF1)}   macro-F1 (3 verdicts): ${num(r.verdictMacroF1)}`,
  );
  console.log(`false annotations on unrelated sentences: ${pct(r.falseAnnotationRate)}`);
  console.log(`right fact among right verdicts: ${pct(r.factAccuracy)}\n`);
  console.log('confusion (rows gold, columns predicted)');
  console.log(`${''.padEnd(13)}${LABELS.map((l) => l.slice(0, 11).padStart(12)).join('')}`);
  for (const g of LABELS)
    console.log(
      `${g.padEnd(13)}${LABELS.map((p) => String(r.confusion[g][p]).padStart(12)).join('')}`,
    );
  console.log('\nby tag (correct / n)');
  for (const [tag, t] of Object.entries(r.byTag).sort())
    console.log(`  ${tag.padEnd(16)} ${t.correct}/${t.n}`);
  const d = r.detection;
  if (d.n > 0) {
    console.log(
      `\ndetection: ${d.n} texts, precision ${num(d.precision)}, recall ${num(d.recall)}, F1 ${num(d.f1)}`,
    );
  }
  if (!blind) {
    console.log('');
    for (const [name, dir] of Object.entries(BLIND_SETS)) {
      const b = evaluate(dir);
      const o = evaluate(dir, { inReadingOrder: true });
      console.log(
        `${name} (${b.sentences} sentences, npm run eval -- --set ${name}): macro-F1 ${num(b.macroF1)}, false annotations ${pct(b.falseAnnotationRate)}, right fact ${pct(b.factAccuracy)}; in reading order ${num(o.macroF1)}, ${pct(o.falseAnnotationRate)}`,
      );
    }
  }
  if (args.includes('--errors')) {
    console.log('\nmisclassified sentences');
    for (const e of r.errors) {
      console.log(
        `  ${e.id} gold ${e.gold}${e.goldFact ? `/${e.goldFact}` : ''} → ${e.predicted}${e.predictedFact ? `/${e.predictedFact}` : ''}`,
      );
      console.log(`     ${e.text}`);
      if (e.reason) console.log(`     why: ${e.reason}`);
    }
    console.log('\ndetection errors');
    for (const e of d.errors)
      console.log(`  ${e.id} gold ${e.gold} relevance ${e.relevance}: ${e.reasons.join('; ')}`);
  }
}
