/**
 * The key a note is filed under: one URL per story, whatever link the reader arrived by. Tracking
 * parameters, AMP and mobile variants, `www.`, default ports, fragments and trailing slashes are
 * stripped, so the note made on a shared link shows up again on the plain article (GUIDE §5).
 *
 * Pure (no `browser.*`); the rules are data below so a new tracker is a one-line change.
 */

/** Query parameters that only say how the reader got here (compared case-insensitively). */
export const TRACKING_PARAMS: readonly string[] = [
  // Ad and social click ids.
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'twclid',
  'ttclid',
  'yclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'epik',
  'rb_clickid',
  // Newsletters and mailers.
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'emc',
  // Publishers' own campaign and share tags.
  'ocid',
  'ncid',
  'cmpid',
  'cmp',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'referringsource',
  'smid',
  'smtyp',
  'sh',
  'taid',
  'ito',
  'xtor',
  'soc_src',
  'soc_trk',
  's_cid',
  'spm',
  'share',
  'shared',
  'sr_share',
  // Analytics and consent redirects.
  '_ga',
  '_gl',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  '__twitter_impression',
  // AMP cache bookkeeping.
  'usqp',
  'amp_js_v',
  'amp_gsa',
];

/** Parameter-name prefixes that are tracking whatever follows (utm_source, at_medium, …). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = [
  'utm_',
  'at_', // BBC (AT Internet)
  'ns_', // BBC (comScore)
  'pk_', // Matomo
  'mtm_',
  'piwik_',
  'hsa_', // HubSpot ads
  'itm_',
];

/** Host prefixes that name a variant of the same site: desktop, mobile, AMP. Stripped repeatedly. */
export const VARIANT_HOST_PREFIXES: readonly string[] = ['www.', 'm.', 'mobile.', 'amp.', 'amp-'];

/**
 * Public suffixes of more than one label that news sites sit under. Enough for a same-site test on
 * the sites Crosscheck runs on; not the whole Public Suffix List.
 */
export const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'me.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'co.kr',
  'co.in',
  'co.za',
  'co.il',
  'com.br',
  'com.cn',
  'com.hk',
  'com.sg',
  'com.tr',
  'com.ua',
  'org.ua',
  'kiev.ua',
  'kyiv.ua',
  'com.pl',
  'com.mx',
  'com.ar',
]);

/** Sites whose AMP pages also add a path prefix the article page does not have. */
export const AMP_PATH_PREFIXES: readonly { site: string; prefix: string }[] = [
  // https://amp.cnn.com/cnn/2024/11/17/politics/… is https://www.cnn.com/2024/11/17/politics/…
  { site: 'cnn.com', prefix: '/cnn/' },
];

const TRACKING = new Set(TRACKING_PARAMS.map((p) => p.toLowerCase()));

/**
 * The normalised URL of a page. `canonical` is the page's `<link rel="canonical">` (may be
 * relative): it wins when it is a valid http(s) URL on the same site and not just the site's home
 * page (a common CMS mistake); otherwise it is ignored. An unparseable `url` comes back trimmed;
 * a non-web URL (file:, about:, …) loses only its fragment.
 */
export function normalizeUrl(url: string, canonical?: string | null): string {
  const page = parse(url.trim());
  if (!page) return url.trim();
  if (!isWeb(page)) {
    page.hash = '';
    return page.href;
  }
  const own = normalizeParsed(page);
  if (canonical) {
    const c = parse(canonical.trim(), page.href);
    if (c && isWeb(c)) {
      const canon = normalizeParsed(c);
      const pageHost = new URL(own).hostname;
      const canonHost = new URL(canon).hostname;
      const canonIsHome = new URL(canon).pathname === '/' && new URL(own).pathname !== '/';
      if (siteOf(pageHost) === siteOf(canonHost) && !canonIsHome) return canon;
    }
  }
  return own;
}

/**
 * The registrable domain ("site") of a host, `www.`-less and lower-case: `news.bbc.co.uk` →
 * `bbc.co.uk`. IP addresses and single-label hosts are their own site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  const n = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** The host as notes file it: lower-case, no trailing dot, no www./m./mobile./amp. variants. */
export function normalizeHost(host: string): string {
  return stripVariants(host).host;
}

function stripVariants(host: string): { host: string; amp: boolean } {
  let h = host.toLowerCase().replace(/\.$/, '');
  let amp = false;
  if (isIpOrLocal(h)) return { host: h, amp };
  for (;;) {
    // Only a subdomain label is a variant: `amp-foo.com` and `m.co.uk` are sites of their own.
    const labels = h.split('.').length;
    if (labels <= siteOf(h).split('.').length) break;
    const p = VARIANT_HOST_PREFIXES.find(
      (x) => h.startsWith(x) && !/^[.-]|^$/.test(h.slice(x.length)),
    );
    if (!p) break;
    if (p.startsWith('amp')) amp = true;
    h = h.slice(p.length);
  }
  return { host: h, amp };
}

function parse(s: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(s) : new URL(s, base);
  } catch {
    return null;
  }
}

function isWeb(u: URL): boolean {
  return u.protocol === 'http:' || u.protocol === 'https:';
}

function isIpOrLocal(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^[\d.]+$/.test(host) ||
    host.startsWith('[')
  );
}

/** Normalise a parsed http(s) URL (after unwrapping AMP caches and viewers). */
function normalizeParsed(input: URL): string {
  const u = unwrapAmpProxy(input);
  const stripped = stripVariants(u.hostname);
  const host = stripped.host;
  let amp = stripped.amp;
  const local = isIpOrLocal(host);
  // http and https are the same story; keep http only where it matters (a local server on a port).
  const protocol = u.port === '' && !local ? 'https:' : u.protocol;
  const defaultPort = protocol === 'https:' ? '443' : '80';
  const port = u.port === '' || u.port === defaultPort ? '' : `:${u.port}`;

  // Query: drop tracking and AMP switches, keep the rest in their original encoding, sorted.
  const kept: { name: string; raw: string }[] = [];
  for (const raw of u.search.replace(/^\?/, '').split('&')) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    const name = decode(eq < 0 ? raw : raw.slice(0, eq)).toLowerCase();
    const value = decode(eq < 0 ? '' : raw.slice(eq + 1)).toLowerCase();
    if (isTracking(name)) continue;
    if (name === 'amp' && ['', '1', 'true', 'yes'].includes(value)) {
      amp = true;
      continue;
    }
    if (name === 'outputtype' && value === 'amp') {
      amp = true;
      continue;
    }
    kept.push({ name, raw });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const query = kept.length > 0 ? `?${kept.map((k) => k.raw).join('&')}` : '';

  // Path: drop AMP segments and suffixes, normalise percent-escapes, no trailing slash.
  let path = u.pathname.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  const before = path;
  path = path
    .replace(/\.amp\.html$/i, '.html')
    .replace(/\.amp$/i, '')
    .replace(/\/amp(?=\/|$)/gi, '');
  if (path !== before) amp = true;
  if (amp) {
    const site = siteOf(host);
    for (const rule of AMP_PATH_PREFIXES) {
      if (rule.site === site && path.startsWith(rule.prefix))
        path = path.slice(rule.prefix.length - 1);
    }
  }
  path = path.replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${protocol}//${host}${port}${path}${query}`;
}

function isTracking(name: string): boolean {
  return TRACKING.has(name) || TRACKING_PARAM_PREFIXES.some((p) => name.startsWith(p));
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The article behind an AMP cache or viewer URL:
 * `https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/…` and
 * `https://www.google.com/amp/s/www.bbc.com/news/…` are `https://www.bbc.com/news/…`.
 */
function unwrapAmpProxy(u: URL): URL {
  const host = u.hostname.toLowerCase();
  let m: RegExpExecArray | null = null;
  if (host.endsWith('.cdn.ampproject.org')) m = /^\/[cvi]\/(s\/)?(.+)$/.exec(u.pathname);
  else if (/^(www\.)?google\.[a-z.]+$/.test(host)) m = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
  if (!m) return u;
  const inner = parse(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`);
  return inner && isWeb(inner) ? inner : u;
}
