import type { Fit, Profile } from '../analysis';
import { holdsFor, judgeFit, type Asked } from '../analyze/fit';
import type { Lineage } from '../analyze/held';
import type { AskedSummary, CertificationNamed, StoredEntry } from './schema';
import { storedAsked } from './summary';

/** What a saved job asks: its certificates, and the skills, tools and clearance it kept. */
export interface AskedHolder {
  certs: readonly CertificationNamed[];
  asked: readonly AskedSummary[];
}

/** A full saved entry read the way its summary is (the CSV works on entries). */
export const holderOfEntry = (e: StoredEntry): AskedHolder => ({ certs: e.analysis.certifications, asked: storedAsked(e) });

export function entryAsked(h: AskedHolder, certLabel: (id: string) => string): Asked[] {
  return [...h.certs.map((c) => ({ kind: 'certification' as const, id: c.id, family: c.family, label: certLabel(c.id), requirement: c.requirement })), ...h.asked];
}

/**
 * The fit of each saved job for one profile, by the same rule as the popup and the CLI;
 * worked out once per summary object (summaries are replaced, never changed in place).
 */
export function fitReader(profile: Pick<Profile, 'held' | 'skills' | 'tools' | 'clearance'>, catalog: readonly Lineage[], certLabel: (id: string) => string): (h: AskedHolder) => Fit {
  const holds = holdsFor(profile, catalog);
  const cache = new WeakMap<AskedHolder, Fit>();
  return (h) => {
    let fit = cache.get(h);
    if (!fit) cache.set(h, (fit = judgeFit(entryAsked(h, certLabel), holds)));
    return fit;
  };
}
