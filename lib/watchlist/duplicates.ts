/**
 * Whether a job about to be saved is one already on the watchlist from another board or an
 * agency: the same title at the same employer, or advert text that is nearly the same. Two
 * postings of one job rarely share a link or an id, and boards wrap the advert in their own
 * words, so texts are compared as sets of overlapping word runs (shingles), not character by
 * character.
 */

/** What is compared of a job: a saved entry, or the posting about to be saved. */
export interface JobLike {
  title: string | null;
  company: string | null;
  text: string;
}

export interface SavedJob extends JobLike {
  id: string;
}

export type RepostReason = 'title-employer' | 'text';

export interface RepostMatch {
  id: string;
  reason: RepostReason;
  /** Shingle resemblance of the two texts (0 when either text is too short to compare). */
  similarity: number;
}

/** Words in a run: four keeps a shared stock phrase ("maintain the RAID log") from making two adverts alike. */
const SHINGLE_WORDS = 4;
/** Below this many runs a text says too little to be told apart from another. */
export const MIN_SHINGLES = 25;
/** Shared runs over all runs of either text: at or above this the texts are the same advert. */
export const RESEMBLANCE_THRESHOLD = 0.55;
/**
 * Shared runs over the runs of the shorter text: a board or an agency that adds its own
 * paragraphs lowers the resemblance but leaves the advert inside the longer text. Only counted
 * when the titles do not say these are different jobs.
 */
export const CONTAINMENT_THRESHOLD = 0.5;

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');

const words = (s: string | null | undefined): string[] => (s ? (fold(s).match(/[a-z0-9]+/g) ?? []) : []);

/** Words of a job title that say nothing about which job it is. */
const TITLE_NOISE = new Set([
  'job', 'jobs', 'role', 'vacancy', 'urgent', 'urgently', 'required', 'needed', 'hiring', 'new', 'immediate', 'start',
  'hybrid', 'remote', 'onsite', 'site', 'home', 'based', 'working', 'wfh', 'contract', 'contractor', 'permanent', 'perm',
  'temp', 'temporary', 'interim', 'ftc', 'fixed', 'term', 'full', 'part', 'time', 'fte', 'months', 'month', 'inside',
  'outside', 'ir35', 'the', 'a', 'an', 'of', 'for', 'in', 'at', 'to', 'and', 'with', 'k', 'per', 'day', 'annum', 'pa',
]);

/** Words that make a different job when one title has them and the other does not. */
const ROLE_WORDS = new Set([
  'senior', 'snr', 'sr', 'junior', 'jnr', 'jr', 'lead', 'head', 'principal', 'chief', 'deputy', 'assistant', 'associate',
  'graduate', 'trainee', 'apprentice', 'intern', 'director', 'manager', 'analyst', 'officer', 'administrator', 'admin',
  'coordinator', 'co', 'ordinator', 'support', 'controller', 'consultant', 'specialist', 'partner', 'planner', 'scheduler',
  'portfolio', 'programme', 'program', 'project', 'pmo', 'office', 'change', 'transformation', 'delivery', 'governance',
  'finance', 'financial', 'resource', 'risk', 'reporting', 'business', 'i', 'ii', 'iii', '1', '2', '3', '4',
]);

const isNoise = (w: string) => TITLE_NOISE.has(w) || (/^\d+k?$/.test(w) && !ROLE_WORDS.has(w));

/** A title's telling words; brackets are dropped (they hold places, pay and references). */
export function titleWords(title: string | null | undefined): string[] {
  const unbracketed = (title ?? '').replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  return [...new Set(words(unbracketed).filter((w) => !isNoise(w)))];
}

/**
 * Two titles name one job when their telling words are the same, or one adds only words that
 * are not about the role ("PMO Analyst - Rail - Manchester" and "PMO Analyst"); "Senior PMO
 * Analyst" and "PMO Analyst" are different jobs.
 */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (!wa.length || !wb.length) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const longSet = new Set(long);
  if (!short.every((w) => longSet.has(w))) return false;
  const shortSet = new Set(short);
  return long.filter((w) => !shortSet.has(w)).every((w) => !ROLE_WORDS.has(w));
}

/** Titles that say these are different jobs: both given and no role word in common. */
function titlesConflict(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (!wa.length || !wb.length) return false;
  if (sameTitle(a, b)) return false;
  const roleA = wa.filter((w) => ROLE_WORDS.has(w));
  const roleB = new Set(wb.filter((w) => ROLE_WORDS.has(w)));
  // A title with different seniority or a different role word is a different job.
  return roleA.length !== roleB.size || roleA.some((w) => !roleB.has(w));
}

const LEGAL_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'group', 'uk', 'gmbh', 'the']);

/** An employer's name without legal form and punctuation: "Northgate Rail Partnership Ltd." is "northgate rail partnership". */
export function employerKey(company: string | null | undefined): string {
  return words(company)
    .filter((w) => !LEGAL_SUFFIXES.has(w))
    .join(' ');
}

/** 32-bit FNV-1a of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The set of four-word runs of a text, each hashed from its words' hashes (position-weighted,
 * so "plan the risk log" and "log the risk plan" differ). Words are hashed once, not once per run.
 */
export function shingles(text: string): Set<number> {
  const h = words(text).map(hashWord);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= h.length; i++) {
    let run = 0;
    for (let k = 0; k < SHINGLE_WORDS; k++) run = Math.imul(run ^ h[i + k]!, 0x9e3779b1) + k;
    out.add(run >>> 0);
  }
  return out;
}

export interface TextOverlap {
  /** Shared runs over all runs (Jaccard). */
  resemblance: number;
  /** Shared runs over the runs of the shorter text. */
  containment: number;
}

export function overlap(a: Set<number>, b: Set<number>): TextOverlap | null {
  if (a.size < MIN_SHINGLES || b.size < MIN_SHINGLES) return null;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return { resemblance: shared / (a.size + b.size - shared), containment: shared / small.size };
}

/** Why two jobs are one, or null when they are not. */
export function compareJobs(incoming: JobLike, saved: JobLike, incomingShingles = shingles(incoming.text)): Omit<RepostMatch, 'id'> | null {
  const text = overlap(incomingShingles, shingles(saved.text));
  const similarity = text?.resemblance ?? 0;
  const conflict = titlesConflict(incoming.title, saved.title);
  if (text && (text.resemblance >= RESEMBLANCE_THRESHOLD || (!conflict && text.containment >= CONTAINMENT_THRESHOLD))) {
    return { reason: 'text', similarity };
  }
  const employer = employerKey(incoming.company);
  if (employer && employer === employerKey(saved.company) && sameTitle(incoming.title, saved.title)) {
    return { reason: 'title-employer', similarity };
  }
  return null;
}

/**
 * The saved job this one most likely reposts, or null. Near-identical text ranks first (the
 * surest sign), then the closest text among same-title, same-employer matches.
 */
export function findRepost(incoming: JobLike, saved: readonly SavedJob[]): RepostMatch | null {
  const mine = shingles(incoming.text);
  let best: RepostMatch | null = null;
  for (const job of saved) {
    const found = compareJobs(incoming, job, mine);
    if (!found) continue;
    const candidate = { id: job.id, ...found };
    if (!best || rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}

const rank = (m: RepostMatch) => (m.reason === 'text' ? 1 : 0) + m.similarity;
