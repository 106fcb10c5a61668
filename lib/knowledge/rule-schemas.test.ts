import { describe, expect, it } from 'vitest';
import certContextJson from '../../data/cert-context.json';
import requirementRulesJson from '../../data/requirement-rules.json';
import { CertContextSchema, RequirementRulesSchema, validateMatchRules } from './rule-schemas';
import { loadKnowledgeBase } from './load';

describe('the requirement and certificate-context rule files', () => {
  it('validate as shipped, with every listed certificate known', () => {
    expect(RequirementRulesSchema.safeParse(requirementRulesJson).success).toBe(true);
    expect(CertContextSchema.safeParse(certContextJson).success).toBe(true);
    expect(() => validateMatchRules(new Set(loadKnowledgeBase().certifications.map((c) => c.id)))).not.toThrow();
  });

  it('a cue of an unknown kind is rejected with its path', () => {
    const bad = { ...requirementRulesJson, cues: [{ phrase: 'essential', kind: 'vital', example: 'PRINCE2 is essential' }] };
    const r = RequirementRulesSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['cues', 0, 'kind']);
  });

  it('a rule without an example is rejected', () => {
    const bad = { ...certContextJson, certWords: [{ phrase: 'certified' }] };
    expect(CertContextSchema.safeParse(bad).success).toBe(false);
  });

  it('a list name pointing at a certificate that does not exist stops the build', () => {
    expect(() => validateMatchRules(new Set())).toThrow(/unknown certification "scrum-alliance-csm"/);
  });
});
