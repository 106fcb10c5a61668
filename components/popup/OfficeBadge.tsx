import type { Analysis } from '../../lib/analysis';
import { leadingOffices, OFFICE_HINTS, officeName } from '../../lib/present';

export function OfficeBadge({ offices }: { offices: Analysis['offices'] }) {
  const shown = leadingOffices(offices);
  return (
    <section class="card office" data-testid="office" aria-labelledby="office-heading">
      <h2 id="office-heading" class="card-label">
        Office type
      </h2>
      {shown.length === 0 ? (
        <p class="muted">Not stated in the advert</p>
      ) : (
        <ul class="office-list">
          {shown.map((o) => (
            <li key={o.id}>
              <span class={`office-badge office-${o.id}`}>{officeName(o.id)}</span>
              <span class="office-hint">{OFFICE_HINTS[o.id]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
