import type { Facts } from '../../analysis';
import type { Posting } from '../../posting';
import { readAgency } from './agency';
import { readClearance } from './clearance';
import { readContract } from './contract';
import { readDates } from './dates';
import { readGrade, type GradeHit } from './grade';
import { readHours } from './hours';
import { readPayLd, readPayText } from './pay';
import { readTools } from './tools';
import { readWorkplace } from './workplace';

export type { GradeHit } from './grade';
export { WORKING_DAYS_A_YEAR, HOURS_A_WEEK } from './pay';

export interface FactOptions {
  /** Today as YYYY-MM-DD; fills a missing year when the advert has no posting date. */
  today?: string;
  /** The grade phrases the matcher's scan found in the title and the text. */
  grades?: ReadonlyArray<GradeHit>;
}

/** A board that marks agencies' adverts sets this on the posting. */
const agencyMark = (p: Posting): { name: string } | null => {
  const a = (p as Posting & { agency?: { name?: unknown } | null }).agency;
  return a && typeof a.name === 'string' && a.name.trim() ? { name: a.name.trim() } : null;
};

/** Month-first numeric dates when the advert is in dollars and not in pounds. */
const usDates = (text: string) => /(?:^|[^A-Z])\$\s?\d|\bUSD\b/.test(text) && !/£|\bGBP\b/.test(text);

let day = NaN;
let dayText = '';
/** Today's date in UTC as YYYY-MM-DD, written out once a day. */
function todayUtc(): string {
  const now = Date.now();
  const d = Math.floor(now / 864e5);
  if (d !== day) {
    day = d;
    dayText = new Date(now).toISOString().slice(0, 10);
  }
  return dayText;
}

/**
 * The advert facts of DESIGN.md: dates, pay, contract, hours, place of work, clearance,
 * grade, tools and agency, each with the advert's own words. JSON-LD values win over text.
 */
export function readFacts(posting: Posting, text: string, opts: FactOptions = {}): Facts {
  const today = opts.today ?? todayUtc();
  const title = typeof posting.title === 'string' ? posting.title : null;
  const dates = readDates({ text, datePosted: posting.datePosted, closingDate: posting.closingDate, today, usFirst: usDates(text) });
  return {
    ...dates,
    pay: readPayLd(posting.salary) ?? readPayText(text),
    contract: readContract(text, title, posting.employmentType),
    hours: readHours(text, posting.employmentType),
    workplace: readWorkplace(text, posting.location),
    clearance: readClearance(text),
    grade: readGrade(text, title, opts.grades ?? []),
    tools: readTools(text),
    agency: readAgency(text, agencyMark(posting)),
  };
}
