import type { LevelId } from '../lib/analysis';
import { LEVELS } from '../lib/present';

/** A compact "2 · PMO Analyst" tag in the level's colour, for lists and tables. */
export function LevelPill({ level }: { level: LevelId | null }) {
  if (!level) {
    return <span class="level-pill level-none">Level unclear</span>;
  }
  const info = LEVELS[level];
  return (
    <span class={`level-pill level-${info.number}`} title={`PMO Learning level ${info.number}: ${info.name}`}>
      <span class="level-pill-number" aria-hidden="true">
        {info.number}
      </span>
      <span class="sr-only">Level {info.number}: </span>
      {info.role}
    </span>
  );
}
