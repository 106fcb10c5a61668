import type { Posting } from '../posting';
import type { Found } from './found';
import { boardFor } from './boards/index';
import { fromJsonLd } from './jsonld';
import { pageTitle, qs } from './dom-text';
import { norm } from './text';

export interface ExtractOptions {
  /** The page address; defaults to the document's location, then its canonical or og:url link. */
  url?: string;
  /** Cap on the advert text; longer adverts are cut and marked truncated. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 100_000;

export const attempt = <T>(f: () => T): T | null => {
  try {
    return f();
  } catch {
    return null;
  }
};

export const here = (doc: Document) => attempt(() => doc.location?.href) || null;

const FIELDS = ['title', 'company', 'location', 'url', 'jobId', 'datePosted', 'closingDate', 'salary', 'employmentType'] as const;

/** Fills the gaps of `base` from the other readings, in order. */
function fill(base: Found, ...more: (Found | null | undefined)[]): Found {
  for (const m of more) if (m) for (const k of FIELDS) base[k] ||= m[k];
  return base;
}

/** A further reader tried in order when neither a board adapter nor JSON-LD gave the advert's text. */
export type Reader = readonly [source: string, read: (doc: Document, max: number) => Found | null];

/**
 * The advert read by the page's board adapter, completed or replaced by JSON-LD, else by the first
 * fallback reader that finds text. Throws on hostile pages: callers wrap it.
 */
export function readPage(doc: Document, o: ExtractOptions, fallbacks: readonly Reader[]): Posting | null {
  const max = Math.max(1, o.maxChars ?? DEFAULT_MAX_CHARS);
  const raw = qs(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? qs(doc, 'meta[property="og:url"]')?.getAttribute('content');
  const link = raw ? attempt(() => new URL(raw, here(doc) ?? undefined).href) : null;
  const url = o.url || here(doc) || link;
  const board = boardFor(url);
  const b = board && url ? attempt(() => board.extract(doc, url, max)) : null;
  const heading = b?.title ?? attempt(() => pageTitle(doc));
  const found = attempt(() => fromJsonLd(doc, url, heading, max));
  // JSON-LD describes the page as it was loaded; a split view may show another job since, so it only
  // adds to the board's reading when it names the same job.
  const ld = found && (!b?.title || !found.title || norm(found.title) === norm(b.title)) ? found : null;

  let f: Found | null = null;
  let source = board?.id ?? '';
  if ((b?.text?.length ?? 0) >= 40) f = fill({ ...b }, ld);
  else if (ld?.text) {
    f = fill({ ...ld }, b);
    if (!b?.title) source = 'jsonld';
  } else
    for (const [id, read] of fallbacks)
      if ((f = attempt(() => read(doc, max)))?.text) {
        // A page whose structured data lies about the description still gives its title and company.
        f = fill({ ...f }, b, ld);
        source = id;
        break;
      }
  if (!f?.text) return null;
  f.title ||= heading;
  const text = f.text.slice(0, max);
  const p = { url: f.url ?? link ?? url, source, text } as Posting;
  for (const k of FIELDS) p[k] ??= f[k] ?? null;
  if (f.truncated || text.length < f.text.length) p.truncated = true;
  return p;
}

