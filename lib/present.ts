import type { Analysis } from './analysis';
import { advertiserLine } from './advertiser';
import { LEVEL_ORDER, OFFICE_IDS, REQUIREMENT_RANK, type LevelId, type OfficeId, type Requirement } from './ids';
import type { Posting } from './posting';
import levelData from '../data/levels.json';
import officeData from '../data/offices.json';

/**
 * Pure presentation rules shared by the popup, the watchlist page and the toolbar badge.
 * Nothing here touches the DOM or browser APIs, so the wording is unit-tested in Node.
 */

export interface LevelInfo {
  id: LevelId;
  number: 1 | 2 | 3 | 4;
  /** PMO Learning's name for the level. */
  name: string;
  /** The role name in the PMO Competency Framework. */
  role: string;
  /** One line on what the level does day to day; empty when the data has none. */
  summary: string;
}

/** Used where the knowledge data lacks a name; names follow PMO Learning and the framework. */
const LEVEL_FALLBACK: Record<LevelId, Pick<LevelInfo, 'name' | 'role'>> = {
  administrator: { name: 'New to project support', role: 'PMO Administrator' },
  analyst: { name: 'Supporting portfolios, programmes and projects', role: 'PMO Analyst' },
  manager: { name: 'Managing a PMO', role: 'PMO Manager' },
  director: { name: 'Leading and directing PMOs', role: 'PMO Director' },
};

type Loose = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Level names come from data/levels.json, so a practitioner who corrects a name corrects the
 * popup too. Only the two small files are read here: the popup does not carry the whole
 * knowledge base just to print four names.
 */
function levelsFromData(): Record<LevelId, LevelInfo> {
  const rows = Array.isArray(levelData) ? (levelData as unknown as Loose[]) : [];
  const entries = LEVEL_ORDER.map((id, i): [LevelId, LevelInfo] => {
    const row = rows.find((r) => r.id === id);
    const base = LEVEL_FALLBACK[id];
    return [
      id,
      {
        id,
        number: (i + 1) as LevelInfo['number'],
        name: text(row?.name) ?? base.name,
        role: text(row?.competencyRole) ?? base.role,
        summary: text(row?.summary) ?? '',
      },
    ];
  });
  return Object.fromEntries(entries) as Record<LevelId, LevelInfo>;
}

/** Number, PMO Learning name, framework role and summary of each level, by id. */
export const LEVELS: Record<LevelId, LevelInfo> = levelsFromData();

export { LEVEL_ORDER };

/** "2 · PMO Analyst": the short label of tables, filters and files. */
export function levelLabel(id: LevelId): string {
  return `${LEVELS[id].number} · ${LEVELS[id].role}`;
}

/** "PMO Learning level 2" */
export function levelNumberLabel(id: LevelId): string {
  return `PMO Learning level ${LEVELS[id].number}`;
}

/**
 * Toolbar badge per level. Each colour carries white badge text at a contrast of at least
 * 4.5:1, so the number stays readable on both light and dark toolbars.
 */
const BADGE_COLOURS: Record<LevelId, string> = {
  administrator: '#0f766e',
  analyst: '#1d4ed8',
  manager: '#7e22ce',
  director: '#b45309',
};
export const LEVEL_BADGE: Record<LevelId, { text: string; color: string }> = Object.fromEntries(
  LEVEL_ORDER.map((id) => [id, { text: String(LEVELS[id].number), color: BADGE_COLOURS[id] }]),
) as Record<LevelId, { text: string; color: string }>;

/**
 * Confidence in words. A bare percentage suggests more precision than a lexicon score has,
 * so readers get a handful of honest bands instead.
 */
export function confidenceWords(confidence: number): string {
  if (!Number.isFinite(confidence)) return 'Unsure';
  if (confidence >= 0.85) return 'Very sure';
  if (confidence >= 0.65) return 'Fairly sure';
  if (confidence >= 0.45) return 'Somewhat sure';
  if (confidence >= 0.25) return 'Not very sure';
  return 'A rough guess';
}

/** Used where the knowledge data lacks an office's name. */
const OFFICE_FALLBACK: Record<OfficeId, string> = {
  project: 'Project office',
  programme: 'Programme office',
  portfolio: 'Portfolio office',
  enterprise: 'Enterprise PMO',
  coe: 'Centre of excellence',
};

/** Office names from data/offices.json, so a correction there reaches every page and file. */
export const OFFICE_NAMES: Record<OfficeId, string> = (() => {
  const rows = Array.isArray(officeData) ? (officeData as unknown as Loose[]) : [];
  const names = OFFICE_IDS.map((id) => [id, text(rows.find((r) => r.id === id)?.name) ?? OFFICE_FALLBACK[id]]);
  return Object.fromEntries(names) as Record<OfficeId, string>;
})();

export const OFFICE_HINTS: Record<OfficeId, string> = {
  project: 'Supports one project, for its lifetime',
  programme: 'Supports a programme of related projects',
  portfolio: 'Oversees a portfolio of projects and programmes',
  enterprise: 'Organisation-wide portfolio office (ePMO, corporate PMO)',
  coe: 'Sets standards, methods and training across the organisation',
};

export function officeName(id: OfficeId): string {
  return OFFICE_NAMES[id];
}

/** The offices worth showing: the top one, plus any that score close to it. */
export function leadingOffices(offices: Analysis['offices'], ratio = 0.75): Analysis['offices'] {
  const ranked = offices.filter((o) => Number.isFinite(o.score) && o.score > 0).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top) return [];
  return ranked.filter((o) => o.score >= top.score * ratio).slice(0, 2);
}

export const REQUIREMENT_LABELS: Record<Requirement, string> = {
  required: 'Required',
  desirable: 'Desirable',
  mentioned: 'Mentioned',
};

/** Required first, then desirable, then merely mentioned; the advert's order within each. */
export function sortMentioned<T extends { requirement: Requirement }>(certs: readonly T[]): T[] {
  return certs
    .map((c, i) => ({ c, i }))
    .sort((a, b) => REQUIREMENT_RANK[a.c.requirement] - REQUIREMENT_RANK[b.c.requirement] || a.i - b.i)
    .map(({ c }) => c);
}

/** Highest score first; ties keep the matcher's order. */
export function rankRecommendations<T extends { score: number }>(recs: readonly T[]): T[] {
  return recs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (Number.isFinite(b.r.score) ? b.r.score : -1) - (Number.isFinite(a.r.score) ? a.r.score : -1) || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * Returns the URL only when it is a well-formed https address. Course links come from data a
 * practitioner edits; an http or javascript: link must never become clickable.
 */
export function safeHttpsUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

export function safeLinks<T extends { url: string }>(links: readonly T[]): (T & { url: string })[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const link of links) {
    const url = safeHttpsUrl(link.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ ...link, url });
  }
  return out;
}

/**
 * "p3o-practitioner" → "P3O Practitioner": a certificate id made readable, used only where no
 * name is known (an id from an older version or another browser).
 */
export function readableCertId(id: string): string {
  return id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => (w.length <= 4 && /\d/.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function certName(cert: { id: string; name?: string | undefined; text?: string | undefined }): string {
  return cert.name?.trim() || cert.text?.trim() || readableCertId(cert.id);
}

/** Bounds on what is injected into the page to highlight, so a huge analysis cannot slow the tab. */
const MAX_PHRASES = 200;
const MAX_PHRASE_LENGTH = 200;

/** Certification texts first (they matter most to a reader), then the level evidence. */
export function highlightPhrases(analysis: Analysis): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (raw: string) => {
    const phrase = raw.replace(/\s+/g, ' ').trim();
    if (phrase.length < 2 || phrase.length > MAX_PHRASE_LENGTH) return;
    const key = phrase.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(phrase);
  };
  for (const c of analysis.certificationsMentioned) add(c.text);
  for (const e of analysis.level.evidence) add(e.text);
  return out.slice(0, MAX_PHRASES);
}

export type NoticeCode = NonNullable<Analysis['notices']>[number]['code'];

export function findNotice(analysis: Analysis, code: NoticeCode) {
  return analysis.notices?.find((n) => n.code === code);
}

/** The truncation notice, from the matcher if it wrote one, else from the posting's flag. */
export function truncationMessage(posting: Posting, analysis: Analysis): string | null {
  const notice = findNotice(analysis, 'truncated');
  if (notice?.message.trim()) return notice.message;
  if (posting.truncated) {
    return `This advert is very long: only the first ${posting.text.length.toLocaleString('en-GB')} characters were read.`;
  }
  return null;
}

/** Display names for the language codes the matcher reports most often. */
const LANGUAGE_NAMES: Record<string, string> = {
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  pl: 'Polish',
  sv: 'Swedish',
  da: 'Danish',
  no: 'Norwegian',
  fi: 'Finnish',
  cy: 'Welsh',
  ga: 'Irish',
};

export function languageName(code: string | undefined): string | null {
  if (!code) return null;
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_NAMES[base] ?? null;
}

/** What the screen reader hears when the answer arrives. */
export function answerSummary(posting: Posting, analysis: Analysis): string {
  const title = posting.title?.trim() || 'This advert';
  if (!analysis.isPmoRole) return `${title}: not a PMO role.`;
  const id = analysis.level.id;
  if (!id) return `${title}: PMO role, level unclear.`;
  return `${title}: ${LEVELS[id].role}, ${levelNumberLabel(id)}. ${confidenceWords(analysis.level.confidence)}.`;
}

/**
 * Browser messaging errors are written for developers. The ones a reader can meet get a
 * sentence that says what to do; anything else is shown as it came.
 */
export function friendlyError(message: string): string {
  const m = message.trim();
  if (/receiving end does not exist|could not establish connection/i.test(m)) {
    return 'PMO Pathfinder is still starting up. Try again in a moment.';
  }
  if (/message (channel|port) closed|extension context invalidated/i.test(m)) {
    return 'PMO Pathfinder was updated or restarted while reading. Try again.';
  }
  if (/no tab with id|invalid tab id/i.test(m)) {
    return 'That tab has been closed. Open the advert again and try once more.';
  }
  return m || 'The advert could not be analysed.';
}

/** The top of a result as the popup words it: heading lines and which notices to show. */
export interface ResultHead {
  title: string;
  /** Advertiser and place, or '' when the advert names neither. */
  meta: string;
  /** Where the text came from, only for text the reader supplied. */
  from: string | null;
  notPmo: boolean;
  /** Title and message of the language notice, when the advert seems not to be English. */
  language: { title: string; message: string } | null;
  truncated: string | null;
  /** Anything else the matcher wants said (an empty advert, a delivery role that is still PMO-ish). */
  otherNotices: string[];
  /** Why the advert is not a PMO role, when it is not. */
  notPmoMessage: string;
}

export function resultHead(posting: Posting, analysis: Analysis): ResultHead {
  const language = findNotice(analysis, 'language');
  const languageLabel = languageName(analysis.language);
  const notPmo = !analysis.isPmoRole;
  const notPmoNotice = findNotice(analysis, 'not-pmo') ?? findNotice(analysis, 'delivery-role');
  const shownCodes = new Set(['language', 'truncated', ...(notPmo && notPmoNotice ? [notPmoNotice.code] : [])]);
  return {
    title: posting.title?.trim() || 'Untitled advert',
    meta: [advertiserLine(posting), posting.location?.trim()].filter(Boolean).join(' · '),
    from: posting.source === 'selection' ? 'From the text you selected' : posting.source === 'text' ? 'From the text you pasted' : null,
    notPmo,
    language: language
      ? {
          title: languageLabel ? `This advert seems to be in ${languageLabel}` : 'This advert seems to be in another language',
          message: language.message || 'PMO Pathfinder reads English adverts, so the level and skills may be missing.',
        }
      : null,
    truncated: truncationMessage(posting, analysis),
    otherNotices: (analysis.notices ?? []).filter((n) => !shownCodes.has(n.code) && n.message.trim()).map((n) => n.message),
    notPmoMessage: notPmoNotice?.message || 'No PMO career level applies. The certifications it names are still listed below.',
  };
}
