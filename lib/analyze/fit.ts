import { REQUIREMENT_RANK, type Analysis, type Facts, type Fit, type FitSchema, type Profile, type Requirement } from '../analysis';
import { clearanceCovers, clearanceLabel } from '../profile/clearance';
import { canonicalTool } from '../profile/tool-ids';
import { skillRole, toolLabel } from '../profile/lexicon';
import { heldRule, type Lineage } from './held';
import type { z } from 'zod';

type FitKind = z.infer<typeof FitSchema>['asked'][number]['kind'];

/** One thing an advert asks for, before it is set against a profile. */
export interface Asked {
  kind: FitKind;
  id: string;
  label: string;
  requirement: Requirement;
  /** Certificates only: a bare family ("PRINCE2") is met by any certificate of it. */
  family?: string;
}

/** What askedOf reads from an analysis; saved jobs keep the same fields. */
export interface AskedSource {
  certificationsMentioned: ReadonlyArray<{ id: string; family: string; requirement: Requirement; name?: string; label?: string }>;
  skills: ReadonlyArray<{ id: string; label: string; requirement?: Requirement }>;
  facts?: Pick<Facts, 'tools' | 'clearance'> | undefined;
}

/** "Must be willing to undergo SC" is no gap in what the reader holds today. */
const CLEARANCE_ASK: Record<NonNullable<Facts['clearance']>['requirement'], Requirement> = { required: 'required', willing: 'mentioned', mentioned: 'mentioned' };

/**
 * Everything an advert asks that a reader can hold: the certificates it names, the skills and
 * tools of the lexicon, and the clearance. Tools come from the advert facts when they were
 * read (their strength from the lexicon's reading of the same tool), else from the lexicon.
 */
export function askedOf(a: AskedSource): Asked[] {
  const out: Asked[] = [];
  for (const c of a.certificationsMentioned) out.push({ kind: 'certification', id: c.id, label: c.label ?? c.name ?? c.id, requirement: c.requirement, family: c.family });
  const toolAsks = new Map<string, Asked>();
  for (const s of a.skills) {
    const role = skillRole(s.id);
    const requirement = s.requirement ?? 'mentioned';
    if (role === 'skill') out.push({ kind: 'skill', id: s.id, label: s.label, requirement });
    else if (role === 'tool') {
      const id = canonicalTool(s.id);
      const prev = toolAsks.get(id);
      if (!prev || REQUIREMENT_RANK[requirement] < REQUIREMENT_RANK[prev.requirement]) toolAsks.set(id, { kind: 'tool', id, label: prev?.label ?? s.label, requirement });
    }
  }
  if (a.facts?.tools.length) {
    const seen = new Set<string>();
    for (const t of a.facts.tools) {
      const id = canonicalTool(t.id);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ kind: 'tool', id, label: t.label || toolLabel(id), requirement: toolAsks.get(id)?.requirement ?? 'mentioned' });
    }
  } else out.push(...toolAsks.values());
  const cl = a.facts?.clearance;
  if (cl) out.push({ kind: 'clearance', id: cl.level, label: `${clearanceLabel(cl.level)} clearance`, requirement: CLEARANCE_ASK[cl.requirement] });
  return out;
}

/** The held test for each kind, built once per profile: the one rule everywhere. */
export function holdsFor(profile: Pick<Profile, 'held' | 'skills' | 'tools' | 'clearance'>, catalog: readonly Lineage[]): (a: Asked) => boolean {
  const cert = heldRule(profile.held, catalog);
  const skills = new Set(profile.skills);
  const tools = new Set(profile.tools.map((t) => canonicalTool(t)));
  return (a) => {
    switch (a.kind) {
      case 'certification':
        return cert({ id: a.id, family: a.family ?? a.id });
      case 'skill':
        return skills.has(a.id);
      case 'tool':
        return tools.has(canonicalTool(a.id));
      case 'clearance':
        return clearanceCovers(profile.clearance, a.id);
    }
  };
}

const MISSING_REASON: Record<Requirement, string> = {
  required: 'The advert requires it and your profile does not hold it.',
  desirable: 'The advert would like it and your profile does not hold it.',
  mentioned: 'The advert mentions it and your profile does not hold it.',
};

/**
 * What the advert asks set against the profile, item by item: missing before held, the
 * stronger ask first. Next steps are the certificates it asks for that the reader lacks, then
 * the recommendations marked as the reader's next step.
 */
export function judgeFit(asked: readonly Asked[], holds: (a: Asked) => boolean, recommendations: Analysis['recommendations'] = []): Fit {
  const seen = new Set<string>();
  const items = asked
    .filter((a) => {
      const key = `${a.kind}:${a.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((a) => ({ kind: a.kind, id: a.id, label: a.label, requirement: a.requirement, held: holds(a) }));
  items.sort((x, y) => Number(x.held) - Number(y.held) || REQUIREMENT_RANK[x.requirement] - REQUIREMENT_RANK[y.requirement]);
  const nextSteps: Fit['nextSteps'] = [];
  for (const i of items) if (i.kind === 'certification' && !i.held && i.requirement !== 'mentioned') nextSteps.push({ id: i.id, reason: MISSING_REASON[i.requirement] });
  for (const r of recommendations) {
    if (r.nextStep && !r.held && !nextSteps.some((n) => n.id === r.id)) nextSteps.push({ id: r.id, reason: r.reasons[0] ?? 'Your next step toward your target level.' });
  }
  return {
    asked: items,
    heldCount: items.filter((i) => i.held).length,
    askedCount: items.length,
    requiredMissing: items.filter((i) => !i.held && i.requirement === 'required').map((i) => i.id),
    nextSteps: nextSteps.slice(0, 3),
  };
}

/** True when the reader has every item the advert requires (desirable ones may be missing). */
export const meetsEveryRequirement = (fit: Fit) => fit.requiredMissing.length === 0;

/**
 * "7 of 9 asked; missing: P3O Practitioner (required), Power BI (desirable)". Counts, never
 * a percentage; the missing items in order, the first few named.
 */
export function fitLine(fit: Fit, named = 4): string {
  if (!fit.askedCount) return 'Asks for nothing your profile can hold';
  const missing = fit.asked.filter((a) => !a.held);
  const head = `${fit.heldCount} of ${fit.askedCount} asked`;
  if (!missing.length) return `${head}; nothing missing`;
  const listed = missing.slice(0, named).map((m) => `${m.label} (${m.requirement})`);
  const more = missing.length - listed.length;
  return `${head}; missing: ${listed.join(', ')}${more ? `, and ${more} more` : ''}`;
}
