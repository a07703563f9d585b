/** Node-side access to the seed files: read them from disk for the CLI tools and the tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceMeta } from '../../lib/factbase/types';

export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

/** The labelled eval sets (tests/cases/eval): the tuned set and the blind ones. */
export const EVAL_DIR = join(SEEDS_DIR, '..', 'tests', 'cases', 'eval');

/** The `sentences.jsonl` of every `blind-N` set under `dir`, sets in numeric order. */
export function blindSetFiles(dir = EVAL_DIR): string[] {
  return readdirSync(dir)
    .map((name) => /^blind-(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => join(dir, m[0], 'sentences.jsonl'));
}

/** Seed texts by source id; a seed whose file is missing is simply absent from the map. */
export function readSeedTexts(sources: SourceMeta[], dir = SEEDS_DIR): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of sources) {
    const path = join(dir, s.file);
    if (existsSync(path)) texts.set(s.id, readFileSync(path, 'utf8'));
  }
  return texts;
}
