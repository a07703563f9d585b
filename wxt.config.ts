import { defineConfig, type WxtViteConfig } from 'wxt';
import { bundledFactBase } from './lib/factbase/bundled';
import { prepareFacts } from './lib/match/fact-index';
import { NEWS_SITE_MATCHES } from './lib/sites';
import { warmUpCorpus } from './scripts/lib/warm-up-corpus';
import { bundledEngine } from './lib/check';
import { gateTable } from './lib/util/regex-gate';

/**
 * Data computed at build time, so the extension starts from data instead of rebuilding it:
 * - `virtual:crosscheck-factbase`: the fact base (values extracted, statuses computed);
 * - `virtual:crosscheck-index`: the fact index's per-fact data for that base (tokens, terms,
 *   actors), which the service worker would otherwise compute each time it starts (it is stopped
 *   after 30 s idle, so a reader's next page often finds it cold);
 * - `virtual:crosscheck-warm-up`: varied news prose the service worker reads after the sources'
 *   quotes when it starts, so that its code is compiled for real articles before one comes
 *   (scripts/lib/warm-up-corpus.ts);
 * - `virtual:crosscheck-gates`: the literals gating each of the engine's patterns
 *   (lib/util/regex-gate.ts), read once the engine has run, so that patterns made on first use
 *   are listed too.
 */
function prebuiltData(): NonNullable<WxtViteConfig['plugins']>[number] {
  const modules: Record<string, () => unknown> = {
    'virtual:crosscheck-factbase': () => bundledFactBase(),
    'virtual:crosscheck-index': () => prepareFacts(bundledFactBase().facts),
    'virtual:crosscheck-warm-up': () => warmUpCorpus(),
    'virtual:crosscheck-gates': () => {
      bundledEngine().annotate('Biden did not let Ukraine fire ATACMS into Russia.', '2024-11-18');
      return gateTable();
    },
  };
  return {
    name: 'crosscheck-prebuilt-data',
    resolveId: (source: string) => (source in modules ? `\0${source}` : null),
    load: (resolved: string) => {
      const make = resolved.startsWith('\0') ? modules[resolved.slice(1)] : undefined;
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      return make ? `export default JSON.parse(${JSON.stringify(JSON.stringify(make()))});` : null;
    },
  };
}

/**
 * `CROSSCHECK_DEMO=1` is set only by `npm start` (scripts/start.mjs). It lets the content script also run
 * on the local demo server and builds into `.output/demo/` so that the store build in
 * `.output/chrome-mv3` never matches localhost.
 */
const DEMO = process.env.CROSSCHECK_DEMO === '1';

/** Extra content-script matches for the local demo page; port-less patterns match every port. */
const DEMO_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [prebuiltData()],
    // CROSSCHECK_PROFILE=1: readable function names in CPU profiles of the built extension.
    build: process.env.CROSSCHECK_PROFILE === '1' ? { minify: false } : {},
  }),
  // MV3 everywhere: WXT would otherwise build MV2 for Firefox.
  manifestVersion: 3,
  outDir: DEMO ? '.output/demo' : '.output',
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'Marks sentences in news articles on US and allied Ukraine-war policy that agree with, ' +
      'contradict or touch disputed facts in a cited fact base.',
    // Content-script `matches` (lib/sites/news-sites.json) are all the site access we need;
    // no `<all_urls>` host permission.
    // activeTab + scripting: "Check this page" on any site, only when the reader asks.
    // contextMenus: where the reader asks. Other sites are requested one by one, at that moment
    // ("Always check this site"), from the optional host permissions.
    // offscreen (Chrome): the document whose workers hold the engines (entrypoints/offscreen).
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The sites the content script runs on, so the background may inject the card's UI script
    // there when it is first needed (no wider than the content script's own matches).
    host_permissions: [...NEWS_SITE_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-annotation': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next checked sentence and open its sources',
      },
      'previous-annotation': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous checked sentence and open its sources',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'crosscheck@crosscheck.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learned data_collection_permissions in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!DEMO) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...DEMO_MATCHES];
    },
  },
});
