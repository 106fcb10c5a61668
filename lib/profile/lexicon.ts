import skillData from '../../data/skills.json';
import toolData from '../../data/tools.json';
import { canonicalTool } from './tool-ids';

/** A skill or tool a reader can say they hold, from the skills lexicon. */
export interface Pickable {
  id: string;
  label: string;
  /** Lower-case text the profile search matches against. */
  search: string;
}

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Clearance is asked and held as a clearance, never as a skill. */
const NOT_A_SKILL = new Set(['security-clearance']);

const rows = (Array.isArray(skillData) ? (skillData as unknown as Loose[]) : []).filter((s) => str(s.id) && str(s.label));
const pickable = (s: Loose, id: string): Pickable => ({
  id,
  label: str(s.label),
  search: [id, str(s.label), ...strs(s.synonyms)].join('\n').toLowerCase(),
});

/** Read leniently, like the certificate catalogue: a row the page cannot use is skipped. */
export const SKILL_OPTIONS: readonly Pickable[] = rows.filter((s) => s.kind !== 'tool' && !NOT_A_SKILL.has(str(s.id))).map((s) => pickable(s, str(s.id)));
export const TOOL_OPTIONS: readonly Pickable[] = (() => {
  // Two lexicon rows may be one tool to a reader (Project Online is Microsoft Project).
  const byId = new Map<string, Pickable>();
  // The advert facts' tool list first: its ids are the ones adverts are read with.
  const factTools = (toolData as { tools?: unknown }).tools;
  for (const t of Array.isArray(factTools) ? (factTools as Loose[]) : []) {
    if (!str(t.id) || !str(t.label)) continue;
    byId.set(str(t.id), { id: str(t.id), label: str(t.label), search: [str(t.id), str(t.label), ...strs(t.aliases)].join('\n').toLowerCase() });
  }
  for (const s of rows.filter((r) => r.kind === 'tool')) {
    const p = pickable(s, canonicalTool(str(s.id)));
    const seen = byId.get(p.id);
    byId.set(p.id, seen ? { ...seen, search: `${seen.search}\n${p.search}` } : p);
  }
  return [...byId.values()];
})();

const KIND = new Map(rows.map((s) => [str(s.id), str(s.kind)]));
const SKILL_LABEL = new Map(SKILL_OPTIONS.map((s) => [s.id, s.label]));
const TOOL_LABEL = new Map(TOOL_OPTIONS.map((s) => [s.id, s.label]));

/** What the lexicon calls a skill id: a tool, a skill the reader can hold, or neither. */
export function skillRole(id: string): 'tool' | 'skill' | null {
  if (NOT_A_SKILL.has(id)) return null;
  const kind = KIND.get(id);
  if (kind === 'tool') return 'tool';
  return kind ? 'skill' : null;
}

const readable = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
export const skillLabel = (id: string) => SKILL_LABEL.get(id) ?? readable(id);
export const toolLabel = (id: string) => TOOL_LABEL.get(canonicalTool(id)) ?? readable(id);

/** Items whose search text holds every word typed. */
export function searchPickable<T extends Pickable>(options: readonly T[], query: string): T[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => terms.every((t) => o.search.includes(t)));
}
