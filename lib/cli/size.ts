/**
 * `npm run size`: what the built extension weighs where it matters: the content script that
 * runs on every board page (budget 10 KB minified) and the JavaScript the popup loads.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_SCRIPT_BUDGET = 10 * 1024;
const dirs = ['.output/chrome-mv3', '.output/firefox-mv2'];

function scriptsOf(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
const summary: Record<string, number> = {};

for (const dir of dirs) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`${dir}: not built (npm run build)`);
    failed = true;
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const contentBytes = (manifest.content_scripts ?? [])
    .flatMap((script) => script.js ?? [])
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  const pageJs = (page: string) =>
    scriptsOf(join(dir, page)).reduce((sum, ref) => sum + gzipSync(readFileSync(join(dir, ref.replace(/^\//, '')))).length, 0);
  const popupGz = pageJs('popup.html');
  const optionsGz = pageJs('options.html');
  console.log(`${dir}: content script ${kb(contentBytes)} minified (budget ${kb(CONTENT_SCRIPT_BUDGET)}), popup JS ${kb(popupGz)} gzipped, watchlist page JS ${kb(optionsGz)} gzipped`);
  if (dir.includes('chrome')) Object.assign(summary, { contentScriptBytes: contentBytes, popupJsGzipBytes: popupGz, watchlistJsGzipBytes: optionsGz });
  if (contentBytes > CONTENT_SCRIPT_BUDGET) {
    console.error(`${dir}: the content script is over its budget`);
    failed = true;
  }
}
console.log(JSON.stringify(summary));
process.exit(failed ? 1 : 0);
