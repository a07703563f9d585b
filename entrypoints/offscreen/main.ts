import { browser } from 'wxt/browser';
import { err, ok, type PageAnalysis, type Result } from '@/lib/messaging/protocol';
import {
  isOffscreenAnalyseRequest,
  joinAnalyses,
  splitPage,
  type OffscreenAnalyseRequest,
  type EngineWorkerAnswer,
  type EngineWorkerRequest,
} from '@/lib/messaging/split';

/**
 * Chrome's offscreen document (opened by the service worker once its own engine is warm and no page
 * has asked for a while): engines
 * in dedicated workers that stay warm when Chrome stops the idle service worker (after 30 s). A
 * service worker started again for a page asks here while its own engine is cold (a cold engine
 * took 30–60 ms for a seed page, a warm one 5–10). From 4 cores on, two workers read a page's
 * blocks in two runs at once; on fewer, two engines read a page no faster than one (the halves of a
 * 6,000-word article took 43 and 40 ms at once on 2 cores, the whole 61 ms on one engine), and
 * each holds about 17 MB.
 */
const WORKERS = (navigator.hardwareConcurrency || 1) >= 4 ? 2 : 1;

/** Requests a worker has not answered yet, by id: what to do with the answer, and the worker. */
const pending = new Map<number, { worker: Worker; done: (answer: EngineWorkerAnswer) => void }>();
let nextId = 1;
/**
 * The workers, started one after another: each next one once the one before has warmed up, so that
 * the first pages the reader opens meanwhile compete with one warm-up at most. A worker that fails
 * (an error its engine did not catch, a message it cannot read) fails its open requests, so the
 * service worker analyses those pages itself, and is replaced.
 */
const workers: Worker[] = [];
/** Workers replaced after failing, and how many may be. */
let failures = 0;
const MAX_RESTARTS = 3;
function startWorker(at = workers.length): void {
  const worker = new Worker(browser.runtime.getURL('/engine-worker.js'));
  worker.onmessage = (event: MessageEvent<EngineWorkerAnswer>) => {
    const answer = event.data;
    if ('warm' in answer) {
      if (workers.length < WORKERS) startWorker();
      return;
    }
    const request = pending.get(answer.id);
    pending.delete(answer.id);
    request?.done(answer);
  };
  const fail = (event: Event) => {
    event.preventDefault();
    for (const [id, request] of pending) {
      if (request.worker !== worker) continue;
      pending.delete(id);
      request.done({ id, ok: false, error: 'the engine worker failed' });
    }
    worker.terminate();
    const i = workers.indexOf(worker);
    // A worker that keeps failing (its script cannot load) is not started again and again: the
    // service worker answers its pages.
    if (i >= 0 && ++failures <= MAX_RESTARTS) startWorker(i);
    else if (i >= 0) workers.splice(i, 1);
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  workers[at] = worker;
}
startWorker();

function ask(
  worker: Worker,
  request: Omit<EngineWorkerRequest, 'id'>,
): Promise<EngineWorkerAnswer> {
  const id = nextId++;
  return new Promise((done) => {
    pending.set(id, { worker, done });
    worker.postMessage({ ...request, id } satisfies EngineWorkerRequest);
  });
}

/** The page's answer from the workers, each reading one run of its blocks. */
async function analyse(request: OffscreenAnalyseRequest): Promise<Result<PageAnalysis>> {
  if (workers.length === 0) return err('no engine worker');
  const start = performance.now();
  const ranges = splitPage(request.page.blocks, workers.length);
  const answers = await Promise.all(
    ranges.map((range, i) =>
      ask(workers[i]!, { page: request.page, assumeRelevant: request.assumeRelevant, range }),
    ),
  );
  performance.measure('crosscheck:analyse', {
    start,
    end: performance.now(),
    detail: { engines: answers.map((a) => ('ms' in a ? a.ms : null)) },
  });
  const failed = answers.find((a) => !a.ok);
  if (failed && !failed.ok) return err(`analysis failed: ${failed.error}`);
  return ok(joinAnalyses(answers.flatMap((a) => ('value' in a ? [a.value] : []))));
}

// Only the service worker asks here, for a page while its own engine is cold (a content script's
// messages carry a tab, and are the service worker's to answer).
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id || sender.tab || !isOffscreenAnalyseRequest(message))
    return false;
  void analyse(message).then(sendResponse, (error: unknown) =>
    sendResponse(err(`analysis failed: ${String(error)}`)),
  );
  return true;
});
