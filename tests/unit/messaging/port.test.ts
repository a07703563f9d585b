import { describe, expect, it } from 'vitest';
import {
  ANALYSE_PORT,
  answerPort,
  askAgain,
  openRequest,
  RETRY_DELAYS_MS,
  PortClosedError,
  type PortLike,
} from '@/lib/messaging/port';

/** One end of an in-memory port pair: what `runtime.connect` gives each side. */
interface FakeEnd extends PortLike {
  /** Messages this end posted. */
  posted: unknown[];
  disconnected: boolean;
}

/**
 * Two connected ends. Like a real port, a message posted on one end arrives on the other
 * asynchronously, and `disconnect` on one end fires `onDisconnect` on the other end only.
 */
function portPair(name = ANALYSE_PORT): [FakeEnd, FakeEnd] {
  const end = () => {
    const messageListeners: ((m: unknown) => void)[] = [];
    const disconnectListeners: (() => void)[] = [];
    const self: FakeEnd & { other?: ReturnType<typeof end> } = {
      name,
      sender: { id: 'crosscheck-id', tab: { id: 7 } },
      posted: [],
      disconnected: false,
      postMessage(message) {
        if (self.disconnected) throw new Error('Attempting to use a disconnected port object');
        self.posted.push(message);
        const other = self.other!;
        queueMicrotask(() => {
          if (!other.disconnected) for (const l of other.listeners.message) l(message);
        });
      },
      disconnect() {
        if (self.disconnected) return;
        const other = self.other!;
        self.disconnected = true;
        other.disconnected = true;
        queueMicrotask(() => other.listeners.disconnect.forEach((l) => l()));
      },
      onMessage: { addListener: (callback) => messageListeners.push(callback) },
      onDisconnect: { addListener: (callback) => disconnectListeners.push(callback) },
    };
    return Object.assign(self, {
      listeners: { message: messageListeners, disconnect: disconnectListeners },
    });
  };
  const a = end();
  const b = end();
  a.other = b;
  b.other = a;
  return [a, b];
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('openRequest / answerPort', () => {
  it('sends one request, resolves with the answer, then closes the port', async () => {
    const [page, background] = portPair();
    answerPort(background, (m) => ({ ok: true, value: { echo: m } }));
    const request = openRequest(() => page);
    await expect(request.ask({ type: 'page/analyse' })).resolves.toEqual({
      ok: true,
      value: { echo: { type: 'page/analyse' } },
    });
    expect(page.disconnected).toBe(true);
    expect(background.posted).toHaveLength(1);
  });

  it('rejects with PortClosedError when the background closes before answering', async () => {
    const [page, background] = portPair();
    const request = openRequest(() => page);
    const asked = request.ask({ type: 'page/analyse' });
    background.disconnect();
    await expect(asked).rejects.toBeInstanceOf(PortClosedError);
  });

  it('rejects with PortClosedError when the port closed before the request was made', async () => {
    const [page, background] = portPair();
    const request = openRequest(() => page);
    background.disconnect(); // the service worker stopped while the page was extracting
    await tick();
    await expect(request.ask({ type: 'page/analyse' })).rejects.toBeInstanceOf(PortClosedError);
  });

  it('raises a failed connect from ask, not from openRequest', async () => {
    const request = openRequest(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(request.ask({})).rejects.toThrow('Extension context invalidated.');
  });

  it('close() rejects a pending request with an AbortError and disconnects', async () => {
    const [page, background] = portPair();
    const request = openRequest(() => page);
    const asked = request.ask({ type: 'page/analyse' });
    request.close();
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
    expect(page.disconnected).toBe(true);
    await tick();
    // The background's late answer goes nowhere and throws nowhere.
    expect(() => background.postMessage({ ok: true, value: null })).toThrow(/disconnected/);
  });

  it('carries one request per port', async () => {
    const [page, background] = portPair();
    answerPort(background, () => ({ ok: true, value: null }));
    const request = openRequest(() => page);
    const first = request.ask({ n: 1 });
    await expect(request.ask({ n: 2 })).rejects.toThrow('one message');
    await expect(first).resolves.toEqual({ ok: true, value: null });
  });

  it('answerPort closes the port when its handler throws, so the asker does not wait', async () => {
    const [page, background] = portPair();
    answerPort(background, () => {
      throw new Error('engine broke');
    });
    const request = openRequest(() => page);
    await expect(request.ask({ type: 'page/analyse' })).rejects.toBeInstanceOf(PortClosedError);
  });

  it('answerPort posts an answer that comes later, once its promise settles', async () => {
    const [page, background] = portPair();
    let finish!: (value: unknown) => void;
    answerPort(background, () => new Promise((resolve) => (finish = resolve)));
    const request = openRequest(() => page);
    const asked = request.ask({ type: 'page/analyse' });
    await tick();
    expect(background.posted).toEqual([]);
    finish({ ok: true, value: 'late' });
    await expect(asked).resolves.toEqual({ ok: true, value: 'late' });
  });

  it('answerPort closes the port when the promised answer fails', async () => {
    const [page, background] = portPair();
    answerPort(background, () => Promise.reject(new Error('offscreen document gone')));
    const request = openRequest(() => page);
    await expect(request.ask({ type: 'page/analyse' })).rejects.toBeInstanceOf(PortClosedError);
  });

  it('answerPort answers each message in order', async () => {
    const [page, background] = portPair();
    const seen: unknown[] = [];
    page.onMessage.addListener((m) => seen.push(m));
    answerPort(background, (m) => ({ got: m }));
    page.postMessage(1);
    page.postMessage(2);
    await tick();
    expect(seen).toEqual([{ got: 1 }, { got: 2 }]);
  });
});

describe('askAgain (one-off messages after the port closed)', () => {
  const noRefusal = new Error('Could not establish connection. Receiving end does not exist.');

  /** `send` answering from the `n`th call on; the waits it was asked for. */
  function answeringFrom(n: number) {
    const answer = { ok: true };
    let calls = 0;
    const waits: number[] = [];
    const send = () => {
      calls++;
      return calls >= n ? Promise.resolve(answer) : Promise.reject(noRefusal);
    };
    const wait = (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    };
    return { send, wait, waits, calls: () => calls };
  }

  it('answers at once when the first message is answered, without waiting', async () => {
    const f = answeringFrom(1);
    await expect(askAgain(f.send, { wait: f.wait })).resolves.toEqual({ ok: true });
    expect(f.waits).toEqual([]);
  });

  it('asks again after each refusal, waiting longer each time, until a worker answers', async () => {
    const f = answeringFrom(3);
    await expect(askAgain(f.send, { wait: f.wait })).resolves.toEqual({ ok: true });
    expect(f.calls()).toBe(3);
    expect(f.waits).toEqual(RETRY_DELAYS_MS.slice(0, 2));
  });

  it('gives up with the last refusal once the delays are used up', async () => {
    const f = answeringFrom(Infinity);
    await expect(askAgain(f.send, { wait: f.wait, delays: [1, 2] })).rejects.toBe(noRefusal);
    expect(f.calls()).toBe(3);
  });

  it('counts an answer nobody gave (undefined) as a failure', async () => {
    let calls = 0;
    const send = () => {
      calls++;
      return Promise.resolve(undefined);
    };
    const wait = () => Promise.resolve();
    await expect(askAgain(send, { wait, delays: [1] })).rejects.toBeInstanceOf(PortClosedError);
    expect(calls).toBe(2);
  });

  it('stops with an AbortError when the page moved on meanwhile', async () => {
    const abort = new AbortController();
    const f = answeringFrom(Infinity);
    const wait = (ms: number) => {
      abort.abort();
      return f.wait(ms);
    };
    await expect(askAgain(f.send, { wait, signal: abort.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(f.calls()).toBe(1);
  });
});
