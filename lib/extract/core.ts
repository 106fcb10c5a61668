import type { Posting } from '../posting';
import type { Found } from './found';
import { boardFor, boardOnPage } from './boards/index';
import { fromJsonLd } from './jsonld';
import { pageTitle, qs } from './dom-text';
import { norm } from './text';

/** A heading that counts results ("2,371 Search results", "214 PMO jobs in Brisbane") heads a list, not an advert. */
export const RESULTS_HEADING = /^\s*(?:[\d,.]+\+?\s(?:.*\s)?(?:jobs?|results|vacancies|roles|positions|opportunities)\b|(?:.*\s)?search results\b)/i;

export interface ExtractOptions {
  /** The page address; defaults to the document's location, then its canonical or og:url link. */
  url?: string;
  /**
   * The url was given by the user (the command line's --url): only the board's own address for the
   * job may replace it, never an address the page's data claims.
   */
  fixedUrl?: boolean;
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

/** The registrable part of a host, roughly: "uk.indeed.com" → "indeed.com", "www.reed.co.uk" → "reed.co.uk". */
function siteOf(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = parts.length > 2 && parts.at(-1)!.length === 2 && /^(co|com|org|net|gov|ac|edu|ltd|plc|nhs|govt)$/.test(parts.at(-2)!) ? 3 : 2;
  return parts.slice(-n).join('.');
}

/**
 * An address the page's own data gives (canonical link, JSON-LD url), kept only when it is http(s)
 * and on the same site as the page's address: a page must not point the saved job elsewhere.
 */
export function sameSiteUrl(claimed: unknown, page: string | null | undefined): string | null {
  if (typeof claimed !== 'string' || !claimed) return null;
  const u = attempt(() => new URL(claimed, page ?? undefined));
  if (!u || !/^https?:$/.test(u.protocol)) return null;
  if (!page) return u.href;
  const p = attempt(() => new URL(page));
  return p && /^https?:$/.test(p.protocol) && siteOf(p.hostname) === siteOf(u.hostname) ? u.href : null;
}

const FIELDS = ['title', 'company', 'location', 'url', 'jobId', 'datePosted', 'closingDate', 'salary', 'employmentType'] as const;

/** Fills the gaps of `base` from the other readings, in order. */
function fill(base: Found, ...more: (Found | null | undefined)[]): Found {
  for (const m of more)
    if (m) {
      for (const k of FIELDS) base[k] ||= m[k];
      base.agency ||= m.agency;
    }
  return base;
}

/** A further reader tried in order when neither a board adapter nor JSON-LD gave the advert's text. */
export type Reader = readonly [source: string, read: (doc: Document, max: number) => Found | null];

/**
 * The advert read by the page's board adapter, completed or replaced by JSON-LD, else by the first
 * fallback reader that finds text. Throws on hostile pages: callers wrap it.
 */
/** Fills in what the readers left out (the popup's reader names the company from the page's other signs). */
export type Complete = (doc: Document, found: Found, url: string | null, onBoard: boolean) => void;

export function readPage(doc: Document, o: ExtractOptions, fallbacks: readonly Reader[], complete?: Complete): Posting | null {
  const max = Math.max(1, o.maxChars ?? DEFAULT_MAX_CHARS);
  const raw = qs(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? qs(doc, 'meta[property="og:url"]')?.getAttribute('content');
  const page = o.url || here(doc);
  const link = sameSiteUrl(raw, page);
  const url = page || link;
  const board = boardFor(url) ?? boardOnPage(doc);
  // A board known by its markup alone reads without an address.
  let b = board ? attempt(() => board.extract(doc, url ?? 'about:blank', max)) : null;
  // The adapter fell back to the heading of a page of search results: no job is open.
  if (b?.title && RESULTS_HEADING.test(b.title)) b = null;
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
  } else if (!b && RESULTS_HEADING.test(heading ?? '')) return null;
  else
    for (const [id, read] of fallbacks)
      if ((f = attempt(() => read(doc, max)))?.text) {
        // A page whose structured data lies about the description still gives its title and company.
        f = fill({ ...f }, b, ld);
        source = id;
        break;
      }
  if (!f?.text) return null;
  f.title ||= heading;
  if (complete) attempt(() => complete(doc, f, url, !!board));
  const text = f.text.slice(0, max);
  // The adapter's address for the job is built from the page's own address; any other comes from the page's data.
  const own = b?.url ?? null;
  const claimed = f.url && f.url !== own && !o.fixedUrl ? sameSiteUrl(f.url, url) : null;
  const p = { url: own ?? claimed ?? (o.fixedUrl ? page : link) ?? url, source, text } as Posting;
  for (const k of FIELDS) p[k] ??= f[k] ?? null;
  if (f.agency) p.agency = f.agency;
  if (f.truncated || text.length < f.text.length) p.truncated = true;
  return p;
}

