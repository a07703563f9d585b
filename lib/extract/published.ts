/**
 * The publication date of a page: JSON-LD `datePublished`, then meta tags, then the first `<time>`,
 * then a dateline in the text ("22-11-2024 (WASHINGTON)", "KYIV, Nov 17 (Reuters) -").
 */
import { extractDates } from '../claims/dates';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** ISO date (YYYY-MM-DD) from a machine-readable date string, or null. */
export function isoFromMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  // A string without a time zone ("November 22, 2024") parses as local midnight: read it back in
  // local time, or the date shifts by a day east of UTC.
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Objects of every JSON-LD block on the page, flattened through `@graph`, arrays and a page's
 * `mainEntity` (a WebPage whose main entity is the NewsArticle).
 */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
      if (o.mainEntity) visit(o.mainEntity);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; skip it.
    }
  }
  return out;
}

/** A dateline: a date in the first 200 characters of the article text, resolved without a reference. */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 200);
  const d = extractDates(head, null).find((x) => x.precision === 'day' && x.from && !x.relative);
  return d?.from ?? null;
}

export function publishedDate(doc: Document, articleText = ''): string | null {
  for (const o of jsonLdObjects(doc)) {
    const iso = isoFromMachineDate(typeof o.datePublished === 'string' ? o.datePublished : null);
    if (iso) return iso;
  }
  for (const sel of META_SELECTORS) {
    const iso = isoFromMachineDate(doc.querySelector(sel)?.getAttribute('content'));
    if (iso) return iso;
  }
  // The article's own <time> first, then one in the page's main content: a site header may carry
  // today's date.
  const time =
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('main time[datetime], [role="main"] time[datetime]') ??
    doc.querySelector('time[datetime]');
  const iso = isoFromMachineDate(time?.getAttribute('datetime'));
  if (iso) return iso;
  return datelineDate(articleText);
}
