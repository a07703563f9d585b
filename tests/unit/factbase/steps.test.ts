/**
 * lib/factbase/build.ts `buildFactBaseSteps`: the fact base built fact by fact with pauses, and
 * lib/factbase/bundled.ts `usePrebuiltFactBase`: the base the extension build ships instead.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import factsJson from '../../../seeds/facts.json';
import sourcesJson from '../../../seeds/sources.json';
import { buildFactBase, buildFactBaseSteps } from '@/lib/factbase/build';
import type { CuratedFact, FactBase, SourceMeta } from '@/lib/factbase/types';
import { validateFacts, validateSources } from '@/lib/factbase/validate';
import { drain, runSliced } from '@/lib/util/steps';
import { parseDocument } from '../../../scripts/lib/html';
import { drainCounting } from '../drain-counting';

const sources = validateSources(sourcesJson);
const facts = validateFacts(factsJson, new Set(sources.map((s) => s.id)));

describe('buildFactBaseSteps', () => {
  it('pauses once per fact and builds what buildFactBase builds', () => {
    const { value, pauses } = drainCounting(buildFactBaseSteps(sources, facts));
    expect(facts.length).toBeGreaterThan(10);
    expect(pauses).toBe(facts.length);
    expect(value).toEqual(buildFactBase(sources, facts));
    expect(value.facts.map((f) => f.id)).toEqual(facts.map((f) => f.id));
    expect(value.sources).toBe(sources);
  });

  it('builds the same base in time slices', async () => {
    const sliced = await runSliced(buildFactBaseSteps(sources, facts), {
      budgetMs: 0,
      yieldToMain: () => Promise.resolve(),
    });
    expect(sliced).toEqual(buildFactBase(sources, facts));
  });

  it('builds nothing, without pausing, from no facts', () => {
    expect(drainCounting(buildFactBaseSteps(sources, []))).toEqual({
      value: { sources, facts: [] },
      pauses: 0,
    });
  });

  it('builds each fact only when its step runs', () => {
    let read = 0;
    const counting = facts.slice(0, 3).map(
      (f) =>
        new Proxy(f, {
          get(target, key, receiver) {
            if (key === 'sources') read++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const steps = buildFactBaseSteps(sources, counting);
    expect(read).toBe(0);
    steps.next();
    expect(read).toBe(1);
    steps.next();
    expect(read).toBe(2);
  });

  it('resolves relative dates against each quote’s own source', () => {
    const source = (id: string, published: string | null): SourceMeta => ({
      id,
      file: `${id}.txt`,
      title: null,
      published,
      dateline: null,
      outlet: null,
      kind: 'report',
      evidence: {},
    });
    const fact: CuratedFact = {
      id: 'strike-on-tuesday',
      statement: 'The first strike came on a Tuesday.',
      topic: 'strikes',
      slots: ['date'],
      terms: [['strike']],
      aliases: [],
      sources: [
        { source: 'a', quote: 'The first strike came on Tuesday.', stance: 'reports' },
        { source: 'b', quote: 'The first strike came on Tuesday.', stance: 'reports' },
        { source: 'c', quote: 'The first strike came on Tuesday.', stance: 'reports' },
      ],
    };
    const base = drain(
      buildFactBaseSteps(
        [source('a', '2024-11-20'), source('b', '2024-11-28'), source('c', null)],
        [fact],
      ),
    );
    const from = base.facts[0]!.sources.map((s) => s.values.dates[0]?.from ?? null);
    expect(from).toEqual(['2024-11-19', '2024-11-26', null]);
    // Two Tuesdays a week apart are a date dispute between a and b.
    expect(base.facts[0]!.status).toBe('disputed');
  });
});

describe('usePrebuiltFactBase', () => {
  // Each test gets fresh modules, so the bundled base's cache starts empty.
  beforeEach(() => {
    vi.resetModules();
  });
  const fresh = async () => ({
    bundled: await import('@/lib/factbase/bundled'),
    check: await import('@/lib/check'),
  });
  /** What the extension build ships: the built base through JSON (see wxt.config.ts). */
  const shipped = (): FactBase =>
    JSON.parse(JSON.stringify(buildFactBase(sources, facts))) as FactBase;

  it('without it, the base is built once, in steps, then served from the cache', async () => {
    const { bundled } = await fresh();
    const first = drainCounting(bundled.bundledFactBaseSteps());
    expect(first.pauses).toBe(facts.length);
    const second = drainCounting(bundled.bundledFactBaseSteps());
    expect(second.pauses).toBe(0);
    expect(second.value).toBe(first.value);
    expect(bundled.bundledFactBase()).toBe(first.value);
  });

  it('serves the given base as it is, without building or pausing', async () => {
    const { bundled } = await fresh();
    const prebuilt = shipped();
    bundled.usePrebuiltFactBase(prebuilt);
    const { value, pauses } = drainCounting(bundled.bundledFactBaseSteps());
    expect(value).toBe(prebuilt);
    expect(pauses).toBe(0);
    expect(bundled.bundledFactBase()).toBe(prebuilt);
  });

  it('replaces a base built earlier', async () => {
    const { bundled } = await fresh();
    const built = bundled.bundledFactBase();
    const prebuilt = shipped();
    bundled.usePrebuiltFactBase(prebuilt);
    expect(bundled.bundledFactBase()).toBe(prebuilt);
    expect(bundled.bundledFactBase()).not.toBe(built);
  });

  it('is what the engine runs on when set first, as the background does', async () => {
    const { bundled, check } = await fresh();
    const prebuilt = shipped();
    bundled.usePrebuiltFactBase(prebuilt);
    expect(check.bundledEngine().base).toBe(prebuilt);
  });

  it('gives the same answers as a base built in place (JSON keeps everything it needs)', async () => {
    const { check } = await fresh();
    const html = readFileSync('tests/fixtures/cli/on-topic.html', 'utf8');
    const { page } = drain(check.extractPageSteps(parseDocument(html)))!;
    const inPlace = new check.Engine(buildFactBase(sources, facts)).analyse(page);
    const fromShipped = new check.Engine(shipped()).analyse(page);
    expect(inPlace.annotations.length).toBeGreaterThan(0);
    expect(fromShipped).toEqual(inPlace);
  });
});
