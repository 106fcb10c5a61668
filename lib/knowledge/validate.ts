import type { z } from 'zod';
import levelsJson from '../../data/levels.json';
import officesJson from '../../data/offices.json';
import certificationsJson from '../../data/certifications.json';
import skillsJson from '../../data/skills.json';
import { linkProblem } from './links';
import {
  BACKED_FACTS,
  CERT_FAMILIES,
  KnowledgeBaseSchema,
  LevelId,
  OfficeId,
  type Certification,
  type KnowledgeBase,
} from './schemas';

export type ValidationResult = { ok: true; kb: KnowledgeBase } | { ok: false; errors: string[] };

/** Raised when the knowledge base does not validate; the message lists every problem. */
export class KnowledgeBaseError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`The knowledge base in data/ is invalid:\n- ${errors.join('\n- ')}`);
    this.name = 'KnowledgeBaseError';
    this.errors = errors;
  }
}

/**
 * The form aliases are compared in: adverts write "PRINCE2®", "Prince2" and "P3O -
 * Practitioner" for the same thing, so case, trade marks, and runs of spaces, hyphens,
 * dashes, underscores and commas do not count. "PRINCE 2" and "PRINCE2" stay distinct
 * because the matcher needs both spellings listed.
 */
export function normalizeAlias(s: string): string {
  // Trade marks go before NFKC, which would otherwise turn ™ into the letters "TM".
  return s
    .replace(/[®™©℠]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(r\)|\(tm\)/g, '')
    .replace(/[\s\-‐‑‒–—_,]+/g, ' ')
    .trim();
}

/** Trade marks and surrounding space only; case is what these aliases are about. */
function normalizeCaseSensitive(s: string): string {
  return s.replace(/[®™©℠]/g, '').replace(/\s+/g, ' ').trim();
}

type Collection = 'levels' | 'offices' | 'certifications' | 'skills';

function entryLabel(raw: unknown, collection: Collection, index: number): string {
  const list = (raw as Record<string, unknown> | null | undefined)?.[collection];
  const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id = entry && typeof entry.id === 'string' ? entry.id : undefined;
  return id ? `${collection} "${id}"` : `${collection}[${index}]`;
}

function formatIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [collection, index, ...rest] = issue.path;
  if (typeof collection === 'string' && typeof index === 'number') {
    const where = entryLabel(raw, collection as Collection, index);
    const field = rest.length ? rest.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.') : '(entry)';
    return `${where}: ${field.replace(/\.\[/g, '[')}: ${issue.message}`;
  }
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

export type CertificationSpelling = {
  /** As written in the data. */
  text: string;
  /** normalizeAlias(text), or for case-sensitive spellings the text without trade marks. */
  key: string;
  /** Match only exactly as written ("SAFe", "MSP"); otherwise compare normalised forms. */
  caseSensitive: boolean;
  /** A bare family name ("PRINCE2"): the advert names the family, not a level of it. */
  family: boolean;
  field: 'aliases' | 'familyAliases' | 'caseSensitiveAliases';
};

/**
 * Every spelling an advert may use for a certification: aliases, family aliases and
 * case-sensitive aliases. name and shortName are for display and are not matched, because
 * some are ordinary phrases in lower case ("project management professional", "CSM");
 * a name that is a safe match string is listed among the aliases too.
 */
export function certificationSpellings(c: Certification): CertificationSpelling[] {
  const out: CertificationSpelling[] = [];
  const add = (field: CertificationSpelling['field'], text: string) =>
    out.push({
      text,
      field,
      caseSensitive: field === 'caseSensitiveAliases',
      family: field === 'familyAliases' || field === 'caseSensitiveAliases',
      key: field === 'caseSensitiveAliases' ? normalizeCaseSensitive(text) : normalizeAlias(text),
    });
  for (const a of c.aliases) add('aliases', a);
  for (const a of c.familyAliases ?? []) add('familyAliases', a);
  for (const a of c.caseSensitiveAliases ?? []) add('caseSensitiveAliases', a);
  return out;
}

/** Whether a fact that needs backing is present in the entry. */
function hasFact(c: Certification, fact: (typeof BACKED_FACTS)[number]): boolean {
  if (fact === 'status') return true;
  if (fact === 'prerequisites') return c.prerequisites.length > 0 || !!c.prerequisiteNote;
  return c[fact] !== undefined;
}

/**
 * Every link must be one a reader can follow (https, no locale page, no retired site), every
 * fact present must name the source that backs it, and courses must say how they are taught.
 */
function sourceErrors(c: Certification, where: string): string[] {
  const errors: string[] = [];
  const links: [string, string][] = [
    ['officialUrl', c.officialUrl],
    ...c.courses.map((k, i): [string, string] => [`courses[${i}].url`, k.url]),
    ...c.sources.map((s, i): [string, string] => [`sources[${i}].url`, s.url]),
  ];
  for (const [field, url] of links) {
    const problem = linkProblem(url);
    if (problem) errors.push(`${where}: ${field}: ${url} ${problem}`);
  }
  const ids = new Set<string>();
  for (const s of c.sources) {
    if (ids.has(s.id)) errors.push(`${where}: sources: id "${s.id}" is used more than once`);
    ids.add(s.id);
  }
  for (const fact of BACKED_FACTS) {
    const backing = c.backing[fact];
    if (hasFact(c, fact) && !backing) errors.push(`${where}: backing.${fact}: say which source backs this fact`);
    if (!hasFact(c, fact) && backing) errors.push(`${where}: backing.${fact}: backs a fact the entry does not have`);
    if (backing && !ids.has(backing.source)) errors.push(`${where}: backing.${fact}: unknown source "${backing.source}"`);
  }
  c.courses.forEach((k, i) => {
    if (k.kind === 'course' && !k.formats?.length) {
      errors.push(`${where}: courses[${i}].formats: say how the course is taught (classroom, virtual, self-paced)`);
    }
  });
  return errors;
}

function crossCheck(kb: KnowledgeBase): string[] {
  const errors: string[] = [];

  for (const [collection, list] of [
    ['levels', kb.levels],
    ['offices', kb.offices],
    ['certifications', kb.certifications],
    ['skills', kb.skills],
  ] as const) {
    for (const id of duplicates(list.map((e) => e.id))) errors.push(`${collection} "${id}": id is used more than once`);
  }

  const levelIds = new Set<string>(kb.levels.map((l) => l.id));
  const officeIds = new Set<string>(kb.offices.map((o) => o.id));
  for (const id of LevelId.options) if (!levelIds.has(id)) errors.push(`levels "${id}": missing from levels.json`);
  for (const id of OfficeId.options) if (!officeIds.has(id)) errors.push(`offices "${id}": missing from offices.json`);
  const expectedNumber: Record<string, number> = Object.fromEntries(LevelId.options.map((id, i) => [id, i + 1]));
  for (const l of kb.levels) {
    if (expectedNumber[l.id] !== l.number) {
      errors.push(`levels "${l.id}": number: expected ${expectedNumber[l.id]}, found ${l.number}`);
    }
  }

  const certIds = new Set(kb.certifications.map((c) => c.id));
  const families = new Set<string>(CERT_FAMILIES);
  for (const c of kb.certifications) {
    const where = `certifications "${c.id}"`;
    if (!families.has(c.family)) errors.push(`${where}: family: unknown family "${c.family}"`);
    for (const s of c.successors) {
      if (!certIds.has(s)) errors.push(`${where}: successors: unknown certification "${s}"`);
      if (s === c.id) errors.push(`${where}: successors: a certification cannot succeed itself`);
    }
    for (const p of c.prerequisites) {
      if (!certIds.has(p)) errors.push(`${where}: prerequisites: unknown certification "${p}"`);
      if (p === c.id) errors.push(`${where}: prerequisites: a certification cannot require itself`);
    }
    if (c.status === 'current' && c.successors.length > 0) {
      errors.push(`${where}: successors: a current certification has no successor (set status to legacy?)`);
    }
    for (const l of c.levels) if (!levelIds.has(l)) errors.push(`${where}: levels: unknown level "${l}"`);
    for (const o of c.offices) if (!officeIds.has(o)) errors.push(`${where}: offices: unknown office "${o}"`);
    if (c.familyAliases?.length && !c.familyDefault) {
      errors.push(`${where}: familyAliases: only the certification marked familyDefault may carry family aliases`);
    }
    if (c.caseSensitiveAliases?.length && !c.familyDefault) {
      errors.push(`${where}: caseSensitiveAliases: only the certification marked familyDefault may carry them`);
    }
    if (c.confidence === 'uncertain' && !c.uncertain?.length) {
      errors.push(`${where}: uncertain: list the facts to check with the provider`);
    }
    errors.push(...sourceErrors(c, where));
    const own = new Map<string, string>();
    for (const s of certificationSpellings(c)) {
      if (s.caseSensitive) continue;
      const prev = own.get(s.key);
      if (prev !== undefined) errors.push(`${where}: ${s.field}: "${s.text}" repeats "${prev}" once normalised`);
      else own.set(s.key, s.text);
    }
  }

  for (const family of CERT_FAMILIES) {
    const members = kb.certifications.filter((c) => c.family === family);
    if (members.length === 0) errors.push(`family "${family}": no certification belongs to it`);
    const defaults = members.filter((c) => c.familyDefault);
    if (members.length > 0 && defaults.length !== 1) {
      errors.push(
        `family "${family}": exactly one certification must be marked familyDefault (found ${
          defaults.map((c) => c.id).join(', ') || 'none'
        })`,
      );
    }
  }

  // An alias shared by two certifications would make the matcher's answer depend on order.
  for (const name of duplicates(kb.certifications.map((c) => c.shortName))) {
    const ids = kb.certifications.filter((c) => c.shortName === name).map((c) => c.id);
    errors.push(`certifications "${ids[1]}": shortName: "${name}" is also the short name of certifications "${ids[0]}"`);
  }

  const owner = new Map<string, { id: string; text: string }>();
  for (const c of kb.certifications) {
    const keys = new Set<string>();
    for (const s of certificationSpellings(c)) {
      if (s.caseSensitive) continue;
      if (keys.has(s.key)) continue;
      keys.add(s.key);
      const other = owner.get(s.key);
      if (other && other.id !== c.id) {
        errors.push(
          `certifications "${c.id}": ${s.field}: "${s.text}" collides with "${other.text}" of certifications "${other.id}"`,
        );
      } else owner.set(s.key, { id: c.id, text: s.text });
    }
  }
  const csOwner = new Map<string, string>();
  for (const c of kb.certifications) {
    for (const a of c.caseSensitiveAliases ?? []) {
      const key = normalizeCaseSensitive(a);
      const other = csOwner.get(key);
      if (other && other !== c.id) {
        errors.push(`certifications "${c.id}": caseSensitiveAliases: "${a}" collides with certifications "${other}"`);
      }
      csOwner.set(key, c.id);
      const plain = owner.get(normalizeAlias(a));
      if (plain && plain.id !== c.id) {
        errors.push(
          `certifications "${c.id}": caseSensitiveAliases: "${a}" collides with "${plain.text}" of certifications "${plain.id}"`,
        );
      }
    }
  }

  const skillOwner = new Map<string, { id: string; text: string }>();
  for (const s of kb.skills) {
    const where = `skills "${s.id}"`;
    const keys = new Set<string>();
    for (const text of [s.label, ...s.synonyms]) {
      const key = normalizeAlias(text);
      if (keys.has(key)) {
        if (text !== s.label) errors.push(`${where}: synonyms: "${text}" repeats another spelling once normalised`);
        continue;
      }
      keys.add(key);
      const other = skillOwner.get(key);
      if (other && other.id !== s.id) {
        errors.push(`${where}: synonyms: "${text}" collides with "${other.text}" of skills "${other.id}"`);
      } else skillOwner.set(key, { id: s.id, text });
    }
    for (const l of Object.keys(s.levels)) if (!levelIds.has(l)) errors.push(`${where}: levels: unknown level "${l}"`);
    for (const o of Object.keys(s.offices)) if (!officeIds.has(o)) errors.push(`${where}: offices: unknown office "${o}"`);
  }

  return errors;
}

/**
 * Checks raw JSON against the schemas, then the rules a schema cannot express: references
 * between entries, alias collisions, one default per family. Never throws.
 */
export function validateKnowledgeBase(raw: unknown): ValidationResult {
  const parsed = KnowledgeBaseSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => formatIssue(raw, i)) };
  const errors = crossCheck(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, kb: parsed.data };
}

/** Like validateKnowledgeBase, but returns the parsed data or throws a KnowledgeBaseError. */
export function assertKnowledgeBase(raw: unknown): KnowledgeBase {
  const result = validateKnowledgeBase(raw);
  if (!result.ok) throw new KnowledgeBaseError(result.errors);
  return result.kb;
}

/** The four data files as shipped, before validation. A fresh copy on every call. */
export function shippedRawKnowledgeBase(): { levels: unknown; offices: unknown; certifications: unknown; skills: unknown } {
  return structuredClone({
    levels: levelsJson as unknown,
    offices: officesJson as unknown,
    certifications: certificationsJson as unknown,
    skills: skillsJson as unknown,
  });
}

/**
 * For the build: fails it with a message naming each broken entry, so a bad edit to data/
 * never ships.
 */
export function validateShippedKnowledgeBase(): KnowledgeBase {
  return assertKnowledgeBase(shippedRawKnowledgeBase());
}
