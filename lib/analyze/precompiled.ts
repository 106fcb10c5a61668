import type { KnowledgeBase } from '../knowledge/schemas';
import { installKnowledgeBase } from '../knowledge/load';
import { installMatchRules, type CertContext, type RequirementRules } from '../knowledge/rule-schemas';
import type { Compiled, Payload, TierWords } from './compile';
import { installFactData, type FactRules, type GradesData, type ToolsData } from './facts/rules';
import { installCompiled } from './compiled';
import type { Weights } from './level/model';
import { installWeights } from './level/weights';
import { Lexicon, type LexEntry, type SerialLexicon } from './lexicon';
import { registerLemma, resetNormCache } from './normalize';
import { installLevelRules, type LevelRules } from './rules';

/**
 * The matcher compiled when the extension is built (precompile.ts): data/ already validated,
 * the lexicon's trie and the inflections compromise taught it, all as plain JSON. Installing
 * it takes no zod, no compromise and no tokenising; the analyses are the same (precompiled.test.ts).
 */
export interface Precompiled {
  kb: KnowledgeBase;
  rules: LevelRules;
  weights: Weights;
  certContext: CertContext;
  requirementRules: RequirementRules;
  facts: { tools: ToolsData; grades: GradesData; factRules: FactRules };
  /** Inflected form and its lemma, in the order learnt. */
  lemmas: Array<[string, string]>;
  /** For each family, the word after its name that picks one certificate: [word, certificate id, is its tier]. */
  tiers: Record<string, Array<[string, string, boolean]>>;
  lexicon: SerialLexicon<SerialEntry>;
}

/** A payload with certificates and skills by id, and sets as arrays. */
export type SerialPayload =
  | (Omit<Extract<Payload, { k: 'cert' }>, 'cert' | 'tiers'> & { cert: string })
  | (Omit<Extract<Payload, { k: 'listName' }>, 'cert'> & { cert: string })
  | (Omit<Extract<Payload, { k: 'skill' }>, 'skill'> & { skill: string })
  | (Omit<Extract<Payload, { k: 'duty' }>, 'near'> & { near?: string[] })
  | Exclude<Payload, { k: 'cert' | 'listName' | 'skill' | 'duty' }>;
export type SerialEntry = Omit<LexEntry<Payload>, 'payload'> & { payload: SerialPayload };

export function encodeEntry(e: LexEntry<Payload>): SerialEntry {
  const p = e.payload;
  let payload: SerialPayload;
  if (p.k === 'cert') payload = { k: p.k, cert: p.cert.id, generic: p.generic, familyName: p.familyName };
  else if (p.k === 'listName') payload = { k: p.k, cert: p.cert.id };
  else if (p.k === 'skill') payload = { k: p.k, skill: p.skill.id };
  else if (p.k === 'duty') payload = { ...p, near: p.near ? [...p.near] : undefined };
  else payload = p;
  return { ...e, payload };
}

function decoder(data: Precompiled): (e: SerialEntry) => LexEntry<Payload> {
  const certs = new Map(data.kb.certifications.map((c) => [c.id, c]));
  const skills = new Map(data.kb.skills.map((s) => [s.id, s]));
  const cert = (id: string) => {
    const c = certs.get(id);
    if (!c) throw new Error(`The precompiled lexicon names unknown certification "${id}"`);
    return c;
  };
  const tiers = new Map<string, TierWords>(
    Object.entries(data.tiers).map(([family, words]) => [family, new Map(words.map(([w, id, tier]) => [w, { cert: cert(id), tier }]))]),
  );
  const none: TierWords = new Map();
  return (e) => {
    const p = e.payload;
    let payload: Payload;
    if (p.k === 'cert') {
      const c = cert(p.cert);
      payload = { ...p, cert: c, tiers: tiers.get(c.family) ?? none };
    } else if (p.k === 'listName') payload = { k: p.k, cert: cert(p.cert) };
    else if (p.k === 'skill') {
      const skill = skills.get(p.skill);
      if (!skill) throw new Error(`The precompiled lexicon names unknown skill "${p.skill}"`);
      payload = { k: p.k, skill };
    } else if (p.k === 'duty') payload = { ...p, near: p.near ? new Set(p.near) : undefined };
    else payload = p;
    return { ...e, payload };
  };
}

/** Makes the precompiled matcher the one every analysis in this process (or extension page) uses. */
export function installPrecompiled(data: Precompiled): Compiled {
  for (const [form, lemma] of data.lemmas) registerLemma(form, lemma);
  resetNormCache();
  installKnowledgeBase(data.kb);
  installLevelRules(data.rules);
  installWeights(data.weights);
  installMatchRules({ certContext: data.certContext, requirementRules: data.requirementRules });
  installFactData(data.facts);
  const compiled: Compiled = { kb: data.kb, rules: data.rules, lexicon: Lexicon.fromJSON(data.lexicon, decoder(data)) };
  installCompiled(compiled);
  return compiled;
}
