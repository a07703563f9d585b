/** The fact base built at extension build time (see wxt.config.ts, `prebuiltFactBase`). */
declare module 'virtual:crosscheck-factbase' {
  import type { FactBase } from './types';
  const base: FactBase;
  export default base;
}

/** The fact index's per-fact data for that base (see wxt.config.ts, `prebuiltData`). */
declare module 'virtual:crosscheck-index' {
  import type { PreparedFact } from '../match/fact-index';
  const prepared: PreparedFact[];
  export default prepared;
}

/** Varied news sentences the service worker reads as its warm-up (see wxt.config.ts). */
declare module 'virtual:crosscheck-warm-up' {
  const sentences: string[];
  export default sentences;
}

/** The engine's pattern gates, read at build time (see lib/util/regex-gate.ts, `gateTable`). */
declare module 'virtual:crosscheck-gates' {
  import type { GateTable } from '../util/regex-gate';
  const gates: GateTable;
  export default gates;
}
