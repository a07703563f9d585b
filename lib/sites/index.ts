/**
 * The news sites the content script is injected into.
 *
 * The list lives in `news-sites.json` (data, linted by `tests/unit/sites/news-sites.test.ts`) so that
 * adding a site is a one-line data change; `entrypoints/content.ts` uses it as its `matches`, which WXT
 * copies into `manifest.json` at build time. Each domain appears twice, `*://*.DOMAIN/*` for its
 * subdomains (www., edition., …) and `*://DOMAIN/*` for the bare host, because `*.` requires a dot.
 */
import newsSites from './news-sites.json';

/** A WebExtension match pattern such as `*://*.example.com/*`. */
export type MatchPattern = `${string}://${string}/${string}` | '<all_urls>';

/** Sorted, unique match patterns for every supported news site. */
export const NEWS_SITE_MATCHES: readonly MatchPattern[] = Object.freeze(
  newsSites as MatchPattern[],
);

/** Schemes both Chrome and Firefox accept in a match pattern (`*` means http or https). */
const SCHEMES = new Set(['*', 'http', 'https', 'ws', 'wss', 'ftp', 'file']);

/** One lowercase DNS label: letters, digits and inner hyphens (punycode `xn--` labels included). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Whether `p` is a well-formed match pattern, in the canonical form we keep in data files.
 *
 * Follows the grammar shared by Chrome and Firefox: `<all_urls>`, or `scheme://host/path` where
 * host is `*`, `*.` + a domain, or a domain (optionally with a numeric port, which Chrome honours), and
 * path starts with `/`. `file://` takes an empty host. Hosts must be lowercase: browsers would
 * lower-case them anyway, so an uppercase host in our data is a typo. IPv6 literals are not accepted.
 */
export function isValidMatchPattern(p: string): boolean {
  if (p === '<all_urls>') return true;
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(p);
  if (!m) return false;
  const [, scheme = '', hostPort = '', path = ''] = m;
  if (!SCHEMES.has(scheme) || !path.startsWith('/')) return false;
  if (scheme === 'file') return hostPort === '';
  if (hostPort === '*') return true;

  const hp = /^(\*\.)?([^:]+)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!hp) return false;
  const [, , host = '', port] = hp;
  if (port !== undefined && Number(port) > 65535) return false;
  if (host.length > 253) return false;
  return host.split('.').every((label) => LABEL.test(label));
}
