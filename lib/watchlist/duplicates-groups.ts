/** Linked postings of one job: the names a reader knows them by, and who is linked to whom. */

/** Boards by the id their reader gives a posting. */
const BOARD_NAMES: Record<string, string> = {
  ashby: 'Ashby',
  'civil-service-jobs': 'Civil Service Jobs',
  'cv-library': 'CV-Library',
  glassdoor: 'Glassdoor',
  greenhouse: 'Greenhouse',
  guardian: 'Guardian Jobs',
  indeed: 'Indeed',
  'jobs-ac-uk': 'jobs.ac.uk',
  lever: 'Lever',
  linkedin: 'LinkedIn',
  monster: 'Monster',
  'nhs-jobs': 'NHS Jobs',
  reed: 'Reed',
  seek: 'SEEK',
  smartrecruiters: 'SmartRecruiters',
  stepstone: 'StepStone',
  totaljobs: 'Totaljobs',
  workday: 'Workday',
};

/** "Reed", "LinkedIn", a careers site's host name, or "pasted text" where the advert came from. */
export function sourceLabel(posting: { source: string; url: string | null }): string {
  const board = BOARD_NAMES[posting.source];
  if (board) return board;
  if (posting.url) {
    try {
      return new URL(posting.url).hostname.replace(/^www\./, '');
    } catch {
      // Not a link: fall through to the kind of source.
    }
  }
  if (posting.source === 'selection') return 'selected text';
  if (posting.source === 'text') return 'pasted text';
  return posting.source || 'another site';
}

/** A saved job as the watchlist page lists it. */
interface Linkable {
  id: string;
  group?: string | null | undefined;
  /** Absent in summaries listed before linking existed; the URL's host names those. */
  source?: string | undefined;
  url: string | null;
}

/** The group a job joins when linked to `target`: the target's own group, or one named after the target. */
export const groupFor = (target: { id: string; group?: string | null | undefined }): string => target.group ?? target.id;

/** For each linked job, where its linked postings were saved from ("also on: LinkedIn, Reed"). */
export function alsoOn(entries: readonly Linkable[]): Map<string, string> {
  const byGroup = new Map<string, Linkable[]>();
  for (const e of entries) {
    if (!e.group) continue;
    const members = byGroup.get(e.group) ?? [];
    members.push(e);
    byGroup.set(e.group, members);
  }
  const out = new Map<string, string>();
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    for (const e of members) {
      const others = members.filter((m) => m !== e).map((m) => sourceLabel({ source: m.source ?? '', url: m.url }));
      // A string, not a list, so a row that did not change compares equal and is not re-rendered.
      out.set(e.id, [...new Set(others)].sort((a, b) => a.localeCompare(b)).join(', '));
    }
  }
  return out;
}

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "This looks like a job you saved from Reed on 3 Nov". */
export function repostQuestion(repost: { source: string; savedAt: string }): string {
  const t = Date.parse(repost.savedAt);
  const when = Number.isNaN(t) ? '' : ` on ${shortDate.format(t)}`;
  return `This looks like a job you saved from ${repost.source}${when}`;
}
