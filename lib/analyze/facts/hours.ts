import type { Facts } from '../../analysis';
import { snippet } from './words';

type Hours = NonNullable<Facts['hours']>;

const TYPE = /\b(full|part)[\s-]?time\b(?!\s+equivalent)/gi;
const PER_WEEK = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs|hr|h)\b(?:\s*(?:\([^)]{0,20}\)\s*)?(?:per|a|each|\/)\s*(?:week|wk)|\s+weekly)/i;
const HOURS_FIELD = /\b(?:hours(?:\s+per\s+week)?|working\s+hours)\s*[:|-]\s*(\d{1,2}(?:\.\d{1,2})?)\b|(?:^|[|(,]\s*)(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours|hrs)\b(?=\s*(?:[|),]|$|Monday|a\s+week|per\s+week))/im;

function perWeekNear(text: string, from: number, to: number): number | null {
  const around = text.slice(Math.max(0, from - 80), to + 80);
  const m = PER_WEEK.exec(around) ?? HOURS_FIELD.exec(around);
  const n = m ? parseFloat((m[1] ?? m[2])!) : NaN;
  return n >= 1 && n <= 60 ? n : null;
}

/** Full or part time, with hours a week; hours alone decide the kind at 35 a week. */
export function readHours(text: string, employmentType: string | null | undefined): Hours | null {
  const m = TYPE.exec(text);
  TYPE.lastIndex = 0;
  if (m) {
    const type = m[1]!.toLowerCase() === 'full' ? 'full-time' : 'part-time';
    const from = m.index;
    const to = from + m[0].length;
    const anyWeek = PER_WEEK.exec(text) ?? HOURS_FIELD.exec(text);
    const perWeek = perWeekNear(text, from, to) ?? (anyWeek ? parseFloat((anyWeek[1] ?? anyWeek[2])!) : null);
    // "We welcome people who would like to work part time" beside a 37.5-hour week: the hours decide.
    if (type === 'part-time' && perWeek !== null && perWeek >= 35 && anyWeek) {
      return { type: 'full-time', perWeek, text: snippet(text, anyWeek.index, anyWeek.index + anyWeek[0].length) };
    }
    return { type, perWeek: perWeek !== null && perWeek >= 1 && perWeek <= 60 ? perWeek : null, text: snippet(text, from, to) };
  }
  const h = PER_WEEK.exec(text) ?? HOURS_FIELD.exec(text);
  if (h) {
    const n = parseFloat((h[1] ?? h[2])!);
    if (n >= 1 && n <= 60) return { type: n >= 35 ? 'full-time' : 'part-time', perWeek: n, text: snippet(text, h.index, h.index + h[0].length) };
  }
  const ld = (employmentType ?? '').toUpperCase();
  if (/FULL.?TIME/.test(ld)) return { type: 'full-time', perWeek: null, text: employmentType!.trim() };
  if (/PART.?TIME/.test(ld)) return { type: 'part-time', perWeek: null, text: employmentType!.trim() };
  return null;
}
