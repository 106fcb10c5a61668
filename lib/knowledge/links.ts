/**
 * Rules for the links the popup shows. A reader follows them to book an exam or a course,
 * so a link must be secure, in the reader's language and on a site that is still kept up.
 */

/**
 * Sites their owners no longer maintain: the AXELOS-era "official site" microsites (replaced
 * by PeopleCert's pages since 2018-2021), the OGC best-practice site, and PMO Global Alliance's
 * own site, now part of PMI.
 */
export const RETIRED_HOSTS = [
  'p3o-officialsite.com',
  'msp-officialsite.com',
  'mop-officialsite.com',
  'mor-officialsite.com',
  'mov-officialsite.com',
  'prince-officialsite.com',
  'itil-officialsite.com',
  'best-management-practice.com',
  'pmoga.world',
] as const;

/**
 * A first path segment naming a language other than English ("/jp/", "/es/", "/zh-cn/"):
 * such a page is a translation or a regional shop, not the page an English advert points to.
 */
const LOCALE_SEGMENT =
  /^(?:ar|bg|cs|cz|da|de|el|es|et|fi|fr|he|hr|hu|it|ja|jp|ko|kr|lt|lv|ms|nl|no|pl|pt|ro|ru|sk|sl|sr|sv|th|tr|vi|zh)(?:[-_][a-z]{2,4})?$/i;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** Why the build refuses a link, or null when it may ship. */
export function linkProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'https:') return 'must be an https link';
  const host = hostOf(url);
  const retired = RETIRED_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (retired) return `points to ${retired}, a site that is no longer maintained`;
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (first && LOCALE_SEGMENT.test(first)) return `is a "/${first}/" language page; use the English page without the locale`;
  return null;
}

/** A site's front page ("https://www.peoplecert.org/"): it backs no particular fact. */
export function isHomePage(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  } catch {
    return false;
  }
}
