/**
 * Pages that make life hard: a strict Content-Security-Policy, a page script that breaks built-ins
 * and throws, a page with 50,000 extra elements, a 6,000-word article. The highlights are still
 * exactly the engine's, the card still works and looks like itself, our script logs no error, and
 * its work on the page's main thread comes in slices: no long task (> 50 ms) once it has started.
 */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectErrors,
  expectedMarks,
  launchWithExtension,
  longTasks,
  pageMarks,
  recordLongTasks,
  scrollSentenceIntoView,
  sentencePoint,
  servePage,
  waitForChecks,
  type ExtensionBrowser,
  type LongTask,
} from './helpers';
import {
  fixture,
  LONG_ARTICLE_URL,
  longArticleHtml,
  ON_TOPIC_URL,
  SEED_PAGES,
  seedPageHtml,
  withHostileScript,
  withDivParagraphs,
  withHugeComments,
} from './pages';

const CONTRADICTS =
  'Ukraine’s first ATACMS strike hit an arms depot nearly 90 miles inside Russia.';

/** The long-task budget the issue sets for the content script's work on the page's main thread. */
const LONG_TASK_MS = 50;

/** Long tasks of a checked page, split by when they began. */
interface TaskReport {
  /** Before the document was parsed (DOMContentLoaded done): the browser parsing the page. */
  parsing: LongTask[];
  /**
   * After parsing, up to the start of the first check (`crosscheck:total`'s start): the content
   * script being injected, evaluated and started. (The page is quiet then: see the control test.)
   */
  startup: LongTask[];
  /** After the check started: only the content script's slices and its painting run then. */
  after: LongTask[];
}

async function taskReport(page: Page): Promise<TaskReport> {
  const { tasks } = await longTasks(page);
  const { parsed, started } = await page.evaluate(() => ({
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .domContentLoadedEventEnd,
    started: performance.getEntriesByName('crosscheck:total', 'measure')[0]!.startTime,
  }));
  return {
    parsing: tasks.filter((t) => t.start < parsed),
    startup: tasks.filter((t) => t.start >= parsed && t.start <= started),
    after: tasks.filter((t) => t.start > started),
  };
}

/** Long tasks that began after the document was parsed (DOMContentLoaded handlers done). */
async function tasksAfterParsing(page: Page): Promise<LongTask[]> {
  const { tasks } = await longTasks(page);
  const parsed = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
  );
  return tasks.filter((t) => t.start >= parsed);
}

const max = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);

describe('robustness in Chromium', () => {
  let b: ExtensionBrowser;
  /** Measured long tasks per page, printed at the end (the issue asks for the maxima). */
  const measured: { page: string; parsing: number; startup: number; after: number }[] = [];

  beforeAll(async () => {
    b = await launchWithExtension();
  });

  afterAll(async () => {
    if (measured.length > 0) {
      console.info(
        'Long tasks (ms; 0 = none over 50 ms):\n' +
          measured
            .map(
              (m) =>
                `  ${m.page}: page parsing ${m.parsing.toFixed(0)}, content-script startup ` +
                `${m.startup.toFixed(0)}, after the check started ${m.after.toFixed(0)}`,
            )
            .join('\n'),
      );
    }
    await b?.close();
  });

  const opened: Page[] = [];
  async function newPage(): Promise<Page> {
    const page = await b.context.newPage();
    opened.push(page);
    return page;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
    expect(b.blockedRequests).toEqual([]);
  });

  /** Hovers the contradicting sentence until its card opens; returns the dialog's styles. */
  async function openCardStyles(page: Page) {
    await scrollSentenceIntoView(page, CONTRADICTS);
    const { x, y } = await sentencePoint(page, CONTRADICTS);
    await page.mouse.move(x, y);
    const dialog = page.locator('crosscheck-card').getByRole('dialog');
    await dialog.waitFor();
    // One string: on the hostile page, Playwright cannot bring back objects from the page's world.
    const styles = await dialog.evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor}\n${s.position}\n${s.fontFamily}\n${el.getBoundingClientRect().width}`;
    });
    const [background, position, font, width] = styles.split('\n') as [
      string,
      string,
      string,
      string,
    ];
    return { background, position, font, width: Number(width) };
  }

  it('a strict Content-Security-Policy blocks the page’s styles, not ours', async () => {
    const url = `${ON_TOPIC_URL}-csp`;
    const html = fixture('on-topic.html');
    await servePage(b.context, url, html, {
      'Content-Security-Policy': "default-src 'none'; style-src 'none'",
    });
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForChecks(page);

    expect(await pageMarks(page)).toEqual(expectedMarks(html));
    // The page's own <style> is blocked (the body falls back to the default serif)…
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain(
      'Georgia',
    );
    // …but the ::highlight() rules apply (they come with the extension, not the page).
    const painted = await page.evaluate((sentence) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(sentence))!;
      const s = getComputedStyle(p, '::highlight(crosscheck-contradicts)');
      return {
        background: s.backgroundColor,
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
      };
    }, CONTRADICTS);
    expect(painted).toEqual({
      background: 'rgba(214, 40, 40, 0.14)',
      line: 'underline',
      style: 'wavy',
    });

    // The card is styled: an opaque background, fixed position, its own font and width.
    const card = await openCardStyles(page);
    expect(card.background).toMatch(/^rgb\(/);
    expect(card.position).toBe('fixed');
    expect(card.font).toContain('system-ui');
    expect(card.width).toBeGreaterThan(300);

    // The only error is the browser refusing the page's own inline <style> (identified by hash).
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Content Security Policy');
    expect(errors[0]).toContain(hash);
  });

  it('a page that breaks built-ins and throws is still checked, without errors of ours', async () => {
    const url = `${ON_TOPIC_URL}-hostile`;
    const html = withHostileScript(fixture('on-topic.html'));
    await servePage(b.context, url, html);
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForChecks(page);

    // The page really did break its own world.
    expect(
      await page.evaluate(() => {
        try {
          [1].map((x) => x);
          return 'map still works';
        } catch (e) {
          return String((e as Error).message);
        }
      }),
    ).toBe('this site disabled Array.prototype.map');

    expect(await pageMarks(page)).toEqual(expectedMarks(html));
    const card = await openCardStyles(page);
    expect(card.background).toMatch(/^rgb\(/);
    expect(errors).toEqual([expect.stringContaining('the page’s own script failed on purpose')]);
  });

  describe('big pages: no long task of ours once the content script has started', () => {
    const HUGE_URL = 'https://apnews.com/article/ukraine-atacms-first-strike-russia-comments';
    const huge = withHugeComments(fixture('on-topic.html'));
    const long = longArticleHtml();

    it('the fixture pages make no long task of their own once parsed', async () => {
      // The same pages on a host Crosscheck does not run on.
      for (const [url, html] of [
        ['https://example.org/huge', huge],
        ['https://example.org/long', long],
      ] as const) {
        await servePage(b.context, url, html);
        const page = await newPage();
        await recordLongTasks(page);
        await page.goto(url);
        await page.waitForTimeout(1_500);
        expect(await tasksAfterParsing(page), url).toEqual([]);
      }
    });

    it('50,000 extra elements: the article is marked, with no long task after startup', async () => {
      await servePage(b.context, HUGE_URL, huge);
      const page = await newPage();
      await recordLongTasks(page);
      await page.goto(HUGE_URL);
      await waitForChecks(page, 1, 60_000);
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(
        50_000,
      );
      expect(await pageMarks(page)).toEqual(expectedMarks(huge));
      // Let the highlights paint before reading the long tasks.
      await page.waitForTimeout(1_000);
      const report = await taskReport(page);
      record('50,000 extra elements', report);
      expect(report.after).toEqual([]);
    });

    it('50,000 extra elements around <div> paragraphs: marked, with no long task after startup', async () => {
      const url = `${SEED_PAGES[2]!.url.replace(/\/$/, '')}-div-comments/`;
      const html = withHugeComments(withDivParagraphs(seedPageHtml(SEED_PAGES[2]!)));
      await servePage(b.context, url, html);
      const page = await newPage();
      await recordLongTasks(page);
      await page.goto(url);
      await waitForChecks(page, 1, 60_000);
      const expected = expectedMarks(html);
      expect(expected).toEqual(expectedMarks(seedPageHtml(SEED_PAGES[2]!)));
      expect(await pageMarks(page)).toEqual(expected);
      await page.waitForTimeout(1_000);
      const report = await taskReport(page);
      record('50,000 extra elements, <div> paragraphs', report);
      expect(report.after).toEqual([]);
    });

    it('a 6,000-word article: every claim is marked, with no long task after startup', async () => {
      await servePage(b.context, LONG_ARTICLE_URL, long);
      const page = await newPage();
      await recordLongTasks(page);
      await page.goto(LONG_ARTICLE_URL);
      await waitForChecks(page, 1, 60_000);
      const expected = expectedMarks(long);
      expect(expected.length).toBeGreaterThan(100);
      expect(await pageMarks(page)).toEqual(expected);
      await page.waitForTimeout(1_000);
      const report = await taskReport(page);
      record('6,000-word article', report);
      expect(report.after).toEqual([]);
    });

    function record(name: string, r: TaskReport): void {
      measured.push({
        page: name,
        parsing: max(r.parsing.map((t) => t.duration)),
        startup: max(r.startup.map((t) => t.duration)),
        after: max(r.after.map((t) => t.duration)),
      });
    }

    // The content script starts without a long task: React and the card load on first use
    // (content-ui.js). The task that ran the script is the one containing its 'crosscheck:script'
    // mark; the page's own first style and layout, which in a fresh browser can take 50-80 ms and
    // land between DOMContentLoaded and the check, is not the script's.
    it('starting the content script is not itself a long task', async () => {
      const pages: [string, string][] = [
        [SEED_PAGES[0]!.url, seedPageHtml(SEED_PAGES[0]!)],
        [SEED_PAGES[3]!.url, seedPageHtml(SEED_PAGES[3]!)],
        [HUGE_URL, huge],
        [LONG_ARTICLE_URL, long],
      ];
      const startups: number[] = [];
      for (const [url, html] of pages) {
        await servePage(b.context, url, html);
        const page = await newPage();
        await recordLongTasks(page);
        await page.goto(url);
        await waitForChecks(page, 1, 60_000);
        await page.waitForTimeout(300);
        const { tasks } = await longTasks(page);
        const ran = await page.evaluate(
          () => performance.getEntriesByName('crosscheck:script', 'mark')[0]?.startTime ?? null,
        );
        expect(ran).not.toBeNull();
        const ours = tasks.filter((t) => t.start <= ran! && ran! <= t.start + t.duration);
        startups.push(max(ours.map((t) => t.duration)));
      }
      measured.push({
        page: 'worst startup of 4 pages',
        parsing: 0,
        startup: max(startups),
        after: 0,
      });
      expect(max(startups)).toBeLessThanOrEqual(LONG_TASK_MS);
    });
  });

  // The page is told nothing: WXT's started message is off (noScriptStartedPostMessage).
  it('the page is told nothing: no message is posted to its window', async () => {
    const url = `${ON_TOPIC_URL}-listening`;
    await servePage(b.context, url, fixture('on-topic.html'));
    const page = await newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    });
    await page.goto(url);
    await waitForChecks(page);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(
      [],
    );
  });
});
