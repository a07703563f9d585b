/**
 * lib/check.ts: the split between the page (extractPageSteps) and the engine (Engine.analyse), and
 * the stepped runs. What the content script now does — extract in the page, send the text to the
 * background, analyse there — must give what checkDocument gives on the same page, and running the
 * steps in time slices must give what running them at once gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  Engine,
  bundledEngine,
  checkDocument,
  checkDocumentSteps,
  extractPageSteps,
  quickReject,
  rejectedResult,
  type Analysis,
  type DocumentResult,
  type PageText,
  type Stage,
  warmUpPage,
  warmUpPages,
  WARM_UP_BLOCKS_PER_PAGE,
  WARM_UP_SENTENCES_PER_BLOCK,
} from '@/lib/check';
import { pageTitle } from '@/lib/extract/article';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { drain, runSliced } from '@/lib/util/steps';
import { parseDocument } from '../../scripts/lib/html';
import { SEED_PAGES, seedPageHtml, withDivParagraphs, withSiteChrome } from '../e2e/pages';
import { SEEDS_DIR } from '../../scripts/lib/seeds';
import { paragraphsFromText, renderNewsPage } from '../../scripts/render-news-page.mjs';
import { drainCounting } from './drain-counting';
import contextCases from '../cases/context-sentences.json';

const SEED_FILES = [
  '000_38147e0aa8aa1475.txt',
  '001_e6ca441133ff4184.txt',
  '002_b589a596a287f77f.txt',
  '003_741661cdd0967a79.txt',
  '004_11ef8f2dd4bbdac3.txt',
];

function newsPage(title: string, paragraphs: string[]): string {
  return renderNewsPage({
    title,
    paragraphs,
    published: '2024-11-18T12:00:00Z',
    outlet: 'The Daily Ledger',
    url: 'https://news.example.com/world/2024/11/18/story/',
  });
}

const seedHtml = (file: string) =>
  newsPage(
    'US lets Ukraine strike deep inside Russia with American missiles',
    paragraphsFromText(readFileSync(join(SEEDS_DIR, file), 'utf8')),
  );

const ON_TOPIC_HTML = readFileSync('tests/fixtures/cli/on-topic.html', 'utf8');
/** A football report with one sentence about ATACMS: off-topic on its headline. */
const SPORT_HTML = newsPage(
  'Riverside United beat Northgate 2-1 to move into third place',
  paragraphsFromText(readFileSync('tests/fixtures/cli/sport-with-claim.txt', 'utf8')),
);

const PAGES: [string, string][] = [
  ...SEED_FILES.map((f): [string, string] => [`seed ${f.slice(0, 3)}`, seedHtml(f)]),
  ['the on-topic CLI fixture', ON_TOPIC_HTML],
];

/** The engine's part of a document result. */
function analysisOf(result: DocumentResult): Analysis {
  const { title: _t, published: _p, blocks: _b, ...analysis } = result;
  return analysis;
}

const engine = bundledEngine();

describe('Engine.analyse on extracted page text', () => {
  /** What an engine said of a text, one line per annotation: verdict and fact (and kind). */
  const said = (a: readonly { verdict: string; fact: { id: string } }[]) =>
    a.map((x) => `${x.verdict} ${x.fact.id}`);
  const saidWithKind = (a: readonly { verdict: string; kind: string; fact: { id: string } }[]) =>
    a.map((x) => `${x.verdict} ${x.fact.id} ${x.kind}`);

  it.each(PAGES)('equals checkDocument on %s', (_, html) => {
    const expected = checkDocument(parseDocument(html));
    expect(expected.relevant).toBe(true);
    expect(expected.annotations.length).toBeGreaterThan(0);

    const extracted = drain(extractPageSteps(parseDocument(html)));
    expect(extracted).not.toBeNull();
    // What the content script sends crosses the message channel as JSON.
    const page = JSON.parse(JSON.stringify(extracted!.page)) as PageText;
    expect(page).toEqual(extracted!.page);
    expect(engine.analyse(page)).toEqual(analysisOf(expected));

    expect(page.title).toBe(expected.title);
    expect(page.published).toBe(expected.published);
    expect(page.blocks).toEqual(expected.blocks.map((b) => b.text));
  });

  it.each(PAGES)('locates each annotation in its block and in the joined text on %s', (_, html) => {
    const { page } = drain(extractPageSteps(parseDocument(html)))!;
    const joined = page.blocks.join('\n\n');
    for (const a of engine.analyse(page).annotations) {
      expect(page.blocks[a.block!]!.slice(a.blockStart, a.blockEnd)).toBe(a.sentence);
      expect(joined.slice(a.start, a.end)).toBe(a.sentence);
    }
  });

  it('gives the annotations checkText gives on the joined blocks', () => {
    const { page } = drain(extractPageSteps(parseDocument(ON_TOPIC_HTML)))!;
    const byText = engine.checkText(page.blocks.join('\n\n'), {
      published: page.published,
      assumeRelevant: true,
    });
    const strip = ({ block: _b, blockStart: _s, blockEnd: _e, ...a }: Analysis['annotations'][0]) =>
      a;
    expect(engine.analyse(page).annotations.map(strip)).toEqual(byText.annotations);
  });

  it('keeps offsets right around empty blocks', () => {
    const blocks = [
      '',
      'North Korea has sent about 8,000 troops to Russia, officials said.',
      '',
      '',
      'Ukraine fired ATACMS missiles into Russia for the first time on Tuesday.',
    ];
    const page: PageText = {
      title: 'North Korean troops and ATACMS strikes in Russia',
      blocks,
      published: '2024-11-20',
      evidence: { bonus: 0, reasons: [] },
    };
    const { annotations } = engine.analyse(page, { assumeRelevant: true });
    expect(annotations.map((a) => a.block)).toEqual([1, 4]);
    const joined = blocks.join('\n\n');
    for (const a of annotations) expect(joined.slice(a.start, a.end)).toBe(a.sentence);
  });

  it('annotates nothing on an off-topic text unless asked to', () => {
    const { page } = drain(extractPageSteps(parseDocument(SPORT_HTML), { assumeRelevant: true }))!;
    const plain = engine.analyse(page);
    expect(plain.relevant).toBe(false);
    expect(plain.annotations).toEqual([]);
    const forced = engine.analyse(page, { assumeRelevant: true });
    expect(forced.relevant).toBe(false);
    expect(forced.annotations.map((a) => a.fact.id)).toContain('atacms-range');
  });

  it('pauses once after detection and once per block, and never on an off-topic text', () => {
    const { page } = drain(extractPageSteps(parseDocument(ON_TOPIC_HTML)))!;
    expect(drainCounting(engine.analyseSteps(page)).pauses).toBe(page.blocks.length + 1);
    const sport = drain(extractPageSteps(parseDocument(SPORT_HTML), { assumeRelevant: true }))!;
    expect(drainCounting(engine.analyseSteps(sport.page)).pauses).toBe(0);
    expect(drainCounting(engine.analyseSteps(sport.page, { assumeRelevant: true })).pauses).toBe(
      sport.page.blocks.length + 1,
    );
  });

  it('re-analyses only the blocks that changed, with the same answers (a live blog updating)', () => {
    const { page } = drain(extractPageSteps(parseDocument(ON_TOPIC_HTML)))!;
    const fresh = new Engine(bundledFactBase());
    const first = fresh.analyse(page);
    // Blocks are read by the engine's private annotateBlock (annotate with the block before).
    const annotate = vi.spyOn(
      fresh as unknown as { annotateBlock: (text: string) => unknown },
      'annotateBlock',
    );
    try {
      expect(fresh.analyse(page)).toEqual(first);
      expect(annotate).not.toHaveBeenCalled();
      // A new block on top: only it is read; the old ones keep their answers, shifted.
      const update = 'North Korea has sent about 8,000 troops to Russia, officials said.';
      const updated = { ...page, blocks: [update, ...page.blocks] };
      const again = fresh.analyse(updated);
      expect(annotate).toHaveBeenCalledTimes(1);
      expect(annotate.mock.calls[0]![0]).toBe(update);
      expect(again).toEqual(new Engine(bundledFactBase()).analyse(updated));
      // Another reference date is another reading of the same words.
      fresh.analyse({ ...page, published: '2025-03-01' });
      expect(annotate).toHaveBeenCalledTimes(1 + page.blocks.length);
    } finally {
      annotate.mockRestore();
    }
  });

  it('reads a block that refers back with the sentence before it, and again when that changes', () => {
    const fresh = new Engine(bundledFactBase());
    const page = {
      title: 'North Korean troops in Russia',
      published: '2024-11-20',
      evidence: { bonus: 0, reasons: [] },
      blocks: [
        'Pyongyang has sent thousands of soldiers to help Moscow push Ukraine out of Kursk.',
        'US officials have put the contingent at roughly 8,000 men.',
      ],
    };
    const verdictOf = (blocks: string[]) =>
      fresh
        .analyse({ ...page, blocks }, { assumeRelevant: true })
        .annotations.filter((a) => a.block === 1)
        .map((a) => `${a.verdict} ${a.fact.id}`);
    expect(verdictOf(page.blocks)).toEqual(['disputed north-korean-troop-count']);
    // Alone, "the contingent" is nobody's: no fact.
    expect(fresh.annotate(page.blocks[1]!, page.published)).toEqual([]);
    // The remembered answer leaned on the block before; another block before is another reading.
    const other = ['Kyiv says its drones hit a refinery.', page.blocks[1]!];
    expect(verdictOf(other)).toEqual([]);
    expect(verdictOf(page.blocks)).toEqual(['disputed north-korean-troop-count']);
  });

  it('reads a doubt about "that explanation" as a side of the account the sentence before gives', () => {
    const fresh = new Engine(bundledFactBase());
    const before =
      "Administration officials have said privately that it was North Korea's decision to send troops to fight for Moscow that forced their hand.";
    for (const sentence of [
      'Not everyone buys that explanation.',
      'Not everyone bought that explanation.',
    ]) {
      expect(
        fresh
          .annotate(sentence, '2024-12-15', undefined, before)
          .map((a) => `${a.verdict} ${a.fact.id}`),
      ).toEqual(['disputed shift-triggered-by-north-korea']);
      expect(fresh.annotate(sentence, '2024-12-15')).toEqual([]);
    }
    // An account of something else before it: no fact.
    expect(
      fresh.annotate(
        'Not everyone buys that explanation.',
        '2024-12-15',
        undefined,
        'The mayor said the bridge closed because of the storm.',
      ),
    ).toEqual([]);
  });

  it('reads a figure for those a sentence counts back to with what the sentence before names', () => {
    const fresh = new Engine(bundledFactBase());
    const before =
      'The first credible reports of North Korean soldiers on Russian soil came from Ukrainian intelligence.';
    const counted = [
      'Estimates of their number vary, but most Western assessments now put it somewhere above 10,000.',
      'The US now figures there are more than ten thousand of them, and most are in the Kursk region.',
    ];
    for (const sentence of counted) {
      expect(
        fresh.annotate(sentence, '2024-12-03', undefined, before).map((a) => a.fact.id),
      ).toEqual(['north-korean-troop-count']);
      expect(fresh.annotate(sentence, '2024-12-03')).toEqual([]);
    }
    // Another sentence before, naming no one to count: no fact.
    expect(
      fresh.annotate(counted[0]!, '2024-12-03', undefined, 'Kyiv says its drones hit a refinery.'),
    ).toEqual([]);
    // Officials who give the figure are not what it counts; "units" are the troops the figure is of.
    expect(
      fresh
        .annotate(
          'U.S. officials put their number at roughly 8,000.',
          '2024-11-24',
          undefined,
          'Ukraine reported its first firefights with North Korean units.',
        )
        .map((a) => `${a.verdict} ${a.fact.id}`),
    ).toEqual(['disputed north-korean-troop-count']);
  });

  it('lets a sentence about a group of people lean on the sentence before the one before', () => {
    const fresh = new Engine(bundledFactBase());
    const named = 'Kirby said the North Korean troops had come ashore at Vladivostok.';
    const between = 'From there they were taken by rail to training grounds in the Far East.';
    const counted = "South Korea's spy agency now puts their number at about 11,000.";
    // The sentence before names no one; the one before it names the troops.
    expect(said(fresh.annotate(counted, '2024-11-29', undefined, [named, between]))).toEqual([
      'disputed north-korean-troop-count',
    ]);
    expect(fresh.annotate(counted, '2024-11-29', undefined, between)).toEqual([]);
    // The same within one block, and across blocks on a page.
    expect(
      said(fresh.annotate(`${named} ${between} ${counted}`, '2024-11-29')).filter((v) =>
        v.endsWith('troop-count'),
      ),
    ).toEqual(['disputed north-korean-troop-count']);
    const page = {
      title: 'North Korean troops in Russia',
      published: '2024-11-29',
      blocks: [named, between, counted],
      evidence: { bonus: 0, reasons: [] },
    };
    expect(
      said(fresh.analyse(page, { assumeRelevant: true }).annotations.filter((a) => a.block === 2)),
    ).toEqual(['disputed north-korean-troop-count']);
    // A thing, not a group of people, is the sentence before's own: "those strikes" two back is not.
    expect(
      fresh.annotate('London has declined to confirm those strikes.', '2024-11-21', undefined, [
        'Ukraine fired ATACMS missiles into Russia on Tuesday.',
        'Storm Shadow was used too.',
      ]),
    ).toEqual([]);
  });

  it('lets a sentence that counts a group lean on the eighth sentence before, across blocks too', () => {
    const fresh = new Engine(bundledFactBase());
    const named = 'Pyongyang has sent soldiers to fight for Moscow, officials in Seoul say.';
    const between = [
      'The troops sailed from the port of Wonsan, according to John Kirby.',
      'They were then trained at bases in the Far East.',
    ];
    const counted =
      'Published estimates of their number range from about 8,000 to more than 10,000.';
    // Neither sentence just before names whose troops they are; the third one back does.
    expect(said(fresh.annotate(counted, '2024-11-25', undefined, [named, ...between]))).toEqual([
      'disputed north-korean-troop-count',
    ]);
    expect(fresh.annotate(counted, '2024-11-25', undefined, between)).toEqual([]);
    const page = {
      title: 'North Korean troops in Russia',
      published: '2024-11-25',
      blocks: [named, ...between, counted],
      evidence: { bonus: 0, reasons: [] },
    };
    expect(
      said(fresh.analyse(page, { assumeRelevant: true }).annotations.filter((a) => a.block === 3)),
    ).toEqual(['disputed north-korean-troop-count']);
    // Eight back is not too far (a story tells the troops' route, their fighting and how they were
    // first seen before it counts them); nine back is.
    const others = [
      'Russia has not confirmed it.',
      'Kyiv asked for more air defence.',
      'Nothing was agreed.',
      'The talks resumed in the evening.',
      'Both sides kept their positions.',
    ];
    expect(
      said(fresh.annotate(counted, '2024-11-25', undefined, [named, ...others, ...between])),
    ).toEqual(['disputed north-korean-troop-count']);
    expect(
      fresh.annotate(counted, '2024-11-25', undefined, [
        named,
        ...others,
        'The talks went on for hours.',
        ...between,
      ]),
    ).toEqual([]);
  });

  it('counts the people of the sentences before even where the sentence names a fact itself', () => {
    const fresh = new Engine(bundledFactBase());
    const named = 'North Korea has sent troops to fight alongside Russian forces, Kirby said.';
    const counted =
      "Washington puts their number at more than 10,000, most of them in Russia's Kursk region.";
    const facts = (a: { fact: { id: string } }[]) => a.map((x) => x.fact.id);
    expect(facts(fresh.annotate(counted, '2024-11-18', undefined, named))).toEqual([
      'north-korean-troop-count',
    ]);
    // Alone, "their number" counts nobody: only Kursk's place is read.
    expect(facts(fresh.annotate(counted, '2024-11-18'))).not.toContain('north-korean-troop-count');
    // The troops named two sentences before, beyond one that names none.
    const between =
      "Even Belarus's Alexander Lukashenko conceded that such a deployment would amount to an escalation.";
    const later =
      "By December, Western estimates put the contingent at more than 10 000, most of them fighting in Russia's Kursk region.";
    expect(facts(fresh.annotate(later, '2025-01-21', undefined, [named, between]))).toContain(
      'north-korean-troop-count',
    );
  });

  /** The sentences before and the sentence, each read after them and alone (a data table). */
  it.each(contextCases.cases.map((c) => [`${c.group}: ${c.why}`, c] as const))('%s', (_, c) => {
    const fresh = new Engine(bundledFactBase());
    const found = fresh.annotate(c.text, c.published, undefined, c.before);
    const lines = c.format === 'said' ? said(found) : saidWithKind(found);
    if (c.op === 'equals') expect(lines).toEqual(c.value);
    else if (c.op === 'includes') expect(lines).toContain(c.value);
    else expect(lines.join('\n')).not.toContain(c.value);
  });

  it('reads a sentence set in capitals in ordinary case, and quotes it as written', () => {
    const fresh = new Engine(bundledFactBase());
    const alert = "11:25 ET — NK SOLDIERS CLASH WITH UKRAINIAN FORCES IN UKRAINE'S KURSK REGION";
    const [a, ...rest] = fresh.annotate(alert, '2024-11-21');
    expect(rest).toEqual([]);
    expect(`${a?.verdict} ${a?.kind} ${a?.fact.id}`).toBe('contradicts place kursk-is-in-russia');
    expect(a?.sentence).toBe(alert);
    expect(alert.slice(a!.start, a!.end)).toBe(alert);
  });

  it('gives a fresh engine over the same base the same answers', () => {
    const { page } = drain(extractPageSteps(parseDocument(ON_TOPIC_HTML)))!;
    expect(new Engine(bundledFactBase()).analyse(page)).toEqual(engine.analyse(page));
  });
});

describe('checkDocumentSteps in time slices', () => {
  it.each(PAGES)('gives what checkDocument gives on %s', async (_, html) => {
    const doc = parseDocument(html);
    const atOnce = checkDocument(doc);
    const yieldToMain = vi.fn(() => Promise.resolve());
    const sliced = await runSliced(checkDocumentSteps(doc), { budgetMs: 0, yieldToMain });
    expect(analysisOf(sliced)).toEqual(analysisOf(atOnce));
    expect(sliced.title).toBe(atOnce.title);
    expect(sliced.published).toBe(atOnce.published);
    expect(sliced.blocks.map((b) => b.text)).toEqual(atOnce.blocks.map((b) => b.text));
    sliced.blocks.forEach((b, i) => expect(b.element).toBe(atOnce.blocks[i]!.element));
    // It really ran in slices: at least one pause per block.
    expect(yieldToMain.mock.calls.length).toBeGreaterThan(atOnce.blocks.length);
  });

  it('gives the same result through the Engine method', async () => {
    const doc = parseDocument(ON_TOPIC_HTML);
    const sliced = await runSliced(engine.checkDocumentSteps(doc), {
      budgetMs: 0,
      yieldToMain: () => Promise.resolve(),
    });
    expect(sliced).toEqual(checkDocument(doc));
    expect(engine.checkDocument(doc)).toEqual(checkDocument(doc));
  });

  it('stops when aborted, with an AbortError', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const run = runSliced(checkDocumentSteps(parseDocument(ON_TOPIC_HTML)), {
      budgetMs: 0,
      signal: controller.signal,
      yieldToMain: async () => {
        if (++pauses === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pauses).toBe(3);
  });

  it('reports every stage once, with a duration', () => {
    const stages = new Map<Stage, number[]>();
    checkDocument(parseDocument(ON_TOPIC_HTML), {
      onStage: (stage, ms) => stages.set(stage, [...(stages.get(stage) ?? []), ms]),
    });
    expect(new Set(stages.keys())).toEqual(
      new Set(['detect', 'extract', 'engine', 'segment', 'claims', 'match']),
    );
    for (const [stage, times] of stages) {
      // detect may report twice (the headline and page evidence, then the text); the rest once.
      if (stage !== 'detect') expect(times.length, stage).toBe(1);
      for (const ms of times) expect(Number.isFinite(ms) && ms >= 0, stage).toBe(true);
    }
  });

  it('takes a publication date given by the caller over the page’s', () => {
    const doc = parseDocument(ON_TOPIC_HTML);
    expect(checkDocument(doc).published).toBe('2024-11-22');
    expect(checkDocument(doc, { published: '2024-12-01' }).published).toBe('2024-12-01');
  });
});

describe('a typical news site around the article', () => {
  // Mega menu, share buttons, most-read list, story rails, footer, page data: none of it is text
  // the check reads, so the seeds in that chrome give what the bare seeds give.
  it.each(SEED_PAGES)('changes nothing on $file', (seed) => {
    const bare = checkDocument(parseDocument(seedPageHtml(seed)));
    const full = checkDocument(parseDocument(withSiteChrome(seedPageHtml(seed))));
    expect(full.relevant).toBe(true);
    expect(full.blocks.map((b) => b.text)).toEqual(bare.blocks.map((b) => b.text));
    expect(analysisOf(full)).toEqual(analysisOf(bare));
  });

  it.each(SEED_PAGES)('paragraphs written as <div>s read as <p>s do, on $file', (seed) => {
    const bare = checkDocument(parseDocument(seedPageHtml(seed)));
    const divs = checkDocument(
      parseDocument(withSiteChrome(withDivParagraphs(seedPageHtml(seed)))),
    );
    expect(divs.blocks.map((b) => b.element.tagName)).toContain('DIV');
    // The same running text; only short lines that are not sentences ("Source link: …") stay out.
    const read = divs.blocks.map((b) => b.text);
    const left = bare.blocks.map((b) => b.text).filter((text) => !read.includes(text));
    expect(read.every((text) => bare.blocks.some((b) => b.text === text))).toBe(true);
    expect(left.filter((text) => /[.!?]['"’”)]?$/.test(text) || text.length >= 120)).toEqual([]);
    expect(analysisOf(divs)).toEqual(analysisOf(bare));
  });
});

describe('off-topic pages', () => {
  it('are rejected on their headline, before any extraction or pause', () => {
    const doc = parseDocument(SPORT_HTML);
    const stages: Stage[] = [];
    const { value, pauses } = drainCounting(
      extractPageSteps(doc, { onStage: (s) => stages.push(s) }),
    );
    expect(value).toBeNull();
    expect(pauses).toBe(0);
    expect(stages).toEqual(['detect']);
    expect(checkDocument(doc)).toEqual(rejectedResult(pageTitle(doc)));
    expect(quickReject(doc)).toEqual(rejectedResult(pageTitle(doc)));
  });

  it('are read anyway on "check this page"', () => {
    const doc = parseDocument(SPORT_HTML);
    const result = checkDocument(doc, { assumeRelevant: true });
    expect(result.relevant).toBe(false);
    expect(result.blocks.length).toBeGreaterThan(0);
    expect(result.annotations.map((a) => a.fact.id)).toContain('atacms-range');
  });

  it('are not rejected by quickReject when the headline is about the war', () => {
    expect(quickReject(parseDocument(ON_TOPIC_HTML))).toBeNull();
  });
});

describe('rejectedResult', () => {
  it.each(['Riverside United beat Northgate', null])(
    'is an empty, irrelevant result for %j',
    (title) => {
      const r = rejectedResult(title);
      expect(r).toStrictEqual({
        relevant: false,
        relevance: 0,
        reasons: ['headline and description do not mention Ukraine, Russia or the war'],
        title,
        published: null,
        annotations: [],
        blocks: [],
      });
    },
  );

  it('gives a new result each time (callers may mutate theirs)', () => {
    const a = rejectedResult('x');
    a.reasons.push('mutated');
    expect(rejectedResult('x').reasons).toHaveLength(1);
  });
});

describe('the warm-up page', () => {
  const base = bundledFactBase();
  const page = warmUpPage(base);
  const quotes = base.facts.flatMap((f) => f.sources.map((s) => s.quote));
  const twoByte = (s: string) => [...s].some((c) => c.charCodeAt(0) > 0xff);

  it('reads every source quote as it is, each followed by a two-byte copy', () => {
    expect(page.blocks).toHaveLength(2 * quotes.length);
    quotes.forEach((q, i) => {
      const [own, copy] = page.blocks.slice(2 * i, 2 * i + 2);
      expect(own).toBe(q);
      expect(copy!.startsWith(q)).toBe(true);
      expect(twoByte(copy!)).toBe(true);
    });
    // Without the copies most of what the warm-up reads would be one-byte only.
    expect(quotes.filter(twoByte).length).toBeLessThan(quotes.length / 2);
  });

  it('reads varied prose after the quotes, a few sentences to a paragraph, in order', () => {
    const prose = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.'];
    const withProse = warmUpPage(base, prose);
    expect(withProse.blocks.slice(0, page.blocks.length)).toEqual(page.blocks);
    expect(withProse.blocks.slice(page.blocks.length)).toEqual([
      prose.slice(0, WARM_UP_SENTENCES_PER_BLOCK).join(' '),
      prose.slice(WARM_UP_SENTENCES_PER_BLOCK, 2 * WARM_UP_SENTENCES_PER_BLOCK).join(' '),
      prose.slice(2 * WARM_UP_SENTENCES_PER_BLOCK).join(' '),
    ]);
  });

  it('is read in short pages, each quote with its copy, the prose after, nothing lost', () => {
    const prose = Array.from({ length: 200 }, (_, i) => `Sentence ${i}.`);
    const whole = warmUpPage(base, prose);
    const pages = warmUpPages(base, prose);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.blocks)).toEqual(whole.blocks);
    for (const p of pages) {
      expect(p.blocks.length).toBeGreaterThan(0);
      expect(p.blocks.length).toBeLessThanOrEqual(WARM_UP_BLOCKS_PER_PAGE);
      expect(p.published).toBe(whole.published);
    }
    // A quote's copy is on the quote's page: each page but the last starts on a quote.
    expect(WARM_UP_BLOCKS_PER_PAGE % 2).toBe(0);
    expect(pages[1]!.blocks[0]).toBe(quotes[WARM_UP_BLOCKS_PER_PAGE / 2]);
  });

  it('gives each copy the annotations of its quote, at the same places', () => {
    const engine = bundledEngine();
    quotes.forEach((q, i) => {
      const copy = page.blocks[2 * i + 1]!;
      const strip = (as: ReturnType<typeof engine.annotate>) =>
        as.map((a) => [a.verdict, a.fact.id, a.start, a.end]);
      expect(strip(engine.annotate(copy, page.published))).toEqual(
        strip(engine.annotate(q, page.published)),
      );
    });
  });
});
