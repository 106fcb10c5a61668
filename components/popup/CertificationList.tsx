import type { Analysis } from '../../lib/analysis';
import { certName, REQUIREMENT_LABELS, sortMentioned } from '../../lib/present';

type Mentioned = Analysis['certificationsMentioned'][number];

/** The certifications the advert itself names, strongest requirement first. */
export function CertificationList({ certs }: { certs: readonly Mentioned[] }) {
  return (
    <section class="section" aria-labelledby="mentioned-heading">
      <h2 id="mentioned-heading" class="section-title">
        This advert asks for
      </h2>
      {certs.length === 0 ? (
        <p class="muted">No certifications named.</p>
      ) : (
        <ul class="cert-list">
          {sortMentioned(certs).map((c, i) => {
            const name = certName(c);
            const quoted = c.text.trim() && c.text.trim().toLowerCase() !== name.toLowerCase() ? c.text.trim() : null;
            return (
              <li key={`${c.id}-${i}`} class="cert-item" data-testid="cert-mentioned">
                <div class="cert-row">
                  <span class="cert-name">{name}</span>
                  <span class={`req req-${c.requirement}`}>{REQUIREMENT_LABELS[c.requirement]}</span>
                </div>
                {quoted ? <p class="cert-quote">Written as “{quoted}”</p> : null}
                {c.note ? (
                  <p class="cert-note">
                    <span class="note-label">Legacy:</span> {c.note}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
