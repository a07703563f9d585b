/**
 * The background's message handling, kept free of `browser.*` so it can be tested in Node.
 * `entrypoints/background.ts` wires it to `runtime.onMessage` and `tabs.onRemoved`.
 */
import { err, isMessage, ok, type Result, type TabState } from './protocol';

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
  handle(message: unknown, sender: SenderInfo): Result<TabState | null> | undefined;
  /** Forgets what we know about a closed tab. */
  forgetTab(tabId: number): void;
}

/**
 * @param extensionId our own `runtime.id`; messages from any other sender are ignored.
 * @param now clock for `TabState.checkedAt` (injectable for tests).
 */
export function createBackgroundRouter(
  extensionId: string,
  now: () => number = Date.now,
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
          const { url, title, relevant, annotations } = message;
          tabs.set(tabId, { url, title, relevant, annotations, checkedAt: now() });
          return ok(null);
        }
        case 'tab/state':
          return ok(tabs.get(message.tabId) ?? null);
      }
    },
    forgetTab(tabId) {
      tabs.delete(tabId);
    },
  };
}
