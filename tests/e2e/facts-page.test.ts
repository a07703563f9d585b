/**
 * The facts page (`facts.html`) of the built extension in Chromium: the search finds the disputed
 * North Korean troop count with both of its values, the status filter shows exactly the disputed
 * facts, `?q=` pre-fills the search, and the page logs no error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledEngine } from '../../lib/check';
import { launchWithExtension, type ExtensionBrowser } from './helpers';
import { allowExtensionPages, openExtensionUrl, type OpenedPage } from './extension-pages';

const TROOP_COUNT = 'north-korean-troop-count';

/** The fact base as the build bundles it (statuses computed from the sources' values). */
const facts = bundledEngine().base.facts;

/** The statements of the facts the page's table shows, in order. */
function shownStatements(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Facts by source' })
    .getByRole('rowheader')
    .evaluateAll((cells) =>
      cells.map((c) => c.querySelector('.cf-statement')?.textContent?.trim() ?? ''),
    );
}

describe('the facts page in Chromium', () => {
  let b: ExtensionBrowser;

  beforeAll(async () => {
    b = await launchWithExtension();
    await allowExtensionPages(b.context);
  });

  afterAll(async () => {
    await b?.close();
  });

  const opened: OpenedPage[] = [];
  async function factsPage(query = ''): Promise<Page> {
    const p = await openExtensionUrl(b, `facts.html${query}`, { width: 1200, height: 800 });
    opened.push(p);
    await p.page.getByRole('searchbox', { name: 'Search facts' }).waitFor();
    return p.page;
  }
  afterEach(async () => {
    const errors = opened.flatMap((p) => p.errors);
    await Promise.all(opened.splice(0).map((p) => p.page.close()));
    expect(errors).toEqual([]);
    expect(b.blockedRequests).toEqual([]);
  });

  it('lists every fact of the base', async () => {
    const page = await factsPage();
    expect(await shownStatements(page)).toEqual(facts.map((f) => f.statement));
    expect(await page.getByRole('status').innerText()).toBe(`${facts.length} facts`);
  });

  it('"North Korean soldiers" finds the troop count, with both values the sources give', async () => {
    const page = await factsPage();
    const troops = facts.find((f) => f.id === TROOP_COUNT)!;
    expect(troops.statement).toMatch(/North Korea/);
    expect(troops.statement).toMatch(/troops/);

    await page.getByRole('searchbox', { name: 'Search facts' }).fill('North Korean soldiers');
    await expect.poll(() => shownStatements(page)).toContain(troops.statement);
    const shown = await shownStatements(page);
    expect(shown.length).toBeLessThan(facts.length);
    // The best match comes first.
    expect(shown[0]).toBe(troops.statement);
    expect(await page.getByRole('status').innerText()).toBe(
      `${shown.length} of ${facts.length} facts`,
    );

    // Its row gives both figures, by source (and the page says so above the table too).
    const row = page.getByRole('row').filter({ hasText: troops.statement });
    expect(await row.count()).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain('about 8,000');
    expect(rowText).toContain('more than 10,000');
    const body = await page.locator('body').innerText();
    expect(body).toContain('about 8,000');
    expect(body).toContain('more than 10,000');

    // The search follows into the address, so the view can be shared or reloaded.
    expect(new URL(page.url()).searchParams.get('q')).toBe('North Korean soldiers');
  });

  it('the status filter "Disputed" shows exactly the disputed facts', async () => {
    const page = await factsPage();
    const disputed = facts.filter((f) => f.status === 'disputed').map((f) => f.statement);
    expect(disputed.length).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Disputed' });
    await expect.poll(() => shownStatements(page)).toEqual(disputed);
    expect(await page.getByRole('status').innerText()).toBe(
      `${disputed.length} of ${facts.length} facts`,
    );
    // Each shown fact is marked disputed, with what the sources disagree on.
    const rows = page.getByRole('region', { name: 'Facts by source' }).getByRole('rowheader');
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain('Disputed');
      expect(text).toMatch(/Disputed:\s*\S/);
    }

    // "All" brings every fact back.
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All' });
    await expect.poll(async () => (await shownStatements(page)).length).toBe(facts.length);
  });

  it('facts.html?q=ATACMS pre-fills the search and shows what typing it shows', async () => {
    const typed = await factsPage();
    await typed.getByRole('searchbox', { name: 'Search facts' }).fill('ATACMS');
    await expect.poll(async () => (await shownStatements(typed)).length).toBeLessThan(facts.length);
    const expected = await shownStatements(typed);
    expect(expected.length).toBeGreaterThan(0);

    const page = await factsPage('?q=ATACMS');
    expect(await page.getByRole('searchbox', { name: 'Search facts' }).inputValue()).toBe('ATACMS');
    expect(await shownStatements(page)).toEqual(expected);
    expect(await page.getByRole('status').innerText()).toBe(
      `${expected.length} of ${facts.length} facts`,
    );
  });
});
