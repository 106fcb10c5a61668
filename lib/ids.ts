/**
 * The contract's fixed lists as plain values: the schemas in analysis.ts are built from them,
 * and pages that only need the lists (the popup) read them here without loading zod.
 */
export const LEVEL_IDS = ['administrator', 'analyst', 'manager', 'director'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];
/** The levels in career order, administrator first. */
export const LEVEL_ORDER: readonly LevelId[] = LEVEL_IDS;

export const OFFICE_IDS = ['project', 'programme', 'portfolio', 'enterprise', 'coe'] as const;
export type OfficeId = (typeof OFFICE_IDS)[number];

/** Strongest first. */
export const REQUIREMENTS = ['required', 'desirable', 'mentioned'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];
/** 0 for required, then weaker: sorts strongest first, and a smaller rank is the stronger ask. */
export const REQUIREMENT_RANK = Object.fromEntries(REQUIREMENTS.map((r, i) => [r, i])) as Record<Requirement, number>;
