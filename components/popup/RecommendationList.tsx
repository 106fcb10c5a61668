import type { Analysis } from '../../lib/analysis';
import { certName, rankRecommendations, safeLinks } from '../../lib/present';
import { ExternalLink } from '../ExternalLink';

type Recommendation = Analysis['recommendations'][number];

export function RecommendationList({ recs }: { recs: readonly Recommendation[] }) {
  return (
    <section class="section" aria-labelledby="recommended-heading">
      <h2 id="recommended-heading" class="section-title">
        Recommended for this role
      </h2>
      {recs.length === 0 ? (
        <p class="muted">No recommendations for this advert.</p>
      ) : (
        <ol class="rec-list">
          {rankRecommendations(recs).map((r, i) => (
            <RecommendationItem key={`${r.id}-${i}`} rec={r} rank={i + 1} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RecommendationItem({ rec, rank }: { rec: Recommendation; rank: number }) {
  const links = safeLinks(rec.links);
  const classes = ['rec', rec.held ? 'rec-held' : '', rec.nextStep ? 'rec-next' : ''].filter(Boolean).join(' ');
  return (
    <li class={classes} data-testid="cert-recommended">
      <div class="rec-head">
        <span class="rec-rank" aria-hidden="true">
          {rec.held ? '✓' : rank}
        </span>
        <span class="rec-name">{certName(rec)}</span>
        {rec.held ? <span class="tag tag-held">You hold this</span> : null}
        {rec.nextStep && !rec.held ? <span class="tag tag-next">Your next step</span> : null}
      </div>
      {rec.reasons.length > 0 ? (
        <ul class="rec-reasons">
          {rec.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {rec.uncertain ? <p class="rec-uncertain">Some details are not confirmed: check with the provider.</p> : null}
      {links.length > 0 ? (
        <ul class="rec-links" aria-label={`Links for ${certName(rec)}`}>
          {links.map((l) => (
            <li key={l.url}>
              <ExternalLink href={l.url}>{l.label}</ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
