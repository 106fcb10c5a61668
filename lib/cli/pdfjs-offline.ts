/**
 * pdf.js can fetch documents, fonts and WebAssembly over the network and compile PostScript
 * functions from strings. PMO Pathfinder hands it the bytes of a file the reader opened and
 * nothing else, so those paths are never needed: this build step replaces them with stubs
 * that refuse, and gives pdf.js's own methods named `fetch` (reading objects inside the PDF)
 * another name, so the shipped bundle holds no network call and no code from strings.
 */
const STUBS = [
  'const __pdfjsNoFetch = () => Promise.reject(new Error("PDF files are read without the network"));',
  'class __PdfjsNoXhr { constructor() { throw new Error("PDF files are read without the network"); } }',
  'const __pdfjsNoEval = () => { throw new Error("no code is built from strings"); };',
].join('\n');

export const PDFJS_MODULE = /[\\/]node_modules[\\/]pdfjs-dist[\\/]/;

export function pdfjsOffline(code: string): string {
  const out = code
    // Method definitions at the start of a line, then calls on an object: pdf.js's own lookups.
    .replace(/^(\s*(?:async\s+)?)fetch(\s*\()/gm, '$1pdfjsLookup$2')
    .replace(/\.fetch(\s*\()/g, '.pdfjsLookup$1')
    // What is left is the browser's fetch.
    .replace(/(^|[^.\w$])fetch(\s*\()/g, '$1__pdfjsNoFetch$2')
    .replace(/\bXMLHttpRequest\b/g, '__PdfjsNoXhr')
    .replace(/new\s+Function\s*\(/g, '__pdfjsNoEval(')
    // The source map describes the code before the change.
    .replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  return `${STUBS}\n${out}`;
}

/** The Vite plugin: applied to pdf.js's modules only. */
export function pdfjsOfflinePlugin() {
  return {
    name: 'pdfjs-offline',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return PDFJS_MODULE.test(id) && /\.m?js(?:\?|$)/.test(id) ? { code: pdfjsOffline(code), map: null } : null;
    },
  };
}
