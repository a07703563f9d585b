/** Shared by the unit tests of stepped (time-sliced) work. */
import type { Steps } from '@/lib/util/steps';

/** Runs steps to the end, counting the pauses. */
export function drainCounting<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}
