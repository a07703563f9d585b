/**
 * `npm run --silent check -- [--json] [--assume-relevant] [--date YYYY-MM-DD] FILE...`
 * FILE is .html, .txt, or - for standard input. With --json: one JSON object per input, one per
 * line. An unreadable or empty input gets a message on stderr naming it, exit code 2, and the other
 * inputs are still checked.
 */
import './lib/pipe';
import { readFileSync } from 'node:fs';
import { bundledEngine, type CheckResult } from '../lib/check';
import { parseIso } from '../lib/claims/dates';
import { parseDocument } from './lib/html';

interface Args {
  json: boolean;
  assumeRelevant: boolean;
  date: string | null;
  files: string[];
}

const USAGE =
  'usage: npm run --silent check -- [--json] [--assume-relevant] [--date YYYY-MM-DD] FILE...';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, assumeRelevant: false, date: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--assume-relevant') args.assumeRelevant = true;
    else if (a === '--date' || a.startsWith('--date=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!v || !parseIso(v)) return `--date needs YYYY-MM-DD, got ${v ?? 'nothing'}`;
      args.date = v;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (args.files.length === 0) return USAGE;
  return args;
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  return readFileSync(file, 'utf8');
}

const looksLikeHtml = (file: string, content: string) =>
  /\.x?html?$/i.test(file) ||
  (file === '-' && /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content));

function check(file: string, content: string, args: Args): CheckResult {
  const engine = bundledEngine();
  const options = { published: args.date, assumeRelevant: args.assumeRelevant };
  if (looksLikeHtml(file, content)) {
    const { blocks: _blocks, ...result } = engine.checkDocument(parseDocument(content), options);
    return result;
  }
  return engine.checkText(content, options);
}

const VERDICT_LABEL = {
  supports: 'SUPPORTS',
  contradicts: 'CONTRADICTS',
  disputed: 'DISPUTED',
} as const;

function printHuman(file: string, r: CheckResult): void {
  console.log(`== ${file}`);
  if (r.title) console.log(`title: ${r.title}`);
  console.log(`published: ${r.published ?? 'unknown'}`);
  console.log(`relevant: ${r.relevant ? 'yes' : 'no'} (relevance ${r.relevance.toFixed(2)})`);
  for (const reason of r.reasons) console.log(`  - ${reason}`);
  if (!r.relevant && r.annotations.length === 0) {
    console.log('no claims checked (off-topic; use --assume-relevant to check anyway)\n');
    return;
  }
  console.log(`annotations: ${r.annotations.length}`);
  for (const a of r.annotations) {
    console.log(`\n[${VERDICT_LABEL[a.verdict]} · ${a.kind}] ${a.sentence}`);
    console.log(`  why: ${a.reason}`);
    console.log(`  fact (${a.fact.status}): ${a.fact.statement}`);
    for (const s of a.fact.sources) console.log(`    ${s.source} (${s.stance}): "${s.quote}"`);
  }
  console.log('');
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  let status = 0;
  for (const file of args.files) {
    let content: string;
    try {
      content = readInput(file);
    } catch (e) {
      const why =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      console.error(`check: cannot read ${file}: ${why}`);
      status = 2;
      continue;
    }
    if (content.trim().length === 0) {
      console.error(`check: ${file} is empty`);
      status = 2;
      continue;
    }
    const result = check(file, content, args);
    if (args.json) {
      process.stdout.write(
        `${JSON.stringify({
          input: file,
          relevant: result.relevant,
          relevance: result.relevance,
          reasons: result.reasons,
          title: result.title,
          published: result.published,
          annotations: result.annotations.map((a) => ({
            sentence: a.sentence,
            start: a.start,
            end: a.end,
            verdict: a.verdict,
            kind: a.kind,
            reason: a.reason,
            fact: a.fact,
          })),
        })}\n`,
      );
    } else {
      printHuman(file, result);
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
