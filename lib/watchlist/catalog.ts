import certificationData from '../../data/certifications.json';
import type { CatalogCert } from './insights';
import { readableCertId } from '../present';

export interface PickableCert extends CatalogCert {
  shortName: string;
  status: string;
  /** Lower-case text the profile search matches against. */
  search: string;
}

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The certificates a reader can say they hold, read leniently from data/certifications.json:
 * a row the page cannot use is skipped rather than breaking the profile editor while the
 * data is being corrected.
 */
export const CATALOG: readonly PickableCert[] = (Array.isArray(certificationData) ? (certificationData as unknown as Loose[]) : [])
  .filter((c) => str(c.id) && str(c.family))
  .map((c) => {
    const name = str(c.name) || str(c.id);
    const shortName = str(c.shortName) || name;
    return {
      id: str(c.id),
      family: str(c.family),
      name,
      shortName,
      status: str(c.status) || 'current',
      prerequisites: strs(c.prerequisites),
      successors: strs(c.successors),
      search: [c.id, name, shortName, ...strs(c.aliases)].map((s) => String(s).toLowerCase()).join('\n'),
    };
  });

const BY_ID = new Map(CATALOG.map((c) => [c.id, c]));

/** "p3o-practitioner" → "P3O Practitioner"; unknown ids are made readable rather than hidden. */
export function certLabel(id: string): string {
  return BY_ID.get(id)?.shortName ?? readableCertId(id);
}

export function certFullName(id: string): string {
  return BY_ID.get(id)?.name ?? certLabel(id);
}
