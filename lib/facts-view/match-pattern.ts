/**
 * Whether a URL matches WebExtension match patterns (`*://*.example.com/*`, `<all_urls>`), as the
 * browser decides where a content script runs. Pure; the popup uses it to tell whether Crosscheck
 * runs on the current tab's site by itself.
 */

const ALL_URLS_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

/** Whether `url` matches one match `pattern`. Malformed URLs or patterns match nothing. */
export function matchesPattern(url: string, pattern: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return ALL_URLS_SCHEMES.has(u.protocol);
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme = '', hostPort = '', path = ''] = m;
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) {
    return false;
  }
  if (scheme !== 'file') {
    const hp = /^(\*|\*\.[^:]+|[^:*]+)(?::(\d+))?$/.exec(hostPort);
    if (!hp) return false;
    const [, host = '', port] = hp;
    const hostname = u.hostname.toLowerCase();
    if (host.startsWith('*.')) {
      const domain = host.slice(2).toLowerCase();
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (host !== '*' && hostname !== host.toLowerCase()) {
      return false;
    }
    if (
      port !== undefined &&
      u.port !== port &&
      !(u.port === '' && defaultPort(protocol) === port)
    ) {
      return false;
    }
  } else if (hostPort !== '') {
    return false;
  }
  return globToRegExp(path).test(`${u.pathname}${u.search}`);
}

function defaultPort(protocol: string): string {
  return protocol === 'https' || protocol === 'wss' ? '443' : protocol === 'ftp' ? '21' : '80';
}

/** Whether `url` matches any of `patterns`. */
export function matchesAny(url: string, patterns: Iterable<string>): boolean {
  for (const p of patterns) if (matchesPattern(url, p)) return true;
  return false;
}
