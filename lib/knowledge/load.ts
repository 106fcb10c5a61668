import levels from '../../data/levels.json';
import offices from '../../data/offices.json';
import certifications from '../../data/certifications.json';
import skills from '../../data/skills.json';
import type { KnowledgeBase } from './schemas';
import { KnowledgeBaseError, validateKnowledgeBase } from './validate';

export { KnowledgeBaseError };

let cached: KnowledgeBase | undefined;

/**
 * The validated knowledge base. Parsed once per process (or page): the popup and the CLI
 * call this on every analysis, and the data never changes at run time.
 */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const result = validateKnowledgeBase({ levels, offices, certifications, skills });
  if (!result.ok) throw new KnowledgeBaseError(result.errors);
  cached = result.kb;
  return cached;
}

/** The extension's knowledge base, validated when it was built: it is taken as it is. */
export function installKnowledgeBase(kb: KnowledgeBase): void {
  cached = kb;
}
