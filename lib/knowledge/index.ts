import { loadKnowledgeBase } from './load';
import {
  CERT_FAMILIES,
  type CertFamily,
  type Certification,
  type KnowledgeBase,
  type Level,
  type LevelId,
  type Office,
  type OfficeId,
} from './schemas';

export * from './schemas';
export { loadKnowledgeBase } from './load';
export {
  certificationSpellings,
  type CertificationSpelling,
  KnowledgeBaseError,
  normalizeAlias,
  validateKnowledgeBase,
  validateShippedKnowledgeBase,
  type ValidationResult,
} from './validate';
export { CERT_FAMILIES };

type Indexes = {
  kb: KnowledgeBase;
  certs: Map<string, Certification>;
  byFamily: Map<CertFamily, Certification[]>;
  levels: Map<string, Level>;
  offices: Map<string, Office>;
};
let indexes: Indexes | undefined;

function idx(): Indexes {
  const kb = loadKnowledgeBase();
  if (indexes?.kb === kb) return indexes;
  const byFamily = new Map<CertFamily, Certification[]>(CERT_FAMILIES.map((f) => [f, []]));
  for (const c of kb.certifications) byFamily.get(c.family)?.push(c);
  indexes = {
    kb,
    certs: new Map(kb.certifications.map((c) => [c.id, c])),
    byFamily,
    levels: new Map(kb.levels.map((l) => [l.id, l])),
    offices: new Map(kb.offices.map((o) => [o.id, o])),
  };
  return indexes;
}

export function getCertification(id: string): Certification | undefined {
  return idx().certs.get(id);
}

/** The certifications of one family, in the order of certifications.json (lowest tier first). */
export function certificationsByFamily(family: CertFamily | string): Certification[] {
  return idx().byFamily.get(family as CertFamily) ?? [];
}

/** The certification a bare family name ("PRINCE2", "P3O") stands for. */
export function familyDefault(family: CertFamily | string): Certification | undefined {
  return certificationsByFamily(family).find((c) => c.familyDefault);
}

export function getLevel(id: LevelId | string): Level | undefined {
  return idx().levels.get(id);
}

/** Levels in career order, administrator first. */
export function levelsInOrder(): Level[] {
  return [...loadKnowledgeBase().levels].sort((a, b) => a.number - b.number);
}

export function getOffice(id: OfficeId | string): Office | undefined {
  return idx().offices.get(id);
}

/**
 * Where a legacy certificate leads now, following chains (BCS PPSO Essentials leads to
 * Essentials for PMO Administrators). Current certificates return an empty list.
 */
export function currentSuccessors(id: string): Certification[] {
  const out: Certification[] = [];
  const seen = new Set<string>([id]);
  const queue = [...(getCertification(id)?.successors ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const c = getCertification(next);
    if (!c) continue;
    if (c.status === 'current') out.push(c);
    else queue.push(...c.successors);
  }
  return out;
}
