import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import { skipGates } from '@/lib/util/regex-gate';
import { startPage } from './page';
import './highlights.css';

/**
 * Runs on the news sites in lib/sites/news-sites.json, and on any other page the reader asks for
 * ("Check this page" injects this same script; "Always check this site" registers it). It reads the
 * page and paints CSS highlights; the only element it adds is the host of its card (a shadow root).
 */
export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT would otherwise post a message to the page announcing the script (and the extension id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // When the script started on this page: a long task that contains this moment is the one that
    // injected and ran it (the e2e tests tell it from the page's own first layout by this).
    performance.mark('crosscheck:script');
    // The page reads dates from a dateline and a byline only: the engine's pattern gates
    // (lib/util/regex-gate.ts) would cost it more to read than they save.
    skipGates();
    startPage(ctx);
  },
});
