import type { Analysis } from '../../lib/analysis';

export function SkillChips({ skills, max = 30 }: { skills: Analysis['skills']; max?: number }) {
  if (skills.length === 0) return null;
  const shown = skills.slice(0, max);
  return (
    <section class="section" aria-labelledby="skills-heading">
      <h2 id="skills-heading" class="section-title">
        Skills found
      </h2>
      <ul class="chips">
        {shown.map((s, i) => (
          <li key={`${s.id}-${i}`} class="chip" title={s.matches.length ? `In the advert: ${s.matches.join(', ')}` : undefined}>
            {s.label}
          </li>
        ))}
        {skills.length > shown.length ? <li class="chip chip-more">+{skills.length - shown.length} more</li> : null}
      </ul>
    </section>
  );
}
