/**
 * The background's message handling, kept free of `browser.*` so it can be tested in Node.
 * `entrypoints/background.ts` wires it to `runtime.onMessage` and `tabs.onRemoved`.
 */
import type { PageText } from '../check';
import { err, isMessage, ok, type PageAnalysis, type Result, type TabState } from './protocol';

/** The parts of `runtime.MessageSender` the router looks at. */
export interface SenderInfo {
  /** Id of the extension the sender belongs to. */
  id?: string;
  /** Set when the sender is a content script (or an extension page loaded in a tab). */
  tab?: { id?: number };
}

export interface BackgroundRouter {
  /**
   * Handles one incoming message. Returns `undefined` when the sender is not this extension — such
   * messages get no answer at all — and otherwise a {@link Result} to send back.
   */
  handle(message: unknown, sender: SenderInfo): Result<TabState | PageAnalysis | null> | undefined;
  /** Forgets what we know about a closed tab (or a tab that navigated away). */
  forgetTab(tabId: number): void;
  /** Re-installs states saved before the service worker stopped. */
  restore(states: Iterable<[number, TabState]>): void;
  /** Every tab state, to save them. */
  states(): [number, TabState][];
}

/**
 * @param extensionId our own `runtime.id`; messages from any other sender are ignored.
 * @param now clock for `TabState.checkedAt` (injectable for tests).
 */
export function createBackgroundRouter(
  extensionId: string,
  now: () => number = Date.now,
  analyse?: (page: PageText, assumeRelevant: boolean) => PageAnalysis,
  onUpdate?: (tabId: number, state: TabState | null) => void,
): BackgroundRouter {
  /** Latest `page/checked` report per tab id. In memory only, for now: lost when the worker stops. */
  const tabs = new Map<number, TabState>();

  return {
    handle(message, sender) {
      if (sender.id !== extensionId) return undefined;
      if (!isMessage(message)) return err('malformed message');

      switch (message.type) {
        case 'page/checked': {
          const tabId = sender.tab?.id;
          if (tabId === undefined || tabId < 0) return err('page/checked must come from a tab');
          const { type: _type, ...summary } = message;
          const state: TabState = { ...summary, checkedAt: now() };
          tabs.set(tabId, state);
          onUpdate?.(tabId, state);
          return ok(null);
        }
        case 'tab/state':
          return ok(tabs.get(message.tabId) ?? null);
        // Nothing to do: receiving it is the point (the background is not stopped as idle).
        case 'page/keep-warm':
          return ok(null);
        case 'page/analyse': {
          if (!analyse) return err('no engine here');
          const { title, blocks, published, evidence, assumeRelevant } = message;
          try {
            return ok(analyse({ title, blocks, published, evidence }, assumeRelevant));
          } catch (error) {
            return err(`analysis failed: ${String(error)}`);
          }
        }
        case 'tab/check':
        case 'tab/always':
        case 'notes/add':
        case 'notes/for-page':
        case 'notes/update':
        case 'notes/delete':
        case 'notes/placed':
        case 'page/load-ui':
          // Needs browser.scripting: the background entrypoint answers it before the router.
          return err(`${message.type} is handled by the background itself`);
      }
    },
    forgetTab(tabId) {
      if (tabs.delete(tabId)) onUpdate?.(tabId, null);
    },
    states() {
      return [...tabs];
    },
    restore(states) {
      for (const [tabId, state] of states) if (!tabs.has(tabId)) tabs.set(tabId, state);
    },
  };
}
