import type { CvFindings, Found } from './cv-read';

/** What the reader picks from a CV's findings, and what ticking them adds to the profile. */
export type Kind = 'held' | 'skills' | 'tools' | 'clearance';

export const GROUPS: { kind: Kind; title: string; pick: (f: CvFindings) => Found[] }[] = [
  { kind: 'held', title: 'Certificates', pick: (f) => f.certifications },
  { kind: 'skills', title: 'Skills', pick: (f) => f.skills },
  { kind: 'tools', title: 'Tools', pick: (f) => f.tools },
  { kind: 'clearance', title: 'Security clearance', pick: (f) => (f.clearance ? [f.clearance] : []) },
];

export const key = (kind: Kind, id: string) => `${kind}:${id}`;

export interface CvAdditions {
  held: string[];
  skills: string[];
  tools: string[];
  clearance: string | null;
}

/** Every finding the profile does not hold yet starts ticked. */
export const tickedAtFirst = (findings: CvFindings, isHeld: (kind: Kind, id: string) => boolean) =>
  new Set(GROUPS.flatMap((g) => g.pick(findings).filter((f) => !isHeld(g.kind, f.id)).map((f) => key(g.kind, f.id))));

/** What the ticked findings add, and how many items that is. */
export function additions(findings: CvFindings, ticked: ReadonlySet<string>): { add: CvAdditions; count: number } {
  const chosen = (kind: Kind) => GROUPS.find((g) => g.kind === kind)!.pick(findings).filter((f) => ticked.has(key(kind, f.id))).map((f) => f.id);
  const add: CvAdditions = { held: chosen('held'), skills: chosen('skills'), tools: chosen('tools'), clearance: chosen('clearance')[0] ?? null };
  return { add, count: add.held.length + add.skills.length + add.tools.length + (add.clearance ? 1 : 0) };
}
