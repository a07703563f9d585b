import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkDocument, type Stage } from '@/lib/check';
import type { PageCheckedMessage } from '@/lib/messaging/protocol';
import { NEWS_SITE_MATCHES } from '@/lib/sites';

/** Engine stages reported as User Timing measures (crosscheck:<stage>). */
const MEASURED: ReadonlySet<Stage> = new Set(['detect', 'extract', 'match']);

/**
 * Runs once per page load on the news sites in lib/sites/news-sites.json. It only reads the page: it
 * must never modify the page's DOM (highlights will use the CSS Custom Highlight API, UI a shadow root).
 */
export default defineContentScript({
  matches: [...NEWS_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark('crosscheck:start');
    let check = { relevant: false, annotations: 0 };
    try {
      const result = checkDocument(document, {
        onStage: (stage, ms) => {
          if (!MEASURED.has(stage)) return;
          // The engine reports durations; place each measure so it ends now.
          const end = performance.now();
          performance.measure(`crosscheck:${stage}`, { start: end - ms, end });
        },
      });
      check = { relevant: result.relevant, annotations: result.annotations.length };
    } catch (error) {
      // A page the engine cannot read must never break: report it as unchecked.
      console.debug('Crosscheck could not check this page', error);
    }
    performance.measure('crosscheck:total', 'crosscheck:start');

    const message: PageCheckedMessage = {
      type: 'page/checked',
      url: location.href,
      title: document.title,
      ...check,
    };
    if (ctx.isInvalid) return;
    try {
      await browser.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or updated since this script was injected ("Extension context
      // invalidated"), or the background is unavailable: the page must not see our error.
    }
  },
});
