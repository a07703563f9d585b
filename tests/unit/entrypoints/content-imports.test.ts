/**
 * What the content script pulls into every news page it runs on: its own modules and the page-side
 * parts of lib/, never the engine (claims, matching, the fact base), which lives in the background.
 * Module-level code of anything imported runs on every page, engine or not: a formatter built at
 * load once cost a long task on each page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Local modules reachable from `entry` through static (non-type) imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)';/gms)) {
      const spec = m[1]!;
      const base = spec.startsWith('@/')
        ? join(ROOT, spec.slice(2))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : null;
      if (!base) continue;
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((x) => base + x)
        .find((p) => existsSync(p) && !p.endsWith('/'));
      if (found && /\.(ts|tsx)$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => f.slice(ROOT.length + 1)));
}

describe('the content script', () => {
  const modules = reachable(join(ROOT, 'entrypoints/content/index.ts'));

  it('reaches its page-side modules', () => {
    expect(modules).toContain('lib/extract/page.ts');
    expect(modules).toContain('lib/highlight/layer.ts');
  });

  it('does not reach the engine', () => {
    const engine = [...modules].filter((m) =>
      /^lib\/(match|factbase)\/|^lib\/check\.ts$|^lib\/claims\/(actors|places|polarity|quantities|extract)\.ts$/.test(
        m,
      ),
    );
    expect(engine).toEqual([]);
  });
});
