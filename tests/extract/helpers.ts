import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHtml } from '../../lib/extract/html';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../lib/extract/boards/fixtures/${name}`, import.meta.url)), 'utf8');

export function happyDoc(html: string, url = 'https://example.test/'): Document {
  const win = new Window({ url });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The extractor runs on linkedom in the CLI and on a browser DOM in the extension: test both. */
export const PARSERS: [string, (html: string, url?: string) => Document][] = [
  ['linkedom', (html, url) => parseHtml(html, url)],
  ['happy-dom', (html, url) => happyDoc(html, url)],
];

export const lines = (text: string): string[] => text.split('\n');
