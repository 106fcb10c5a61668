import { parseHTML } from 'linkedom';
import type { Posting } from '../posting';
import { boundDepth } from './depth';
import { extract, type ExtractOptions } from './index';

/**
 * Node only (CLI, tests): a saved page as a Document. Kept apart from the other extract files so the
 * readers shipped in the extension never bundle a DOM implementation. Nesting is bounded first, as browsers bound it.
 */
export function parseHtml(html: string, url?: string): Document {
  const { document } = parseHTML(boundDepth(html).html);
  if (url) {
    try {
      Object.defineProperty(document, 'location', { value: { href: url }, configurable: true });
    } catch {
      /* the url is still passed explicitly by extractFromHtml */
    }
  }
  return document as unknown as Document;
}

export function extractFromHtml(html: string, url?: string, options: Omit<ExtractOptions, 'url'> = {}): Posting | null {
  try {
    return extract(parseHtml(html, url), { ...options, url });
  } catch {
    return null;
  }
}
