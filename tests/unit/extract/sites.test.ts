/**
 * lib/extract/article.ts and lib/extract/page.ts on pages shaped like the article pages of big news
 * sites (tests/fixtures/sites/, one per site, with the clutter such pages carry inside and around
 * the body): exactly the article's paragraphs and subheads, in order, and the page's headline and
 * publication date. The table is tests/cases/extract-sites.json; each row names the clutter of its
 * page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../lib/extract/article';
import { extractPageSteps } from '../../../lib/extract/page';
import { drain } from '../../../lib/util/steps';
import { parseDocument } from '../../../scripts/lib/html';

interface SiteCase {
  /** The site and the clutter its page has. */
  name: string;
  /** A file in tests/fixtures/sites/. */
  file: string;
  /** An address on the site, for the end-to-end tests (tests/e2e/highlights.test.ts). */
  url: string;
  /** The article's blocks, in order, whitespace collapsed as `extractBlocks` gives them. */
  blocks: string[];
  /** The headline `extractPageSteps` reports, when given. */
  title?: string;
  /** The publication date (YYYY-MM-DD) `extractPageSteps` reports, when given. */
  published?: string;
}

const SITES = 'tests/fixtures/sites';
const CASES = JSON.parse(readFileSync('tests/cases/extract-sites.json', 'utf8')) as SiteCase[];
const page = (file: string) => parseDocument(readFileSync(join(SITES, file), 'utf8'));

describe('the table of news-site pages', () => {
  it('has one row for every fixture page', () => {
    const files = readdirSync(SITES).filter((f) => f.endsWith('.html'));
    expect(CASES.map((c) => c.file).sort()).toEqual(files.sort());
  });

  it.each(CASES)('$file: expects distinct, collapsed blocks', ({ blocks }) => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const [i, a] of blocks.entries()) {
      expect(a, `block ${i}`).toBe(a.replace(/\s+/g, ' ').trim());
      for (const [j, b] of blocks.entries()) {
        if (i !== j) expect(b.includes(a), `block ${i} is inside block ${j}: "${a}"`).toBe(false);
      }
    }
  });
});

describe('extraction on news-site pages', () => {
  it.each(CASES)('$file: reads exactly the article blocks', ({ file, blocks }) => {
    expect(
      extractBlocks(page(file)).map((b) => b.text),
      file,
    ).toEqual(blocks);
  });

  it.each(CASES)('$file: reports the headline and publication date', (c) => {
    const extracted = drain(extractPageSteps(page(c.file)));
    expect(extracted, 'the headline pre-check rejected the page').not.toBeNull();
    expect(extracted!.page.blocks).toEqual(c.blocks);
    if (c.title !== undefined) expect(extracted!.page.title).toBe(c.title);
    if (c.published !== undefined) expect(extracted!.page.published).toBe(c.published);
  });
});
