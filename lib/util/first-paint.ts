/**
 * Waiting for a page's first paint. A check started while the page still paints competes with it:
 * on a 2-core machine the page's raster and compositor threads, the GPU process and the browser
 * run then, and the check's own work (and the engine's, in the service worker) was descheduled for
 * milliseconds at a time. The page's first contentful paint is a `paint` performance entry.
 */

/** What `afterFirstPaint` needs of a window (a parameter, for tests). */
export interface PaintClock {
  performance: Pick<Performance, 'getEntriesByType'>;
  PerformanceObserver?: typeof PerformanceObserver;
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * Calls `then` once the page has painted, at once if it already has, or after `timeoutMs` at most:
 * a tab opened in the background does not paint until it is shown, and a browser without `paint`
 * entries never reports one. Returns a function that cancels the wait (`then` is not called).
 */
export function afterFirstPaint(
  clock: PaintClock,
  timeoutMs: number,
  then: () => void,
): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const finish = (call: boolean) => {
    if (done) return;
    done = true;
    observer?.disconnect();
    if (call) then();
  };
  if (clock.performance.getEntriesByType('paint').length > 0) {
    finish(true);
    return () => finish(false);
  }
  const Observer = clock.PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    observer = new Observer(() => finish(true));
    observer.observe({ type: 'paint' });
  }
  clock.setTimeout(() => finish(true), timeoutMs);
  return () => finish(false);
}
