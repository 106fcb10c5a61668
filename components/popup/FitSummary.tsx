import type { Fit } from '../../lib/analysis';

type Item = Fit['asked'][number];

const KIND_WORDS: Record<Item['kind'], string> = { certification: 'certificate', skill: 'skill', tool: 'tool', clearance: 'clearance' };

/** How many missing items stay named before the rest fold away. */
const NAMED = 3;

function ItemLine({ item }: { item: Item }) {
  return (
    <li class={`fit-item ${item.held ? 'fit-held' : 'fit-missing'}`}>
      <span class="fit-mark" aria-hidden="true">
        {item.held ? '✓' : '✗'}
      </span>
      <span class="fit-label">{item.label}</span>
      <span class="fit-meta">
        {' '}
        ({item.requirement} {KIND_WORDS[item.kind]}
        {item.held ? ', held' : ', missing'})
      </span>
    </li>
  );
}

/**
 * The reader's fit for this advert, under the level card: counts rather than a percentage,
 * then what is missing, required first. The full list, held items included, folds away.
 */
export function FitSummary({ fit }: { fit: Fit }) {
  const missing = fit.asked.filter((a) => !a.held);
  const required = fit.requiredMissing.length;
  return (
    <section class="card fit-card" data-testid="fit" aria-labelledby="fit-heading">
      <h2 id="fit-heading" class="card-label">
        Your fit
      </h2>
      {fit.askedCount === 0 ? (
        <p class="muted">The advert asks for nothing your profile can hold.</p>
      ) : (
        <>
          <p class="fit-count">
            <strong>
              {fit.heldCount} of {fit.askedCount}
            </strong>{' '}
            asked items held
            {required ? (
              <span class="fit-required">
                {' '}
                · {required} required {required === 1 ? 'item' : 'items'} missing
              </span>
            ) : (
              <span class="fit-ok"> · every requirement met</span>
            )}
          </p>
          {missing.length ? (
            <p class="fit-missing-line">
              Missing: {missing.slice(0, NAMED).map((m) => `${m.label} (${m.requirement})`).join(', ')}
              {missing.length > NAMED ? `, and ${missing.length - NAMED} more` : ''}
            </p>
          ) : null}
          <details class="why">
            <summary>All {fit.askedCount} asked items</summary>
            <ul class="fit-list">
              {fit.asked.map((a) => (
                <ItemLine key={`${a.kind}:${a.id}`} item={a} />
              ))}
            </ul>
          </details>
        </>
      )}
      {fit.heldCount === 0 ? <p class="muted fit-hint">Add what you hold on your profile (Open watchlist) to see your fit.</p> : null}
    </section>
  );
}
