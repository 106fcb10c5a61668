import type { Posting } from '../posting';
import type { Found } from './found';
import { MIN_TEXT } from './found';
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

function linkUrl(doc: Document): string | null {
  const raw =
    qs(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? qs(doc, 'meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  return attempt(() => new URL(raw, attempt(() => doc.location?.href) || undefined).href) ?? null;
}

const FIELDS = ['title', 'company', 'location', 'url', 'jobId', 'datePosted', 'closingDate', 'salary', 'employmentType'] as const;

/** Fills the gaps of `base` from `extra`. */
function fill(base: Found, extra: Found | null): Found {
  if (extra) for (const k of FIELDS) if (!base[k] && extra[k]) base[k] = extra[k];
  return base;
}

function run(doc: Document, o: ExtractOptions): Posting | null {
  const max = Math.max(1, o.maxChars ?? DEFAULT_MAX_CHARS);
  const link = linkUrl(doc);
  const url = o.url || attempt(() => doc.location?.href) || link || null;
  const board = boardFor(url);
  const fromBoard = board && url ? attempt(() => board.extract(doc, url, max)) : null;
  const heading = fromBoard?.title ?? attempt(() => pageTitle(doc));
  const ld = attempt(() => fromJsonLd(doc, url, heading, max));
  // JSON-LD describes the page as loaded; a split view may since show another job, so it only adds
  // to a board's reading when it names the same job.
  const ldSame = ld && (!fromBoard?.title || !ld.title || norm(ld.title) === norm(fromBoard.title)) ? ld : null;

  let found: Found | null = null;
  let source = '';
  if (fromBoard && (fromBoard.text?.length ?? 0) >= MIN_TEXT) {
    found = fill({ ...fromBoard }, ldSame);
    source = board!.id;
  } else if (ldSame?.text) {
    found = fill({ ...ldSame }, fromBoard);
    source = fromBoard?.title ? board!.id : 'jsonld';
  } else {
    const md = attempt(() => fromMicrodata(doc, max));
    if (md?.text) {
      found = fill(md, ldSame);
      source = 'microdata';
    } else {
      const g = attempt(() => fromGeneric(doc, max));
      if (g?.text) {
        // A page whose structured data lies about the description still has its title and company.
        found = fill(fill({ ...g, title: fromBoard?.title ?? ldSame?.title ?? g.title }, fromBoard), ldSame);
        source = 'generic';
      }
    }
  }
  if (!found?.text) return null;
  const capped = found.text.length > max;
  return {
    title: found.title ?? null,
    company: found.company ?? null,
    location: found.location ?? null,
    url: found.url ?? link ?? url,
    source,
    text: capped ? found.text.slice(0, max) : found.text,
    jobId: found.jobId ?? null,
    datePosted: found.datePosted ?? null,
    closingDate: found.closingDate ?? null,
    salary: found.salary ?? null,
    employmentType: found.employmentType ?? null,
    ...(found.truncated || capped ? { truncated: true } : {}),
  };
}

/**
 * The job advert on a page: a board adapter chosen by URL, else schema.org JobPosting JSON-LD, else
 * microdata, else the largest block of advert-like text. Null when the page holds no advert.
 * Never throws: a hostile or broken page gives null or what could be read.
 */
export function extract(doc: Document, options: ExtractOptions = {}): Posting | null {
  return attempt(() => run(doc, options));
}

/** The user's selection on the page as an advert (bullets kept), or null when too little is selected. */
export function selectionPosting(doc: Document, maxChars = DEFAULT_MAX_CHARS): Posting | null {
  return attempt(() => {
    const sel = doc.getSelection?.() ?? doc.defaultView?.getSelection?.() ?? null;
    if (!sel || sel.isCollapsed) return null;
    let t = '';
    let truncated = false;
    if (sel.rangeCount) {
      const r = domText(sel.getRangeAt(0).cloneContents(), maxChars);
      t = r.text;
      truncated = r.truncated;
    }
    if (t.length < 20) {
      const r = joinLines(sel.toString().split(/\r?\n/), maxChars);
      t = r.text;
      truncated = r.truncated;
    }
    if (t.replace(/\s/g, '').length < 20) return null;
    const first = t.split('\n', 1)[0]!.replace(/^• /, '');
    return {
      title: first.length <= 120 ? first : null,
      company: null,
      location: null,
      url: attempt(() => doc.location?.href) || null,
      source: 'selection',
      text: t,
      ...(truncated ? { truncated: true } : {}),
    };
  });
}
