import { lineOf, meta, qs, qsa } from './dom-text';
import { norm, short } from './text';

/** Words that name a job site or a careers section rather than an employer. */
const SITE_WORDS = /\b(jobs?|careers?|recruit\w*|hiring|vacanc\w*|talent|employment|stellen\w*|emplois?)\b/i;
const SEPARATORS = /\s+[|–—-]\s+/;

const letters = (s: string) => norm(s).replace(/\s+/g, '');

/** og:site_name, when the site is the employer's own: its name is in the host, and it is no job site. */
function ownSiteName(doc: Document, host: string): string | null {
  const name = meta(doc, 'og:site_name');
  if (!name || SITE_WORDS.test(name)) return null;
  const h = host.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const n = letters(name);
  return n.length >= 3 && h.split('.').some((label) => label.length >= 3 && (n.includes(label) || label.includes(n))) ? name : null;
}

/**
 * The company in the tab title: "Title | Company | Site", "Title - Company - Site",
 * "Company hiring Title in Place | Site", "Title job with Company | ...", "Title at Company".
 * A part that is the location or the site itself is not the company.
 */
export function companyFromTitle(tab: string, title: string | null, location: string | null, host: string): string | null {
  const parts = tab.split(SEPARATORS).map((p) => p.trim());
  const first = parts[0] ?? '';
  const hiring = /^(.+?)\s+(?:is\s+)?hiring\s+/i.exec(first)?.[1];
  if (hiring) return short(hiring, 120);
  const withCo = /\b(?:job|role|vacancy)\s+with\s+(.+)$/i.exec(first)?.[1] ?? /\s(?:at|@)\s+(.+)$/.exec(first)?.[1];
  // When the heading itself reads "Title at Company", the company is glued to the title.
  if (withCo && (!title || !norm(title).includes(norm(withCo)) || norm(title) === norm(first))) return short(withCo, 120);
  if (parts.length < 3 || !title || !norm(first).startsWith(norm(title))) return null;
  const cand = parts[1]!;
  const site = host.toLowerCase().split('.').filter((l) => l.length > 3);
  if (location && (norm(cand) === norm(location) || norm(location).startsWith(norm(cand)) || norm(cand).startsWith(norm(location)))) return null;
  if (site.some((l) => letters(cand).includes(l)) || /\d{3,}/.test(cand)) return null;
  return short(cand, 120);
}

/** A short line after the heading that names the employer: a link to its page, or "at/by Company". */
function byline(doc: Document, heading: Element | null): string | null {
  if (!heading) return null;
  let el: Element | null = heading;
  for (let i = 0; i < 4 && el; i++) {
    el = el.nextElementSibling ?? (i === 0 ? heading.parentElement?.nextElementSibling ?? null : null);
    if (!el || (el.textContent ?? '').length > 200) continue;
    const link = qs(el, 'a[href*="compan"],a[href*="employer"],a[href*="/cmp/"],a[href*="/organisation"]');
    if (link) return lineOf(link);
    const said = /^(?:at|by|posted by|company|employer|organisation|organization)\s*:?\s+(.{2,80})$/i.exec(lineOf(el) ?? '')?.[1];
    if (said) return short(said.replace(/^(?:at|by)\s+/i, ''), 120);
  }
  return null;
}

/**
 * The employer when the board's adapter and the page's JobPosting data did not name it: microdata,
 * the employer's own site name, the tab title's pattern, then a byline under the heading.
 */
export function companyFromPage(doc: Document, title: string | null, location: string | null, url: string | null, onBoard: boolean): string | null {
  const org = qs(doc, '[itemprop~="hiringOrganization"]');
  const micro = org && (qs(org, '[itemprop~="name"]')?.getAttribute('content') ?? lineOf(qs(org, '[itemprop~="name"]')));
  if (micro) return short(micro, 120);
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    /* no host: only the page's own signs count */
  }
  const own = onBoard ? null : ownSiteName(doc, host);
  if (own) return own;
  const fromTab = companyFromTitle(short(doc.title, 400) ?? '', title, location, host);
  if (fromTab) return fromTab;
  const heading = qsa(doc, 'h1,[role="heading"][aria-level="1"]').find((h) => title && norm(h.textContent) === norm(title)) ?? null;
  return byline(doc, heading);
}

/** The title without the company glued to its end ("PMO Lead at Acme", "PMO Lead - Acme"). */
export function unglue(title: string, company: string | null): string {
  if (!company) return title;
  const c = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = title.replace(new RegExp(`\\s*(?:\\s(?:at|@)\\s|[|–—,·-])\\s*${c}\\s*$`, 'i'), '').trim();
  return bare || title;
}
