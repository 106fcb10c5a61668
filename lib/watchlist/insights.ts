import type { LevelId, Profile } from '../analysis';
import { LEVEL_ORDER } from './labels';
import type { StoredEntry as Entry } from './schema';

/** What the insights need to know about a certification from the knowledge base. */
export interface CatalogCert {
  id: string;
  family: string;
  name: string;
  prerequisites: string[];
  successors: string[];
}

export function jobsByLevel(entries: Iterable<Entry>): { id: LevelId | null; count: number }[] {
  const counts = new Map<LevelId | null, number>();
  for (const e of entries) counts.set(e.analysis.level.id, (counts.get(e.analysis.level.id) ?? 0) + 1);
  return [...LEVEL_ORDER, null].map((id) => ({ id, count: counts.get(id) ?? 0 }));
}

/**
 * Certifications the reader counts as held: the ones they named, what those required first
 * (a Practitioner holder has passed the Foundation), and the legacy certificates that a held
 * one replaced (an Essentials holder is not "missing" PPSO).
 */
export function effectiveHeld(profile: Profile, catalog: readonly CatalogCert[] = []): Set<string> {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const held = new Set<string>();
  const stack = [...profile.held];
  while (stack.length) {
    const id = stack.pop()!;
    if (held.has(id)) continue;
    held.add(id);
    for (const p of byId.get(id)?.prerequisites ?? []) stack.push(p);
    for (const c of catalog) if (c.successors.includes(id)) stack.push(c.id);
  }
  return held;
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
export function certificationDemand(entries: Iterable<Entry>, profile: Profile, catalog: readonly CatalogCert[] = []): CertDemand[] {
  const held = effectiveHeld(profile, catalog);
  const heldFamilies = new Set([...held].map((id) => catalog.find((c) => c.id === id)?.family).filter(Boolean));
  const out = new Map<string, CertDemand>();
  for (const e of entries) {
    for (const c of e.analysis.certifications) {
      let d = out.get(c.id);
      if (!d) {
        // A bare family id ("prince2") is met by any certificate of that family.
        const isHeld = held.has(c.id) || (c.id === c.family && heldFamilies.has(c.family));
        d = { id: c.id, family: c.family, count: 0, required: 0, held: isHeld };
        out.set(c.id, d);
      }
      d.count++;
      if (c.requirement === 'required') d.required++;
    }
  }
  return [...out.values()].sort((a, b) => b.count - a.count || b.required - a.required || (a.id < b.id ? -1 : 1));
}
