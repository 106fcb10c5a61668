import type { Analysis } from '../../lib/analysis';
import { confidenceWords, LEVELS, levelNumberLabel } from '../../lib/present';
import { EvidenceList } from './EvidenceList';
import { Folded } from './Folded';

export function LevelCard({ level }: { level: Analysis['level'] }) {
  const id = level.id;
  if (!id) {
    return (
      <section class="card level-card level-none" data-testid="level" aria-labelledby="level-heading">
        <h2 id="level-heading" class="card-label">
          Career level
        </h2>
        <p class="level-role">Level unclear</p>
        <p class="muted">The advert does not say enough to place it on the PMO Learning levels.</p>
        {level.evidence.length > 0 ? (
          <Folded class="why" summary="Why">
            {() => <EvidenceList evidence={level.evidence} />}
          </Folded>
        ) : null}
      </section>
    );
  }
  const info = LEVELS[id];
  return (
    <section class={`card level-card level-${info.number}`} data-testid="level" aria-labelledby="level-heading">
      <div class="level-head">
        <div class="level-number" aria-hidden="true">
          {info.number}
        </div>
        <div class="level-names">
          <h2 id="level-heading" class="card-label">
            Career level
          </h2>
          <p class="level-role">{info.role}</p>
        </div>
        <span class="confidence" title={`Confidence ${Math.round(level.confidence * 100)}%`}>
          {confidenceWords(level.confidence)}
        </span>
      </div>
      <p class="level-name">
        <span class="level-number-label">{levelNumberLabel(id)}</span> · {info.name}
      </p>
      {info.summary ? <p class="level-summary">{info.summary}</p> : null}
      <Folded class="why" summary="Why this level">
        {() => <EvidenceList evidence={level.evidence} />}
      </Folded>
    </section>
  );
}
