import { ContractType, LevelId, OfficeId, Requirement, WorkplaceType } from '../analysis';
import { STATUSES } from './schema';
import type { Summary } from './summary';

/**
 * The check SummarySchema makes, written out by hand: the page runs it on every saved job at
 * open, where the general validator took a tenth of a second per thousand jobs. The same values
 * pass and fail as with the schema (summary-check.test.ts holds the two together); a summary
 * that fails is not used, and the page reads that job's entry instead.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min = 0, max = Infinity) => typeof v === 'string' && v.length >= min && v.length <= max;
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const numOrNull = (v: unknown) => v === null || num(v);
const oneOf = (options: readonly string[]) => {
  const set = new Set<unknown>(options);
  return (v: unknown) => set.has(v);
};

const isStatus = oneOf(STATUSES);
const isLevel = oneOf(LevelId.options);
const isOffice = oneOf(OfficeId.options);
const isRequirement = oneOf(Requirement.options);
const isContract = oneOf(ContractType.options);
const isWorkplace = oneOf(WorkplaceType.options);
const isClearanceRequirement = oneOf(['required', 'willing', 'mentioned']);
const isAskedKind = oneOf(['skill', 'tool', 'clearance']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const CLEARANCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const every = (v: unknown, ok: (x: unknown) => boolean) => Array.isArray(v) && v.every(ok);
const isCert = (c: unknown) => isRec(c) && str(c.id, 1, 100) && str(c.family, 1, 60) && isRequirement(c.requirement);
const isAsked = (a: unknown) => isRec(a) && isAskedKind(a.kind) && str(a.id, 1, 100) && str(a.label, 1, 120) && isRequirement(a.requirement);
const isTool = (t: unknown) => isRec(t) && typeof t.id === 'string' && typeof t.label === 'string';
const isPay = (p: unknown) => p === null || (isRec(p) && numOrNull(p.min) && numOrNull(p.max) && typeof p.currency === 'string' && CURRENCY.test(p.currency));
const isClearance = (c: unknown) =>
  c === null || (isRec(c) && typeof c.level === 'string' && c.level.length <= 40 && CLEARANCE_ID.test(c.level) && isClearanceRequirement(c.requirement));
const isPrint = (p: unknown) => p === undefined || (typeof p === 'string' && p.length <= 400);

/** The summary when `v` is one (with `asked` defaulted as the schema does), else null. */
export function checkSummary(v: unknown): Summary | null {
  if (!isRec(v)) return null;
  const ok =
    str(v.id, 1, 4200) &&
    typeof v.at === 'string' &&
    typeof v.savedAt === 'string' &&
    strOrNull(v.title) &&
    strOrNull(v.company) &&
    strOrNull(v.location) &&
    strOrNull(v.url) &&
    isStatus(v.status) &&
    (v.level === null || isLevel(v.level)) &&
    (v.office === null || isOffice(v.office)) &&
    every(v.certs, isCert) &&
    every(v.tags, (t) => typeof t === 'string') &&
    typeof v.notes === 'string' &&
    (v.closing === null || (typeof v.closing === 'string' && DAY.test(v.closing))) &&
    isPay(v.pay) &&
    (v.contract === null || isContract(v.contract)) &&
    (v.workplace === null || isWorkplace(v.workplace)) &&
    isClearance(v.clearance) &&
    every(v.tools, isTool) &&
    (v.asked === undefined || every(v.asked, isAsked)) &&
    typeof v.facts === 'boolean' &&
    (v.source === undefined || typeof v.source === 'string') &&
    (v.group === undefined || strOrNull(v.group)) &&
    (v.salary === undefined || typeof v.salary === 'string') &&
    isPrint(v.print) &&
    (v.search === undefined || typeof v.search === 'string');
  if (!ok) return null;
  return (v.asked === undefined ? { ...v, asked: [] } : v) as Summary;
}
