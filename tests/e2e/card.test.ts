/**
 * The source card in real Chromium, on the hand-written on-topic article: opened by hover, click and
 * the keyboard commands; what it shows; where it goes; its buttons; and that the page's own DOM
 * changes by exactly one element, the card's host, and only once a card opens.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledEngine, type Annotation } from '../../lib/check';
import { cardModel, copyText, verdictLabel } from '../../lib/card/model';
import {
  activeTexts,
  clearExtensionStorage,
  domMutationDetailsAfterParse,
  domMutationsAfterParse,
  elementCountOf,
  engineResult,
  launchWithExtension,
  newPageWithTabId,
  normalise,
  openExtensionPage,
  pageMarks,
  recordDomMutations,
  scrollSentenceIntoView,
  sendToTab,
  sentencePoint,
  sentenceRects,
  servePage,
  waitForChecks,
  type Box,
  type ExtensionBrowser,
} from './helpers';
import { fixture, ON_TOPIC_URL } from './pages';

const FIRST =
  'KYIV, Ukraine (AP) — Ukrainian officials said on Wednesday that their forces had used ' +
  'American-made long-range missiles against a target in Russia, two days after the Biden ' +
  'administration eased its limits on the weapons.';
const CONTRADICTS =
  'Ukraine’s first ATACMS strike hit an arms depot nearly 90 miles inside Russia.';
const DISPUTED =
  'Some 10,000 North Korean troops are in Kursk, according to Ukrainian intelligence, where they ' +
  'have joined Russian units trying to push Ukrainian forces out of the border region.';
/** The last annotation, against a fact one of whose sources contradicts plain fact. */
const KURSK =
  'Heavy fighting continued overnight in the Kursk region of Ukraine, the General Staff said.';

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the source card in Chromium', () => {
  let b: ExtensionBrowser;
  let extPage: Page;
  const html = fixture('on-topic.html');
  const annotations = engineResult(html).annotations;

  function annotationOf(sentence: string): Annotation {
    const a = annotations.find((x) => normalise(x.sentence) === sentence);
    if (!a) throw new Error(`the engine does not annotate: ${sentence}`);
    return a;
  }

  beforeAll(async () => {
    b = await launchWithExtension();
    await servePage(b.context, ON_TOPIC_URL, html);
    extPage = await openExtensionPage(b);
  });

  afterAll(async () => {
    await b?.close();
  });

  // Hidden facts live in extension storage: every test starts with none.
  beforeEach(async () => {
    await clearExtensionStorage(b);
  });

  const opened: Page[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
    expect(b.blockedRequests).toEqual([]);
  });

  async function articlePage(options: { mutations?: boolean } = {}) {
    const { page, tabId } = await newPageWithTabId(b, extPage);
    opened.push(page);
    if (options.mutations) await recordDomMutations(page);
    await page.goto(ON_TOPIC_URL);
    await waitForChecks(page);
    return { page, tabId };
  }

  const dialog = (page: Page) => page.locator('crosscheck-card').getByRole('dialog');

  /** Puts the pointer on the middle of the sentence's first line. */
  async function hover(page: Page, sentence: string): Promise<void> {
    await scrollSentenceIntoView(page, sentence);
    const { x, y } = await sentencePoint(page, sentence);
    await page.mouse.move(x, y);
  }

  it('opens on hover beside its sentence, with the verdict, reason, fact and every quote', async () => {
    const { page } = await articlePage();
    expect(await page.locator('crosscheck-card').count()).toBe(0);

    await hover(page, CONTRADICTS);
    await dialog(page).waitFor();

    // One host, with an open shadow root holding the dialog, named after the verdict.
    expect(await page.locator('crosscheck-card').count()).toBe(1);
    expect(
      await page.evaluate(() => document.querySelector('crosscheck-card')?.shadowRoot?.mode),
    ).toBe('open');
    const name = `Crosscheck: ${verdictLabel('contradicts')}`;
    expect(await page.getByRole('dialog', { name, exact: true }).count()).toBe(1);

    const a = annotationOf(CONTRADICTS);
    const text = normalise(await dialog(page).innerText());
    expect(text).toContain(normalise(a.reason));
    expect(text).toContain(normalise(a.fact.statement));
    expect(a.fact.sources.length).toBeGreaterThan(1);
    for (const s of a.fact.sources) expect(text).toContain(normalise(s.quote));
    expect(text).toContain('2 of 5');

    // Beside the sentence, never over it, and inside the viewport.
    const box = (await dialog(page).boundingBox())!;
    const card: Box = {
      left: box.x,
      top: box.y,
      right: box.x + box.width,
      bottom: box.y + box.height,
    };
    const lines = await sentenceRects(page, CONTRADICTS);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(overlaps(card, line)).toBe(false);
    const viewport = page.viewportSize()!;
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(viewport.width);
    expect(card.bottom).toBeLessThanOrEqual(viewport.height);
    expect(await activeTexts(page)).toEqual([CONTRADICTS]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await activeTexts(page)).toEqual([]);
  });

  it('a hovered card closes when the pointer leaves; a clicked one stays', async () => {
    const { page } = await articlePage();
    await hover(page, DISPUTED);
    await dialog(page).waitFor();
    // Away from any text: the left margin.
    await page.mouse.move(10, 300);
    await expect.poll(() => dialog(page).count()).toBe(0);

    const { x, y } = await sentencePoint(page, DISPUTED);
    await page.mouse.click(x, y);
    await dialog(page).waitFor();
    expect(await dialog(page).getAttribute('aria-label')).toBe(
      `Crosscheck: ${verdictLabel('disputed')}`,
    );
    await page.mouse.move(10, 300);
    // Well past the hover grace period: a pinned card stays until closed.
    await page.waitForTimeout(1_000);
    expect(await dialog(page).count()).toBe(1);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
  });

  it('"Not this fact" hides the sentence, Undo restores it, and hiding survives a reload', async () => {
    const { page } = await articlePage();
    const all = await pageMarks(page);
    const without = all.filter((m) => m.sentence !== DISPUTED);
    expect(without).toHaveLength(all.length - 1);

    await hover(page, DISPUTED);
    await dialog(page).waitFor();
    await dialog(page).getByRole('button', { name: 'Not this fact' }).click();
    await expect.poll(() => pageMarks(page)).toEqual(without);
    expect(await dialog(page).count()).toBe(0);
    const toast = page.locator('crosscheck-card').getByRole('status');
    expect(normalise(await toast.innerText())).toContain(annotationOf(DISPUTED).fact.statement);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => pageMarks(page)).toEqual(all);

    // Hide it again (from a click: see the it.fails below for hovering right after the toast),
    // then reload: it stays hidden on this page.
    const { x, y } = await sentencePoint(page, DISPUTED);
    await page.mouse.click(x, y);
    await dialog(page).waitFor();
    await dialog(page).getByRole('button', { name: 'Not this fact' }).click();
    await expect.poll(() => pageMarks(page)).toEqual(without);
    await page.reload();
    await waitForChecks(page);
    expect(await pageMarks(page)).toEqual(without);
  });

  // Regression: closing a card leaves another sentence's pending hover-open alone.
  it('resting on another sentence after leaving a card opens that sentence’s card', async () => {
    const { page } = await articlePage();
    await page.setViewportSize({ width: 1280, height: 1200 });
    await hover(page, CONTRADICTS);
    await dialog(page).waitFor();
    // FIRST is above CONTRADICTS, so the card (below CONTRADICTS) does not cover it.
    const first = await sentencePoint(page, FIRST);
    await page.mouse.move(1_250, first.y);
    await page.waitForTimeout(200);
    await page.mouse.move(first.x, first.y);
    await expect.poll(() => activeTexts(page), { timeout: 3_000 }).toEqual([FIRST]);
    expect(await dialog(page).getAttribute('aria-label')).toBe(
      `Crosscheck: ${verdictLabel('supports')}`,
    );
  });

  async function copyFromCard(page: Page, sentence: string): Promise<string> {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(ON_TOPIC_URL).origin,
    });
    await hover(page, sentence);
    await dialog(page).waitFor();
    await dialog(page).getByRole('button', { name: 'Copy with sources' }).click();
    const toast = page.locator('crosscheck-card').getByRole('status');
    await expect.poll(() => toast.innerText()).toContain('Copied');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  it('"Copy with sources" copies the sentence, verdict, reason, fact, quotes and address', async () => {
    const { page } = await articlePage();
    const copied = await copyFromCard(page, CONTRADICTS);
    const engine = bundledEngine();
    const expected = copyText(
      cardModel(annotationOf(CONTRADICTS), { sources: engine.base.sources }),
      ON_TOPIC_URL,
    );
    expect(copied).toBe(expected);
  });

  // Regression: the copied text keeps the plain-fact conflict the card shows.
  it('"Copy with sources" keeps the plain-fact conflict the card shows', async () => {
    const { page } = await articlePage();
    const copied = await copyFromCard(page, KURSK);
    const engine = bundledEngine();
    const a = annotationOf(KURSK);
    const conflicts = engine.base.facts.find((f) => f.id === a.fact.id)!.conflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    // The card itself shows it…
    expect(await dialog(page).innerText()).toContain('Contradicts plain fact');
    // …and so should the copy.
    expect(copied).toBe(
      copyText(cardModel(a, { sources: engine.base.sources, conflicts }), ON_TOPIC_URL),
    );
  });

  describe('keyboard', () => {
    /**
     * Alt+Shift+N as a key press reaches the page, not the browser's shortcut handling, so in
     * headless Chromium the command never fires; the background's handler is then driven directly
     * with the message it sends (`content/navigate`).
     */
    async function navigate(page: Page, tabId: number, direction: 1 | -1): Promise<void> {
      await sendToTab(b, tabId, { type: 'content/navigate', direction });
    }

    async function focusedInCard(page: Page): Promise<{ host: boolean; inside: string | null }> {
      return page.evaluate(() => {
        const host = document.querySelector('crosscheck-card');
        return {
          host: host !== null && document.activeElement === host,
          inside: host?.shadowRoot?.activeElement?.getAttribute('role') ?? null,
        };
      });
    }

    it('the shortcut keys themselves do not reach the extension in headless Chromium', async () => {
      const { page } = await articlePage();
      await scrollSentenceIntoView(page, FIRST);
      await page.keyboard.press('Alt+Shift+N');
      await page.waitForTimeout(700);
      // If this starts failing, commands fire headless: test the keys instead of the message.
      expect(await dialog(page).count()).toBe(0);
    });

    it('steps through the annotations with focus in the card, and wraps around', async () => {
      const { page, tabId } = await articlePage();
      // Every annotated sentence in view, so stepping never scrolls (see the it.fails below for
      // what goes wrong when it has to).
      await page.setViewportSize({ width: 1280, height: 1400 });
      await scrollSentenceIntoView(page, FIRST);
      for (const m of await pageMarks(page)) {
        const lines = await sentenceRects(page, m.sentence);
        expect(lines[0]!.top).toBeGreaterThanOrEqual(0);
        expect(lines[lines.length - 1]!.bottom).toBeLessThanOrEqual(1400);
      }

      await navigate(page, tabId, 1);
      await dialog(page).waitFor();
      expect(await dialog(page).getAttribute('aria-label')).toBe(
        `Crosscheck: ${verdictLabel('supports')}`,
      );
      expect(normalise(await dialog(page).innerText())).toContain('1 of 5');
      expect(await activeTexts(page)).toEqual([FIRST]);
      await expect.poll(() => focusedInCard(page)).toEqual({ host: true, inside: 'dialog' });

      // Back from the first: the last.
      await navigate(page, tabId, -1);
      await expect.poll(async () => normalise(await dialog(page).innerText())).toContain('5 of 5');
      expect(await activeTexts(page)).toEqual([KURSK]);
      expect(await dialog(page).getAttribute('aria-label')).toBe(
        `Crosscheck: ${verdictLabel('contradicts')}`,
      );
      await expect.poll(() => focusedInCard(page)).toEqual({ host: true, inside: 'dialog' });

      // On from the last: the first again.
      await navigate(page, tabId, 1);
      await expect.poll(async () => normalise(await dialog(page).innerText())).toContain('1 of 5');
      expect(await activeTexts(page)).toEqual([FIRST]);

      // Escape closes it and gives focus back.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).count()).toBe(0);
      expect((await focusedInCard(page)).host).toBe(false);
    });

    // Regression: a keyboard-opened card takes focus even when stepping scrolls first (a reposition
    // before the first draw keeps autoFocus).
    it('the first keyboard-opened card takes focus when its sentence is off-screen', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { page, tabId } = await articlePage();
        expect((await sentenceRects(page, FIRST))[0]!.top).toBeGreaterThan(
          page.viewportSize()!.height,
        );
        await navigate(page, tabId, 1);
        await dialog(page).waitFor();
        expect(await activeTexts(page)).toEqual([FIRST]);
        await expect
          .poll(() => focusedInCard(page), { timeout: 2_000 })
          .toEqual({ host: true, inside: 'dialog' });
      }
    });
  });

  it('adds exactly one element to the page, and only once a card opens', async () => {
    const { page } = await articlePage({ mutations: true });
    const served = await elementCountOf(page, html);
    const elements = () => page.evaluate(() => document.getElementsByTagName('*').length);

    expect(await domMutationsAfterParse(page)).toEqual([]);
    expect(await elements()).toBe(served);

    // Hover, step to the next annotation from the card, close: the card's insides live in its
    // shadow root, which the page's observer does not see.
    await hover(page, CONTRADICTS);
    await dialog(page).waitFor();
    await dialog(page).getByRole('button', { name: 'Next annotation' }).click();
    await expect.poll(async () => normalise(await dialog(page).innerText())).toContain('3 of 5');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);

    expect(await domMutationDetailsAfterParse(page)).toEqual([
      'childList on <body> +<crosscheck-card>',
    ]);
    expect(await elements()).toBe(served + 1);
  });
});
