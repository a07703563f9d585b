/**
 * `npm run bench -- [--runs N] [--big-runs N] [--facts N] [--json]`
 *
 * --runs: runs per case (default 30); --big-runs: runs of the two 6,000-word cases (default 10, or
 * --runs when given); --facts: size of the synthetic base (default 10,000); --json: the results as
 * one JSON object. Each case gets 3 warm-up runs first.
 *
 * Median per-stage times (ms) of the engine on realistic pages: the five seeds rendered as news
 * pages, an off-topic page (the early exit), a 6,000-word on-topic article, and that article against
 * a synthetic base of 10,000 facts; then the blind eval sets' articles, each read once (see
 * `measureUnseen`). Parsing the HTML (linkedom) is measured in its own `parse`
 * column and is not part of `total`, which is the wall time of `engine.checkDocument`.
 *
 * Everything is deterministic: the long article is built from the seeds, the synthetic facts from a
 * seeded PRNG. One-off costs (building the fact bases, building each engine's index) are printed
 * separately from the per-page stages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type Stage } from '../lib/check';
import { buildFactBase } from '../lib/factbase/build';
import { bundledFactBase } from '../lib/factbase/bundled';
import type {
  CuratedFact,
  CuratedQuote,
  FactBase,
  SlotKind,
  SourceMeta,
  Stance,
} from '../lib/factbase/types';
import { termText } from '../lib/match/tokens';
import { blindSetFiles, SEEDS_DIR } from './lib/seeds';
import { parseDocument } from './lib/html';
import { paragraphsFromText, renderNewsPage, type NewsArticle } from './render-news-page.mjs';
import { otherArgument } from './lib/cli';

// ---------------------------------------------------------------------------------------------
// Arguments

interface Args {
  runs: number;
  bigRuns: number;
  warmup: number;
  /** Size of the synthetic base (bundled facts included). */
  facts: number;
  json: boolean;
}

const USAGE = 'usage: npm run bench -- [--runs N] [--big-runs N] [--facts N] [--json]';

/** Runs of the two 6,000-word cases when neither --runs nor --big-runs is given. */
const DEFAULT_BIG_RUNS = 10;

function parseArgs(argv: string[]): Args {
  let runs: number | null = null;
  let bigRuns: number | null = null;
  let facts = 10_000;
  let json = false;
  const count = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!v || !Number.isInteger(n) || n < 1) {
      console.error(`${flag} needs a positive integer, got ${v ?? 'nothing'}\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--runs') runs = count(a, argv[++i]);
    else if (a.startsWith('--runs=')) runs = count('--runs', a.slice(7));
    else if (a === '--big-runs') bigRuns = count(a, argv[++i]);
    else if (a.startsWith('--big-runs=')) bigRuns = count('--big-runs', a.slice(11));
    else if (a === '--facts') facts = count(a, argv[++i]);
    else if (a.startsWith('--facts=')) facts = count('--facts', a.slice(8));
    else otherArgument(a, USAGE);
  }
  return {
    runs: runs ?? 30,
    bigRuns: bigRuns ?? runs ?? DEFAULT_BIG_RUNS,
    warmup: 3,
    facts,
    json,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast, seeded PRNG (never Math.random, so every run builds the same base). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function pickSome<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length > 0)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// ---------------------------------------------------------------------------------------------
// Pages

const SEED_PAGES: { file: string; title: string; outlet: string; published: string }[] = [
  {
    file: '000_38147e0aa8aa1475.txt',
    title: 'North Korean troops in Kursk push Biden to shift on long-range missiles for Ukraine',
    outlet: 'World Report Digest',
    published: '2024-11-18',
  },
  {
    file: '001_e6ca441133ff4184.txt',
    title: 'US lets Ukraine strike deep inside Russia after North Korean troops join the war',
    outlet: 'The Daily Ledger',
    published: '2024-11-22',
  },
  {
    file: '002_b589a596a287f77f.txt',
    title: 'Analysis: what the US decision on long-range missiles means for Ukraine and Russia',
    outlet: 'Eastern Europe Review',
    published: '2024-11-18',
  },
  {
    file: '003_741661cdd0967a79.txt',
    title: 'Biden approves Ukraine’s use of US weapons for strikes deep into Russia',
    outlet: 'Capital Wire',
    published: '2024-11-18',
  },
  {
    file: '004_11ef8f2dd4bbdac3.txt',
    title: 'Ukraine granted permission to use US-made weapons for deep strikes into Russia',
    outlet: 'Gulf Times Online',
    published: '2024-11-18',
  },
];

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function page(title: string, paragraphs: string[], outlet: string, published: string): string {
  const article: NewsArticle = {
    title,
    paragraphs,
    published,
    outlet,
    url: `https://news.example.com/world/${published.replaceAll('-', '/')}/${slug(title)}/`,
  };
  return renderNewsPage(article);
}

const OFF_TOPIC_TITLE = 'Late Okafor header earns Harbourside a point in six-goal thriller';
const OFF_TOPIC_TEXT = `Harbourside came from behind twice to draw 3-3 with Westbrook City on Saturday, Daniel Okafor heading in a stoppage-time corner to rescue a point that had looked lost when City led 3-1 with ten minutes left.
City started the brighter side. Their captain Tomás Reyes curled a free kick against the bar inside five minutes, and the pressure told on the quarter-hour when Liam Chen turned sharply in the box and drove a low shot past goalkeeper Piotr Nowak.
Harbourside levelled before half-time. A patient move down the left ended with winger Sam Adeyemi cutting inside and bending a shot into the far corner, his fourth goal in as many league games and the first City had conceded at home since August.
The second half belonged to City for long spells. Chen added his second with a volley from the edge of the area on 58 minutes, and substitute Marco Bellini made it 3-1 shortly after the hour, poking in from close range after Nowak could only parry a header.
Harbourside manager Ellen Brandt reacted by sending on two forwards and switching to a back three, and the gamble paid off. Adeyemi pulled one back with a penalty after he was tripped by Reyes, and in the fourth minute of added time Okafor rose above two defenders to meet a corner from the right.
"We never stopped believing," Brandt said afterwards. "At 3-1 down away from home a lot of teams would have settled for the defeat. The players showed character, and the supporters who travelled deserved that moment."
City coach Rafael Ortiz was less happy. "We controlled the game for seventy minutes and then we switched off," he said. "You cannot give away a penalty like that and you cannot lose the header from a set piece in the last minute. It feels like a defeat."
The draw leaves Harbourside sixth in the table, two points off the European places, while City remain third. Both sides return to action on Wednesday evening, when Harbourside host Northgate and City travel to the coast to face Port Ellery.
Attendance was 41,236, a record for the stadium since its redevelopment. Referee Hannah Collins showed six yellow cards, three to each side, and added eight minutes at the end of the second half after a lengthy stoppage for a head injury to City defender Jonas Berg, who was later said to be recovering well.`;

/** Neutral sentences placed around the repeated seed paragraphs: no claim, no paraphrase of one. */
const LEADS = [
  'More details emerged later in the day.',
  'The following account is drawn from the earlier reporting.',
  'Here is how the story developed.',
  'Reporters followed up on the account below.',
  'The next section repeats an earlier dispatch.',
  'Readers may already have seen the passage below.',
];
const TAILS = [
  'This account could not be independently verified.',
  'Officials declined to elaborate further.',
  'Further updates are expected in the coming days.',
  'The story is developing.',
  'Our correspondents continue to follow the situation.',
];

const LONG_WORDS = 6000;

/** Every run reads every block afresh: the engine's remembered answers (re-checks) are not measured. */
const FIRST_READING = { rememberBlocks: 0 };
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A ≥6,000-word on-topic article: every seed paragraph in turn, each pass framed a little differently. */
function longArticle(seedParagraphs: string[]): { paragraphs: string[]; words: number } {
  const out: string[] = [];
  let words = 0;
  for (let pass = 0; words < LONG_WORDS; pass++) {
    for (let i = 0; i < seedParagraphs.length && words < LONG_WORDS; i++) {
      const p = seedParagraphs[i]!;
      const text =
        pass === 0
          ? p
          : `${LEADS[(pass + i) % LEADS.length]} ${p} ${TAILS[(pass * 3 + i) % TAILS.length]}`;
      out.push(text);
      words += wordCount(text);
    }
  }
  return { paragraphs: out, words };
}

// ---------------------------------------------------------------------------------------------
// Synthetic fact base

const SYNTHETIC_SOURCES = 24;

const SYLLABLES = (
  'zor vek quil thar ka vo ren tal mir zu bek lan dor sha vel tor nix quo ral mun ost pel gra thi ' +
  'zan kel rov ush yar bel dra fen gol hask jat lom nev pru sil tev urm vask wen xil oth ilv esk ' +
  'ampr ydr kru'
).split(' ');

/** Everyday war-news words, so the synthetic facts share vocabulary with a real article. */
const COMMON_GROUPS: string[][] = [
  ['ukrain', 'kyiv'],
  ['russia', 'moscow'],
  ['missile', 'rocket'],
  ['troops', 'soldier'],
  ['drone'],
  ['sanction'],
  ['weapon', 'arms'],
  ['official', 'minister'],
  ['attack', 'strike'],
  ['border', 'region'],
  ['aid', 'assistance'],
  ['decision', 'policy'],
];
const COMMON_WORDS: Record<string, string> = {
  ukrain: 'Ukraine',
  kyiv: 'Kyiv',
  russia: 'Russia',
  moscow: 'Moscow',
  missile: 'missiles',
  rocket: 'rockets',
  troops: 'troops',
  soldier: 'soldiers',
  drone: 'drones',
  sanction: 'sanctions',
  weapon: 'weapons',
  arms: 'arms',
  official: 'officials',
  minister: 'minister',
  attack: 'attacks',
  strike: 'strikes',
  border: 'border',
  region: 'region',
  aid: 'aid',
  assistance: 'assistance',
  decision: 'decision',
  policy: 'policy',
};

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const COUNT_NOUNS = ['troops', 'drones', 'missiles', 'vehicles', 'engineers', 'people', 'shells'];
const STANCES: Stance[] = [
  'asserts',
  'asserts',
  'asserts',
  'reports',
  'reports',
  'doubts',
  'denies',
];

/** Made-up words that are no word-start of anything in `avoid` (so they never match real text). */
function madeUpWords(rng: Rng, n: number, avoid: string): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const parts = int(rng, 2, 3);
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(rng, SYLLABLES);
    if (w.length < 6 || out.has(w) || avoid.includes(` ${w.slice(0, 5)}`)) continue;
    out.add(w);
  }
  return [...out];
}

function syntheticSources(rng: Rng): SourceMeta[] {
  return Array.from({ length: SYNTHETIC_SOURCES }, (_, i) => {
    const year = int(rng, 2019, 2023);
    const published = `${year}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`;
    const id = `syn_${String(i).padStart(3, '0')}_${Math.floor(rng() * 0xffffffff)
      .toString(16)
      .padStart(8, '0')}`;
    return {
      id,
      file: `${id}.txt`,
      title: `Synthetic source ${i}`,
      published,
      dateline: null,
      outlet: `Synthetic Outlet ${i % 6}`,
      kind: 'report',
      evidence: { published: 'synthetic' },
    };
  });
}

/** One fact about invented places, people and things, in the shape of a curated fact. */
function syntheticFact(rng: Rng, i: number, vocab: string[], sources: SourceMeta[]): CuratedFact {
  const [w1, w2, w3, w4] = pickSome(rng, vocab, 4) as [string, string, string, string];
  const place = capitalise(w1);
  const org = `the ${capitalise(w2)} ${pick(rng, ['ministry', 'council', 'consortium', 'directorate', 'authority'])}`;
  const person = `${capitalise(w3)} ${capitalise(w4)}`;
  const common = pickSome(rng, COMMON_GROUPS, int(rng, 1, 2));
  const commonWord = COMMON_WORDS[common[0]![0]!]!;
  const n = int(rng, 2, 90) * pick(rng, [1, 10, 100, 1000]);
  const month = pick(rng, MONTHS);
  const day = int(rng, 1, 28);
  const year = int(rng, 2016, 2023);
  const noun = pick(rng, COUNT_NOUNS);
  const km = int(rng, 20, 900);
  const template = int(rng, 0, 4);
  let statement: string;
  let quote: (variant: number) => string;
  let slots: SlotKind[];
  switch (template) {
    case 0:
      statement = `${capitalise(org)} sent ${n.toLocaleString('en-US')} ${noun} to ${place} on ${month} ${day}, ${year}, a move unrelated to ${commonWord}.`;
      quote = (v) =>
        `${capitalise(org)} sent ${(v === 2 ? n * 2 : n).toLocaleString('en-US')} ${noun} to ${place} on ${month} ${day}, ${year}`;
      slots = ['quantity', 'date'];
      break;
    case 1:
      statement = `The ${capitalise(w3)} canal near ${place} stretches up to ${km} kilometers.`;
      quote = (v) =>
        `the ${capitalise(w3)} canal, which stretches up to ${v === 2 ? km + 150 : km} kilometers from ${place}`;
      slots = ['quantity'];
      break;
    case 2:
      statement = `${person} said ${org} would not extend the ${w4} lease at ${place}, citing ${commonWord}.`;
      quote = (v) =>
        v === 2
          ? `${person} said ${org} would extend the ${w4} lease at ${place}`
          : `${person} said ${org} would not extend the ${w4} lease at ${place}`;
      slots = ['polarity', 'actor'];
      break;
    case 3:
      statement = `About ${n.toLocaleString('en-US')} ${noun} gathered at ${place} in ${month} ${year} for the ${capitalise(w2)} festival.`;
      quote = (v) =>
        `about ${(v === 2 ? n + 5000 : n).toLocaleString('en-US')} ${noun} gathered at ${place} in ${month} ${year}`;
      slots = ['quantity', 'date'];
      break;
    default:
      statement = `${capitalise(org)} spent $${int(rng, 2, 900)} million on the ${capitalise(w4)} bridge at ${place} in ${year}.`;
      quote = () =>
        `${org} said it spent $${(n % 900) + 2} million on the ${capitalise(w4)} bridge in ${year}`;
      slots = ['quantity', 'date'];
  }
  const nSources = int(rng, 1, 3);
  const quotes: CuratedQuote[] = pickSome(rng, sources, nSources).map((s, k) => ({
    source: s.id,
    // The third source of some facts gives a different value, so disputes get computed too.
    quote: quote(k === 2 && rng() < 0.5 ? 2 : k),
    stance: k === 0 ? 'asserts' : pick(rng, STANCES),
  }));
  const terms: string[][] = [[w1, w3], ...common];
  if (terms.length < 3 && rng() < 0.5) terms.push([w2, w4, 'lease', 'canal', 'bridge']);
  return {
    id: `synthetic-${String(i).padStart(5, '0')}`,
    statement,
    topic: 'synthetic',
    slots,
    terms,
    aliases: [
      `${place} ${pick(rng, ['deal', 'dispute', 'project', 'report'])}`,
      `${person} on ${place}`,
    ],
    sources: quotes,
  };
}

function syntheticBase(
  size: number,
  bundled: FactBase,
  avoidText: string,
): { base: FactBase; buildMs: number } {
  const rng = prng(0xc0ffee);
  const target = Math.max(0, size - bundled.facts.length);
  const vocab = madeUpWords(rng, 3000, avoidText);
  const sources = syntheticSources(rng);
  const curated = Array.from({ length: target }, (_, i) => syntheticFact(rng, i, vocab, sources));
  const t = performance.now();
  const built = buildFactBase(sources, curated);
  const buildMs = performance.now() - t;
  return {
    base: {
      sources: [...bundled.sources, ...built.sources],
      facts: [...bundled.facts, ...built.facts],
    },
    buildMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const STAGES: Stage[] = ['detect', 'extract', 'segment', 'claims', 'match'];
type Column = 'parse' | Stage | 'total';
const COLUMNS: Column[] = ['parse', ...STAGES, 'total'];

// ---------------------------------------------------------------------------------------------
// Unseen articles

/** Articles read to warm the engine up before the unseen ones are timed; then how many are timed. */
const UNSEEN_WARM_UP = 100;
const UNSEEN_TIMED = 300;
/** Sentences per paragraph when an eval article is laid out as a page. */
const UNSEEN_PARAGRAPH = 3;

interface UnseenResult {
  articles: number;
  words: number;
  annotations: number;
  /** Per article, ms. */
  median: number;
  p90: number;
  /** All timed articles' ms over their words, per 1,000 words. */
  msPer1000Words: number;
}

/**
 * The blind eval sets' articles (one writer's consecutive sentences with one date, at least eight),
 * in set order, each laid out as paragraphs of three sentences.
 */
function evalArticles(): { title: string; blocks: string[]; published: string }[] {
  const out: { title: string; blocks: string[]; published: string }[] = [];
  const add = (published: string, sentences: string[]) => {
    if (sentences.length < 8) return;
    const blocks: string[] = [];
    for (let i = 0; i < sentences.length; i += UNSEEN_PARAGRAPH)
      blocks.push(sentences.slice(i, i + UNSEEN_PARAGRAPH).join(' '));
    out.push({ title: sentences[0]!, blocks, published });
  };
  for (const file of blindSetFiles()) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string; published: string });
    let key = '';
    let published = '';
    let sentences: string[] = [];
    for (const row of rows) {
      const rowKey = `${row.id.replace(/\d+$/, '')}\u0000${row.published}`;
      if (rowKey !== key) {
        add(published, sentences);
        key = rowKey;
        published = row.published;
        sentences = [];
      }
      sentences.push(row.text);
    }
    add(published, sentences);
  }
  return out;
}

/**
 * Articles the engine has never read, each read once: what a reader's page costs. The seed cases
 * above read the same pages again and again, and the engine remembers its latest pure results
 * (term texts, candidates, which pattern literals a text holds), so a repeated page costs about
 * half what a first reading does.
 */
function measureUnseen(engine: Engine): UnseenResult | null {
  const articles = evalArticles();
  if (articles.length < UNSEEN_WARM_UP + 10) return null;
  const read = (a: (typeof articles)[number]) =>
    engine.analyse({ ...a, evidence: { bonus: 0, reasons: [] } }, { assumeRelevant: true });
  for (const a of articles.slice(0, UNSEEN_WARM_UP)) read(a);
  const timed = articles.slice(UNSEEN_WARM_UP, UNSEEN_WARM_UP + UNSEEN_TIMED);
  const times: number[] = [];
  let words = 0;
  let annotations = 0;
  for (const a of timed) {
    const t = performance.now();
    annotations += read(a).annotations.length;
    times.push(performance.now() - t);
    words += wordCount(a.blocks.join(' '));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    articles: timed.length,
    words,
    annotations,
    median: median(times),
    p90: sorted[Math.floor(sorted.length * 0.9)]!,
    msPer1000Words: (total / words) * 1000,
  };
}

interface CaseResult {
  name: string;
  /** 'bundled', or the synthetic base's size ('10k'). */
  base: string;
  runs: number;
  words: number;
  relevant: boolean;
  annotations: number;
  /** Median ms per column; null for a stage the engine never reached (the early exit). */
  median: Record<Column, number | null>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function measure(
  name: string,
  base: CaseResult['base'],
  engine: Engine,
  html: string,
  words: number,
  runs: number,
  warmup: number,
): CaseResult {
  const samples = new Map<Column, number[]>(COLUMNS.map((c) => [c, []]));
  let relevant = false;
  let annotations = 0;
  for (let r = 0; r < warmup + runs; r++) {
    const stages = new Map<Stage, number>();
    const t0 = performance.now();
    const doc = parseDocument(html);
    const t1 = performance.now();
    const result = engine.checkDocument(doc, {
      // A stage can report more than once per page (detect does, before and after extraction).
      onStage: (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms),
    });
    const t2 = performance.now();
    if (r < warmup) continue;
    relevant = result.relevant;
    annotations = result.annotations.length;
    samples.get('parse')!.push(t1 - t0);
    samples.get('total')!.push(t2 - t1);
    for (const s of STAGES) if (stages.has(s)) samples.get(s)!.push(stages.get(s)!);
  }
  const med = {} as Record<Column, number | null>;
  for (const c of COLUMNS) {
    const xs = samples.get(c)!;
    med[c] = xs.length ? median(xs) : null;
  }
  return { name, base, runs, words, relevant, annotations, median: med };
}

// ---------------------------------------------------------------------------------------------
// Output

const fmt = (ms: number | null) => (ms === null ? '-' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function table(rows: CaseResult[]): string {
  const head = ['case', 'base', 'words', 'rel', 'ann', 'runs', ...COLUMNS];
  const body = rows.map((r) => [
    r.name,
    r.base,
    String(r.words),
    r.relevant ? 'yes' : 'no',
    String(r.annotations),
    String(r.runs),
    ...COLUMNS.map((c) => fmt(r.median[c])),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const log = (s = '') => {
    if (!args.json) console.log(s);
  };
  const started = performance.now();

  let t = performance.now();
  const bundled = bundledFactBase();
  const bundledBuildMs = performance.now() - t;
  t = performance.now();
  const engine = new Engine(bundled, FIRST_READING);
  const bundledEngineMs = performance.now() - t;

  const seedTexts = SEED_PAGES.map((s) => readFileSync(join(SEEDS_DIR, s.file), 'utf8'));
  const seedParagraphs = seedTexts.flatMap((text) => paragraphsFromText(text));
  const long = longArticle(seedParagraphs);
  const longHtml = page(
    'Inside the US decision to let Ukraine strike Russia with American missiles: the full account',
    long.paragraphs,
    'The Long Read',
    '2024-11-24',
  );

  log(
    `Crosscheck bench: median ms over ${args.runs} runs (${args.bigRuns} for the 6,000-word cases), ${args.warmup} warm-up runs each`,
  );
  log(
    `parse = linkedom parseDocument, not part of total; total = wall time of engine.checkDocument`,
  );
  log(`6,000-word article: ${long.words} words in ${long.paragraphs.length} paragraphs`);
  log(
    `bundled base: ${bundled.facts.length} facts, built in ${bundledBuildMs.toFixed(1)} ms; engine (index) built in ${bundledEngineMs.toFixed(1)} ms`,
  );

  t = performance.now();
  const bigLabel = args.facts % 1000 === 0 ? `${args.facts / 1000}k` : String(args.facts);
  const synthetic = syntheticBase(args.facts, bundled, termText(`${longHtml} ${OFF_TOPIC_TEXT}`));
  const syntheticTotalMs = performance.now() - t;
  // Progress on stderr: the index build over a large base can take a while.
  if (!args.json) console.error(`building the index over ${synthetic.base.facts.length} facts…`);
  t = performance.now();
  const bigEngine = new Engine(synthetic.base, FIRST_READING);
  const bigEngineMs = performance.now() - t;
  log(
    `${bigLabel} base: ${synthetic.base.facts.length} facts, generated + built in ${syntheticTotalMs.toFixed(0)} ms (buildFactBase ${synthetic.buildMs.toFixed(0)} ms); engine (index) built in ${bigEngineMs.toFixed(0)} ms`,
  );
  log();

  const results: CaseResult[] = [];
  SEED_PAGES.forEach((s, i) => {
    const paragraphs = paragraphsFromText(seedTexts[i]!);
    const html = page(s.title, paragraphs, s.outlet, s.published);
    results.push(
      measure(
        `seed ${s.file.slice(0, 3)}`,
        'bundled',
        engine,
        html,
        wordCount(paragraphs.join(' ')),
        args.runs,
        args.warmup,
      ),
    );
  });
  const offParagraphs = paragraphsFromText(OFF_TOPIC_TEXT);
  results.push(
    measure(
      'off-topic (football)',
      'bundled',
      engine,
      page(OFF_TOPIC_TITLE, offParagraphs, 'Sports Daily', '2024-11-23'),
      wordCount(OFF_TOPIC_TEXT),
      args.runs,
      args.warmup,
    ),
  );
  const bigSmall = measure(
    '6,000 words',
    'bundled',
    engine,
    longHtml,
    long.words,
    args.bigRuns,
    args.warmup,
  );
  const bigBig = measure(
    '6,000 words',
    bigLabel,
    bigEngine,
    longHtml,
    long.words,
    args.bigRuns,
    args.warmup,
  );
  results.push(bigSmall, bigBig);
  const unseen = measureUnseen(new Engine(bundled, FIRST_READING));

  const ratio = bigBig.median.total! / bigSmall.median.total!;
  const elapsed = performance.now() - started;

  if (args.json) {
    console.log(
      JSON.stringify(
        {
          runs: args.runs,
          syntheticFacts: args.facts,
          bigRuns: args.bigRuns,
          warmup: args.warmup,
          longArticleWords: long.words,
          bases: {
            bundled: {
              facts: bundled.facts.length,
              buildMs: bundledBuildMs,
              engineMs: bundledEngineMs,
            },
            synthetic: {
              facts: synthetic.base.facts.length,
              buildMs: synthetic.buildMs,
              generateAndBuildMs: syntheticTotalMs,
              engineMs: bigEngineMs,
            },
          },
          cases: results,
          ratio,
          unseen,
          elapsedMs: elapsed,
        },
        null,
        2,
      ),
    );
    return;
  }
  log(table(results));
  log();
  if (unseen)
    log(
      `unseen articles (eval sets, each read once after ${UNSEEN_WARM_UP} others): ${unseen.articles} articles, ${unseen.words} words, ${unseen.annotations} annotations; per article median ${fmt(unseen.median)} ms, p90 ${fmt(unseen.p90)} ms; ${fmt(unseen.msPer1000Words)} ms per 1,000 words`,
    );
  log(`ratio ${bigLabel}-base / bundled-base (total): ${ratio.toFixed(2)} (target ≤ 1.5)`);
  log(`bench took ${(elapsed / 1000).toFixed(1)} s`);
}

main();
