import { toolIds } from '../../data/holdings.json';

const TOOL_IDS: Readonly<Record<string, string>> = toolIds;

/**
 * One id for a tool whichever list named it ("teams" in the lexicon, "ms-teams" in the facts).
 * Read without a schema so the pages need not load zod for it; holdings.ts validates the data.
 */
export function canonicalTool(id: string, ids: Readonly<Record<string, string>> = TOOL_IDS): string {
  return ids[id] ?? id;
}
