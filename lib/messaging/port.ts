/**
 * One request and its answer over a long-lived port (`runtime.connect`), opened ahead of time.
 *
 * The content script opens the port when a check starts, so that connecting (waking the service
 * worker, setting up the channel) overlaps the page's extraction; the request then costs one hop
 * each way. Measured on seed pages in a news site's chrome, that is about 5 ms less per check than
 * `runtime.sendMessage`, which opens and closes a channel for every message.
 *
 * Kept free of `browser.*`: the entrypoints pass in the port (see `PortLike`).
 */

/** Name of the port a content script opens for `page/analyse`. */
export const ANALYSE_PORT = 'crosscheck/analyse';

/** The parts of `runtime.Port` used here. */
export interface PortLike {
  readonly name: string;
  readonly sender?: { id?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
}

/** Raised when the port closed before its answer came (the service worker stopped, or closed it). */
export class PortClosedError extends Error {
  constructor() {
    super('the background closed the connection before answering');
    this.name = 'PortClosedError';
  }
}

export interface PortRequest {
  /** Sends `message` and resolves with the first answer; the port is closed after it. */
  ask(message: unknown): Promise<unknown>;
  /** Closes the port; a pending `ask` rejects with an AbortError. */
  close(): void;
}

/**
 * Opens a port now, for one request later. `connect` may throw (the extension was reloaded): the
 * error is raised by `ask`, never here, so a caller can open early without guarding.
 */
export function openRequest(connect: () => PortLike): PortRequest {
  let port: PortLike | null = null;
  let failure: unknown = null;
  let closed = false;
  let settle: { resolve(v: unknown): void; reject(e: unknown): void } | null = null;
  let answered = false;

  const finish = () => {
    if (closed) return;
    closed = true;
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
  };

  try {
    port = connect();
    port.onMessage.addListener((message) => {
      if (answered) return;
      answered = true;
      finish();
      settle?.resolve(message);
    });
    port.onDisconnect.addListener(() => {
      closed = true;
      if (!answered) settle?.reject(new PortClosedError());
    });
  } catch (error) {
    failure = error;
  }

  return {
    ask(message) {
      if (failure !== null) return Promise.reject(failure);
      if (closed || !port) return Promise.reject(new PortClosedError());
      if (settle) return Promise.reject(new Error('a port request carries one message'));
      const open = port;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        try {
          open.postMessage(message);
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new PortClosedError());
        }
      });
    },
    close() {
      if (!answered) settle?.reject(new DOMException('request closed', 'AbortError'));
      answered = true;
      finish();
    },
  };
}

/**
 * The background's side: answers every message on `port` with `handle(message)` (or what the
 * promise it returns resolves to). Should `handle` throw or its promise reject, the port is closed, so the asker learns at once (`PortClosedError`) rather than
 * waiting for an answer that will never come.
 */
export function answerPort(port: PortLike, handle: (message: unknown) => unknown): void {
  const close = () => {
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  };
  const post = (answer: unknown) => {
    try {
      port.postMessage(answer);
    } catch {
      // The page went away meanwhile (tab closed, navigated).
      close();
    }
  };
  port.onMessage.addListener((message) => {
    let answer: unknown;
    try {
      answer = handle(message);
    } catch {
      close();
      return;
    }
    // A handler may answer later (a promise): the answer is posted once it settles.
    if (answer instanceof Promise) answer.then(post, close);
    else post(answer);
  });
}

/** Waits before each further attempt of `askAgain`: the worker may be stopping, then starting. */
export const RETRY_DELAYS_MS: readonly number[] = [50, 250, 1_000];

/**
 * Asks by one-off messages (`send`) until one is answered: for when the port closed before its
 * answer came, which happens when Chrome stops the worker (idle for 30 s) just as a page asks. A
 * message sent while that worker is still stopping can be refused too ("Receiving end does not
 * exist"); a later one starts a new worker. An `undefined` answer (nobody answered) counts as a
 * failure. Rejects with the last failure once `delays` are used up, or with an AbortError as soon
 * as `signal` aborts (the page moved on).
 */
export async function askAgain(
  send: () => Promise<unknown>,
  options: {
    delays?: readonly number[];
    signal?: AbortSignal;
    wait?: (ms: number) => Promise<void>;
  } = {},
): Promise<unknown> {
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const wait = options.wait ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const aborted = () => new DOMException('request closed', 'AbortError');
  let failure: unknown = null;
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    if (attempt > 0) await wait(delays[attempt - 1]!);
    if (options.signal?.aborted) throw aborted();
    try {
      const answer = await send();
      if (answer !== undefined) return answer;
      failure = new PortClosedError();
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
