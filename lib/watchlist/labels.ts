import { LEVEL_ORDER, type LevelId, type OfficeId } from '../ids';
import { levelLabel, OFFICE_NAMES } from '../present';

export { LEVEL_ORDER };

/** Plain labels for files and tables ("2 · PMO Analyst"), from the one vocabulary in lib/present. */
export const LEVEL_LABELS = Object.fromEntries(LEVEL_ORDER.map((id) => [id, levelLabel(id)])) as Record<LevelId, string>;

/** Office names from data/offices.json, as the popup shows them. */
export const OFFICE_LABELS: Record<OfficeId, string> = OFFICE_NAMES;

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "26 Nov 2026" in the reader's locale; text that is not a date is shown as it is. */
export function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateFormat.format(t);
}

/** Only web links open; anything else in a saved URL stays inert text. */
export function safeWebUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The shipped privacy statement (public/privacy.html), a page of the extension itself. */
export const PRIVACY_PAGE = '/privacy.html';
