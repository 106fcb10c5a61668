import type { Analysis } from '../../lib/analysis';
import { certName, rankRecommendations, safeLinks } from '../../lib/present';
import { CertificationPathway } from '../CertificationPathway';
import { ExternalLink } from '../ExternalLink';
import { FoldedList } from './FoldedList';

type Recommendation = Analysis['recommendations'][number];

/** The top few are what a reader acts on; the rest fold away but stay one click from view. */
const SHOWN_FIRST = 3;
/** Links per certificate before the rest fold: the popup is only 600 pixels high. */
const LINKS_SHOWN = 2;

export function RecommendationList({ recs }: { recs: readonly Recommendation[] }) {
  const ranked = rankRecommendations(recs);
  return (
    <section class="section" aria-labelledby="recommended-heading">
      <h2 id="recommended-heading" class="section-title">
        Recommended for this role
      </h2>
      {recs.length === 0 ? (
        <p class="muted">No recommendations for this advert.</p>
      ) : (
        <FoldedList
          items={ranked}
          shownFirst={SHOWN_FIRST}
          ordered
          listClass="rec-list"
          renderItem={(r, i) => <RecommendationItem key={`${r.id}-${i}`} rec={r} rank={i + 1} />}
        />
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
        {rec.held || rec.nextStep ? (
          <span class="rec-tags">
            {rec.held ? <span class="tag tag-held">You hold this</span> : null}
            {rec.nextStep && !rec.held ? <span class="tag tag-next">Your next step</span> : null}
          </span>
        ) : null}
      </div>
      {rec.reasons.length > 0 ? (
        <ul class="rec-reasons">
          {rec.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {rec.uncertain ? <p class="rec-uncertain">Some details are not confirmed: check with the provider.</p> : null}
      <CertificationPathway id={rec.id} />
      {links.length > 0 ? (
        <FoldedList
          items={links}
          shownFirst={LINKS_SHOWN}
          listClass="rec-links"
          renderItem={(l) => (
            <li key={l.url}>
              <ExternalLink href={l.url}>{l.label}</ExternalLink>
            </li>
          )}
        />
      ) : null}
    </li>
  );
}
