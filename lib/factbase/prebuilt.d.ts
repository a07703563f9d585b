/** The fact base built at extension build time (see wxt.config.ts, `prebuiltFactBase`). */
declare module 'virtual:crosscheck-factbase' {
  import type { FactBase } from './types';
  const base: FactBase;
  export default base;
}
