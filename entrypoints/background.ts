import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundRouter } from '@/lib/messaging/router';

export default defineBackground(() => {
  const router = createBackgroundRouter(browser.runtime.id);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Messages from other extensions or web pages get no answer at all.
    const result = router.handle(message, sender);
    if (result !== undefined) sendResponse(result);
    // Answered synchronously (or not at all): the channel need not stay open.
    return false;
  });

  browser.tabs.onRemoved.addListener((tabId) => router.forgetTab(tabId));
});
