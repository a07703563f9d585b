/** scripts/writer-kit.ts: the fact base as a blind writer reads it, without the engine's terms. */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { factsMarkdown } from '../../../scripts/writer-kit';

const base = bundledFactBase();
const md = factsMarkdown(base);

describe('the writer kit', () => {
  it('lists every fact with its statement, status and quotes', () => {
    for (const f of base.facts) {
      expect(md).toContain(`## \`${f.id}\` (${f.status};`);
      expect(md).toContain(f.statement);
      for (const s of f.sources) expect(md).toContain(s.quote);
    }
  });

  it("tells each disputed fact's sides", () => {
    const disputed = base.facts.filter((f) => f.disputes.length > 0);
    expect(disputed.length).toBeGreaterThan(0);
    expect(md.match(/\*\*Disputed \(/g)?.length).toBe(
      disputed.reduce((n, f) => n + f.disputes.length, 0),
    );
  });

  it("leaves out the concept terms, which are the engine's", () => {
    const shown = (t: string) => md.toLowerCase().includes(t.toLowerCase());
    const hidden = base.facts
      .flatMap((f) => f.terms.flat())
      .filter((t) => t.length > 12 && !/[@']/.test(t));
    // Terms that are phrases no statement or quote uses stay out of the kit.
    const leaked = hidden.filter(
      (t) =>
        shown(t) &&
        !base.facts.some((f) =>
          [f.statement, ...f.sources.map((s) => s.quote)].some((x) =>
            x.toLowerCase().includes(t.toLowerCase()),
          ),
        ),
    );
    expect(hidden.length).toBeGreaterThan(50);
    expect(leaked).toEqual([]);
  });
});
