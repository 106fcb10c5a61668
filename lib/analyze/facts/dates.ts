import type { Facts } from '../../analysis';
import { loadFactRules } from './rules';
import { anyOf, snippet } from './words';

type DateFact = NonNullable<Facts['closingDate']>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?';

/** The date forms adverts use, each giving [year, month, day] from its groups. */
const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray, usFirst: boolean) => [number | null, number, number] | null }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/y, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/y,
    read: (m, usFirst) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
      // 12/14/2026 can only be month first; 14/12/2026 only day first; otherwise the advert's country decides.
      const monthFirst = b > 12 ? true : a > 12 ? false : usFirst;
      return monthFirst ? [y, a, b] : [y, b, a];
    },
  },
  { re: new RegExp(`${WEEKDAY}${DAY}(?:\\s+of)?[\\s-]+${MONTH}(?:[\\s,-]+(\\d{4}))?\\b`, 'iy'), read: (m) => [m[3] ? +m[3] : null, monthOf(m[2]!), +m[1]!] },
  { re: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`, 'iy'), read: (m) => [m[3] ? +m[3] : null, monthOf(m[1]!), +m[2]!] },
];

function monthOf(s: string): number {
  return MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 2000 || y > 2100) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/**
 * A date written at `at`, as YYYY-MM-DD. A date without a year takes the reference date's year,
 * or the next one when that would put it more than a month before the reference (an advert read
 * in December that "closes 5 January").
 */
export function readDateAt(text: string, at: number, ref: string, usFirst: boolean): { date: string; end: number } | null {
  for (const f of FORMS) {
    f.re.lastIndex = at;
    const m = f.re.exec(text);
    if (!m) continue;
    const r = f.read(m, usFirst);
    if (!r) continue;
    let [y, mo, d] = r;
    if (y === null) {
      const [ry, rm, rd] = ref.split('-').map(Number) as [number, number, number];
      y = ry;
      const back = Date.UTC(ry, rm - 1, rd) - Date.UTC(y, mo - 1, d);
      if (back > 31 * 864e5) y++;
    }
    if (valid(y, mo, d)) return { date: iso(y, mo, d), end: m.index + m[0].length };
  }
  return null;
}

/** The first date within a short reach after a cue, skipping joining words ("closes on Monday 14 December"). */
function dateAfterCues(text: string, cues: ReadonlyArray<string>, ref: string, usFirst: boolean): DateFact | null {
  const re = anyOf(cues);
  for (const m of text.matchAll(re)) {
    const cueEnd = m.index! + m[0].length;
    const reach = text.slice(cueEnd, cueEnd + 40);
    // Walk over separators and small words to where a date could start.
    const starts = [...reach.matchAll(/(?<=^|[\s:,(–-])(?=[\dA-Za-z])/g)].map((s) => cueEnd + s.index!);
    for (const s of starts.slice(0, 6)) {
      const between = text.slice(cueEnd, s);
      if (/[.;!?]\s/.test(between) || /\n\s*\n/.test(between)) break;
      const d = readDateAt(text, s, ref, usFirst);
      if (d) return { date: d.date, text: snippet(text, m.index!, d.end) };
    }
  }
  return null;
}

/** A JSON-LD date ("2026-12-14", "2026-12-14T23:59:00Z"), or null. */
function ldDate(v: string | null | undefined): DateFact | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v?.trim() ?? '');
  return m && valid(+m[1]!, +m[2]!, +m[3]!) ? { date: `${m[1]}-${m[2]}-${m[3]}`, text: v!.trim() } : null;
}

export interface DateInputs {
  text: string;
  datePosted?: string | null;
  closingDate?: string | null;
  /** Today as YYYY-MM-DD: fills a missing year when the advert gives no posting date. */
  today: string;
  /** Month-first numeric dates (US adverts). */
  usFirst: boolean;
}

/** Closing and posted dates: JSON-LD's validThrough and datePosted first, the advert's words otherwise. */
export function readDates(i: DateInputs): Pick<Facts, 'closingDate' | 'postedDate'> {
  const rules = loadFactRules();
  const postedDate = ldDate(i.datePosted) ?? dateAfterCues(i.text, rules.postedCues.map((c) => c.phrase), i.today, i.usFirst);
  const ref = postedDate?.date ?? i.today;
  const closingDate = ldDate(i.closingDate) ?? dateAfterCues(i.text, rules.closingCues.map((c) => c.phrase), ref, i.usFirst);
  return { closingDate, postedDate };
}
