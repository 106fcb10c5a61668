import type { Facts, WorkplaceType } from '../../analysis';
import { NUMBER_WORD_RE, numberOf, snippet } from './words';

type Workplace = NonNullable<Facts['workplace']>;

const HYBRID = /\bhybrid(?!\s+(?:cloud|methodolog|approach|delivery|project|agile|model\s+of\s+delivery))|\b(?:split|divided)\s+(?:your\s+time\s+)?between\s+(?:home|the\s+office)|\bmix\s+of\s+(?:home|office|remote)/gi;
const REMOTE = /\b(?:fully\s+remote|100%\s+remote|remote[\s-](?:first|based|working|role|position|job|only)|work(?:ing)?\s+(?:from|at)\s+home|home[\s-](?:based|working)|remote(?=\s*(?:[,.;()|\n]|$|\s+(?:within|in|across|from|UK|US))))/gi;
const ONSITE = /(?:(?<=[|(]\s*)on[\s-]?site|\bon[\s-]?site(?=\s*(?:[|)]|role|position|working|based|only|\d|$))|\b(?:office[\s-]based|site[\s-]based|in[\s-]office|fully\s+office|based\s+in\s+the\s+office|(?:five|5)\s+days\s+(?:a|per)\s+week\s+in\s+the\s+office)\b)/gim;
const DAYS = new RegExp(
  `\\b(\\d|${NUMBER_WORD_RE})(?:\\s*(?:-|–|to|or)\\s*(?:\\d|${NUMBER_WORD_RE}))?\\s+days?\\s+(?:a|per|each|every)\\s+week\\s+(?:in|on|at)\\b(?!\\s+home)|\\bon[\\s-]?site\\s+(\\d|${NUMBER_WORD_RE})\\s+days\\b|\\b(?:in|on|at)\\s+(?:the\\s+)?(?:office|site|our\\s+\\w+\\s+office)\\s+(\\d|${NUMBER_WORD_RE})(?:\\s*(?:-|–|to|or)\\s*\\d)?\\s+days?\\b|\\b(\\d|${NUMBER_WORD_RE})\\s+days?\\s+(?:a\\s+week\\s+)?(?:in\\s+the\\s+office|on[\\s-]?site|in\\s+office)`,
  'i',
);

function daysNear(text: string, from: number, to: number): number | null {
  const around = text.slice(Math.max(0, from - 100), to + 120);
  const m = DAYS.exec(around);
  if (!m) return null;
  const n = numberOf(daysGroup(m));
  if (n !== null && n >= 0 && n <= 5) return n;
  const home = HOME_DAYS.exec(around);
  const h = home ? numberOf(home[1]!) : null;
  return h !== null && h >= 1 && h <= 4 ? 5 - h : null;
}

/** "two days a week from home": the rest of a five-day week is on site. */
const HOME_DAYS = new RegExp(`\\b(\\d|${NUMBER_WORD_RE})\\s+days?\\s+(?:a|per|each)\\s+week\\s+(?:from|at)\\s+home|\\b(?:work(?:ing)?\\s+)?(?:from\\s+)?home\\s+(\\d|${NUMBER_WORD_RE})\\s+days`, 'i');

const daysGroup = (m: RegExpExecArray) => (m[1] ?? m[2] ?? m[3] ?? m[4])!;

function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/**
 * Remote, hybrid or on site, with days on site for hybrid work. Hybrid wins when the advert
 * names both (a "remote" day is part of hybrid work); days in the office under five make it
 * hybrid even when the word is missing.
 */
export function readWorkplace(text: string, location: string | null): Workplace | null {
  const h = first(HYBRID, text);
  if (h) return { type: 'hybrid', daysOnSite: daysNear(text, h.index, h.index + h[0].length), text: snippet(text, h.index, h.index + h[0].length) };
  const d = DAYS.exec(text);
  if (d) {
    const n = numberOf(daysGroup(d));
    if (n !== null && n < 5) return { type: 'hybrid', daysOnSite: n, text: snippet(text, d.index, d.index + d[0].length) };
  }
  const home = HOME_DAYS.exec(text);
  if (home) {
    const n = numberOf((home[1] ?? home[2])!);
    if (n !== null && n >= 1 && n <= 4) return { type: 'hybrid', daysOnSite: 5 - n, text: snippet(text, home.index, home.index + home[0].length) };
  }
  const r = first(REMOTE, text);
  const o = first(ONSITE, text);
  const pick: Array<[WorkplaceType, RegExpExecArray | null]> = [
    ['remote', r],
    ['on-site', o],
  ];
  const found = pick.filter((p) => p[1]).sort((a, b) => a[1]!.index - b[1]!.index)[0];
  if (found) {
    const m = found[1]!;
    return { type: found[0], daysOnSite: found[0] === 'on-site' ? daysNear(text, m.index, m.index + m[0].length) : null, text: snippet(text, m.index, m.index + m[0].length) };
  }
  if (location && /\b(?:remote|home[\s-]based|work from home)\b/i.test(location)) return { type: 'remote', daysOnSite: null, text: location.trim() };
  if (location && /\bhybrid\b/i.test(location)) return { type: 'hybrid', daysOnSite: null, text: location.trim() };
  return null;
}
