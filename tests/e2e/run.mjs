#!/usr/bin/env node
// Builds both browsers' packages when missing, then runs the browser tests one file at a time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, CHROME_BUILD, FIREFOX_BUILD, CHROMIUM_PATH, FIREFOX_PATH } from './support.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || !existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}
const missing = [
  [CHROMIUM_PATH, 'Chromium', 'CHROMIUM_PATH'],
  [FIREFOX_PATH, 'Firefox', 'FIREFOX_PATH'],
].filter(([path]) => !existsSync(path));
for (const [path, name, env] of missing) {
  console.error(`${name} not found at ${path}: apt-get install chromium firefox-esr, or set ${env}.`);
}
if (missing.length) process.exit(1);
const only = process.env.PMO_E2E_BROWSER; // 'chromium' or 'firefox' to run one of them
const files = ['tests/e2e/build.e2e.mjs', ...['chromium', 'firefox'].filter((b) => !only || only === b).map((b) => `tests/e2e/${b}.e2e.mjs`)];
if (!only || only === 'chromium') files.push('tests/e2e/chromium-storage.e2e.mjs', 'tests/e2e/chromium-watchlist-scale.e2e.mjs');
process.exit(run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...process.argv.slice(2), ...files]));
