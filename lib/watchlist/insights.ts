import { LEVEL_ORDER, type LevelId, type Profile } from '../analysis';
import { heldRule, type Lineage } from '../analyze/held';
import type { Summary } from './summary';

/** What the insights need to know about a certification from the knowledge base. */
export interface CatalogCert extends Lineage {
  name: string;
}

export function jobsByLevel(jobs: Iterable<Summary>): { id: LevelId | null; count: number }[] {
  const counts = new Map<LevelId | null, number>();
  for (const j of jobs) counts.set(j.level, (counts.get(j.level) ?? 0) + 1);
  return [...LEVEL_ORDER, null].map((id) => ({ id, count: counts.get(id) ?? 0 }));
}

export interface CertDemand {
  id: string;
  family: string;
  /** Saved jobs that name it at all. */
  count: number;
  /** Of those, how many call it required. */
  required: number;
  held: boolean;
}

/** "Certifications asked for across your saved jobs", most asked first, each held or missing. */
export function certificationDemand(jobs: Iterable<Summary>, profile: Pick<Profile, 'held'>, catalog: readonly CatalogCert[] = []): CertDemand[] {
  const isHeld = heldRule(profile.held, catalog);
  const out = new Map<string, CertDemand>();
  for (const j of jobs) {
    for (const c of j.certs) {
      let d = out.get(c.id);
      if (!d) {
        d = { id: c.id, family: c.family, count: 0, required: 0, held: isHeld(c) };
        out.set(c.id, d);
      }
      d.count++;
      if (c.requirement === 'required') d.required++;
    }
  }
  return [...out.values()].sort((a, b) => b.count - a.count || b.required - a.required || (a.id < b.id ? -1 : 1));
}

export interface ToolDemand {
  id: string;
  label: string;
  count: number;
}

/** The tools adverts ask for across the saved jobs, most asked first. */
export function toolDemand(jobs: Iterable<Summary>): ToolDemand[] {
  const out = new Map<string, ToolDemand>();
  for (const j of jobs) {
    for (const t of j.tools) {
      const d = out.get(t.id);
      if (d) d.count++;
      else out.set(t.id, { id: t.id, label: t.label, count: 1 });
    }
  }
  return [...out.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

export interface LevelPay {
  id: LevelId | null;
  /** Jobs at this level whose pay is known in the currency shown. */
  count: number;
  /** The lowest and highest annual figure any of them states. */
  low: number;
  high: number;
  /** The median of each job's midpoint. */
  median: number;
}

/**
 * Pay by level as annual equivalents (day and hour rates converted by the facts). Figures in
 * different currencies are not added together: the currency most jobs state is shown, and
 * `otherCurrency` counts the jobs left out.
 */
export function payByLevel(jobs: Iterable<Summary>): { currency: string | null; levels: LevelPay[]; otherCurrency: number } {
  const paid = [...jobs].filter((j) => j.pay && (j.pay.min !== null || j.pay.max !== null));
  const currencies = new Map<string, number>();
  for (const j of paid) currencies.set(j.pay!.currency, (currencies.get(j.pay!.currency) ?? 0) + 1);
  const currency = [...currencies].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const byLevel = new Map<LevelId | null, { lows: number[]; highs: number[]; mids: number[] }>();
  for (const j of paid) {
    if (j.pay!.currency !== currency) continue;
    const low = j.pay!.min ?? j.pay!.max!;
    const high = j.pay!.max ?? j.pay!.min!;
    let g = byLevel.get(j.level);
    if (!g) byLevel.set(j.level, (g = { lows: [], highs: [], mids: [] }));
    g.lows.push(low);
    g.highs.push(high);
    g.mids.push((low + high) / 2);
  }
  const levels = [...LEVEL_ORDER, null]
    .filter((id) => byLevel.has(id))
    .map((id) => {
      const g = byLevel.get(id)!;
      return { id, count: g.mids.length, low: Math.min(...g.lows), high: Math.max(...g.highs), median: median(g.mids) };
    });
  return { currency, levels, otherCurrency: paid.length - levels.reduce((n, l) => n + l.count, 0) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface ClearanceShare {
  /** Jobs whose advert facts were read: the ones that can say whether clearance is needed. */
  read: number;
  /** Of those, how many require clearance (or the willingness to get it). */
  needed: number;
  /** Each level asked for, most asked first. */
  levels: { level: string; count: number }[];
}

/** How many saved jobs need security clearance, out of those whose facts were read. */
export function clearanceShare(jobs: Iterable<Summary>): ClearanceShare {
  let read = 0;
  let needed = 0;
  const levels = new Map<string, number>();
  for (const j of jobs) {
    if (!j.facts) continue;
    read++;
    if (!j.clearance || j.clearance.requirement === 'mentioned') continue;
    needed++;
    levels.set(j.clearance.level, (levels.get(j.clearance.level) ?? 0) + 1);
  }
  return { read, needed, levels: [...levels].map(([level, count]) => ({ level, count })).sort((a, b) => b.count - a.count || (a.level < b.level ? -1 : 1)) };
}
