/**
 * The varied news prose the service worker reads while it warms up (`virtual:crosscheck-warm-up`,
 * wxt.config.ts): the first sentences of each blind eval set, in reading order.
 *
 * Why: in Node, the five seed pages read first after the sources' quotes (the warm-up's first
 * part) took about 45 ms, and read again about 25 ms; read first after 8,000 sentences of other
 * news prose, about 30 ms. Most of what a first reading costs beyond a second is V8 still
 * compiling and optimising the engine's code for the paths real articles take, and the quotes
 * cover few of them. About a thousand sentences by a hundred-odd writers in different styles, read
 * after the quotes, bring the first reading to about 35 ms for some 0.5 s of work per worker start.
 * Which sentences they are changes no answer: the engine's results depend on the text it is asked
 * about, never on what it read before (its memories hold only pure results).
 */
import { readFileSync } from 'node:fs';
import { blindSetFiles, EVAL_DIR } from './seeds';

/** Sentences taken from the start of each set: one writer's article, read as it runs. */
export const WARM_UP_PER_SET = 8;

/**
 * At most this many sentences in all: as sets are added, each gives fewer (down to one), so the
 * warm-up's cost at each worker start stays bounded while every writer's style stays in it.
 */
export const WARM_UP_MAX = 1600;

/**
 * The first `perSet` sentences of every `blind-N` set under `dir`, sets in numeric order, each
 * sentence once; by default as many per set as keeps the whole within `WARM_UP_MAX`, at most
 * `WARM_UP_PER_SET`. A set file that is not JSON lines is an error (the eval would reject it too).
 */
export function warmUpCorpus(dir = EVAL_DIR, perSetAsked?: number): string[] {
  const sets = blindSetFiles(dir);
  const perSet =
    perSetAsked ??
    Math.max(1, Math.min(WARM_UP_PER_SET, Math.floor(WARM_UP_MAX / Math.max(1, sets.length))));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of sets) {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const [i, line] of lines.slice(0, perSet).entries()) {
      let text: unknown;
      try {
        text = (JSON.parse(line) as { text?: unknown }).text;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      if (typeof text !== 'string' || seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}
