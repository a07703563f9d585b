// Renders a seed article as a realistic news page: the clutter a real site has around an article
// (cookie banner, navigation, ads, caption, related links, comments, footer) is what the content
// script must see past. Used by `npm start` (scripts/start.mjs) and the end-to-end tests.
//
// The page is self-contained: no scripts to run, no external requests (the photo is inline SVG).

/** @param {unknown} s */
function escapeHtml(s) {
  return String(s)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON for a `<script type="application/ld+json">` block; `<` escaped so text cannot close it. */
function jsonForScript(value) {
  return JSON.stringify(value, null, 2).replaceAll('<', '\\u003c');
}

/**
 * Splits a seed's plain text into paragraphs: one per non-empty line.
 * @param {string} text
 * @returns {string[]}
 */
export function paragraphsFromText(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const SECTIONS = ['World', 'US', 'Europe', 'Business', 'Markets', 'Technology', 'Opinion'];

const RELATED = [
  ['EU finance ministers meet to discuss budget rules', 'world/europe/eu-finance-ministers'],
  ['Grain shipments resume through Black Sea corridor', 'business/grain-shipments-resume'],
  ['Analysis: what the new defence budget buys', 'world/us/defence-budget-analysis'],
  ['Energy prices ease as winter storage fills up', 'business/energy-prices-ease'],
];

const COMMENTS = [
  ['mkowalski', '2 hours ago', 'Long overdue. This should have been decided months ago.'],
  ['river_otter', '1 hour ago', 'Does anyone have a link to the official statement?'],
  ['J. Alvarez', '45 minutes ago', 'Good reporting, thank you. Please keep covering this.'],
];

const STYLE = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; }
  a { color: #0b57d0; }
  .site-header { display: flex; align-items: center; gap: 2rem; padding: .75rem 1.5rem;
    border-bottom: 3px solid #1a1a1a; font-family: Helvetica, Arial, sans-serif; }
  .site-header .logo { font-weight: 700; font-size: 1.5rem; color: #1a1a1a; text-decoration: none; }
  .site-header ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; font-size: .9rem; }
  .site-header a { color: #1a1a1a; text-decoration: none; }
  .ad-slot { display: grid; place-items: center; margin: 1rem auto; background: #f1f1f1; color: #777;
    font: 12px Helvetica, Arial, sans-serif; text-transform: uppercase; letter-spacing: .1em; }
  .ad-leaderboard { width: 728px; max-width: 100%; height: 90px; }
  .ad-mpu { width: 300px; height: 250px; }
  main { max-width: 42rem; margin: 0 auto; padding: 0 1.5rem 3rem; }
  .kicker { font: 700 .8rem Helvetica, Arial, sans-serif; text-transform: uppercase; color: #c00; margin: 0; }
  h1 { font-size: 2.2rem; line-height: 1.2; margin: .25rem 0 .75rem; }
  .byline, .dateline { font: .9rem Helvetica, Arial, sans-serif; color: #555; margin: 0; }
  figure { margin: 1.5rem 0; }
  figure svg { display: block; width: 100%; height: auto; }
  figcaption { font: .8rem/1.4 Helvetica, Arial, sans-serif; color: #555; margin-top: .4rem; }
  .related, .comments { border-top: 1px solid #ddd; margin-top: 2rem; font-family: Helvetica, Arial, sans-serif; }
  .related h2, .comments h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; }
  .comments ol { list-style: none; padding: 0; }
  .comments li { border-bottom: 1px solid #eee; padding: .5rem 0; font-size: .9rem; }
  .comment-meta { color: #777; font-size: .8rem; margin: 0; }
  .site-footer { background: #1a1a1a; color: #ccc; padding: 1.5rem; font: .8rem Helvetica, Arial, sans-serif; }
  .site-footer a { color: #ccc; }
  .cookie-banner { position: fixed; inset: auto 0 0 0; display: flex; gap: 1rem; align-items: center;
    justify-content: center; padding: 1rem; background: #fff; box-shadow: 0 -2px 12px rgba(0,0,0,.2);
    font: .9rem Helvetica, Arial, sans-serif; }
  .cookie-banner p { margin: 0; max-width: 40rem; }
`;

/** A grey landscape placeholder, so the page makes no image request. */
const PHOTO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9" role="img" aria-label="Photo">
          <rect width="16" height="9" fill="#9aa5ad"/><path d="M0 9 5 4l3 3 3-2 5 4z" fill="#5d6b75"/>
        </svg>`;

/**
 * @param {string} text
 * @param {number} max
 * @returns {string} `text`, or its first words up to `max` characters followed by "…"
 */
function summarize(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * @param {Date} date
 * @returns {string} e.g. "November 22, 2024"
 */
function humanDate(date) {
  return date.toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Renders a complete HTML document for one article.
 *
 * @param {object} article
 * @param {string} article.title headline
 * @param {string[]} article.paragraphs article body, one `<p>` each (text, not HTML)
 * @param {string} article.published publication date, ISO 8601 (`2024-11-22` or a full timestamp)
 * @param {string} article.outlet site name, e.g. "Reuters"
 * @param {string} article.url canonical URL of the page
 * @param {string} [article.author] byline; defaults to "<outlet> staff"
 * @param {string} [article.caption] photo caption
 * @returns {string} HTML
 */
export function renderNewsPage({ title, paragraphs, published, outlet, url, author, caption }) {
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid published date: ${published}`);
  const origin = new URL(url).origin;
  const byline = author ?? `${outlet} staff`;
  const photoCaption = caption ?? `File photo. Officials leave a meeting in Brussels. (${outlet})`;
  const description = summarize(paragraphs[0] ?? '', 200);

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: date.toISOString(),
    dateModified: date.toISOString(),
    author: [{ '@type': 'Person', name: byline }],
    publisher: { '@type': 'Organization', name: outlet, url: origin },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    description,
  };

  const e = escapeHtml;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${e(title)} | ${e(outlet)}</title>
    <meta name="description" content="${e(description)}">
    <link rel="canonical" href="${e(url)}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="${e(outlet)}">
    <meta property="og:title" content="${e(title)}">
    <meta property="og:url" content="${e(url)}">
    <meta property="article:published_time" content="${e(date.toISOString())}">
    <script type="application/ld+json">
${jsonForScript(jsonLd)}
    </script>
    <style>${STYLE}</style>
  </head>
  <body>
    <header class="site-header">
      <a class="logo" href="${e(origin)}/">${e(outlet)}</a>
      <nav aria-label="Sections">
        <ul>
${SECTIONS.map((s) => `          <li><a href="${e(origin)}/${s.toLowerCase()}/">${s}</a></li>`).join('\n')}
        </ul>
      </nav>
    </header>

    <aside class="ad-slot ad-leaderboard" aria-label="Advertisement">Advertisement</aside>

    <main>
      <article>
        <header>
          <p class="kicker">Europe</p>
          <h1>${e(title)}</h1>
          <p class="byline">By <a rel="author" href="${e(origin)}/authors/">${e(byline)}</a></p>
          <p class="dateline"><time datetime="${e(date.toISOString())}">${e(humanDate(date))}</time></p>
        </header>

        <figure>
        ${PHOTO_SVG}
          <figcaption>${e(photoCaption)}</figcaption>
        </figure>

        <div class="article-body">
${paragraphs.map((p) => `          <p>${e(p)}</p>`).join('\n')}
        </div>
      </article>

      <aside class="ad-slot ad-mpu" aria-label="Advertisement">Advertisement</aside>

      <section class="related" aria-labelledby="related-heading">
        <h2 id="related-heading">Related coverage</h2>
        <ul>
${RELATED.map(([text, path]) => `          <li><a href="${e(origin)}/${path}/">${e(text)}</a></li>`).join('\n')}
        </ul>
      </section>

      <section class="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments (${COMMENTS.length})</h2>
        <ol>
${COMMENTS.map(
  ([who, when, text]) => `          <li>
            <p class="comment-meta"><b>${e(who)}</b> · ${e(when)}</p>
            <p>${e(text)}</p>
          </li>`,
).join('\n')}
        </ol>
      </section>
    </main>

    <footer class="site-footer">
      <p>© ${date.getUTCFullYear()} ${e(outlet)}. All rights reserved.</p>
      <p><a href="${e(origin)}/privacy/">Privacy</a> · <a href="${e(origin)}/terms/">Terms</a> ·
        <a href="${e(origin)}/contact/">Contact us</a></p>
    </footer>

    <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
      <p>We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
      <button type="button">Accept all</button>
      <button type="button">Manage choices</button>
    </div>
  </body>
</html>
`;
}
