import type { Fit, Profile } from '../analysis';
import { holdsFor, judgeFit, type Asked } from '../analyze/fit';
import type { Lineage } from '../analyze/held';
import type { StoredEntry } from './schema';

/** Everything a saved job asks that a reader can hold: its certificates and the rest it kept. */
export function entryAsked(e: StoredEntry, certLabel: (id: string) => string): Asked[] {
  return [
    ...e.analysis.certifications.map((c) => ({ kind: 'certification' as const, id: c.id, family: c.family, label: certLabel(c.id), requirement: c.requirement })),
    ...(e.analysis.asked ?? []),
  ];
}

/**
 * The fit of each saved job for one profile, by the same rule as the popup and the CLI;
 * worked out once per entry object (entries are replaced, never changed in place).
 */
export function fitReader(profile: Pick<Profile, 'held' | 'skills' | 'tools' | 'clearance'>, catalog: readonly Lineage[], certLabel: (id: string) => string): (e: StoredEntry) => Fit {
  const holds = holdsFor(profile, catalog);
  const cache = new WeakMap<StoredEntry, Fit>();
  return (e) => {
    let fit = cache.get(e);
    if (!fit) cache.set(e, (fit = judgeFit(entryAsked(e, certLabel), holds)));
    return fit;
  };
}
