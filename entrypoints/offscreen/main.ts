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
 * Chrome's offscreen document (opened by the service worker once its own engine is warm): engines
 * in dedicated workers that stay warm when Chrome stops the idle service worker (after 30 s). A
 * service worker started again for a page asks here while its own engine is cold (a cold engine
 * took 30–60 ms for a seed page, a warm one 5–10). Two workers read a page's blocks in two runs at
 * once.
 */
const WORKERS = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));

const pending = new Map<number, (answer: EngineWorkerAnswer) => void>();
let nextId = 1;
/**
 * The workers, started one after another: each next one once the one before has warmed up, so that
 * a page that asks while the browser is starting finds one engine that has had the CPU to itself.
 */
const workers: Worker[] = [];
function startWorker(): void {
  const worker = new Worker(browser.runtime.getURL('/engine-worker.js'));
  worker.onmessage = (event: MessageEvent<EngineWorkerAnswer>) => {
    const answer = event.data;
    if ('warm' in answer) {
      if (workers.length < WORKERS) startWorker();
      return;
    }
    const done = pending.get(answer.id);
    pending.delete(answer.id);
    done?.(answer);
  };
  workers.push(worker);
}
startWorker();

function ask(
  worker: Worker,
  request: Omit<EngineWorkerRequest, 'id'>,
): Promise<EngineWorkerAnswer> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...request, id } satisfies EngineWorkerRequest);
  });
}

/** The page's answer from the workers, each reading one run of its blocks. */
async function analyse(request: OffscreenAnalyseRequest): Promise<Result<PageAnalysis>> {
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
