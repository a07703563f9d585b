// Finds a Chromium-family browser to load the extension into. Shared by `npm start` and the
// end-to-end tests; `.ci/run` does the same lookup in bash before it decides to install chromium.

import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Executable names tried on PATH, in order. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/** Usual install locations on macOS and Windows, where browsers are rarely on PATH. */
const WELL_KNOWN = {
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Like `which`: the first executable called `name` on PATH.
 * @param {string} name
 * @returns {string | undefined}
 */
export function findOnPath(name) {
  const exts =
    process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE').split(';')] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      if (isExecutableFile(file)) return file;
    }
  }
  return undefined;
}

/**
 * `CHROME_PATH` if set (it must exist), else the first of {@link BROWSER_NAMES} on PATH, else a
 * well-known install location on macOS/Windows.
 * @returns {{ path: string, source: string } | undefined}
 */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    return isExecutableFile(fromEnv) ? { path: fromEnv, source: 'CHROME_PATH' } : undefined;
  }
  for (const name of BROWSER_NAMES) {
    const found = findOnPath(name);
    if (found) return { path: found, source: 'PATH' };
  }
  for (const file of WELL_KNOWN[/** @type {'darwin' | 'win32'} */ (process.platform)] ?? []) {
    if (isExecutableFile(file)) return { path: file, source: 'default location' };
  }
  return undefined;
}
