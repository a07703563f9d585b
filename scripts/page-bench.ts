/**
 * `npm run bench:page -- [--json]`
 *
 * The built extension (`npm run build` first; this builds nothing) in headless Chromium, on real
 * pages: the five seeds rendered as news pages, the same in the chrome of a big news site (~1,400
 * elements, the size of a real article page), the hand-written on-topic fixture, an off-topic
 * page, a 6,000-word article and a page with 50,000 extra elements (the pages of the e2e tests,
 * tests/e2e/pages.ts), and the seeds again each after the service worker was stopped (a cold
 * start, as a reader's next page after 30 s idle meets it). Each page gets a fresh tab, in a fixed order. Pages are measured in groups,
 * each in a fresh browser after one warm-up page, so that no page reuses the engine's remembered
 * answers for another's paragraphs: every row is a first reading.
 *
 * Per page: Crosscheck's own User Timing measures (`crosscheck:total` and its stages) and the
 * longest task (> 50 ms) seen while the page loaded and was checked; then, in the same tab, two
 * reference points for "how much work is reading a page": Mozilla's Readability
 * (`new Readability(document.cloneNode(true)).parse()`) and mark.js marking three words in the
 * article (`new Mark(article).mark([...])`, then `.unmark()`), each cold (first call) and warm
 * (median of 5 further calls). `ratio` is Crosscheck's total over Readability's cold parse.
 *
 * Numbers are wall-clock milliseconds on this machine: compare rows, not machines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  inOffscreen,
  launchWithExtension,
  longTasks,
  offscreenOpened,
  recordLongTasks,
  servePage,
} from '../tests/e2e/helpers';
import {
  fixture,
  LONG_ARTICLE_URL,
  longArticleHtml,
  OFF_TOPIC_URL,
  ON_TOPIC_URL,
  SEED_PAGES,
  seedPageHtml,
  withHugeComments,
  withSiteChrome,
} from '../tests/e2e/pages';
import { renderNewsPage } from './render-news-page.mjs';
import { otherArgument } from './lib/cli';

const require = createRequire(import.meta.url);
const READABILITY_JS = require.resolve('@mozilla/readability/Readability.js');
const MARK_JS = require.resolve('mark.js/dist/mark.min.js');
const EVAL_SENTENCES = join(import.meta.dirname, '..', 'tests', 'cases', 'eval', 'sentences.jsonl');

const USAGE = 'usage: npm run bench:page -- [--json]';
const WARM_RUNS = 5;
const STAGES = ['total', 'detect', 'extract', 'match', 'render'] as const;
type StageName = (typeof STAGES)[number];

interface Row {
  page: string;
  url: string;
  elements: number;
  words: number;
  crosscheck: Record<StageName, number | null>;
  /** The background engine's own time for this page's analysis (its `crosscheck:analyse`). */
  analyse: number | null;
  readability: { cold: number; warm: number };
  markjs: { cold: number; warm: number };
  /** Crosscheck's total over Readability's cold parse. */
  ratio: number | null;
  /** Longest task over 50 ms while the page loaded and was checked; 0 when there was none. */
  maxLongTask: number;
  /**
   * Longest task over 50 ms that began after the page was parsed (DOMContentLoaded) and before the
   * content script started checking: its injection and evaluation.
   */
  maxStartup: number;
  /** Longest task over 50 ms that began after the content script started checking. */
  maxAfterStart: number;
}

function parseArgs(argv: string[]): { json: boolean } {
  let json = false;
  for (const a of argv) {
    if (a === '--json') json = true;
    else otherArgument(a, USAGE);
  }
  return { json };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface BenchPage {
  name: string;
  url: string;
  html: string;
  /** Stop the service worker before this page, as Chrome does after 30 s idle (a cold start). */
  stopWorker?: boolean;
}

/**
 * The pages, in groups measured in order, each group in a fresh browser. The engine remembers the
 * answers for text it has read (a re-check reads only what changed), so no two pages of a group,
 * and no warm-up, share a paragraph: every row is a first reading.
 */
function groups(): BenchPage[][] {
  const onTopic = fixture('on-topic.html');
  return [
    [
      ...SEED_PAGES.map((s) => ({
        name: `seed ${s.file.slice(0, 3)}`,
        url: s.url,
        html: seedPageHtml(s),
      })),
      { name: 'on-topic fixture', url: ON_TOPIC_URL, html: onTopic },
      { name: 'off-topic', url: OFF_TOPIC_URL, html: fixture('off-topic.html') },
    ],
    // The same articles in the chrome of a big news site: the size of a typical real page.
    SEED_PAGES.map((s) => ({
      name: `seed ${s.file.slice(0, 3)}, site chrome`,
      url: `${s.url.replace(/\/$/, '')}-full/`,
      html: withSiteChrome(seedPageHtml(s)),
    })),
    // A reader's next page after a pause: Chrome stopped the worker, and the page's navigation
    // starts a new one, which builds its engine and warms up while the page loads.
    SEED_PAGES.map((s) => ({
      name: `seed ${s.file.slice(0, 3)}, worker stopped`,
      url: `${s.url.replace(/\/$/, '')}-cold/`,
      html: seedPageHtml(s),
      stopWorker: true,
    })),
    [{ name: '6,000 words', url: LONG_ARTICLE_URL, html: longArticleHtml() }],
    [
      {
        name: '+50,000 elements',
        url: `${ON_TOPIC_URL}-comments`,
        html: withHugeComments(onTopic),
      },
    ],
  ];
}

/**
 * The warm-up page each browser loads first: an on-topic article written from the labelled eval
 * sentences, which share no paragraph with the measured pages.
 */
function warmUpPage(): BenchPage {
  const sentences = readFileSync(EVAL_SENTENCES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .slice(0, 60);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5)
    paragraphs.push(sentences.slice(i, i + 5).join(' '));
  const url = 'https://www.reuters.com/world/europe/warm-up-ukraine-russia-2024-11-20/';
  return {
    name: 'warm-up',
    url,
    html: renderNewsPage({
      title: 'Ukraine, Russia and the US missile decision: what we know',
      paragraphs,
      published: '2024-11-20',
      outlet: 'Reuters',
      url,
    }),
  };
}

/** Crosscheck's first measure of each stage (static pages are checked once). */
async function crosscheckMeasures(page: Page): Promise<Record<StageName, number | null>> {
  const found = await page.evaluate(
    (names) => {
      const out: Record<string, number | null> = {};
      for (const n of names) {
        const m = performance.getEntriesByName(`crosscheck:${n}`, 'measure')[0];
        out[n] = m ? m.duration : null;
      }
      return out;
    },
    STAGES as readonly string[],
  );
  return found as Record<StageName, number | null>;
}

/** Times Readability and mark.js in the page: cold (first call), then warm (median of 5). */
async function referenceTimes(page: Page) {
  await page.addScriptTag({ path: READABILITY_JS });
  await page.addScriptTag({ path: MARK_JS });
  return page.evaluate(async (warmRuns) => {
    const w = window as unknown as {
      Readability: new (doc: Document) => { parse(): unknown };
      Mark: new (el: Element) => {
        mark(words: string[], options: { done(): void }): void;
        unmark(options: { done(): void }): void;
      };
    };
    const readability = () => {
      const t = performance.now();
      new w.Readability(document.cloneNode(true) as Document).parse();
      return performance.now() - t;
    };
    const article = document.querySelector('article') ?? document.body;
    const mark = async () => {
      const marker = new w.Mark(article);
      const t = performance.now();
      await new Promise<void>((done) => marker.mark(['Ukraine', 'Russia', 'missile'], { done }));
      const ms = performance.now() - t;
      await new Promise<void>((done) => marker.unmark({ done }));
      return ms;
    };
    const readabilityCold = readability();
    const readabilityWarm: number[] = [];
    for (let i = 0; i < warmRuns; i++) readabilityWarm.push(readability());
    const markCold = await mark();
    const markWarm: number[] = [];
    for (let i = 0; i < warmRuns; i++) markWarm.push(await mark());
    return { readabilityCold, readabilityWarm, markCold, markWarm };
  }, WARM_RUNS);
}

/** The background's latest `crosscheck:analyse` measure (the engine's time for the last page). */
async function backgroundAnalyse(
  b: Awaited<ReturnType<typeof launchWithExtension>>,
): Promise<number | null> {
  // The running worker: a stopped one was replaced by a new one.
  const worker = b.context.serviceWorkers().at(-1) ?? b.background;
  const read = () => {
    const all = performance.getEntriesByName('crosscheck:analyse', 'measure');
    const last = all[all.length - 1];
    performance.clearMeasures('crosscheck:analyse');
    return last ? last.duration : null;
  };
  // A worker started cold by the page asks the offscreen document's engines (Chrome).
  return (await worker.evaluate(read)) ?? (await inOffscreen(b, `(${read.toString()})()`));
}

/**
 * Resolves when the page's first check has finished, without the driver running anything in the
 * page meanwhile. Polling for the measure (`waitForChecks`) evaluates Playwright's injected script
 * in the page right after `load`, the moment a check's answer comes back, and its 10–20 ms on the
 * main thread then counted in `crosscheck:total` (see README, Speed). Here a PerformanceObserver
 * installed before the page's own scripts logs one console line that the driver listens for.
 */
async function checkedSignal(page: Page): Promise<{ done: Promise<unknown> }> {
  const signal = 'crosscheck-bench: checked';
  await page.addInitScript((line) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('crosscheck:total').length === 0) return;
      observer.disconnect();
      console.debug(line);
    });
    observer.observe({ type: 'measure' });
  }, signal);
  const done = page.waitForEvent('console', {
    predicate: (m) => m.text() === signal,
    timeout: 120_000,
  });
  return { done };
}

async function measure(
  b: Awaited<ReturnType<typeof launchWithExtension>>,
  name: string,
  url: string,
): Promise<Row> {
  const page = await b.context.newPage();
  try {
    await recordLongTasks(page);
    const checked = await checkedSignal(page);
    await page.goto(url);
    await checked.done;
    // Let the highlights paint before the long tasks are read.
    await page.waitForTimeout(500);
    const crosscheck = await crosscheckMeasures(page);
    const analyse = await backgroundAnalyse(b);
    const { tasks } = await longTasks(page);
    const { parsed, started } = await page.evaluate(() => ({
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
      started: performance.getEntriesByName('crosscheck:total', 'measure')[0]!.startTime,
    }));
    const longest = (ts: typeof tasks) => ts.reduce((m, t) => Math.max(m, t.duration), 0);
    const maxLongTask = longest(tasks);
    const maxStartup = longest(tasks.filter((t) => t.start >= parsed && t.start <= started));
    const maxAfterStart = longest(tasks.filter((t) => t.start > started));
    const { elements, words } = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      words: (document.body.innerText.match(/\S+/g) ?? []).length,
    }));
    const ref = await referenceTimes(page);
    const readability = { cold: ref.readabilityCold, warm: median(ref.readabilityWarm) };
    const markjs = { cold: ref.markCold, warm: median(ref.markWarm) };
    const ratio = crosscheck.total === null ? null : crosscheck.total / readability.cold;
    return {
      page: name,
      url,
      elements,
      words,
      crosscheck,
      analyse,
      readability,
      markjs,
      ratio,
      maxLongTask,
      maxStartup,
      maxAfterStart,
    };
  } finally {
    await page.close();
  }
}

/** The page's own main-thread work: its stages, without the wait for the background. */
function inPage(r: Row): number | null {
  const { detect, extract, render } = r.crosscheck;
  return detect === null || extract === null || render === null ? null : detect + extract + render;
}

function printTable(rows: Row[]): void {
  const f = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));
  const header = [
    'page',
    'elements',
    'words',
    'total',
    'detect',
    'extract',
    'match',
    'bg analyse',
    'render',
    'in page',
    'read. cold',
    'read. warm',
    'mark cold',
    'mark warm',
    'ratio',
    'max long task',
    'startup',
    'after start',
  ];
  const body = rows.map((r) => [
    r.page,
    String(r.elements),
    String(r.words),
    f(r.crosscheck.total),
    f(r.crosscheck.detect),
    f(r.crosscheck.extract),
    f(r.crosscheck.match),
    f(r.analyse),
    f(r.crosscheck.render),
    f(inPage(r)),
    f(r.readability.cold),
    f(r.readability.warm),
    f(r.markjs.cold),
    f(r.markjs.warm),
    f(r.ratio, 2),
    r.maxLongTask > 0 ? f(r.maxLongTask, 0) : '—',
    r.maxStartup > 0 ? f(r.maxStartup, 0) : '—',
    r.maxAfterStart > 0 ? f(r.maxAfterStart, 0) : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
  console.log(
    [
      '',
      'ms, wall clock. total = crosscheck:total (extraction in the page, analysis in the background,',
      "painting); match = the page waiting for the background; bg analyse = the engine's own time in",
      'the service worker (the rest of match is messaging); in page = detect + extract + render, the',
      "page's own main-thread work; read. = Readability parse; mark = mark.js on <article>;",
      'ratio = total / read. cold.',
      'Long tasks (over 50 ms, — none): max of all; startup = begun after DOMContentLoaded and before',
      'the check started (the content script being evaluated); after start = begun after that.',
      'words = visible words (document.body.innerText).',
    ].join('\n'),
  );
}

/** Stops the extension's service worker (DevTools protocol) and waits until it has stopped. */
async function stopWorker(b: Awaited<ReturnType<typeof launchWithExtension>>): Promise<void> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  try {
    const origin = `chrome-extension://${b.extensionId}/`;
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((v) => v.scriptURL.startsWith(origin));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
    });
    await Promise.race([stopped, timeout]).finally(() => clearTimeout(timer));
    // Let the browser settle, as after a reader's pause.
    await page.waitForTimeout(500);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const rows: Row[] = [];
  const warmUp = warmUpPage();
  for (const group of groups()) {
    const b = await launchWithExtension();
    try {
      // tsx keeps function names with a `__name` helper that in-page functions would miss.
      await b.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
      for (const p of [warmUp, ...group]) await servePage(b.context, p.url, p.html);
      await measure(b, warmUp.name, warmUp.url);
      for (const p of group) {
        if (!args.json) process.stderr.write(`${p.name}…\n`);
        if (p.stopWorker) {
          await offscreenOpened(b);
          await stopWorker(b);
        }
        rows.push(await measure(b, p.name, p.url));
      }
      if (b.blockedRequests.length > 0) {
        throw new Error(`requests left the page: ${b.blockedRequests.join(', ')}`);
      }
    } finally {
      await b.close();
    }
  }
  if (args.json) console.log(JSON.stringify({ rows }, null, 2));
  else printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
