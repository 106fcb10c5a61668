import type { Evidence } from '../../lib/analysis';

/** The words in the advert that led to a conclusion, each with the reason it counted. */
export function EvidenceList({ evidence, max = 12 }: { evidence: readonly Evidence[]; max?: number }) {
  if (evidence.length === 0) {
    return <p class="muted">No single phrase decided this; it comes from the advert as a whole.</p>;
  }
  const shown = evidence.slice(0, max);
  return (
    <ul class="evidence">
      {shown.map((e, i) => (
        <li key={i}>
          <q class="evidence-text">{e.text}</q>
          {e.reason ? <span class="evidence-reason">{e.reason}</span> : null}
        </li>
      ))}
      {evidence.length > shown.length ? <li class="muted">and {evidence.length - shown.length} more</li> : null}
    </ul>
  );
}
