/**
 * The pages the end-to-end tests, `npm run bench:page` and `npm run screenshot` load: the five seeds
 * rendered as news pages, the hand-written fixtures in `tests/fixtures/e2e/`, and pages generated
 * from them (a 6,000-word article, a page with 50,000 extra elements, a page in the chrome of a big
 * news site, a page with a hostile script).
 * Everything is deterministic and self-contained: no page makes a network request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphsFromText, renderNewsPage } from '../../scripts/render-news-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures', 'e2e');

/** A fixture file from `tests/fixtures/e2e/`. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

export interface SeedPage {
  file: string;
  url: string;
  outlet: string;
  title: string;
}

/** The five seeds, each under a different listed news site. */
export const SEED_PAGES: readonly SeedPage[] = [
  {
    file: '000_38147e0aa8aa1475.txt',
    url: 'https://www.reuters.com/world/europe/us-shifts-policy-ukraine-missiles-2024-11-18/',
    outlet: 'Reuters',
    title: 'US shifts its policy on Ukraine’s use of American missiles',
  },
  {
    file: '001_e6ca441133ff4184.txt',
    url: 'https://apnews.com/article/biden-ukraine-atacms-russia-north-korea-7d1e3c',
    outlet: 'AP News',
    title: 'Biden lets Ukraine strike deep inside Russia with US weapons',
  },
  {
    file: '002_b589a596a287f77f.txt',
    url: 'https://www.bbc.com/news/articles/c9d4xq1w2e3o',
    outlet: 'BBC News',
    title: 'Why the US decision on Ukraine’s long-range missiles matters',
  },
  {
    file: '003_741661cdd0967a79.txt',
    url: 'https://www.nytimes.com/2024/11/17/world/europe/ukraine-russia-missiles-biden.html',
    outlet: 'The New York Times',
    title: 'Biden Approves Ukraine’s Use of U.S. Missiles for Strikes Deep Into Russia',
  },
  {
    file: '004_11ef8f2dd4bbdac3.txt',
    url: 'https://www.theguardian.com/world/2024/nov/18/us-allows-ukraine-long-range-strikes-russia',
    outlet: 'The Guardian',
    title: 'US allows Ukraine to use its weapons for deep strikes into Russia',
  },
];

export function seedParagraphs(file: string): string[] {
  return paragraphsFromText(readFileSync(path.join(ROOT, 'seeds', file), 'utf8'));
}

/** A seed rendered as a news page at its URL. */
export function seedPageHtml(seed: SeedPage): string {
  return renderNewsPage({
    title: seed.title,
    paragraphs: seedParagraphs(seed.file),
    published: '2024-11-22',
    outlet: seed.outlet,
    url: seed.url,
  });
}

/** The hand-written on-topic article (AP style, with all the clutter of a real page). */
export const ON_TOPIC_URL = 'https://apnews.com/article/ukraine-atacms-first-strike-russia-3f1c9a';
/** The hand-written off-topic article (a football report). */
export const OFF_TOPIC_URL = 'https://www.bbc.com/sport/football/articles/c0k9e1r2m3lo';

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Neutral sentences framing repeated seed paragraphs: no claim, no paraphrase of one. */
const LEADS = [
  'More details emerged later in the day.',
  'The following account is drawn from the earlier reporting.',
  'Here is how the story developed.',
  'Reporters followed up on the account below.',
];
const TAILS = [
  'This account could not be independently verified.',
  'Officials declined to elaborate further.',
  'Further updates are expected in the coming days.',
];

/** Paragraphs of a ≥`words`-word on-topic article: every seed paragraph in turn, pass after pass. */
export function longArticleParagraphs(words = 6000): string[] {
  const seeds = SEED_PAGES.flatMap((s) => seedParagraphs(s.file));
  const out: string[] = [];
  let total = 0;
  for (let pass = 0; total < words; pass++) {
    for (let i = 0; i < seeds.length && total < words; i++) {
      const p = seeds[i]!;
      const text =
        pass === 0 ? p : `${LEADS[(pass + i) % LEADS.length]} ${p} ${TAILS[(pass + i) % 3]}`;
      out.push(text);
      total += wordCount(text);
    }
  }
  return out;
}

export const LONG_ARTICLE_URL =
  'https://www.bbc.com/news/world-europe-67890123/ukraine-long-range-strikes-explained';

/** A 6,000-word on-topic article as a news page. */
export function longArticleHtml(url = LONG_ARTICLE_URL): string {
  return renderNewsPage({
    title: 'Ukraine, Russia and the long-range missile decision: the full story',
    paragraphs: longArticleParagraphs(),
    published: '2024-11-22',
    outlet: 'BBC News',
    url,
  });
}

const COMMENT_WORDS = (
  'great reporting thanks agree disagree weather football prices coffee bus train school ' +
  'garden holiday music film book weekend neighbour council road bridge market shop'
).split(' ');

/** Comments per `<ol>` page of the thread. */
const COMMENTS_PER_PAGE = 100;

/**
 * `html` with a reader-comments thread of `elements` extra elements (5 per comment) at the end of
 * `<main>`: the article stays as it is, and the extension has to look past a huge DOM. As on real
 * sites with long threads, the thread is collapsed behind a "Show comments" button (its pages are
 * `hidden`), so that the page's own layout stays cheap; the elements are all in the DOM.
 */
export function withHugeComments(html: string, elements = 50_000): string {
  const perComment = 5;
  const comments = Math.ceil(elements / perComment);
  const pages: string[] = [];
  let page: string[] = [];
  for (let i = 0; i < comments; i++) {
    const w = (k: number) => COMMENT_WORDS[(i * 7 + k * 3) % COMMENT_WORDS.length];
    page.push(
      `<li><div class="comment-meta"><b>reader${i}</b> <span>${(i % 59) + 1} min ago</span></div>` +
        `<p>${w(1)} ${w(2)} ${w(3)}, ${w(4)} ${w(5)}.</p></li>`,
    );
    if (page.length === COMMENTS_PER_PAGE || i === comments - 1) {
      pages.push(`<ol class="comment-page" hidden>${page.join('')}</ol>`);
      page = [];
    }
  }
  const section =
    `<section class="reader-comments" aria-label="Reader comments">` +
    `<h2>Reader comments (${comments})</h2><button type="button">Show comments</button>\n` +
    `${pages.join('\n')}</section>`;
  if (!html.includes('</main>')) throw new Error('page has no </main>');
  return html.replace('</main>', `${section}\n</main>`);
}

/** `html` with the page's own hostile script (tests/fixtures/e2e/hostile.js) first in `<head>`. */
export function withHostileScript(html: string): string {
  return html.replace('<head>', `<head>\n<script>\n${fixture('hostile.js')}\n</script>`);
}

const CHROME_SECTIONS = [
  'World',
  'US',
  'Europe',
  'Asia',
  'Business',
  'Markets',
  'Technology',
  'Science',
  'Climate',
  'Sport',
  'Culture',
  'Opinion',
];
const CHROME_HEADLINES = [
  'Central bank holds rates as inflation cools',
  'Storms disrupt flights across northern Europe',
  'Tech shares slip after earnings warnings',
  'Election officials prepare for record turnout',
  'Scientists map a new deep-sea ecosystem',
  'City council approves housing plan',
  'Grain prices climb on weather worries',
  'Museum returns artefacts to country of origin',
  'Carmakers race to cut battery costs',
  'Health agency issues winter guidance',
  'Film festival opens with a documentary',
  'Shipping rates rise as canal traffic slows',
];
/** A small icon, as real sites inline them (share buttons, menus, search). */
const ICON =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">' +
  '<path d="M4 12h16M12 4v16"/><circle cx="12" cy="12" r="9" fill="none"/></svg>';

/**
 * `html` wrapped in the chrome of a typical big news site, so that a "typical article" page has the
 * size real ones have (about 2,000 elements, 150 kB of page data) rather than a bare 100: a mega
 * menu, share buttons with inline icons, story rails, a most-read list, a long footer, modal
 * markup, and the server-rendered page data a framework leaves in a JSON script. No scripts run
 * and nothing is fetched. The article itself is unchanged.
 */
export function withSiteChrome(html: string): string {
  const headline = (i: number) => CHROME_HEADLINES[i % CHROME_HEADLINES.length]!;
  const menu = CHROME_SECTIONS.map(
    (s, i) =>
      `<li class="nav-item"><button class="nav-toggle" aria-expanded="false">${s}${ICON}</button>` +
      `<div class="nav-panel" hidden><ul class="nav-sub">` +
      Array.from(
        { length: 10 },
        (_, k) =>
          `<li><a class="nav-link" href="/${s.toLowerCase()}/topic-${k}/">${s} ${k + 1}</a></li>`,
      ).join('') +
      `</ul><div class="nav-promo"><a href="/${s.toLowerCase()}/"><span>${headline(i)}</span></a></div></div></li>`,
  ).join('');
  const card = (i: number) =>
    `<div class="card"><a class="card-link" href="/story/${i}/"><div class="card-media">` +
    `<svg viewBox="0 0 16 9" aria-hidden="true"><rect width="16" height="9" fill="#ccd"/></svg></div>` +
    `<div class="card-text"><span class="card-kicker">${CHROME_SECTIONS[i % CHROME_SECTIONS.length]}</span>` +
    `<h3 class="card-title"><span>${headline(i + 3)}</span></h3>` +
    `<time class="card-time">${(i % 11) + 1} hours ago</time></div></a></div>`;
  const rail = (title: string, from: number) =>
    `<section class="rail"><h2 class="rail-title">${title}</h2><div class="rail-items">` +
    Array.from({ length: 16 }, (_, k) => card(from + k)).join('') +
    `</div></section>`;
  const share =
    `<div class="share" role="group" aria-label="Share">` +
    ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email', 'Copy link']
      .map(
        (n) =>
          `<button type="button" class="share-btn" aria-label="Share on ${n}">${ICON}</button>`,
      )
      .join('') +
    `</div>`;
  const mostRead =
    `<aside class="most-read"><h2>Most read</h2><ol>` +
    Array.from(
      { length: 10 },
      (_, k) => `<li><a href="/popular/${k}/"><span>${headline(k + 5)}</span></a></li>`,
    ).join('') +
    `</ol></aside>`;
  const footer =
    `<div class="footer-columns">` +
    CHROME_SECTIONS.map(
      (s) =>
        `<div class="footer-col"><h3>${s}</h3><ul>` +
        Array.from(
          { length: 12 },
          (_, k) => `<li><a href="/${s.toLowerCase()}/more-${k}/">${s} topic ${k + 1}</a></li>`,
        ).join('') +
        `</ul></div>`,
    ).join('') +
    `</div>`;
  const modal =
    `<div class="modal" role="dialog" aria-modal="true" hidden><form class="newsletter">` +
    `<label>Email <input type="email" name="email"></label>` +
    Array.from(
      { length: 8 },
      (_, k) => `<label><input type="checkbox" name="list${k}"> Newsletter ${k + 1}</label>`,
    ).join('') +
    `<button type="submit">Sign up</button></form></div>`;
  // Server-rendered page data: navigation, teasers and the article again, as frameworks ship it.
  const pageData = JSON.stringify({
    props: {
      navigation: CHROME_SECTIONS.map((s) => ({
        label: s,
        links: Array.from({ length: 40 }, (_, k) => `/${s}/${k}`),
      })),
      teasers: Array.from({ length: 300 }, (_, k) => ({
        id: k,
        title: headline(k),
        summary: headline(k + 1).repeat(3),
      })),
      article: { body: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') },
    },
  }).replaceAll('<', '\\u003c');
  const wrapped = html
    .replace(
      '</head>',
      `<script type="application/json" id="page-data">${pageData}</script>\n</head>`,
    )
    .replace(
      '<body>',
      `<body><div id="app"><div class="layout"><div class="topbar">${ICON}<a href="/subscribe/">Subscribe</a><a href="/login/">Sign in</a></div>` +
        `<nav class="mega" aria-label="Main"><ul class="nav-list">${menu}</ul></nav>`,
    )
    .replace('<article>', `<article>${share}`)
    .replace('</article>', `${share}</article>${mostRead}`)
    .replace(
      '</main>',
      `${rail('More from Europe', 0)}${rail('Editors’ picks', 16)}${rail('Latest', 32)}</main>`,
    )
    .replace(
      '</body>',
      `<footer class="mega-footer">${footer}</footer>${modal}</div></div></body>`,
    );
  for (const mark of ['</head>', '<body>', '<article>', '</article>', '</main>', '</body>']) {
    if (!html.includes(mark)) throw new Error(`page has no ${mark}`);
  }
  return wrapped;
}

/**
 * `html` with its article paragraphs written as `<div data-testid="paragraph-N">` instead of `<p>`,
 * as some big sites do; every other `<p>` on the page (byline, comments, footer) stays.
 */
export function withDivParagraphs(html: string): string {
  const start = html.indexOf('<div class="article-body">');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) throw new Error('page has no article body');
  let n = 0;
  const body = html
    .slice(start, end)
    .replace(/<p>/g, () => `<div data-testid="paragraph-${n++}" class="article-body__paragraph">`)
    .replace(/<\/p>/g, '</div>');
  return html.slice(0, start) + body + html.slice(end);
}
