import type { LevelId } from '../analysis';
import { findCertifications } from '../analyze/certifications';
import { getCompiled } from '../analyze/index';
import { kind, outermost, scanText, words } from '../analyze/scan';
import { findSkills } from '../analyze/skills';
import { canonicalTool, clearanceLabel, findClearance } from './holdings';
import { skillRole } from './lexicon';

/** One thing found in a CV, with the CV's own words it was read from. */
export interface Found {
  id: string;
  label: string;
  text: string;
}

export interface CvFindings {
  certifications: Found[];
  skills: Found[];
  tools: Found[];
  clearance: Found | null;
  /** Pay grades the CV names ("SEO", "Band 7"), with the levels they usually pay. */
  grades: { text: string; levels: LevelId[] }[];
}

/** A CV is a few pages; a longer text is read up to here. */
export const MAX_CV_CHARS = 100_000;

/**
 * What a CV says its writer holds, read with the advert matcher's own lexicon: certificates,
 * skills, tools, the highest clearance and the grades. Pure and local; nothing is kept.
 */
export function readCv(raw: string): CvFindings {
  const text = raw.slice(0, MAX_CV_CHARS);
  const empty: CvFindings = { certifications: [], skills: [], tools: [], clearance: null, grades: [] };
  if (!text.trim()) return empty;
  const body = scanText(getCompiled(), text);
  const certifications = findCertifications(body).map((h) => ({ id: h.id, label: h.cert.shortName, text: h.text }));
  const skills: Found[] = [];
  const tools = new Map<string, Found>();
  for (const h of findSkills(body)) {
    const role = skillRole(h.skill.id);
    const found = { id: h.skill.id, label: h.skill.label, text: h.matches[0] ?? h.skill.label };
    if (role === 'skill') skills.push(found);
    else if (role === 'tool') {
      const id = canonicalTool(h.skill.id);
      if (!tools.has(id)) tools.set(id, { ...found, id });
    }
  }
  const cl = findClearance(text);
  const grades = new Map<string, Set<LevelId>>();
  for (const g of outermost(kind(body, 'grade'))) {
    const w = words(body, g);
    const set = grades.get(w) ?? new Set<LevelId>();
    set.add(g.entry.payload.level);
    grades.set(w, set);
  }
  return {
    certifications,
    skills,
    tools: [...tools.values()],
    clearance: cl ? { id: cl.id, label: clearanceLabel(cl.id), text: cl.text } : null,
    grades: [...grades].map(([t, levels]) => ({ text: t, levels: [...levels] })),
  };
}
