import type { Posting } from '../posting';
import type { Found } from './found';
import { boardFor } from './boards/index';
import { fromJsonLd } from './jsonld';
import { fromMicrodata } from './microdata';
import { fromGeneric, pageTitle } from './generic';
import { domText, qs } from './dom-text';
import { joinLines, norm } from './text';

export type { Found } from './found';
export { BOARDS, boardFor } from './boards/index';

export interface ExtractOptions {
  /** The page address; defaults to the document's location, then its canonical or og:url link. */
  url?: string;
  /** Cap on the advert text; longer adverts are cut and marked truncated. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 100_000;

const attempt = <T>(f: () => T): T | null => {
  try {
    return f();
  } catch {
    return null;
  }
};

const here = (doc: Document) => attempt(() => doc.location?.href) || null;

const FIELDS = ['title', 'company', 'location', 'url', 'jobId', 'datePosted', 'closingDate', 'salary', 'employmentType'] as const;

/** Fills the gaps of `base` from the other readings, in order. */
function fill(base: Found, ...more: (Found | null | undefined)[]): Found {
  for (const m of more) if (m) for (const k of FIELDS) base[k] ||= m[k];
  return base;
}

function run(doc: Document, o: ExtractOptions): Posting | null {
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
  } else if ((f = attempt(() => fromMicrodata(doc, max)))?.text) {
    fill(f, ld, b);
    source = 'microdata';
  } else if ((f = attempt(() => fromGeneric(doc, max)))?.text) {
    // A page whose structured data lies about the description still gives its title and company.
    f = fill({ ...f, title: b?.title || ld?.title || f.title }, b, ld);
    source = 'generic';
  }
  if (!f?.text) return null;
  f.title ||= heading;
  const text = f.text.slice(0, max);
  const p = { url: f.url ?? link ?? url, source, text } as Posting;
  for (const k of FIELDS) p[k] ??= f[k] ?? null;
  if (f.truncated || text.length < f.text.length) p.truncated = true;
  return p;
}

/**
 * The job advert on a page: a board adapter chosen by URL, else schema.org JobPosting JSON-LD, else
 * microdata, else the largest block of advert-like text. Null when the page holds no advert.
 * Never throws: a hostile or broken page gives null or what could be read.
 */
export const extract = (doc: Document, options: ExtractOptions = {}): Posting | null => attempt(() => run(doc, options ?? {}));

/** The user's selection on the page as an advert (bullets kept), or null when too little is selected. */
export const selectionPosting = (doc: Document, maxChars = DEFAULT_MAX_CHARS): Posting | null =>
  attempt(() => {
    const sel = doc.getSelection?.() ?? doc.defaultView?.getSelection?.();
    if (!sel || sel.isCollapsed) return null;
    let r = domText(sel.rangeCount ? sel.getRangeAt(0).cloneContents() : null, maxChars);
    if (r.text.length < 20) r = joinLines(sel.toString().split(/\r?\n/), maxChars);
    if (r.text.replace(/\s/g, '').length < 20) return null;
    const first = r.text.split('\n', 1)[0]!.replace(/^• /, '');
    return {
      title: first.length <= 120 ? first : null,
      company: null,
      location: null,
      url: here(doc),
      source: 'selection',
      text: r.text,
      ...(r.truncated ? { truncated: true } : {}),
    };
  });
