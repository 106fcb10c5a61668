import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfjsOffline } from './pdfjs-offline';
import { minimalPdf } from '../profile/minimal-pdf';

const PDFJS = resolve(__dirname, '../../node_modules/pdfjs-dist');
/** The patterns the build check refuses in any shipped script (tests/e2e/build.e2e.mjs). */
const FORBIDDEN = [/\beval\s*\(/, /new\s+Function\s*\(/, /\bfetch\s*\(/, /XMLHttpRequest/, /new\s+WebSocket\b/, /sendBeacon/];

const dir = mkdtempSync(join(tmpdir(), 'pdfjs-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pdf.js without network or code from strings', () => {
  it('leaves none of the refused patterns in the modules the extension ships', () => {
    for (const f of ['pdf.mjs', 'pdf.worker.mjs']) {
      const raw = readFileSync(join(PDFJS, 'build', f), 'utf8');
      expect(FORBIDDEN.some((p) => p.test(raw))).toBe(true);
      const code = pdfjsOffline(raw);
      for (const p of FORBIDDEN) expect(p.test(code), `${p} in ${f}`).toBe(false);
    }
  });

  it('still reads the text of a PDF after the change, on the main thread', () => {
    // Node runs the legacy build (the same change applies), natively in a child process.
    for (const f of ['pdf.mjs', 'pdf.worker.mjs']) writeFileSync(join(dir, f), pdfjsOffline(readFileSync(join(PDFJS, 'legacy/build', f), 'utf8')));
    writeFileSync(join(dir, 'cv.pdf'), minimalPdf(['Alex Example', 'PRINCE2 Practitioner (2019)']));
    const script = `
      import { readFileSync } from 'node:fs';
      globalThis.DOMMatrix ??= class { multiplySelf() { return this; } };
      globalThis.pdfjsWorker = await import(${JSON.stringify(pathToFileURL(join(dir, 'pdf.worker.mjs')).href)});
      const pdfjs = await import(${JSON.stringify(pathToFileURL(join(dir, 'pdf.mjs')).href)});
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(${JSON.stringify(join(dir, 'cv.pdf'))})), isEvalSupported: false, verbosity: 0 }).promise;
      const page = await doc.getPage(1);
      process.stdout.write((await page.getTextContent()).items.map((i) => i.str).join(' '));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(out).toContain('PRINCE2 Practitioner (2019)');
  }, 30_000);
});
