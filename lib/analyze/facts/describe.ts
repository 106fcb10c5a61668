import type { Analysis, Facts } from '../../analysis';
import { loadGrades } from './rules';

/** One fact in plain words with the advert's own words behind it, for the popup and the CLI. */
export interface FactLine {
  key: 'closing' | 'pay' | 'contract' | 'hours' | 'workplace' | 'clearance' | 'grade' | 'tools' | 'agency';
  label: string;
  text: string;
}

const money = (n: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: n % 1 ? 2 : 0 }).format(n);

const PERIOD: Record<string, string> = { year: 'a year', month: 'a month', day: 'a day', hour: 'an hour' };
const CLEARANCE: Record<string, string> = {
  bpss: 'BPSS', ctc: 'CTC', sc: 'SC', dv: 'DV', edv: 'eDV', nv1: 'NV1', nv2: 'NV2',
  'public-trust': 'Public Trust', secret: 'Secret', 'top-secret': 'Top Secret', 'ts-sci': 'TS/SCI',
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

function closing(date: string, today: string): string {
  const n = daysBetween(today, date);
  if (n < 0) return `Closed on ${date}`;
  if (n === 0) return 'Closes today';
  return `Closes in ${n} day${n === 1 ? '' : 's'} (${date})`;
}

function pay(p: NonNullable<Facts['pay']>): string {
  let currency = p.currency;
  try {
    money(1, currency);
  } catch {
    currency = 'GBP';
  }
  const range = p.min !== null && p.max !== null && p.min !== p.max ? `${money(p.min, currency)}–${money(p.max, currency)}` : p.min === null && p.max !== null ? `up to ${money(p.max, currency)}` : p.max === null && p.min !== null ? `from ${money(p.min, currency)}` : money((p.min ?? p.max)!, currency);
  const yearly = p.period !== 'year' && (p.annualMin ?? p.annualMax) !== null ? ` (about ${money((p.annualMax ?? p.annualMin)!, currency)} a year)` : '';
  return `${range} ${PERIOD[p.period]}${yearly}`;
}

/** The facts worth a glance, in the order a job seeker weighs them; empty when none were found. */
export function describeFacts(f: Facts | undefined, today = new Date().toISOString().slice(0, 10)): FactLine[] {
  if (!f) return [];
  const out: FactLine[] = [];
  if (f.closingDate) out.push({ key: 'closing', label: closing(f.closingDate.date, today), text: f.closingDate.text });
  if (f.pay) out.push({ key: 'pay', label: pay(f.pay), text: f.pay.text });
  if (f.contract) {
    const c = f.contract;
    const label = [c.type.replace('-', ' '), c.months ? `${c.months} months` : '', c.ir35 ? `${c.ir35} IR35` : ''].filter(Boolean).join(', ');
    out.push({ key: 'contract', label: label[0]!.toUpperCase() + label.slice(1), text: c.text });
  }
  if (f.hours) out.push({ key: 'hours', label: `${f.hours.type === 'full-time' ? 'Full time' : 'Part time'}${f.hours.perWeek ? `, ${f.hours.perWeek} hours a week` : ''}`, text: f.hours.text });
  if (f.workplace) {
    const w = f.workplace;
    const name = w.type === 'on-site' ? 'On site' : w.type === 'remote' ? 'Remote' : 'Hybrid';
    out.push({ key: 'workplace', label: `${name}${w.daysOnSite !== null && w.type === 'hybrid' ? `, ${w.daysOnSite} day${w.daysOnSite === 1 ? '' : 's'} a week on site` : ''}`, text: w.text });
  }
  if (f.clearance) {
    const c = f.clearance;
    const how = c.requirement === 'required' ? 'must hold' : c.requirement === 'willing' ? 'must be willing to be vetted' : 'mentioned';
    out.push({ key: 'clearance', label: `${CLEARANCE[c.level] ?? c.level} clearance (${how})`, text: c.text });
  }
  if (f.grade) {
    const scheme = loadGrades().schemes.find((s) => s.id === f.grade!.scheme)?.name ?? f.grade.scheme;
    out.push({ key: 'grade', label: `${f.grade.value} (${scheme})`, text: f.grade.text });
  }
  if (f.tools.length) out.push({ key: 'tools', label: `Tools: ${f.tools.map((t) => t.label).join(', ')}`, text: f.tools.map((t) => t.text).filter((t, i, a) => a.indexOf(t) === i).join(' … ') });
  if (f.agency?.isAgency) out.push({ key: 'agency', label: f.agency.name ? `Placed by ${f.agency.name}` : 'Placed by a recruitment agency', text: f.agency.text });
  return out;
}

/** The readable CLI lines: each fact with the advert's words it came from. */
export function factLines(a: Analysis, today?: string): string[] {
  return describeFacts(a.facts, today).map((l) => `${l.label}  ("${l.text}")`);
}
