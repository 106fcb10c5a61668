import type { Plugin } from 'vite';
import { loadKnowledgeBase } from '../knowledge/load';
import { loadCertContext, loadRequirementRules } from '../knowledge/rule-schemas';
import { compile } from './compile';
import { loadFactRules, loadGrades, loadTools } from './facts/rules';
import { loadWeights } from './level/weights';
import { learntLemmas } from './normalize';
import { encodeEntry, type Precompiled } from './precompiled';
import { loadLevelRules } from './rules';

/**
 * For the build: validates data/ with zod, compiles the lexicon (with the inflections
 * compromise knows) and writes the lot as the JSON the extension installs (precompiled.ts).
 */
export function precompile(): Precompiled {
  const kb = loadKnowledgeBase();
  const rules = loadLevelRules();
  const compiled = compile(kb, rules);
  const tiers: Precompiled['tiers'] = {};
  const lexicon = compiled.lexicon.toJSON((e) => {
    const p = e.payload;
    if (p.k === 'cert') tiers[p.cert.family] ??= [...p.tiers].map(([word, t]) => [word, t.cert.id, t.tier]);
    return encodeEntry(e);
  });
  return {
    kb,
    rules,
    weights: loadWeights(),
    certContext: loadCertContext(),
    requirementRules: loadRequirementRules(),
    facts: { tools: loadTools(), grades: loadGrades(), factRules: loadFactRules() },
    lemmas: learntLemmas(),
    tiers,
    lexicon,
  };
}

export const PRECOMPILED_MODULE = 'virtual:pmo-precompiled';

/** Serves the precompiled matcher to the extension's bundles as a module of one JSON string. */
export function precompiledPlugin(): Plugin {
  const resolved = `\0${PRECOMPILED_MODULE}`;
  let source: string | null = null;
  return {
    name: 'pmo-precompiled',
    resolveId: (id) => (id === PRECOMPILED_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      // JSON.parse of one string starts faster than the same data as an object literal.
      source ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(precompile()))});`;
      return source;
    },
  };
}
