import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/facts.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run facts', () => {
  it('prints the whole base as JSON with --json', () => {
    const out = JSON.parse(run(['--json'])) as {
      sources: { id: string }[];
      facts: {
        id: string;
        statement: string;
        status: string;
        sources: { source: string; quote: string; stance: string; values: unknown }[];
      }[];
    };
    expect(out.sources.map((s) => s.id)).toHaveLength(5);
    expect(out.facts.length).toBeGreaterThanOrEqual(40);
    for (const f of out.facts) {
      expect(f).toMatchObject({
        id: expect.any(String),
        statement: expect.any(String),
        status: expect.any(String),
      });
      for (const s of f.sources) expect(s.values).toBeDefined();
    }
    expect(out.facts.find((f) => f.id === 'north-korean-troop-count')!.status).toBe('disputed');
  });

  it('prints a readable table by default', () => {
    const out = run([]);
    expect(out).toMatch(/\d+ facts from 5 sources/);
    expect(out).toContain('north-korean-troop-count');
    expect(out).toContain(
      'about 8,000 troops (000, 001) vs more than 10,000 troops (002, 003, 004)',
    );
    expect(out).toContain('places Kursk in Ukraine');
  });
});
