import { isHomePage } from './links';
import { BACKED_FACTS, type Certification } from './schemas';

/**
 * What needs re-checking in certifications.json: entries read too long ago, facts still
 * uncertain, links not confirmed or pointing at a site's front page, sources recorded as a
 * front page, certificates without
 * enough places to train, and announced changes whose date has passed.
 */
export interface KbReport {
  today: string;
  entries: number;
  byStatus: Record<string, number>;
  sources: number;
  finders: number;
  courses: number;
  /** Entries whose most recently read source is more than 12 months old. */
  stale: { id: string; newest: string }[];
  /** Facts to check with the provider: the entry's own list, and facts backed with confidence "uncertain". */
  uncertainFacts: { id: string; fact: string }[];
  /** Facts resting on a third-party page rather than the awarding body's own. */
  thirdPartyFacts: number;
  unconfirmedLinks: { id: string; label: string; url: string }[];
  /**
   * Official or course links to a site's front page. `deeperPage`: an official page of the
   * same site already among the entry's sources, the likely product page to link instead.
   */
  homePages: { id: string; field: string; url: string; deeperPage?: string }[];
  /** Sources recorded as a site's front page: the article a fact came from cannot be found again. */
  homePageSources: { id: string; source: string; url: string }[];
  /** Current certificates without a training finder or without two course pages (awards made on evidence aside). */
  shortOfTraining: { id: string; finders: number; courses: number }[];
  /** Announced changes whose date has come: the entry should now describe the new version. */
  changesInForce: { id: string; what: string; from: string }[];
}

/** Whole months from a "YYYY-MM" month to the month of `today`. */
function monthsSince(month: string, today: Date): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A help-centre or FAQ page speaks of the body (exam rules, renewal), not of one certificate,
 * so it is no product page to link instead of a front page.
 */
function isHelpPage(url: string): boolean {
  return new URL(url).pathname.split('/').some((seg) => /^(help|support|faqs?)(\b|[-_])/i.test(seg));
}

export function buildReport(certs: readonly Certification[], today: Date): KbReport {
  const todayIso = today.toISOString().slice(0, 10);
  const r: KbReport = {
    today: todayIso,
    entries: certs.length,
    byStatus: {},
    sources: 0,
    finders: 0,
    courses: 0,
    stale: [],
    uncertainFacts: [],
    thirdPartyFacts: 0,
    unconfirmedLinks: [],
    homePages: [],
    homePageSources: [],
    shortOfTraining: [],
    changesInForce: [],
  };
  for (const c of certs) {
    r.byStatus[c.status] = (r.byStatus[c.status] ?? 0) + 1;
    r.sources += c.sources.length;
    const newest = c.sources.map((s) => s.checked).sort().at(-1);
    if (newest && monthsSince(newest, today) > 12) r.stale.push({ id: c.id, newest });

    for (const fact of c.uncertain ?? []) r.uncertainFacts.push({ id: c.id, fact });
    for (const key of BACKED_FACTS) {
      const b = c.backing[key];
      if (b?.confidence === 'uncertain') r.uncertainFacts.push({ id: c.id, fact: `${key} (source "${b.source}")` });
      if (b?.confidence === 'third-party') r.thirdPartyFacts++;
    }

    const finders = c.courses.filter((k) => k.kind === 'finder').length;
    const courses = c.courses.length - finders;
    r.finders += finders;
    r.courses += courses;
    if (c.status === 'current' && !c.assessedOnEvidence && (finders < 1 || courses < 2)) r.shortOfTraining.push({ id: c.id, finders, courses });
    for (const k of c.courses) if (k.unconfirmed) r.unconfirmedLinks.push({ id: c.id, label: `${k.provider}: ${k.label}`, url: k.url });

    const links: [string, string][] = [['officialUrl', c.officialUrl], ...c.courses.map((k, i): [string, string] => [`courses[${i}]`, k.url])];
    for (const [field, url] of links) {
      if (!isHomePage(url)) continue;
      const deeper = c.sources.find((s) => s.kind === 'official' && host(s.url) === host(url) && !isHomePage(s.url) && !isHelpPage(s.url));
      r.homePages.push({ id: c.id, field, url, ...(deeper ? { deeperPage: deeper.url } : {}) });
    }

    for (const s of c.sources) if (isHomePage(s.url)) r.homePageSources.push({ id: c.id, source: s.id, url: s.url });

    const upcoming = c.version?.upcoming;
    if (upcoming && upcoming.from <= todayIso) r.changesInForce.push({ id: c.id, what: upcoming.what, from: upcoming.from });
  }
  return r;
}

function section<T>(out: string[], title: string, items: readonly T[], line: (x: T) => string): void {
  out.push('', `${title}: ${items.length}`);
  for (const x of items) out.push(`  - ${line(x)}`);
}

export function formatReport(r: KbReport): string {
  const status = Object.entries(r.byStatus)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const out = [
    `Knowledge base report, ${r.today}`,
    `Certifications: ${r.entries} (${status}); sources ${r.sources}; training finders ${r.finders}; course pages ${r.courses}`,
    `Facts marked uncertain: ${r.uncertainFacts.length}; facts resting on third-party pages: ${r.thirdPartyFacts}`,
  ];
  section(out, 'Entries whose newest source is over 12 months old', r.stale, (x) => `${x.id} (newest source read ${x.newest})`);
  section(out, 'Facts marked uncertain (check with the provider)', r.uncertainFacts, (x) => `${x.id}: ${x.fact}`);
  section(out, 'Home-page links where a deeper page of the site is known (link the product page)', r.homePages.filter((h) => h.deeperPage), (x) => `${x.id} ${x.field}: ${x.url} -> ${x.deeperPage}`);
  section(out, 'Home-page links with no product page known yet', r.homePages.filter((h) => !h.deeperPage), (x) => `${x.id} ${x.field}: ${x.url}`);
  section(out, 'Sources recorded as a front page (record the page the fact is on)', r.homePageSources, (x) => `${x.id} source "${x.source}": ${x.url}`);
  section(out, 'Course and finder links not confirmed', r.unconfirmedLinks, (x) => `${x.id}: ${x.label} <${x.url}>`);
  section(out, 'Current certificates short of training links (need a finder and two course pages)', r.shortOfTraining, (x) => `${x.id}: ${x.finders} finder(s), ${x.courses} course page(s)`);
  section(out, 'Announced changes now in force (update the entry)', r.changesInForce, (x) => `${x.id}: ${x.what} (from ${x.from})`);
  return out.join('\n');
}
