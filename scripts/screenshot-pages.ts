/**
 * `npm run screenshot:pages -- [--out-dir DIR]`
 *
 * Pictures of the extension's own pages for the README, taken from the built extension
 * (`npm run build` first) in headless Chromium with the network sealed off:
 *
 * - `screenshot-popup.png`: the popup (400 × 600, "This page") for seed 001 served as a Reuters
 *   article: its counts by verdict and the checked sentences;
 * - `screenshot-facts.png`: the facts page (1200 × 800) searching "North Korean soldiers", with the
 *   disputed troop count (about 8,000 vs more than 10,000) on top;
 * - `screenshot-notes.png`: the notes page (1200 × 800) with four notes made through the UI on the
 *   article in tests/fixtures/e2e-notes/: two on selected passages, one from a sentence's card (tied
 *   to its fact) and one on the whole page from the popup.
 *
 * Each picture is checked for what it should show before it is written.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { paragraphsFromText } from './render-news-page.mjs';
import {
  launchWithExtension,
  openExtensionPage,
  ROOT,
  scrollSentenceIntoView,
  seedPage,
  sentencePoint,
  servePage,
  waitForChecks,
  type ExtensionBrowser,
} from '../tests/e2e/helpers';
import {
  addNoteOnSelection,
  allowExtensionPages,
  listedNotes,
  newsPage,
  notesFixture,
  openExtensionUrl,
  openPopup,
  saveNoteInEditor,
  tabIdByReport,
  waitForNoteRanges,
} from '../tests/e2e/extension-pages';
import { otherArgument } from './lib/cli';

const USAGE = 'usage: npm run screenshot:pages -- [--out-dir DIR]';

const SEED_URL =
  'https://www.reuters.com/world/europe/us-lets-ukraine-strike-deep-inside-russia-2024-11-22/';
const NOTES_URL = 'https://apnews.com/article/ukraine-atacms-sumy-market-4f2a9c';
const DESKTOP = { width: 1200, height: 800 };

function parseArgs(argv: string[]): { outDir: string } {
  let outDir = path.join(ROOT, 'docs');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out-dir' && argv[i + 1]) outDir = path.resolve(argv[++i]!);
    else otherArgument(a, USAGE);
  }
  return { outDir };
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`not writing the screenshot: ${what}`);
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function popupShot(b: ExtensionBrowser, extPage: Page, file: string): Promise<void> {
  await servePage(
    b.context,
    SEED_URL,
    await seedPage('001_e6ca441133ff4184.txt', SEED_URL, 'Reuters'),
  );
  const article = await b.context.newPage();
  await article.goto(SEED_URL);
  await waitForChecks(article);
  const tabId = await tabIdByReport(extPage, SEED_URL);
  const { page, errors } = await openPopup(b, tabId);
  const items = page.getByRole('list', { name: 'Checked sentences' }).getByRole('listitem');
  check((await items.count()) > 0, 'the popup lists no sentence');
  check(
    (await page.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')) === 'true',
    '"This page" is not the selected tab',
  );
  check(errors.length === 0, `the popup logged errors: ${errors.join('; ')}`);
  await shoot(page, file);
  await page.close();
  await article.close();
}

async function factsShot(b: ExtensionBrowser, file: string): Promise<void> {
  const { page, errors } = await openExtensionUrl(b, 'facts.html', DESKTOP);
  await page.getByRole('searchbox', { name: 'Search facts' }).fill('North Korean soldiers');
  const first = page.getByRole('region', { name: 'Facts by source' }).getByRole('row').nth(1);
  await first.getByText('more than 10,000').first().waitFor();
  check((await first.innerText()).includes('about 8,000'), 'the troop count is not the first fact');
  check(errors.length === 0, `the facts page logged errors: ${errors.join('; ')}`);
  await shoot(page, file);
  await page.close();
}

/** Hovers an annotated sentence until its card opens, then saves a note from its "Add note". */
async function noteFromCard(page: Page, sentence: string, text: string, tags: string) {
  await scrollSentenceIntoView(page, sentence);
  const { x, y } = await sentencePoint(page, sentence);
  await page.mouse.move(x, y);
  await page.mouse.move(x + 2, y);
  const card = page.locator('crosscheck-card').getByRole('dialog', { name: /^Crosscheck: / });
  await card.getByRole('button', { name: 'Add note' }).click();
  await saveNoteInEditor(page, text, tags);
}

async function notesShot(b: ExtensionBrowser, extPage: Page, file: string): Promise<void> {
  await servePage(
    b.context,
    NOTES_URL,
    newsPage({
      title: 'Kyiv cleared to fire US missiles at targets inside Russia',
      paragraphs: paragraphsFromText(notesFixture('article-v1.txt')),
      url: NOTES_URL,
      outlet: 'AP News',
    }),
  );
  const article = await b.context.newPage();
  await article.setViewportSize({ width: 1280, height: 800 });
  await article.goto(NOTES_URL);
  await waitForChecks(article);

  await addNoteOnSelection(
    article,
    "stopped counting the nights spent in her neighbour's cellar",
    'Ask the AP desk whether the honey seller can be quoted by name.',
    'sumy, follow-up',
  );
  await addNoteOnSelection(
    article,
    'Russia had already moved many aircraft out of range',
    'Which airfields? Compare with the satellite images from October.',
    'airbases',
  );
  await noteFromCard(
    article,
    "South Korea's intelligence service estimates that more than 10,000 North Korean soldiers are now in Russia.",
    'Higher than the Pentagon figure of about 8,000 — note which agency each outlet cites.',
    'troop numbers',
  );
  await waitForNoteRanges(article, 3);

  // A note on the whole page, from the popup.
  const tabId = await tabIdByReport(extPage, NOTES_URL);
  const { page: popup } = await openPopup(b, tabId);
  await popup.getByRole('button', { name: 'Add a note on this page' }).click();
  await popup
    .getByRole('textbox', { name: 'Note on this page' })
    .fill('Good overview for Friday’s explainer; link it from the timeline.');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.getByText('Note saved.').waitFor();
  await popup.close();

  const { page, errors } = await openExtensionUrl(b, 'notes.html', DESKTOP);
  await page.getByRole('searchbox', { name: 'Search notes' }).waitFor();
  for (let i = 0; (await listedNotes(page)).length !== 4; i++) {
    check(i < 50, 'the notes page does not list the four notes');
    await page.waitForTimeout(100);
  }
  check(errors.length === 0, `the notes page logged errors: ${errors.join('; ')}`);
  await shoot(page, file);
  await page.close();
  await article.close();
}

async function main(): Promise<void> {
  const { outDir } = parseArgs(process.argv.slice(2));
  await mkdir(outDir, { recursive: true });
  const b = await launchWithExtension();
  try {
    // tsx keeps function names with a `__name` helper that in-page functions would miss.
    await b.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await allowExtensionPages(b.context);
    const extPage = await openExtensionPage(b);
    await popupShot(b, extPage, path.join(outDir, 'screenshot-popup.png'));
    await factsShot(b, path.join(outDir, 'screenshot-facts.png'));
    await notesShot(b, extPage, path.join(outDir, 'screenshot-notes.png'));
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
