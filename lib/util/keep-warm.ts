/**
 * Keeping the background warm while a reader reads a checked article.
 *
 * Chrome stops an extension's service worker after 30 s without an event, and the reader's next
 * article then meets a cold one: it starts, builds its engine and runs code V8 has not compiled
 * yet, and that page's check took 5–15× Readability's parse against about 1.6× warm (`npm run
 * bench:page`, "worker stopped"). Each extension message resets that timer, so a content script
 * whose article was checked and is being read sends one now and then: only while its tab is
 * visible and the reader has scrolled, pointed or typed within `READING_IDLE_MS`, so a tab left
 * open in the background or an idle screen lets the worker stop as usual. A failed message (the
 * extension was reloaded or updated) stops the pings for good.
 */

/** Between two pings: well inside Chrome's 30 s idle limit, timers being late included. */
export const KEEP_WARM_EVERY_MS = 20_000;

/** A reader who has not scrolled, pointed or typed for this long is no longer reading. */
export const READING_IDLE_MS = 3 * 60_000;

/** What keeping warm needs of the page and the extension (parameters, for tests). */
export interface KeepWarmHost {
  now(): number;
  /** Whether the tab is shown (`document.visibilityState === 'visible'`). */
  visible(): boolean;
  /** Sends the ping; a rejection stops the pings. */
  ping(): Promise<unknown>;
  /** A repeating timer, cleared by the returned function. */
  every(ms: number, tick: () => void): () => void;
}

export interface KeepWarm {
  /** The reader did something (scrolled, pointed, typed, came back to the tab). */
  activity(): void;
  /** No more pings (the page changed, or the script is going away). */
  stop(): void;
  /** Whether pings are still scheduled. */
  readonly running: boolean;
}

/**
 * Pings every `KEEP_WARM_EVERY_MS` while the tab is visible and the reader was active within
 * `READING_IDLE_MS`. Starting counts as activity (the article was just checked).
 */
export function keepWarm(host: KeepWarmHost): KeepWarm {
  let lastActivity = host.now();
  let running = true;
  let inFlight = false;
  const stop = () => {
    if (!running) return;
    running = false;
    cancel();
  };
  const cancel = host.every(KEEP_WARM_EVERY_MS, () => {
    if (!running || inFlight || !host.visible()) return;
    if (host.now() - lastActivity > READING_IDLE_MS) return;
    inFlight = true;
    // A ping that throws at once (the extension's context is gone) fails like one that rejects.
    new Promise((resolve) => resolve(host.ping())).then(
      () => {
        inFlight = false;
      },
      () => {
        inFlight = false;
        stop();
      },
    );
  });
  return {
    activity() {
      lastActivity = host.now();
    },
    stop,
    get running() {
      return running;
    },
  };
}
