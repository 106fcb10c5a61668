import { describe, expect, it } from 'vitest';
import {
  CERT_FAMILIES,
  KnowledgeBaseError,
  certificationSpellings,
  getCertification,
  getLevel,
  loadKnowledgeBase,
  normalizeAlias,
  validateKnowledgeBase,
  type Certification,
  type KnowledgeBase,
} from '.';
import { linkProblem } from './links';
import { assertKnowledgeBase, shippedRawKnowledgeBase, validateShippedKnowledgeBase } from './validate';
import { currentSuccessors } from '../analyze/held';
import { LEVEL_ORDER } from '../analysis';

const inFamily = (family: string) => loadKnowledgeBase().certifications.filter((c) => c.family === family);

type RawKb = { levels: unknown[]; offices: unknown[]; certifications: Record<string, unknown>[]; skills: unknown[] };

/** A deep copy of the shipped data that a test can break without touching the real thing. */
function rawCopy(): RawKb {
  return shippedRawKnowledgeBase() as RawKb;
}

function cert(raw: RawKb, id: string): Record<string, unknown> {
  const c = raw.certifications.find((x) => x.id === id);
  if (!c) throw new Error(`test setup: no certification ${id}`);
  return c;
}

function errorsOf(raw: unknown): string[] {
  const result = validateKnowledgeBase(raw);
  if (result.ok) throw new Error('expected the knowledge base to be rejected');
  return result.errors;
}

describe('shipped knowledge base', () => {
  it('validates, with the schema and every cross-check', () => {
    const result = validateKnowledgeBase(shippedRawKnowledgeBase());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(() => validateShippedKnowledgeBase()).not.toThrow();
  });

  it('is parsed once and then served from the cache', () => {
    expect(loadKnowledgeBase()).toBe(loadKnowledgeBase());
  });

  it('holds the seven certifications of the source article', () => {
    const seeds = [
      'bcs-ppso-essentials',
      'bcs-ppso-advanced',
      'p3o-foundation',
      'p3o-practitioner',
      'ipmo-foundation',
      'ipmo-practitioner',
      'ipmo-expert',
    ];
    const found = seeds.filter((id) => getCertification(id));
    expect(found).toHaveLength(7);
    expect(getCertification('bcs-ppso-essentials')?.status).toBe('legacy');
    expect(getCertification('bcs-ppso-advanced')?.status).toBe('legacy');
  });

  it('holds the four House of PMO Essentials, one per level', () => {
    const essentials = inFamily('hopmo-essentials');
    expect(essentials.map((c) => c.id).sort()).toEqual(
      [
        'hopmo-essentials-pmo-administrators',
        'hopmo-essentials-pmo-analysts',
        'hopmo-essentials-pmo-directors',
        'hopmo-essentials-pmo-managers',
      ].sort(),
    );
    expect(new Set(essentials.flatMap((c) => c.levels))).toEqual(new Set(LEVEL_ORDER));
  });

  it('has at least one certification in every family of DESIGN.md, and one default per family', () => {
    expect(CERT_FAMILIES).toHaveLength(32);
    for (const family of CERT_FAMILIES) {
      expect(inFamily(family).length, family).toBeGreaterThan(0);
      expect(inFamily(family).filter((c) => c.familyDefault), family).toHaveLength(1);
    }
    expect(inFamily('apm').map((c) => c.shortName)).toEqual(
      expect.arrayContaining(['APM PFQ', 'APM PMQ', 'APM PPQ', 'ChPP']),
    );
  });

  it('puts the certifications of the DESIGN.md level table first at their level', () => {
    const table: Record<string, string[]> = {
      administrator: ['hopmo-essentials-pmo-administrators', 'apm-pfq', 'prince2-foundation', 'pmi-capm'],
      analyst: ['hopmo-essentials-pmo-analysts', 'p3o-foundation', 'ipmo-foundation'],
      manager: ['hopmo-essentials-pmo-managers', 'p3o-practitioner', 'ipmo-practitioner', 'pmi-pmocp'],
      director: ['hopmo-essentials-pmo-directors', 'ipmo-expert', 'mop-practitioner'],
    };
    for (const [level, ids] of Object.entries(table)) {
      for (const id of ids) expect(getCertification(id)?.levels[0], id).toBe(level);
    }
  });

  it('keeps PMI-PMOCP and its legacy PMO-CP in one family, legacy pointing at the successor', () => {
    const family = inFamily('pmi-pmocp');
    const legacy = family.find((c) => c.shortName === 'PMO-CP');
    expect(legacy?.status).toBe('legacy');
    expect(legacy?.successors).toContain('pmi-pmocp');
    expect(getCertification('pmi-pmocp')?.awardingBody.previous.map((p) => p.name).join(' ')).toMatch(
      /PMO Global Alliance/,
    );
  });

  it('leads every legacy certificate to a current one', () => {
    const kb = loadKnowledgeBase();
    const legacy = kb.certifications.filter((c) => c.status === 'legacy');
    expect(legacy.length).toBeGreaterThanOrEqual(3);
    for (const c of legacy) expect(currentSuccessors(kb.certifications, c.id).length, c.id).toBeGreaterThan(0);
    expect(currentSuccessors(kb.certifications, 'bcs-ppso-essentials').map((c) => c.id)).toEqual(['hopmo-essentials-pmo-administrators']);
    expect(currentSuccessors(kb.certifications, 'bcs-ppso-advanced').map((c) => c.id)).toEqual(['hopmo-essentials-pmo-managers']);
    expect(currentSuccessors(kb.certifications, 'p3o-practitioner')).toEqual([]);
  });

  it('marks what to check with the provider wherever confidence is not verified', () => {
    for (const c of loadKnowledgeBase().certifications) {
      if (c.confidence === 'uncertain') expect(c.uncertain?.length, c.id).toBeGreaterThan(0);
    }
    // The catalogue could not find IPMO-Expert's page or exam format.
    expect(getCertification('ipmo-expert')?.confidence).toBe('uncertain');
  });

  it('links every certification to an https page', () => {
    for (const c of loadKnowledgeBase().certifications) {
      expect(c.officialUrl, c.id).toMatch(/^https:\/\//);
      for (const course of c.courses) expect(course.url, c.id).toMatch(/^https:\/\//);
    }
  });

  it('has a lexicon of at least 150 skills, with the core PMO duties and tools', () => {
    const kb = loadKnowledgeBase();
    expect(kb.skills.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(kb.skills.map((s) => s.id));
    for (const id of ['raid-log', 'minute-taking', 'timesheets', 'power-bi', 'ms-project', 'planview', 'p3m3', 'stage-gates']) {
      expect(ids.has(id), id).toBe(true);
    }
    const kinds = new Set(kb.skills.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['duty', 'skill', 'tool', 'method', 'standard']));
  });

  it('gives each level UK and US titles, in career order 1 to 4', () => {
    const levels = loadKnowledgeBase().levels;
    expect(levels.map((l) => l.id)).toEqual(LEVEL_ORDER);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    for (const l of levels) {
      expect(l.titles.uk.length, l.id).toBeGreaterThan(0);
      expect(l.titles.us.length, l.id).toBeGreaterThan(0);
    }
    expect(getLevel('director')?.titles.uk).toContain('Head of PMO');
    expect(getLevel('administrator')?.competencyRole).toBe('PMO Administrator');
  });

  it('describes the five offices with the cues adverts use', () => {
    const getOffice = (id: string) => loadKnowledgeBase().offices.find((o) => o.id === id);
    expect(getOffice('programme')?.cues).toContain('PgMO');
    expect(getOffice('enterprise')?.cues).toEqual(expect.arrayContaining(['ePMO', 'corporate PMO']));
    expect(getOffice('coe')?.cues).toContain('CoE');
    expect(getOffice('project')?.permanence).toBe('temporary');
    expect(getOffice('enterprise')?.permanence).toBe('permanent');
  });
});

function aliasIndex(kb: KnowledgeBase): Map<string, Certification> {
  const map = new Map<string, Certification>();
  for (const c of kb.certifications) {
    for (const s of certificationSpellings(c)) if (!s.caseSensitive) map.set(s.key, c);
  }
  return map;
}

describe('alias matching', () => {

  it('normalises case, trade marks, hyphens and commas but keeps "PRINCE 2" apart from "PRINCE2"', () => {
    expect(normalizeAlias('PRINCE2® Practitioner')).toBe('prince2 practitioner');
    expect(normalizeAlias('P3O™ – Practitioner')).toBe('p3o practitioner');
    expect(normalizeAlias('Portfolio,  Programme and Project Offices')).toBe('portfolio programme and project offices');
    expect(normalizeAlias('M_o_R')).toBe('m o r');
    expect(normalizeAlias('PRINCE 2')).not.toBe(normalizeAlias('PRINCE2'));
  });

  it('resolves the spellings adverts use to the right certification', () => {
    const index = aliasIndex(loadKnowledgeBase());
    const cases: [string, string][] = [
      ['P3O®', 'p3o-foundation'],
      ['Portfolio, Programme and Project Offices', 'p3o-foundation'],
      ['P3O Practitioner', 'p3o-practitioner'],
      ['PRINCE 2', 'prince2-foundation'],
      ['Prince2 Practitioner', 'prince2-practitioner'],
      ['APM PMQ', 'apm-pmq'],
      ['APMP', 'apm-pmq'],
      ['PPSO', 'bcs-ppso-essentials'],
      ['PPSO Advanced Practitioner', 'bcs-ppso-advanced'],
      ['PSM I', 'scrum-org-psm-1'],
      ['Certified ScrumMaster', 'scrum-alliance-csm'],
      ['MSP Practitioner', 'msp-practitioner'],
      ['Essentials for PMO Analysts', 'hopmo-essentials-pmo-analysts'],
      ['Lean Six Sigma Green Belt', 'lean-six-sigma-green-belt'],
      ['PMI-PMOCP', 'pmi-pmocp'],
      ['ITIL v3', 'itil-v3-foundation'],
    ];
    for (const [text, id] of cases) expect(index.get(normalizeAlias(text))?.id, text).toBe(id);
  });

  it('keeps abbreviations that are ordinary words out of the case-insensitive aliases', () => {
    const index = aliasIndex(loadKnowledgeBase());
    const everyday = ['safe', 'mop', 'msp', 'csm', 'apm', 'mor', 'project management professional', 'management of risk'];
    for (const phrase of everyday) expect(index.has(phrase), phrase).toBe(false);
    expect(getCertification('pmi-pmp')?.caseSensitiveAliases).toContain('Project Management Professional');
    expect(getCertification('msp-foundation')?.caseSensitiveAliases).toContain('Managing Successful Programmes');
    expect(getCertification('safe-agilist')?.caseSensitiveAliases).toContain('SAFe');
    expect(getCertification('msp-foundation')?.caseSensitiveAliases).toContain('MSP');
  });
});

describe('validation catches broken data and names the entry', () => {
  it('a successor that does not exist', () => {
    const raw = rawCopy();
    cert(raw, 'bcs-ppso-essentials').successors = ['hopmo-essentials-pmo-admins'];
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('certifications "bcs-ppso-essentials"');
    expect(errors[0]).toContain('successors');
    expect(errors[0]).toContain('hopmo-essentials-pmo-admins');
  });

  it('a prerequisite that does not exist', () => {
    const raw = rawCopy();
    cert(raw, 'p3o-practitioner').prerequisites = ['p3o-fundamentals'];
    const errors = errorsOf(raw);
    expect(errors).toEqual([expect.stringContaining('certifications "p3o-practitioner": prerequisites')]);
    expect(errors[0]).toContain('p3o-fundamentals');
  });

  it('an alias two certifications share, even when spelt differently', () => {
    const raw = rawCopy();
    const ipmo = cert(raw, 'ipmo-practitioner');
    ipmo.aliases = [...(ipmo.aliases as string[]), 'p3o -  PRACTITIONER®'];
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('certifications "ipmo-practitioner"');
    expect(errors[0]).toContain('certifications "p3o-practitioner"');
  });

  it('an http link, in the official page or a course', () => {
    const raw = rawCopy();
    cert(raw, 'apm-chpp').officialUrl = 'http://www.apm.org.uk/chartered-standard/';
    const p3o = cert(raw, 'p3o-foundation');
    const courses = p3o.courses as { url: string }[];
    courses[0]!.url = courses[0]!.url.replace('https://', 'http://');
    const errors = errorsOf(raw);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^certifications "apm-chpp": officialUrl: .*https/),
        expect.stringMatching(/^certifications "p3o-foundation": courses\[0\]\.url: .*https/),
      ]),
    );
  });

  it('an id that is not kebab-case, and an id used twice', () => {
    const raw = rawCopy();
    cert(raw, 'pmi-pmp').id = 'PMI_PMP';
    cert(raw, 'pmi-capm').id = 'pmi-pgmp';
    const errors = errorsOf(raw);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^certifications "PMI_PMP": id: .*kebab/)]));
    const again = rawCopy();
    cert(again, 'pmi-capm').id = 'pmi-pgmp';
    expect(errorsOf(again)).toEqual(
      expect.arrayContaining([expect.stringContaining('certifications "pmi-pgmp": id is used more than once')]),
    );
  });

  it('a family of the closed list left empty, or given a second default', () => {
    const raw = rawCopy();
    raw.certifications = raw.certifications.filter((c) => c.family !== 'mov');
    expect(errorsOf(raw)).toEqual([expect.stringContaining('family "mov"')]);
    const twoDefaults = rawCopy();
    cert(twoDefaults, 'prince2-practitioner').familyDefault = true;
    expect(errorsOf(twoDefaults)).toEqual([expect.stringMatching(/family "prince2".*prince2-foundation, prince2-practitioner/)]);
  });

  it('a family outside the closed list and a level that does not exist', () => {
    const raw = rawCopy();
    cert(raw, 'apm-pfq').family = 'apm-uk';
    cert(raw, 'apm-pmq').levels = ['analyst', 'lead'];
    const errors = errorsOf(raw);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^certifications "apm-pfq": family/),
        expect.stringMatching(/^certifications "apm-pmq": levels\[1\]/),
      ]),
    );
  });

  it('a case-sensitive abbreviation claimed by two certifications, and family aliases off the default', () => {
    const raw = rawCopy();
    cert(raw, 'safe-agilist').caseSensitiveAliases = ['SAFe', 'MSP'];
    cert(raw, 'msp-practitioner').familyAliases = ['MSP programme management certificate'];
    const errors = errorsOf(raw);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^certifications "(safe-agilist|msp-foundation)": caseSensitiveAliases: "MSP" collides .*certifications "(msp-foundation|safe-agilist)"/),
        expect.stringMatching(/^certifications "msp-practitioner": familyAliases: only the certification marked familyDefault/),
      ]),
    );
  });

  it('a skill synonym claimed by two skills', () => {
    const raw = rawCopy();
    const skill = raw.skills.find((s) => (s as { id: string }).id === 'timesheets') as { synonyms: string[] };
    skill.synonyms.push('RAID Log');
    expect(errorsOf(raw)).toEqual([expect.stringMatching(/^skills "timesheets": synonyms: "RAID Log" collides .*skills "raid-log"/)]);
  });

  it('a link to a locale page, a retired microsite or over http, wherever it appears', () => {
    const raw = rawCopy();
    cert(raw, 'mop-foundation').officialUrl = 'https://www.peoplecert.org/jp/mop-certification-family/';
    ((cert(raw, 'p3o-practitioner').courses as { url: string }[])[1]!).url = 'https://www.p3o-officialsite.com/Qualifications';
    expect(errorsOf(raw).sort()).toEqual([
      expect.stringMatching(/^certifications "mop-foundation": officialUrl: .*"\/jp\/" language page/),
      expect.stringMatching(/^certifications "p3o-practitioner": courses\[1\]\.url: .*p3o-officialsite\.com, a site that is no longer maintained/),
    ]);
    const http = rawCopy();
    ((cert(http, 'pmi-pmp').sources as { url: string }[])[0]!).url = 'http://www.pmi.org/certifications/project-management-pmp';
    expect(errorsOf(http)).toEqual([expect.stringMatching(/^certifications "pmi-pmp": sources\[0\]\.url: .*https/)]);
  });

  it('a fact without a source, or backed by a source the entry does not list', () => {
    const raw = rawCopy();
    delete (cert(raw, 'prince2-foundation').backing as Record<string, unknown>).exam;
    (cert(raw, 'msp-practitioner').backing as Record<string, { source: string }>).prerequisites!.source = 'no-such-page';
    (cert(raw, 'apm-pfq').backing as Record<string, unknown>).fee = { source: 'apm-pfq', confidence: 'verified' };
    expect(errorsOf(raw).sort()).toEqual([
      'certifications "apm-pfq": backing.fee: backs a fact the entry does not have',
      'certifications "msp-practitioner": backing.prerequisites: unknown source "no-such-page"',
      'certifications "prince2-foundation": backing.exam: say which source backs this fact',
    ]);
  });

  it('a course that does not say how it is taught, and a month written wrongly', () => {
    const raw = rawCopy();
    const courses = cert(raw, 'prince2-practitioner').courses as Record<string, unknown>[];
    delete courses[1]!.formats;
    courses[2]!.checked = 'Nov 2026';
    expect(errorsOf(raw)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^certifications "prince2-practitioner": courses\[2\]\.checked: must be a month written YYYY-MM/),
      ]),
    );
    const again = rawCopy();
    delete (cert(again, 'prince2-practitioner').courses as Record<string, unknown>[])[1]!.formats;
    expect(errorsOf(again)).toEqual(['certifications "prince2-practitioner": courses[1].formats: say how the course is taught (classroom, virtual, self-paced)']);
  });

  it('a "+" anywhere but at the end of a word of an alias', () => {
    const raw = rawCopy();
    cert(raw, 'comptia-project-plus').aliases = ['CompTIA Project+', 'Project+ (PK0-005)', 'Project+Plus', '+Project'];
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^certifications "comptia-project-plus": aliases\[2\]: a "\+" may only end a word/),
        expect.stringMatching(/^certifications "comptia-project-plus": aliases\[3\]: a "\+" may only end a word/),
      ]),
    );
  });

  it('throws a KnowledgeBaseError listing the problems when asked to assert', () => {
    const raw = rawCopy();
    cert(raw, 'msp-practitioner').successors = ['msp-advanced'];
    expect(() => assertKnowledgeBase(raw)).toThrow(KnowledgeBaseError);
    expect(() => assertKnowledgeBase(raw)).toThrow(/certifications "msp-practitioner": successors/);
  });
});

describe('shipped certifications, as corrected in November 2026', () => {
  const kb = () => loadKnowledgeBase();

  it('links only to pages a reader can follow: https, no locale page, no retired site', () => {
    for (const c of kb().certifications) {
      for (const url of [c.officialUrl, ...c.courses.map((k) => k.url), ...c.sources.map((s) => s.url)]) {
        expect(linkProblem(url), `${c.id}: ${url}`).toBeNull();
      }
    }
  });

  it('gives every current certificate a training finder and two course pages, except awards made on workplace evidence alone', () => {
    // AIPM's RegPM levels are assessed on evidence of the candidate's own work: there is no course to book.
    const onEvidence = kb().certifications.filter((c) => c.assessedOnEvidence).map((c) => c.id);
    expect(onEvidence.sort()).toEqual(['aipm-cppd', 'aipm-cppe', 'aipm-cppm', 'aipm-cppp', 'aipm-cpspm']);
    for (const c of kb().certifications) {
      if (c.status !== 'current' || c.assessedOnEvidence) continue;
      expect(c.courses.filter((k) => k.kind === 'finder').length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.courses.filter((k) => k.kind === 'course').length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('dates every entry: each has sources read in a given month, and every fact present names one of them', () => {
    for (const c of kb().certifications) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      const ids = new Set(c.sources.map((s) => s.id));
      expect(ids.has(c.backing.status.source), c.id).toBe(true);
      if (c.exam) expect(ids.has(c.backing.exam?.source ?? ''), c.id).toBe(true);
    }
  });

  it('keeps "APM PQ" for IPMA Level C, not APM PPQ', () => {
    const index = new Map<string, string>();
    for (const c of kb().certifications) for (const s of certificationSpellings(c)) if (!s.caseSensitive) index.set(s.key, c.id);
    expect(index.get(normalizeAlias('APM PQ'))).toBe('ipma-level-c');
    expect(index.get(normalizeAlias('APM Practitioner Qualification'))).toBe('ipma-level-c');
    expect(index.get(normalizeAlias('APM PPQ'))).toBe('apm-ppq');
    expect(index.get(normalizeAlias('ITIL v5 Foundation'))).toBe('itil-5-foundation');
    expect(index.get(normalizeAlias('IPMA Level C'))).toBe('ipma-level-c');
    expect(index.get(normalizeAlias('Praxis Framework Practitioner'))).toBe('praxis-practitioner');
    expect(index.get(normalizeAlias('CompTIA Project+'))).toBe('comptia-project-plus');
    expect(index.get(normalizeAlias('MSP Advanced Practitioner'))).toBe('msp-advanced-practitioner');
    expect(index.get(normalizeAlias('Google Project Management Professional Certificate'))).toBe('google-pm-certificate');
    expect(getCertification('google-pm-certificate')?.family).toBe('google-pm');
  });

  it('reads ITIL without a version as the Foundation examined now, ITIL (Version 5), and keeps "ITIL 4" for ITIL 4', () => {
    const index = aliasIndex(loadKnowledgeBase());
    for (const text of ['ITIL', 'ITIL certification', 'ITIL Foundation', 'ITIL Foundation certificate']) {
      expect(index.get(normalizeAlias(text))?.id, text).toBe('itil-5-foundation');
    }
    for (const text of ['ITIL 4', 'ITIL v4', 'ITIL 4 Foundation']) expect(index.get(normalizeAlias(text))?.id, text).toBe('itil-4-foundation');
    const itil = kb().certifications.filter((c) => c.family === 'itil' && c.familyDefault);
    expect(itil.map((c) => c.id)).toEqual(['itil-5-foundation']);
    expect(getCertification('itil-5-foundation')?.statusNote).toMatch(/ITIL 4 Foundation/);
  });

  it('records PeopleCert as sole exam institute since January 2018 and owner since 2021', () => {
    for (const id of ['prince2-foundation', 'msp-foundation', 'itil-4-foundation', 'p3o-foundation']) {
      const previous = getCertification(id)!.awardingBody.previous;
      expect(previous.find((p) => p.name.startsWith('AXELOS'))?.until, id).toBe('2021');
      expect(previous.find((p) => p.name.startsWith('APMG'))?.until, id).toBe('2018-01');
    }
    expect(getCertification('itil-4-foundation')!.awardingBody.previous.map((p) => p.name).join(' ')).not.toContain('OGC');
  });

  it('gives the ITIL 5 designations as current and the ITIL 4 ones as legacy leading to them', () => {
    expect(getCertification('itil-5-foundation')?.status).toBe('current');
    expect(currentSuccessors(loadKnowledgeBase().certifications, 'itil-4-managing-professional').map((c) => c.id)).toEqual(['itil-5-managing-professional']);
    expect(currentSuccessors(loadKnowledgeBase().certifications, 'itil-4-strategic-leader').map((c) => c.id)).toEqual(['itil-5-strategic-leader']);
    expect(getCertification('itil-v3-foundation')?.status).toBe('retired');
  });

  it('points MSP at the 5th edition and P3O away from the retired AXELOS microsite', () => {
    for (const id of ['msp-foundation', 'msp-practitioner']) {
      expect(getCertification(id)?.officialUrl, id).toContain('msp-foundation-5th-edition');
      expect(getCertification(id)?.version?.since, id).toBe('2020-10-26');
    }
    expect(getCertification('msp-practitioner')?.exam).toMatchObject({ durationMinutes: 150, passMark: '42 of 70 (60%)', openBook: true });
    for (const id of ['p3o-foundation', 'p3o-practitioner']) expect(getCertification(id)?.confidence, id).not.toBe('verified');
  });

  it('gives the PMP exam that applies since 9 July 2026', () => {
    const pmp = getCertification('pmi-pmp')!;
    expect(pmp.version?.since).toBe('2026-07-09');
    expect(pmp.exam?.durationMinutes).toBe(240);
    expect(pmp.uncertain?.join(' ')).toMatch(/185 questions/);
  });
});
