import type { Facts } from '../analysis';
import type { FactLabels } from './fact-labels';

export const FACT_NAMES = ['closingDate', 'pay', 'contract', 'hours', 'workplace', 'clearance', 'grade', 'tools', 'agency'] as const;
export type FactName = (typeof FACT_NAMES)[number];

export interface FactFigure {
  tp: number;
  fp: number;
  fn: number;
  /** Null when nothing was found (precision) or nothing was labelled (recall). */
  precision: number | null;
  recall: number | null;
}

/** What one fact of an analysis reads as, in the shape of its label; null when not found. */
function asLabel(f: Facts, name: Exclude<FactName, 'tools'>): unknown {
  switch (name) {
    case 'closingDate':
      return f.closingDate?.date ?? null;
    case 'pay':
      return f.pay && { min: f.pay.min, max: f.pay.max, currency: f.pay.currency, period: f.pay.period };
    case 'contract':
      return f.contract && { type: f.contract.type, months: f.contract.months, ir35: f.contract.ir35 };
    case 'hours':
      return f.hours && { type: f.hours.type, perWeek: f.hours.perWeek };
    case 'workplace':
      return f.workplace && { type: f.workplace.type, daysOnSite: f.workplace.daysOnSite };
    case 'clearance':
      return f.clearance && { level: f.clearance.level, requirement: f.clearance.requirement };
    case 'grade':
      return f.grade && { scheme: f.grade.scheme, value: f.grade.value };
    case 'agency':
      return f.agency ? f.agency.isAgency : null;
  }
}

function same(name: FactName, label: unknown, found: unknown): boolean {
  if (name === 'closingDate' && typeof label === 'string' && label.startsWith('--')) return typeof found === 'string' && found.slice(4) === label.slice(1);
  return JSON.stringify(label) === JSON.stringify(found);
}

/** Per-advert differences, for the verbose listing. */
export function factIssues(labels: FactLabels, facts: Facts | undefined): string[] {
  const issues: string[] = [];
  if (!facts) return ['no facts read'];
  for (const name of FACT_NAMES) {
    if (name === 'tools') {
      const want = new Set(labels.tools);
      const got = new Set(facts.tools.map((t) => t.id));
      for (const t of want) if (!got.has(t)) issues.push(`missed tool ${t}`);
      for (const t of got) if (!want.has(t)) issues.push(`extra tool ${t}`);
      continue;
    }
    const want = labels[name];
    const got = asLabel(facts, name);
    if (!same(name, want, got)) issues.push(`${name} ${JSON.stringify(want)} -> ${JSON.stringify(got)}`);
  }
  return issues;
}

/**
 * Precision and recall per fact. A fact read wrongly counts against both: it was found but is
 * not right, and the right value was missed. Tools count each tool of each advert.
 */
export function scoreFacts(pairs: ReadonlyArray<{ labels: FactLabels; facts: Facts | undefined }>): Record<FactName, FactFigure> {
  const counts = Object.fromEntries(FACT_NAMES.map((n) => [n, { tp: 0, fp: 0, fn: 0 }])) as Record<FactName, { tp: number; fp: number; fn: number }>;
  for (const { labels, facts } of pairs) {
    for (const name of FACT_NAMES) {
      const c = counts[name];
      if (name === 'tools') {
        const want = new Set(labels.tools);
        const got = new Set((facts?.tools ?? []).map((t) => t.id));
        for (const t of got) (want.has(t) ? c.tp++ : c.fp++);
        for (const t of want) if (!got.has(t)) c.fn++;
        continue;
      }
      const want = labels[name];
      const got = facts ? asLabel(facts, name) : null;
      if (got !== null && want !== null && same(name, want, got)) c.tp++;
      else {
        if (got !== null) c.fp++;
        if (want !== null) c.fn++;
      }
    }
  }
  const r3 = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);
  return Object.fromEntries(
    FACT_NAMES.map((n) => {
      const c = counts[n];
      return [n, { ...c, precision: r3(c.tp, c.tp + c.fp), recall: r3(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<FactName, FactFigure>;
}
