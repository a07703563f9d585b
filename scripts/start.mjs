#!/usr/bin/env node
// `npm start`: see the extension working on a news page.
//
// With a Chromium-family browser and a display: builds the demo variant of the extension (which also
// runs on 127.0.0.1), serves a seed article rendered as a news page on a free local port, and opens
// it in a fresh browser profile with the extension loaded. Serves until the browser closes or Ctrl-C.
//
// Without a browser or without a display: says which is missing, builds the normal extension and
// prints how to load it by hand. Exits 0 either way.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_NAMES, findBrowser } from './find-browser.mjs';
import { paragraphsFromText, renderNewsPage } from './render-news-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME_BUILD = path.join(ROOT, '.output', 'chrome-mv3');
const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv3');
/** Where `CROSSCHECK_DEMO=1 wxt build` writes (see `outDir` in wxt.config.ts). */
const DEMO_BUILD = path.join(ROOT, '.output', 'demo', 'chrome-mv3');

const SEED = path.join(ROOT, 'seeds', '001_e6ca441133ff4184.txt');
const DEMO_ARTICLE = {
  title: 'US lets Ukraine strike deep inside Russia after North Korean troops join the war',
  outlet: 'The Daily Ledger',
  author: 'Daily Ledger staff',
  path: '/world/europe/2024/11/22/us-ukraine-long-range-strikes-russia/',
};

function log(message = '') {
  console.log(message);
}

/** Runs the project's own `wxt` CLI (no shell, no npx) and fails loudly if it fails. */
async function wxtBuild(extraEnv = {}) {
  const wxtBin = fileURLToPath(new URL('../bin/wxt.mjs', import.meta.resolve('wxt')));
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wxtBin, 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...extraEnv },
    });
    child.on('error', reject);
    child.on('exit', (c, signal) => resolve(c ?? signal));
  });
  if (code !== 0) throw new Error(`wxt build failed (${code})`);
}

/** A browser window can open: X11 or Wayland on Linux/BSD; macOS and Windows always have one. */
function displayStatus() {
  if (process.platform === 'darwin' || process.platform === 'win32') return { ok: true };
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { ok: true };
  return { ok: false, why: 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
}

function browserStatus() {
  const found = findBrowser();
  if (found) return { ok: true, path: found.path };
  const why = process.env.CHROME_PATH
    ? `no browser: CHROME_PATH=${process.env.CHROME_PATH} is not an executable file`
    : `no browser: CHROME_PATH is not set and none of ${BROWSER_NAMES.join(', ')} is on PATH`;
  return { ok: false, why };
}

function printManualInstructions() {
  log(`
Load the extension by hand:

  Chrome / Chromium / Edge
    1. Open chrome://extensions and switch on "Developer mode" (top right).
    2. Click "Load unpacked" and choose:
         ${CHROME_BUILD}
    3. Open an article on a supported news site (list: lib/sites/news-sites.json).

  Firefox (140 or later)
    1. Run: npm run build:firefox
    2. Open about:debugging, then "This Firefox", then "Load Temporary Add-on…", and choose:
         ${path.join(FIREFOX_BUILD, 'manifest.json')}

To run the demo instead, install Chromium or Chrome (or set CHROME_PATH) and run npm start from a
desktop session.`);
}

/** Serves the demo article on 127.0.0.1 at a free port; resolves to the server and article URL. */
async function serveDemoArticle() {
  const text = await readFile(SEED, 'utf8');
  const dated = /^(\d{2})-(\d{2})-(\d{4})\b/.exec(text);
  const published = dated ? `${dated[3]}-${dated[2]}-${dated[1]}` : new Date().toISOString();

  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}${DEMO_ARTICLE.path}`;
  const html = renderNewsPage({
    ...DEMO_ARTICLE,
    paragraphs: paragraphsFromText(text),
    published,
    url,
  });

  server.on('request', (req, res) => {
    const pathname = new URL(req.url ?? '/', url).pathname;
    if (pathname === DEMO_ARTICLE.path) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(html);
    } else if (pathname === '/') {
      res.writeHead(302, { location: DEMO_ARTICLE.path });
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found (this demo server only has one article)\n');
    }
  });
  return { server, url };
}

function browserArgs(userDataDir, url) {
  const args = [
    `--user-data-dir=${userDataDir}`,
    `--load-extension=${DEMO_BUILD}`,
    `--disable-extensions-except=${DEMO_BUILD}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is off; Chromium has it off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root with its sandbox on (typical in containers).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(url);
  return args;
}

async function runDemo(browserPath) {
  log('Building the demo extension (also runs on 127.0.0.1)…');
  await wxtBuild({ CROSSCHECK_DEMO: '1' });

  const { server, url } = await serveDemoArticle();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'crosscheck-demo-'));
  const browser = spawn(browserPath, browserArgs(userDataDir, url), { stdio: 'ignore' });

  log(`
Serving the demo article at ${url}
Opened it in ${browserPath}
  with the extension from ${DEMO_BUILD}
  and a throw-away profile in ${userDataDir}

The checking engine is not wired in yet: the extension runs on the page and records a
"crosscheck:total" User Timing measure (DevTools → Performance, or in the console:
performance.getEntriesByName('crosscheck:total')).

Close the browser window or press Ctrl-C to stop.`);

  const browserExited = new Promise((resolve) => browser.once('exit', resolve));
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (browser.pid !== undefined && browser.exitCode === null && browser.signalCode === null) {
      browser.kill();
      // Let it finish writing its profile before the profile is deleted.
      await Promise.race([browserExited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
    process.exit(code);
  };

  browser.on('error', (error) => {
    console.error(`Could not start ${browserPath}: ${error.message}`);
    void stop(1);
  });
  browser.on('exit', (code, signal) => {
    if (stopping) return;
    log(`\nBrowser closed${code ? ` (exit code ${code})` : signal ? ` (${signal})` : ''}.`);
    void stop(code ? 1 : 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      log('\nStopping.');
      void stop(0);
    });
  }
}

async function main() {
  const browser = browserStatus();
  const display = displayStatus();
  if (browser.ok && display.ok) {
    await runDemo(browser.path);
    return;
  }

  log('Cannot open the demo in a browser here:');
  for (const status of [browser, display]) if (!status.ok) log(`  - ${status.why}`);
  log('Not starting the demo server, since no browser could open it.\n');
  log('Building the extension…');
  await wxtBuild();
  printManualInstructions();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
