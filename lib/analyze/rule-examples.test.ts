import { describe, expect, it } from 'vitest';
import certContextJson from '../../data/cert-context.json';
import levelRulesJson from '../../data/level-rules.json';
import requirementRulesJson from '../../data/requirement-rules.json';
import { CertContextSchema, RequirementRulesSchema } from '../knowledge/rule-schemas';
import { getCompiled } from './index';
import { analyze } from './index';
import { postingFromText } from '../posting';
import { LevelRulesSchema } from './rules';
import { tokenize } from './normalize';
import type { Payload } from './compile';

/** Which payload each list of data/level-rules.json compiles to. */
const LEVEL_KINDS: Record<string, Payload['k']> = {
  titleRoles: 'role',
  seniority: 'seniority',
  grades: 'grade',
  pmoTitleWords: 'pmoTitle',
  deliveryTitles: 'delivery',
  otherFieldTitles: 'otherField',
  selfIntro: 'selfIntro',
  reportsTo: 'reportsTo',
  otherRoleBefore: 'otherRole',
  duties: 'duty',
  pmoBodyCues: 'pmoBody',
  deliveryBodyCues: 'deliveryBody',
};

interface Example {
  file: string;
  k: Payload['k'];
  phrase: string;
  example: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  const level = LevelRulesSchema.parse(levelRulesJson);
  for (const [list, k] of Object.entries(LEVEL_KINDS)) {
    for (const r of (level as unknown as Record<string, Array<{ phrase: string; example: string }>>)[list]!) out.push({ file: 'level-rules', k, ...r });
  }
  const req = RequirementRulesSchema.parse(requirementRulesJson);
  for (const r of req.cues) out.push({ file: 'requirement-rules', k: 'req', ...r });
  for (const r of req.headings) out.push({ file: 'requirement-rules', k: 'heading', ...r });
  for (const r of [...req.methodBefore, ...req.methodAfter]) out.push({ file: 'requirement-rules', k: 'method', ...r });
  const ctx = CertContextSchema.parse(certContextJson);
  for (const r of ctx.certWords) out.push({ file: 'cert-context', k: 'certWord', ...r });
  for (const r of ctx.contextWords) out.push({ file: 'cert-context', k: 'certContext', ...r });
  for (const r of ctx.awardingBodies) out.push({ file: 'cert-context', k: 'awardingBody', ...r });
  for (const r of ctx.otherNames) out.push({ file: 'cert-context', k: 'otherName', phrase: r.phrase, example: r.example });
  for (const r of ctx.listNames) out.push({ file: 'cert-context', k: 'listName', phrase: r.phrase, example: r.example });
  for (const r of ctx.sectorNames) out.push({ file: 'cert-context', k: 'cert', phrase: r.alias, example: r.example });
  return out;
}

describe('every rule example in data/', () => {
  const all = examples();

  it('covers every rules file', () => {
    expect(new Set(all.map((e) => e.file))).toEqual(new Set(['level-rules', 'requirement-rules', 'cert-context']));
    expect(all.length).toBeGreaterThan(600);
  });

  it('finds its own rule when its example is scanned', () => {
    const lexicon = getCompiled().lexicon;
    const missed = all.filter((e) => !lexicon.scan(tokenize(e.example)).some((m) => m.entry.phrase === e.phrase && m.entry.payload.k === e.k));
    expect(missed.map((e) => `${e.file} ${e.k} "${e.phrase}": "${e.example}"`)).toEqual([]);
  });

  const ctx = CertContextSchema.parse(certContextJson);
  const families = (text: string) => analyze(postingFromText(text)).certificationsMentioned.map((c) => c.family);

  it('an everyday acronym is a certificate in its example and nothing in its trap', () => {
    for (const s of ctx.sectorNames) {
      expect(families(s.example).length, s.example).toBeGreaterThan(0);
      expect(families(s.trap), s.trap).toEqual([]);
    }
  });

  it('a longer name of something else is no certificate', () => {
    for (const o of ctx.otherNames) expect(families(o.example), o.example).toEqual([]);
  });

  it('a spelling variant finds the certificate it stands for', () => {
    for (const s of ctx.spellings) expect(families(`${s.example} certification`).length, s.example).toBeGreaterThan(0);
  });

  it('a name in a list of certifications names its certificate', () => {
    const kb = getCompiled().kb;
    for (const l of ctx.listNames) {
      const family = kb.certifications.find((c) => c.id === l.cert)?.family;
      expect(families(l.example), l.example).toContain(family);
    }
  });

  it('the PMO families are found in their examples', () => {
    for (const f of ctx.pmoFamilies) expect(families(`Desirable: ${f.example}`), f.example).toContain(f.family);
  });
});
