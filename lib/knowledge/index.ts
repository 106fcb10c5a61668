import { loadKnowledgeBase } from './load';
import { CERT_FAMILIES, type Certification, type KnowledgeBase, type Level, type LevelId } from './schemas';

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
  levels: Map<string, Level>;
};
let indexes: Indexes | undefined;

function idx(): Indexes {
  const kb = loadKnowledgeBase();
  if (indexes?.kb === kb) return indexes;
  indexes = {
    kb,
    certs: new Map(kb.certifications.map((c) => [c.id, c])),
    levels: new Map(kb.levels.map((l) => [l.id, l])),
  };
  return indexes;
}

export function getCertification(id: string): Certification | undefined {
  return idx().certs.get(id);
}

export function getLevel(id: LevelId | string): Level | undefined {
  return idx().levels.get(id);
}
