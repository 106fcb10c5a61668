import { LEVEL_ORDER, type LevelId, type Profile } from '../analysis';
import { heldRule, type Lineage } from '../analyze/held';
import type { StoredEntry as Entry } from './schema';

/** What the insights need to know about a certification from the knowledge base. */
export interface CatalogCert extends Lineage {
  name: string;
}

export function jobsByLevel(entries: Iterable<Entry>): { id: LevelId | null; count: number }[] {
  const counts = new Map<LevelId | null, number>();
  for (const e of entries) counts.set(e.analysis.level.id, (counts.get(e.analysis.level.id) ?? 0) + 1);
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
export function certificationDemand(entries: Iterable<Entry>, profile: Pick<Profile, 'held'>, catalog: readonly CatalogCert[] = []): CertDemand[] {
  const isHeld = heldRule(profile.held, catalog);
  const out = new Map<string, CertDemand>();
  for (const e of entries) {
    for (const c of e.analysis.certifications) {
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
