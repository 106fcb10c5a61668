import type { Fit } from '../../lib/analysis';
import { Folded } from './Folded';

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
  // The stronger asks are named; the rest are in the list below.
  const named = missing.filter((m) => m.requirement !== 'mentioned').slice(0, NAMED);
  const missingLine = named.length ? `Missing: ${named.map((m) => `${m.label} (${m.requirement})`).join(', ')}` : '';
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
            held
            {required ? <span class="fit-required"> · {required} required missing</span> : <span class="fit-ok"> · every requirement met</span>}
          </p>
          {fit.heldCount === 0 ? (
            <p class="fit-line muted">Add what you hold on your profile (Open watchlist) to see your fit.</p>
          ) : missingLine ? (
            <p class="fit-line" title={missingLine}>
              {missingLine}
            </p>
          ) : null}
          <Folded class="why" summary={`All ${fit.askedCount} asked items`}>
            {() => (
              <ul class="fit-list">
                {fit.asked.map((a) => (
                  <ItemLine key={`${a.kind}:${a.id}`} item={a} />
                ))}
              </ul>
            )}
          </Folded>
        </>
      )}
    </section>
  );
}
