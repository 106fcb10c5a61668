/** Which advert a save is: the id that makes saving the same job twice an update. */

/** Query parameters that identify a click, not a job; two links differing only in these are one advert. */
const TRACKING_PARAMS = new Set([
  'gclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'dclid', 'yclid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'ref', 'refid', 'referer', 'referrer', 'trk', 'trkinfo', 'trackingid', 'tracking_id', 'src', 'sourceid',
  'campaign', 'cmp', 'from', 'ebp', 'lipi', 'originalsubdomain', 'sid', 'sessionid', 'position', 'pagenum',
  'currentjobid', 'utm',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('mtm_') || TRACKING_PARAMS.has(n);
}

/** The same advert reached through different links gets one URL: no tracking, no fragment, sorted query. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const kept = [...url.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  // http and https lead to the same advert; one scheme keeps one id.
  return `https://${host}${port}${path}${query}`;
}

/** FNV-1a, 64 bits as two 32-bit halves: stable across runs and browsers, no crypto API needed. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Readers that are not a board: their job ids come from the page, so the site qualifies them. */
const GENERIC_SOURCES = new Set(['jsonld', 'microdata', 'generic', 'selection', 'text']);

export interface IdParts {
  source: string;
  jobId?: string | null;
  url?: string | null;
  title?: string | null;
  company?: string | null;
  text?: string | null;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The key that makes "save twice" an update: board and job id, else the canonical URL, else
 * a hash of what the advert says.
 */
export function canonicalId(p: IdParts): string {
  const jobId = p.jobId?.trim();
  const url = p.url ? canonicalUrl(p.url) : null;
  if (jobId) {
    if (GENERIC_SOURCES.has(p.source) && url) return `${new URL(url).hostname}:${jobId}`;
    return `${p.source}:${jobId}`;
  }
  if (url) return url;
  return `text:${hash64(`${squash(p.title)}\n${squash(p.company)}\n${squash(p.text)}`)}`;
}
