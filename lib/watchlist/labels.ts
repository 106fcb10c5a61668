import type { LevelId, OfficeId } from '../analysis';

export { LEVEL_ORDER } from '../analysis';

/** Plain labels for files and tables; the names follow PMO Learning's four levels. */

export const LEVEL_LABELS: Record<LevelId, string> = {
  administrator: '1 · PMO Administrator',
  analyst: '2 · PMO Analyst',
  manager: '3 · PMO Manager',
  director: '4 · PMO Director',
};

export const OFFICE_LABELS: Record<OfficeId, string> = {
  project: 'Project office',
  programme: 'Programme office',
  portfolio: 'Portfolio office',
  enterprise: 'Enterprise PMO',
  coe: 'Centre of excellence',
};
