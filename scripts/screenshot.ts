/**
 * `npm run screenshot -- [--out FILE]`
 *
 * Opens the built extension (`npm run build` first) in headless Chromium on the hand-written
 * on-topic article (tests/fixtures/e2e/on-topic.html, served as an AP page) at 1280×800, scrolls the
 * contradicting sentence to the upper third of the window, hovers it until its source card opens,
 * and writes the window to docs/screenshot-card.png: the article's highlights in their three
 * styles, and the open card beside (never over) its sentence.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  launchWithExtension,
  ROOT,
  scrollSentenceIntoView,
  sentencePoint,
  sentenceRects,
  servePage,
  waitForChecks,
} from '../tests/e2e/helpers';
import { fixture, ON_TOPIC_URL } from '../tests/e2e/pages';
import { otherArgument } from './lib/cli';

const USAGE = 'usage: npm run screenshot -- [--out FILE]';
const SENTENCE = 'Ukraine’s first ATACMS strike hit an arms depot nearly 90 miles inside Russia.';

function parseArgs(argv: string[]): { out: string } {
  let out = path.join(ROOT, 'docs', 'screenshot-card.png');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' && argv[i + 1]) out = path.resolve(argv[++i]!);
    else otherArgument(a, USAGE);
  }
  return { out };
}

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2));
  const b = await launchWithExtension();
  try {
    // tsx keeps function names with a `__name` helper that in-page functions would miss.
    await b.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await servePage(b.context, ON_TOPIC_URL, fixture('on-topic.html'));
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ON_TOPIC_URL);
    await waitForChecks(page);

    await scrollSentenceIntoView(page, SENTENCE);
    const { x, y } = await sentencePoint(page, SENTENCE);
    await page.mouse.move(x, y);
    const dialog = page.locator('crosscheck-card').getByRole('dialog');
    await dialog.waitFor();
    // The card fades in over ~120 ms.
    await page.waitForTimeout(400);

    // Refuse to write a picture that would mislead: the card must not cover its sentence.
    const box = (await dialog.boundingBox())!;
    for (const r of await sentenceRects(page, SENTENCE)) {
      const overlaps =
        box.x < r.right &&
        r.left < box.x + box.width &&
        box.y < r.bottom &&
        r.top < box.y + box.height;
      if (overlaps) throw new Error('the card covers its sentence; not writing the screenshot');
    }

    await mkdir(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
    if (b.blockedRequests.length > 0) {
      throw new Error(`requests left the page: ${b.blockedRequests.join(', ')}`);
    }
  } finally {
    await b.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
