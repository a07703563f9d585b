// Types for scripts/render-news-page.mjs (plain ESM so `npm start` needs no TypeScript loader).

export interface NewsArticle {
  /** Headline. */
  title: string;
  /** Article body, one `<p>` each (text, not HTML). */
  paragraphs: string[];
  /** Publication date, ISO 8601. */
  published: string;
  /** Site name, e.g. "Reuters". */
  outlet: string;
  /** Canonical URL of the page. */
  url: string;
  /** Byline; defaults to "<outlet> staff". */
  author?: string;
  /** Photo caption. */
  caption?: string;
}

/** One paragraph per non-empty line of a seed's text. */
export function paragraphsFromText(text: string): string[];

/** A complete, self-contained HTML document for the article. */
export function renderNewsPage(article: NewsArticle): string;
