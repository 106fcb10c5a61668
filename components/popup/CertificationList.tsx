import type { Analysis } from '../../lib/analysis';
import { certName, REQUIREMENT_LABELS, sortMentioned } from '../../lib/present';
import { FoldedList } from './FoldedList';

type Mentioned = Analysis['certificationsMentioned'][number];

/** Beyond this many, the rest fold away so the recommendations stay within reach. */
const SHOWN_FIRST = 10;

function MentionedItem({ cert: c }: { cert: Mentioned }) {
  const name = certName(c);
  const quoted = c.text.trim() && c.text.trim().toLowerCase() !== name.toLowerCase() ? c.text.trim() : null;
  return (
    <li class="cert-item" data-testid="cert-mentioned">
      <div class="cert-row">
        <span class="cert-name">{name}</span>
        <span class="cert-badges">
          <span class={`req req-${c.requirement}`}>{REQUIREMENT_LABELS[c.requirement]}</span>
          {c.held ? (
            <span class="tag tag-held">
              <span aria-hidden="true">✓ </span>You hold this
            </span>
          ) : null}
        </span>
      </div>
      {quoted ? <p class="cert-quote">Written as “{quoted}”</p> : null}
      {c.note ? (
        <p class="cert-note">
          <span class="note-label">Legacy:</span> {c.note}
        </p>
      ) : null}
    </li>
  );
}

/** The certifications the advert itself names, strongest requirement first; held ones ticked. */
export function CertificationList({ certs }: { certs: readonly Mentioned[] }) {
  const sorted = sortMentioned(certs);
  return (
    <section class="section" aria-labelledby="mentioned-heading">
      <h2 id="mentioned-heading" class="section-title">
        This advert asks for
      </h2>
      {certs.length === 0 ? (
        <p class="muted">No certifications named.</p>
      ) : (
        <FoldedList
          items={sorted}
          shownFirst={SHOWN_FIRST}
          listClass="cert-list"
          renderItem={(c, i) => <MentionedItem key={`${c.id}-${i}`} cert={c} />}
        />
      )}
    </section>
  );
}
