import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCard } from './content/card';

/**
 * The in-page UI (React, the source card, the note editor), injected into a tab's content-script
 * world only when a reader first opens a card or a note. Keeping React out of the content script
 * keeps its start on every news page short: most pages never show a card.
 */
export default defineUnlistedScript(() => {
  globalThis.__crosscheckUi = { createCard };
});
