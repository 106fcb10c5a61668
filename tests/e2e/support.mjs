import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outputDir = join(root, 'test-output');
mkdirSync(outputDir, { recursive: true });

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROME_BUILD = join(root, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(root, '.output/firefox-mv2');
export const GECKO_ID = 'pmo-pathfinder@pmo-pathfinder.app';

/** The four fixture adverts, one per level, served under Reed's host name. */
export const LEVEL_PAGES = [
  { page: 'pmo-administrator-4101', level: 'administrator', name: 'PMO Administrator', title: 'Project Support Officer', certs: [/PRINCE2/i, /Essentials for PMO Administrators/i] },
  { page: 'pmo-analyst-4102', level: 'analyst', name: 'PMO Analyst', title: 'PMO Analyst', certs: [/PRINCE2/i, /P3O/i, /PFQ|Project Fundamentals/i] },
  { page: 'pmo-manager-4103', level: 'manager', name: 'PMO Manager', title: 'PMO Manager', certs: [/P3O/i, /MSP|Managing Successful Programmes/i, /PMOCP|PMO Certified/i] },
  { page: 'head-of-pmo-4104', level: 'director', name: 'PMO Director', title: 'Head of PMO', certs: [/MoP|Management of Portfolios/i] },
];
export const BOARD_HOST = 'www.reed.co.uk';

export function requireBuild(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}: run npm run build first.`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(fn, { timeout = 10000, interval = 100, what = 'condition' } = {}) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await sleep(interval);
  }
  throw new Error(`Timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

export function report(line) {
  process.stdout.write(`# ${line}\n`);
}

/**
 * Chromium's flags for loading the built extension headless on this closed network: no
 * background connections, and the real board hosts given resolving to the local fixture server.
 */
export function chromiumExtensionArgs({ hosts = ['*.reed.co.uk'], extra = [], build = CHROME_BUILD } = {}) {
  return [
    `--disable-extensions-except=${build}`,
    `--load-extension=${build}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    '--ignore-certificate-errors',
    ...extra,
  ];
}
