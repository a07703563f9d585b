import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import prebuilt from 'virtual:crosscheck-factbase';
import preparedIndex from 'virtual:crosscheck-index';
import warmUpProse from 'virtual:crosscheck-warm-up';
import gates from 'virtual:crosscheck-gates';
import { bundledEngine, usePreparedIndex, warmUpEngine } from '@/lib/check';
import { usePrebuiltFactBase } from '@/lib/factbase/bundled';
import { analysePage, isEngineWorkerRequest, type EngineWorkerAnswer } from '@/lib/messaging/split';
import { backgroundTask } from '@/lib/util/steps';
import { useGateTable } from '@/lib/util/regex-gate';

/**
 * One engine in a dedicated worker of Chrome's offscreen document (entrypoints/offscreen): it
 * annotates the run of a page's blocks it is given. Several such workers share a page, and they
 * stay warm when Chrome stops the service worker.
 */
export default defineUnlistedScript({
  include: ['chrome'],
  main,
});

function main(): void {
  usePrebuiltFactBase(prebuilt);
  usePreparedIndex(preparedIndex);
  useGateTable(gates);
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent) => void) | null;
    postMessage(message: EngineWorkerAnswer): void;
  };
  scope.onmessage = (event) => {
    const request: unknown = event.data;
    if (!isEngineWorkerRequest(request)) {
      // Answered all the same, so that nobody waits for it.
      const id = (request as { id?: unknown } | null)?.id;
      if (typeof id === 'number') scope.postMessage({ id, ok: false, error: 'malformed request' });
      return;
    }
    const start = performance.now();
    try {
      const value = analysePage(
        bundledEngine(),
        request.page,
        request.assumeRelevant,
        request.range,
      );
      scope.postMessage({ id: request.id, ok: true, value, ms: performance.now() - start });
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, error: String(error) });
    }
  };
  // The same warm-up as the service worker's (entrypoints/background.ts), in lowest-priority tasks.
  void (async () => {
    await backgroundTask();
    const start = performance.now();
    const busy = await warmUpEngine(bundledEngine(), warmUpProse, backgroundTask);
    performance.measure('crosscheck:warm-up', { start, end: performance.now(), detail: { busy } });
    scope.postMessage({ id: 0, ok: true, warm: true });
  })();
}
