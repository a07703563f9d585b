import { defineConfig } from 'wxt';

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
    permissions: ['storage'],
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
    },
  },
});
