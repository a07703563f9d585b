import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageCheckedMessage } from '@/lib/messaging/protocol';
import { NEWS_SITE_MATCHES } from '@/lib/sites';

/**
 * Runs once per page load on the news sites in lib/sites/news-sites.json. It only reads the page: it
 * must never modify the page's DOM (highlights will use the CSS Custom Highlight API, UI a shadow root).
 */
export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark('crosscheck:start');

    const check = { relevant: false, annotations: 0 }; // TODO(engine)
    const message: PageCheckedMessage = {
      type: 'page/checked',
      url: location.href,
      title: document.title,
      ...check,
    };

    performance.measure('crosscheck:total', 'crosscheck:start');

    if (ctx.isInvalid) return;
    try {
      await browser.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or updated since this script was injected ("Extension context
      // invalidated"), or the background is unavailable: the page must not see our error.
    }
  },
});
