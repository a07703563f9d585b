import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUpCorpus, WARM_UP_MAX } from '../../../scripts/lib/warm-up-corpus';

/** An eval directory with the given sets, each a list of sentence texts (or raw lines). */
function evalDir(sets: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'warm-up-'));
  for (const [name, lines] of Object.entries(sets)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'sentences.jsonl'), lines.join('\n') + '\n');
  }
  return dir;
}
const line = (text: string) => JSON.stringify({ id: 'x1', text, gold: [] });

describe('warmUpCorpus', () => {
  it('takes the first sentences of every blind set, sets in numeric order, each sentence once', () => {
    const dir = evalDir({
      'blind-10': [line('Ten a.'), line('Ten b.'), line('Ten c.')],
      'blind-2': [line('Two a.'), '', line('Two b.'), line('Two c.')],
      'blind-3': [line('Two a.'), line('Three b.')],
      // Not a blind set: the tuned set and anything else are left out.
      other: [line('Other.')],
    });
    writeFileSync(join(dir, 'sentences.jsonl'), line('Tuned.') + '\n');
    expect(warmUpCorpus(dir, 2)).toEqual(['Two a.', 'Two b.', 'Three b.', 'Ten a.', 'Ten b.']);
  });

  it('takes fewer sentences from each set as sets are added, never more than the cap in all', () => {
    const sets = Object.fromEntries(
      Array.from({ length: 300 }, (_, n) => [
        `blind-${n + 1}`,
        Array.from({ length: 10 }, (_, i) => line(`Set ${n + 1}, sentence ${i + 1}.`)),
      ]),
    );
    const corpus = warmUpCorpus(evalDir(sets));
    // 1600 / 300 sets: five sentences from each, every set still in.
    expect(corpus.length).toBe(1500);
    expect(corpus).toContain('Set 300, sentence 5.');
    expect(corpus).not.toContain('Set 1, sentence 6.');
    // Few sets give the full eight each.
    expect(warmUpCorpus(evalDir({ 'blind-1': sets['blind-1']! }))).toHaveLength(8);
  });

  it('names the file and line of a set that is not JSON lines', () => {
    const dir = evalDir({ 'blind-1': [line('Fine.'), '{"text": '] });
    expect(() => warmUpCorpus(dir, 5)).toThrow(/blind-1.sentences\.jsonl:2: not valid JSON/);
  });

  it('gives the build about a thousand varied sentences from the real sets', () => {
    const corpus = warmUpCorpus();
    expect(corpus.length).toBeGreaterThan(800);
    expect(new Set(corpus).size).toBe(corpus.length);
    // Sentences of news prose, not headings (a few short questions are part of the prose).
    expect(corpus.filter((s) => s.length > 40).length).toBeGreaterThan(corpus.length * 0.9);
    expect(corpus.length).toBeLessThanOrEqual(WARM_UP_MAX);
  });
});
