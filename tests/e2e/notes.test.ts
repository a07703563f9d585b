/**
 * The reader's notes in real Chromium with the built extension, as one story on one article (the
 * tests run in order and build on each other's notes): note a selected passage, find it again after
 * a reload and after the article was edited, lose it when the passage is removed, note an annotated
 * sentence from its card, then export, delete, import (twice) and refuse a malformed file on the
 * notes page, and open a note's passage from there.
 *
 * The article (tests/fixtures/e2e-notes/article-v{1,2,3}.txt) is served under an AP address in three
 * versions: v2 changes a few words of the noted paragraph and inserts a sentence before the passage;
 * v3 removes the passage's sentence.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paragraphsFromText } from '../../scripts/render-news-page.mjs';
import {
  launchWithExtension,
  scrollSentenceIntoView,
  sentencePoint,
  servePage,
  waitForChecks,
  type ExtensionBrowser,
} from './helpers';
import {
  addNoteOnSelection,
  allowExtensionPages,
  collectPageErrors,
  listedNotes,
  newsPage,
  noteHighlightTexts,
  notesFixture,
  openExtensionUrl,
  orphanIds,
  saveNoteInEditor,
  selectText,
  textPoint,
  waitForNoteRanges,
  type ListedNote,
  type OpenedPage,
} from './extension-pages';

const NOTE_URL = 'https://apnews.com/article/ukraine-atacms-sumy-market-4f2a9c';
const TITLE = 'Kyiv cleared to fire US missiles at targets inside Russia';
const OFF_TOPIC_URL = 'https://www.bbc.com/news/articles/leeds-tram-line-approved';

/** The noted passage: part of a sentence in the fourth paragraph (no verdict there). */
const PASSAGE = "stopped counting the nights spent in her neighbour's cellar";
const NOTE_TEXT = 'Ask the AP desk whether the honey seller can be quoted by name.';
/** An annotated sentence (supports `white-house-no-comment`), noted from its card. */
const WH_SENTENCE = 'The White House declined to comment on the details of the decision.';
const WH_FACT = 'white-house-no-comment';
const CARD_NOTE_TEXT = 'Routine line; check whether the Pentagon said more.';

const VERSIONS = ['v1', 'v2', 'v3'] as const;
type Version = (typeof VERSIONS)[number];

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('notes in Chromium', () => {
  let b: ExtensionBrowser;
  let article: Page;
  let articleErrors: string[];
  let served: Version = 'v1';
  let dir: string;
  /** The exported file (written by the export test, read by the import tests). */
  let exported: string;
  const html = new Map<Version, string>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-notes-e2e-'));
    for (const v of VERSIONS) {
      html.set(
        v,
        newsPage({
          title: TITLE,
          paragraphs: paragraphsFromText(notesFixture(`article-${v}.txt`)),
          url: NOTE_URL,
          outlet: 'AP News',
        }),
      );
    }
    b = await launchWithExtension();
    await allowExtensionPages(b.context);
    // One address, whichever version the test serves at the moment.
    await b.context.route(NOTE_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: html.get(served)!,
      }),
    );
    await servePage(
      b.context,
      OFF_TOPIC_URL,
      newsPage({
        title: 'Leeds approves tram line after a decade of debate',
        paragraphs: paragraphsFromText(notesFixture('off-topic.txt')),
        url: OFF_TOPIC_URL,
        outlet: 'BBC News',
      }),
    );
    article = await b.context.newPage();
    articleErrors = collectPageErrors(article);
  });

  afterAll(async () => {
    await b?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const opened: OpenedPage[] = [];
  afterEach(async () => {
    const errors = [...articleErrors.splice(0), ...opened.flatMap((p) => p.errors)];
    await Promise.all(opened.splice(0).map((p) => p.page.close()));
    expect(errors).toEqual([]);
    expect(b.blockedRequests).toEqual([]);
  });

  const ui = () => article.locator('crosscheck-card');

  /** Serves `version` of the article and (re)loads it in the article tab, checked. */
  async function load(version: Version): Promise<void> {
    served = version;
    await article.bringToFront();
    await article.goto(NOTE_URL);
    await waitForChecks(article);
  }

  async function notesPage(): Promise<Page> {
    const p = await openExtensionUrl(b, 'notes.html', { width: 1200, height: 800 });
    opened.push(p);
    await p.page.getByRole('searchbox', { name: 'Search notes' }).waitFor();
    return p.page;
  }

  /** The notes page's list once it has `count` notes. */
  async function listed(page: Page, count: number): Promise<ListedNote[]> {
    await expect.poll(async () => (await listedNotes(page)).length).toBe(count);
    return listedNotes(page);
  }

  it('a selection in the article offers "✎ Add note"; the saved note highlights the passage', async () => {
    await load('v1');

    // A selection outside the article (the comments) offers nothing.
    await selectText(article, 'Long overdue. This should have been decided months ago.');
    await article.waitForTimeout(800);
    expect(await ui().getByRole('button', { name: '✎ Add note' }).count()).toBe(0);

    await addNoteOnSelection(article, PASSAGE, NOTE_TEXT, 'sumy, follow-up');
    await waitForNoteRanges(article, 1);
    expect(await noteHighlightTexts(article)).toEqual([PASSAGE]);
    await expect
      .poll(async () => (await ui().getByRole('status').allInnerTexts()).join('\n'))
      .toContain('Note saved. Find it again on the notes page.');
  });

  it('after a reload the passage is still highlighted, and hovering it opens the note', async () => {
    await load('v1');
    await waitForNoteRanges(article, 1);
    expect(await noteHighlightTexts(article)).toEqual([PASSAGE]);

    const { x, y } = await textPoint(article, PASSAGE);
    await article.mouse.move(x, y);
    await article.mouse.move(x + 2, y);
    const popover = ui().getByRole('dialog', { name: 'Your note' });
    await popover.waitFor({ timeout: 5_000 });
    const text = await popover.innerText();
    expect(text).toContain(NOTE_TEXT);
    expect(text).toContain('#sumy');
    expect(text).toContain('#follow-up');
  });

  it('the card’s "Add note" on an annotated sentence saves a note tied to its fact', async () => {
    await load('v1');
    await waitForNoteRanges(article, 1);
    await scrollSentenceIntoView(article, WH_SENTENCE);
    const { x, y } = await sentencePoint(article, WH_SENTENCE);
    await article.mouse.move(x, y);
    await article.mouse.move(x + 2, y);
    const card = ui().getByRole('dialog', { name: /^Crosscheck: / });
    await card.waitFor({ timeout: 5_000 });
    await card.getByRole('button', { name: 'Add note' }).click();
    const editor = ui().getByRole('dialog', { name: 'Note on this sentence' });
    expect(await editor.innerText()).toContain(WH_SENTENCE);
    await saveNoteInEditor(article, CARD_NOTE_TEXT);

    await waitForNoteRanges(article, 2);
    expect(sorted(await noteHighlightTexts(article))).toEqual(sorted([PASSAGE, WH_SENTENCE]));

    // The notes page's fact filter finds it under its fact, and only it.
    const notes = await notesPage();
    await listed(notes, 2);
    const option = notes.getByRole('option', { name: new RegExp(`^${WH_FACT} `) });
    const label = (await option.textContent())!;
    await notes.getByRole('combobox', { name: 'Fact' }).selectOption({ label });
    const [only, ...rest] = await listed(notes, 1);
    expect(rest).toEqual([]);
    expect(only!.text).toBe(CARD_NOTE_TEXT);
    expect(only!.quote).toBe(WH_SENTENCE);
    expect(only!.all).toContain(`Fact: ${WH_FACT}`);
  });

  it('an edited article (words changed, a sentence inserted before it) keeps the note on its passage', async () => {
    await load('v2');
    expect(await article.locator('body').innerText()).toContain('Drone alerts had sounded');
    await waitForNoteRanges(article, 2);
    expect(sorted(await noteHighlightTexts(article))).toEqual(sorted([PASSAGE, WH_SENTENCE]));
    // Exactly the passage, in the edited paragraph.
    const inParagraph = await article.evaluate(() => {
      const h = CSS.highlights.get('crosscheck-note')!;
      return Array.from(
        h as unknown as Iterable<Range>,
        (r) => r.startContainer.parentElement?.textContent ?? '',
      );
    });
    expect(inParagraph.some((p) => p.includes('mood was wary rather than jubilant'))).toBe(true);
  });

  it('when the passage is gone it is not highlighted, and the notes page still lists the note with its quote', async () => {
    const notesBefore = await notesPage();
    const passageNote = (await listed(notesBefore, 2)).find((n) => n.quote === PASSAGE)!;
    expect(passageNote).toBeDefined();

    await load('v3');
    expect(await article.locator('body').innerText()).not.toContain(PASSAGE);
    // The page told the background which note it could not place.
    await expect.poll(() => orphanIds(b), { timeout: 10_000 }).toContain(passageNote.id);
    expect(await orphanIds(b)).toHaveLength(1);
    expect(await noteHighlightTexts(article)).toEqual([WH_SENTENCE]);

    const notes = await notesPage();
    const entry = (await listed(notes, 2)).find((n) => n.id === passageNote.id)!;
    expect(entry.quote).toBe(PASSAGE);
    expect(entry.text).toBe(NOTE_TEXT);
  });

  // Regression: the notes page reads the orphans the background records and marks them.
  it('the notes page marks that note "Orphaned"', async () => {
    const notes = await notesPage();
    const entry = (await listed(notes, 2)).find((n) => n.quote === PASSAGE)!;
    expect(entry.all).toContain('Orphaned');
  });

  it('export JSON, delete every note, import the file: every note is back', async () => {
    const notes = await notesPage();
    const before = await listed(notes, 2);

    const [download] = await Promise.all([
      notes.waitForEvent('download'),
      notes.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-notes-\d{4}-\d{2}-\d{2}\.json$/);
    exported = path.join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8')) as {
      type: string;
      items: {
        id: string;
        body: { value: string; purpose: string }[];
        crosscheck: {
          factId: string | null;
        };
      }[];
    };
    expect(file.type).toBe('AnnotationCollection');
    expect(file.items).toHaveLength(before.length);
    expect(
      sorted(file.items.map((i) => i.body.find((x) => x.purpose === 'commenting')!.value)),
    ).toEqual(sorted(before.map((n) => n.text)));
    // The card's note carries its fact.
    const withFact = file.items.filter((i) => i.crosscheck.factId !== null);
    expect(withFact.map((i) => i.crosscheck.factId)).toEqual([WH_FACT]);

    // Delete each, from the list.
    for (let left = before.length; left > 0; left--) {
      await notes
        .getByRole('list', { name: 'Notes' })
        .getByRole('button', { name: 'Delete' })
        .first()
        .click();
      await listed(notes, left - 1);
    }
    await notes.getByText('No notes yet.').waitFor();

    await notes.getByLabel('Import', { exact: true }).setInputFiles(exported);
    await expect
      .poll(() => notes.getByRole('status').innerText())
      .toBe(`Imported ${before.length} notes (0 already there)`);
    const after = await listed(notes, before.length);
    const key = (n: ListedNote) => `${n.id}|${n.text}|${n.quote}`;
    expect(sorted(after.map(key))).toEqual(sorted(before.map(key)));

    // And they are live again in the article.
    await load('v1');
    await waitForNoteRanges(article, 2);
    expect(sorted(await noteHighlightTexts(article))).toEqual(sorted([PASSAGE, WH_SENTENCE]));
  });

  it('importing the same file again adds no duplicates, and says so', async () => {
    const notes = await notesPage();
    const before = await listed(notes, 2);
    await notes.getByLabel('Import', { exact: true }).setInputFiles(exported);
    await expect
      .poll(() => notes.getByRole('status').innerText())
      .toBe(`Imported 0 notes (${before.length} already there)`);
    expect(await listedNotes(notes)).toEqual(before);
  });

  it('a malformed file is refused with a visible message, and nothing changes', async () => {
    const notes = await notesPage();
    const before = await listed(notes, 2);
    const files = [
      { name: 'truncated.json', body: (await readFile(exported, 'utf8')).slice(0, 200) },
      { name: 'not-notes.json', body: JSON.stringify({ hello: 'world', items: 3 }) },
    ];
    for (const f of files) {
      await notes.getByLabel('Import', { exact: true }).setInputFiles({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.body),
      });
      const alert = notes.getByRole('alert');
      await alert.waitFor({ timeout: 5_000 });
      expect((await alert.innerText()).trim()).not.toBe('');
      expect(await notes.getByText(/^Imported/).count()).toBe(0);
      expect(await listedNotes(notes)).toEqual(before);
      await notes.getByRole('button', { name: 'Dismiss error' }).click();
      await alert.waitFor({ state: 'detached' });
    }
  });

  it('"Open" on the notes page opens the article at the note: scrolled to it, its notes shown', async () => {
    served = 'v1';
    const notes = await notesPage();
    const entry = (await listed(notes, 2)).find((n) => n.quote === PASSAGE)!;
    const [tab] = await Promise.all([
      b.context.waitForEvent('page'),
      notes
        .getByRole('article')
        .filter({ hasText: NOTE_TEXT })
        .getByRole('button', { name: `Open ${TITLE}` })
        .click(),
    ]);
    opened.push({ page: tab, errors: collectPageErrors(tab) });
    await tab.waitForURL(`${NOTE_URL}#crosscheck-note=${entry.id}`);
    await waitForChecks(tab);
    const popover = tab.locator('crosscheck-card').getByRole('dialog', { name: /^Your note/ });
    await popover.waitFor({ timeout: 10_000 });
    expect(await popover.innerText()).toContain(NOTE_TEXT);
    const inView = await tab.evaluate((passage) => {
      const h = CSS.highlights.get('crosscheck-note')!;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString() !== passage) continue;
        const box = r.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }
      return false;
    }, PASSAGE);
    expect(inView).toBe(true);
    expect(await tab.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  // Regression: notes open on hover even on a page with no verdict highlights.
  it('on a page without verdicts, hovering a noted passage opens its notes', async () => {
    const passage = 'Shop owners along the planned route asked for compensation during the works.';
    const page = await b.context.newPage();
    opened.push({ page, errors: collectPageErrors(page) });
    await page.goto(OFF_TOPIC_URL);
    await waitForChecks(page);
    await addNoteOnSelection(page, passage, 'Compensation: check the council minutes.');
    await page.reload();
    await waitForChecks(page);
    await waitForNoteRanges(page, 1);
    const { x, y } = await textPoint(page, passage);
    await page.mouse.move(x, y);
    await page.mouse.move(x + 2, y);
    await page
      .locator('crosscheck-card')
      .getByRole('dialog', { name: 'Your note' })
      .waitFor({ timeout: 3_000 });
  });

  // Regression: the "note the selection" context-menu item is created on install.
  it('the context menu has the "note the selection" item', async () => {
    const update = (id: string) =>
      b.background.evaluate(async (menuId) => {
        const { chrome } = globalThis as unknown as {
          chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
        };
        try {
          await chrome.contextMenus.update(menuId, {});
          return 'ok';
        } catch (error) {
          return String(error);
        }
      }, id);
    // Control: the items it does create are there.
    expect(await update('crosscheck-check-page')).toBe('ok');
    expect(await update('crosscheck-note-selection')).toBe('ok');
  });

  it.skip('noting a selection from the context menu (a context menu cannot be driven headless)', () => {});
});
