/**
 * `npm run --silent explain -- "sentence" [YYYY-MM-DD]` — how the engine reads one sentence: the
 * claim's slots, the candidate facts the index found, each one's same-event score and verdict.
 */
import './lib/pipe';
import { bundledEngine } from '../lib/check';
import { withPlaceMarkers } from '../lib/match/tokens';
import { extractClaim } from '../lib/claims/extract';
import { matchClaim, type Considered } from '../lib/match/judge';

const [text, date] = process.argv.slice(2);
if (!text) {
  console.error('usage: npm run --silent explain -- "sentence" [YYYY-MM-DD]');
  process.exit(2);
}
const engine = bundledEngine();
const claim = extractClaim(text, { reference: date ?? null });
console.log(
  'claim:',
  JSON.stringify(
    {
      quantities: claim.quantities.map(
        (q) =>
          `${q.text} [${q.hedge} ${q.dimension} ${q.noun ?? ''} ${Math.round(q.low)}–${Math.round(q.high)}]`,
      ),
      dates: claim.dates.map((d) => `${d.text} [${d.from}..${d.to}]`),
      places: claim.places.map(
        (p) => `${p.name}${p.statedCountry ? ` (stated ${p.statedCountry})` : ''}`,
      ),
      actors: claim.actors.map((a) => a.id),
      negated: claim.negated,
      cues: claim.negationCues,
      modality: claim.modality,
      pastState: claim.pastState,
    },
    null,
    1,
  ),
);
const cands = engine.context.index.candidates(withPlaceMarkers(text));
console.log(`candidates: ${cands.map((c) => c.fact.id).join(', ') || 'none'}`);
const trace: Considered[] = [];
const best = matchClaim(engine.context, claim, cands, trace);
for (const t of trace) {
  console.log(
    `  ${t.fact.padEnd(40)} score ${t.score.toFixed(3)}  ${t.skipped ?? `${t.judgement!.verdict}/${t.judgement!.kind}: ${t.judgement!.reason}`}`,
  );
}
console.log(`verdict: ${best ? `${best.verdict} (${best.kind}) on ${best.fact.id}` : 'none'}`);
