/**
 * The text of a PDF the reader opened, read by pdf.js in this page. pdf.js runs on the page's
 * own thread (its worker module is handed over rather than started from a URL), is given the
 * file's bytes only, and is built without its network and string-compiling paths
 * (lib/cli/pdfjs-offline.ts). Loaded only when a PDF is opened.
 */
export async function pdfText(data: Uint8Array): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch {
    throw new Error('This file could not be read as a PDF.');
  }
  const lines: string[] = [];
  try {
    for (let n = 1; n <= Math.min(doc.numPages, 30); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        } else if (item.str && !line.endsWith(' ')) line += ' ';
      }
      if (line.trim()) lines.push(line);
    }
  } finally {
    await doc.destroy();
  }
  return lines.join('\n');
}
